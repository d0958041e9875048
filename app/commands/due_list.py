"""`due-list [--month 2026-12] [--not-come] [--advisor NAME] [--json] [-o FILE]`: the
month-end due list (月底应到未到), or with --not-come the recall list (due the month
before, not come). The JSON shape is a promise to scripts: a list of {"customer_id",
"customer", "vehicle", "plate", "due_kind", "due_date", "due_km", "last_visit",
"advisor"}. `-o FILE` writes both lists and the counts per advisor as an Excel workbook
(an audited export)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..db import Database
from ..permissions import Actor
from ..services.due_list import DueListService, DueRow
from .listing import print_rows
from .writers import write

WRITER = "due_list_xlsx"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from .arguments import iso_month

    parser.add_argument(
        "--month", type=iso_month, help="YYYY-MM, e.g. 2026-12 (default: next month)"
    )
    parser.add_argument(
        "--not-come", action="store_true",
        help="the recall list: due in the month before --month and not come since",
    )  # fmt: skip
    parser.add_argument("--advisor", help="one service advisor's list (name or username)")
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.add_argument(
        "-o", "--output", type=Path, help="write the Excel workbook (both lists) to this file"
    )


def run(db: Database, args: argparse.Namespace, actor: Actor | None) -> int:
    from . import signed_in

    service = DueListService(db, signed_in(actor))
    month = args.month or service.next_month()
    advisor_id = service.advisor_named(args.advisor) if args.advisor else None
    if args.output:
        print(service.export_sheet(month, lambda s: write(WRITER, s, args.output), advisor_id))
        return 0
    listed = service.not_come if args.not_come else service.due
    rows = listed(month, advisor_id, 0, None)
    return print_rows(rows, as_json=args.json, line=line,
                      nothing=f"{month} 没有应到未到的车辆。")  # fmt: skip


def line(row: DueRow) -> str:
    return (
        f"{row.due_date}\t{row.plate or ''}\t{row.customer}\t{row.phone}\t{row.vehicle}"
        f"\t{row.due_kind}\t{row.due_km or ''}\t{row.last_visit or ''}\t{row.advisor or ''}"
    )
