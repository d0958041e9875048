"""`export key-customers --week 2026-W47 [-o FILE]`: the key-customer sheet (重点客户管理表)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..db import Database
from ..permissions import Actor
from ..services.key_customers import KeyCustomerService
from .arguments import iso_week
from .writers import write

NAME = "key-customers"
HELP = "the key-customer sheet of a week (重点客户管理表), as an Excel workbook"
WRITER = "key_customers_xlsx"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--week", type=iso_week, required=True, help="ISO week, e.g. 2026-W47")
    parser.add_argument(
        "-o", "--output", type=Path, help="xlsx file (default: 重点客户管理表_<周>.xlsx)"
    )


def run(db: Database, args: argparse.Namespace, actor: Actor | None) -> int:
    from . import signed_in

    target = args.output or Path.cwd() / f"重点客户管理表_{args.week}.xlsx"
    service = KeyCustomerService(db, signed_in(actor))
    print(service.export_sheet(args.week, lambda sheet: write(WRITER, sheet, target)))
    return 0
