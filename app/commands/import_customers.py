"""`import customers FILE [--sheet NAME] [--dry-run] [--json] [--error-report FILE]`:
a store's customer list (.xlsx, .xls, .csv) into DealerDesk, as one undoable batch;
`import undo BATCH` undoes it while none of its customers was touched.

--json prints one object as the last line: {"rows", "importable", "errors": [{"row",
"column", "message"}], "duplicates": [{"row", "existing_customer_id", "same_as_row",
"by"}], "imported"}. A promise to scripts: keep it stable."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..db import Database
from ..permissions import Actor
from ..services.customer_import import CustomerImportService, ImportReport, ImportSource
from .arguments import positive_int
from .writers import write

NAME = "import"
HELP = "bring a customer list in from Excel or CSV (import customers FILE)"
WRITER = "import_errors_xlsx"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    what = parser.add_subparsers(
        dest="import_what", required=True, metavar="WHAT", help="customers, or undo"
    )
    customers = what.add_parser("customers", help="customers and their cars from a list")
    customers.add_argument("file", type=Path, metavar="FILE", help=".xlsx, .xls or .csv")
    customers.add_argument("--sheet", help="the sheet to read (default: the first)")
    customers.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    customers.add_argument("--json", action="store_true", help="one JSON object as last line")
    customers.add_argument(
        "--error-report", type=Path, metavar="FILE", help="write the rows with errors (.xlsx)"
    )
    undo = what.add_parser("undo", help="undo an import batch while none of it was touched")
    undo.add_argument(
        "batch", type=positive_int, metavar="BATCH", help="the batch number an import printed"
    )


def run(db: Database, args: argparse.Namespace, actor: Actor | None) -> int:
    from . import signed_in

    importer = CustomerImportService(db, signed_in(actor))
    if args.import_what == "undo":
        undone = importer.undo(args.batch)
        print(
            f"已撤销导入批次 {undone.batch_id}：删除了客户 {undone.customers} 位、"
            f"车辆 {undone.vehicles} 辆、进厂记录 {undone.service_records} 条。"
        )
        return 0
    source = ImportSource(args.file, args.sheet)
    report = importer.dry_run(source) if args.dry_run else importer.import_file(source)
    if args.error_report is not None:
        print(write(WRITER, report, args.error_report), file=sys.stderr)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    else:
        print_report(report, args.dry_run)
    return 0


def print_report(report: ImportReport, dry_run: bool) -> None:
    verb = "将新建" if dry_run else "已新建"
    print(f"{report.file_name}（{report.sheet or 'CSV'}）表头在第 {report.header_row} 行")
    print(
        f"数据 {report.rows} 行，可导入 {report.importable} 行，已导入 {report.imported} 行；"
        f"{verb}客户 {report.customers}、车辆 {report.vehicles}、进厂记录 {report.service_records}"
    )
    if report.batch_id is not None:
        print(f"导入批次 {report.batch_id}（撤销：python main.py import undo {report.batch_id}）")
    for problem in report.errors:
        print(f"错误\t第 {problem.row} 行\t{problem.column}\t{problem.message}")
    for problem in report.warnings:
        print(f"提示\t第 {problem.row} 行\t{problem.column}\t{problem.message}")
    for duplicate in report.duplicates:
        print(f"重复\t第 {duplicate.row} 行\t{_duplicate_text(duplicate)}")


def _duplicate_text(duplicate) -> str:
    by = {"phone": "手机号", "vin": "车架号", "plate": "车牌"}[duplicate.by]
    if duplicate.same_as_row is not None:
        return f"{by}与第 {duplicate.same_as_row} 行相同"
    return f"{by}与已有客户（编号 {duplicate.existing_customer_id}）相同"
