from __future__ import annotations

import argparse
import json
import sys

from ..db import Database
from ..permissions import Actor
from ..services.search import SearchService
from .arguments import positive_int

NAME = "search"
HELP = "find customers by name (or pinyin initials), phone, plate or VIN"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "query",
        help="a name, pinyin initials (zs), a phone (whole, its start or last four), "
        "a plate or a VIN (whole or last six)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print a JSON list of {id, name, phone, stage, intent_level, consultant, "
        "plates, vins}",
    )
    parser.add_argument(
        "--limit", type=positive_int, default=50, help="at most this many (default: 50)"
    )


def run(db: Database, args: argparse.Namespace, actor: Actor | None) -> int:
    from . import signed_in

    hits = SearchService(db, signed_in(actor)).search(args.query, limit=args.limit)
    if args.json:
        print(json.dumps([hit.as_json() for hit in hits], ensure_ascii=False, indent=2))
        return 0
    for hit in hits:
        vehicles = " ".join(hit.plates or hit.vins)
        print(f"{hit.id}\t{hit.name}\t{hit.mobile or ''}\t{hit.intent_level}\t{vehicles}")
    if not hits:
        print("没有找到匹配的客户。", file=sys.stderr)
    return 0
