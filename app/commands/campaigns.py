"""`campaigns [--json]`: the campaigns (活动邀约, weather notices), newest first, with their
counts. The JSON shape is a promise to scripts: a list of {"id", "name", "kind",
"invited", "excluded_refused", "excluded_no_phone", "accepted", "declined",
"not_reached", "response_rate"} (the rate a fraction, null for an empty list). Needs the
right to run campaigns."""

from __future__ import annotations

import argparse

from ..db import Database
from ..permissions import Actor
from ..rules.campaigns import KIND_LABELS
from ..services.campaign_data import CampaignSummary
from ..services.campaigns import CampaignService
from .listing import print_rows

LIMIT = 1000


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print a JSON list")


def run(db: Database, args: argparse.Namespace, actor: Actor | None) -> int:
    from . import signed_in

    rows = CampaignService(db, signed_in(actor)).campaigns(0, LIMIT)
    return print_rows(rows, as_json=args.json, line=line, nothing="还没有活动。")


def line(c: CampaignSummary) -> str:
    rate = "—" if c.response_rate is None else f"{c.response_rate:.1%}"
    return (
        f"{c.id}\t{c.name}\t{KIND_LABELS[c.kind]}\t邀约 {c.invited}\t未邀约 {c.excluded}"
        f"（拒绝 {c.excluded_refused}，无手机 {c.excluded_no_phone}）\t接受 {c.accepted}"
        f"\t谢绝 {c.declined}\t未联系上 {c.not_reached}\t回复率 {rate}"
    )
