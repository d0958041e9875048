"""`report daily --date D [-o FILE]`: the day's 展厅日报 and 售后日报 as one PDF.

For holders of VIEW_BOARD (sales director, store manager); anyone else is refused."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..db import Database
from ..permissions import Actor
from ..services.board import BoardService
from .arguments import iso_date
from .writers import write

WRITER = "daily_report_pdf"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    reports = parser.add_subparsers(
        dest="report", required=True, metavar="WHAT", help="which report"
    )
    daily = reports.add_parser("daily", help="展厅日报 and 售后日报 of a day, as a PDF")
    daily.add_argument(
        "--date", type=iso_date, default=None, help="the day, YYYY-MM-DD (default: today)"
    )
    daily.add_argument("-o", "--output", type=Path, help="PDF file (default: 日报_<日期>.pdf)")


def run(db: Database, args: argparse.Namespace, actor: Actor | None) -> int:
    from . import signed_in

    day = args.date or date.today()
    report = BoardService(db, signed_in(actor)).daily_report(day)
    target = args.output or Path.cwd() / f"日报_{day.isoformat()}.pdf"
    write(WRITER, report, target)
    print(target)
    return 0
