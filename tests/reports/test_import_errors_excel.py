"""The import's error report: the rows to fix as they were, with the reason beside them,
and every error, duplicate and warning with its row number as Excel shows it."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from app.db import Database
from app.services.customer_import import CustomerImportService, ImportSource
from reports.import_errors_excel import write_import_errors
from tests.factories import MANAGER
from tests.import_files import vin, write_xlsx

ROWS = [
    ["姓名", "手机", "车架号"],
    ["张三", "13812345678", vin(1)],
    ["王五", "abc", ""],
    ["张三", "13812345678", vin(1)],
    ["", "13712345678", ""],
]


def test_the_report_can_be_fixed_and_imported_again(sqlite_db: Database, tmp_path: Path) -> None:
    importer = CustomerImportService(sqlite_db, MANAGER)
    source = write_xlsx(tmp_path / "名单.xlsx", ROWS, title="客户名单")
    report = importer.dry_run(ImportSource(source))
    target = write_import_errors(report, tmp_path / "错误报告.xlsx")

    book = load_workbook(target)
    assert book.sheetnames == ["待修改", "错误明细", "重复", "提示"]
    to_fix = [list(r) for r in book["待修改"].iter_rows(values_only=True)]
    assert to_fix == [
        ["原行号", "错误原因", "姓名", "手机", "车架号"],
        [5, "手机：电话号码“abc”含有不是数字的字符。", "王五", "abc", None],
        [7, "姓名：缺少客户姓名。", None, "13712345678", None],
    ]
    details = list(book["错误明细"].iter_rows(min_row=2, values_only=True))
    assert [(row, letter, column) for row, letter, column, *_ in details] == [
        (5, "B", "手机"), (7, "A", "姓名"),
    ]  # fmt: skip
    assert list(book["重复"].iter_rows(min_row=2, values_only=True)) == [
        (6, "车架号", None, 4, "不重复导入")
    ]

    # The store fixes the rows in the report and imports it as it is.
    sheet = book["待修改"]
    sheet["D2"], sheet["C3"] = "13612345678", "赵六"
    book.save(target)
    fixed = importer.dry_run(ImportSource(target))
    assert (fixed.header_row, fixed.importable, fixed.errors) == (1, 2, [])
