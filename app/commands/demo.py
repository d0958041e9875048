from __future__ import annotations

import argparse
import json

from ..db import Database
from ..permissions import Actor
from .arguments import positive_int, whole_number

NAME = "demo"
HELP = "fill the database with believable demo data (deterministic per seed)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--customers", type=positive_int, default=2000, help="how many (default: 2000)"
    )
    parser.add_argument(
        "--seed",
        type=whole_number,
        default=2026,
        help="the same seed makes the same data (default: 2026)",
    )
    parser.add_argument("--if-empty", action="store_true", help="do nothing if customers exist")


def needs_user(_db: Database, _args: argparse.Namespace) -> bool:
    return False  # the demo makes its own staff (as SYSTEM, see app.demo)


def run(db: Database, args: argparse.Namespace, _actor: Actor | None) -> int:
    from ..demo import generate

    summary = generate(db, customers=args.customers, seed=args.seed, only_if_empty=args.if_empty)
    print(json.dumps(summary, ensure_ascii=False))
    return 0
