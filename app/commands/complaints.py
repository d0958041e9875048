from __future__ import annotations

import argparse
import sys

from ..db import Database
from ..permissions import Actor
from ..services.complaints import ComplaintRow, ComplaintService
from .listing import print_rows


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--open", action="store_true", help="only cases not yet closed")
    parser.add_argument("--json", action="store_true", help="print a JSON list")


def run(db: Database, args: argparse.Namespace, actor: Actor | None) -> int:
    from . import signed_in

    rows = ComplaintService(db, signed_in(actor)).all_cases(open_only=args.open)
    return print_rows(rows, as_json=args.json, line=_line, nothing="没有投诉。",
                      nothing_to=sys.stderr)  # fmt: skip


def _line(row: ComplaintRow) -> str:
    due = f"{row.next_deadline:%Y-%m-%d %H:%M}" if row.next_deadline else "-"
    left = _time_left(row.time_left_minutes)
    paused = "暂停" if row.paused else ""
    fields = [row.case_no, row.status_label, row.customer or "（匿名）", row.category_label,
              row.cause or "", due, left, row.urgency, paused]  # fmt: skip
    return "\t".join(fields).rstrip()


def _time_left(minutes: int | None) -> str:
    if minutes is None:
        return ""
    return f"剩 {minutes} 分钟" if minutes >= 0 else f"逾期 {-minutes} 分钟"
