"""Customer lists as stores keep them, written by the tests: .xlsx (openpyxl), .xls
(xlwt) and .csv in UTF-8, UTF-8 with BOM and GBK."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

import xlwt
from openpyxl import Workbook

from app.validation import with_check_digit

Rows = Sequence[Sequence[object]]


def vin(n: int) -> str:
    """A valid VIN, different for each n."""
    return with_check_digit(f"LSVAA4180E{n:07d}")


def write_xlsx(path: Path, rows: Rows, *, title: str | None = None, sheet: str = "客户",
               start_column: int = 1, extra_sheets: Sequence[str] = ()) -> Path:  # fmt: skip
    """`title`: a merged banner in the first row and a blank row under it, as stores do."""
    workbook = Workbook()
    ws = workbook.active
    ws.title = sheet
    offset = 0
    if title is not None:
        ws.cell(row=1, column=start_column, value=title)
        ws.merge_cells(start_row=1, start_column=start_column, end_row=1,
                       end_column=start_column + 5)  # fmt: skip
        offset = 2
    for r, row in enumerate(rows, start=1 + offset):
        for c, value in enumerate(row, start=start_column):
            ws.cell(row=r, column=c, value=value)
    for name in extra_sheets:
        workbook.create_sheet(name).append(["备注"])
    workbook.save(path)
    return path


def write_xls(path: Path, rows: Rows, *, title: str | None = None) -> Path:
    workbook = xlwt.Workbook(encoding="utf-8")
    ws = workbook.add_sheet("客户")
    dates = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    offset = 0
    if title is not None:
        ws.write_merge(0, 0, 0, 5, title)
        offset = 2
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, date | datetime):
                ws.write(r + offset, c, value, dates)
            elif value is not None:
                ws.write(r + offset, c, value)
    workbook.save(str(path))
    return path


def write_csv(path: Path, rows: Rows, encoding: str) -> Path:
    with path.open("w", encoding=encoding, newline="") as file:
        csv.writer(file).writerows([["" if v is None else v for v in row] for row in rows])
    return path
