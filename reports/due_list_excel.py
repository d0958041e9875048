"""The month-end due list (月底应到未到) as an Excel workbook: the counts per advisor, the
month's due list and last month's not come (the recall list). Streamed (write-only), phones
written as text, printed A4 landscape one page wide with the header row repeated."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.files import atomic_write
from app.services.due_list import AdvisorCount, DueRow, DueSheet

NOBODY = "（未指定顾问）"
EMPTY = "无"
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


@dataclass(frozen=True)
class Col:
    header: str
    width: int  # characters (a Chinese character takes two)
    value: Callable[[Any], Any]
    number_format: str | None = None


COUNTS = [
    Col("服务顾问", 16, lambda c: c.advisor or NOBODY),
    Col("本月应到未到", 14, lambda c: c.due),
    Col("上月应到未到", 14, lambda c: c.not_come),
]
ROWS = [
    Col("应到日期", 12, lambda r: r.due_date, "yyyy-mm-dd"),
    Col("应到里程", 10, lambda r: r.due_km, "#,##0"),
    Col("保养类别", 9, lambda r: r.due_kind),
    Col("客户", 12, lambda r: r.customer),
    Col("手机", 14, lambda r: r.phone, "@"),
    Col("车型", 22, lambda r: r.vehicle),
    Col("车牌", 11, lambda r: r.plate or ""),
    Col("上次到店", 12, lambda r: r.last_visit, "yyyy-mm-dd"),
    Col("服务顾问", 12, lambda r: r.advisor or NOBODY),
]


def write_due_list(sheet: DueSheet, target: Path) -> Path:
    workbook = Workbook(write_only=True)
    _sheet(workbook, "汇总", f"月底应到未到 {sheet.month} 汇总", COUNTS, sheet.counts)
    _sheet(workbook, "本月应到未到", f"{sheet.month} 应到未到", ROWS, sheet.due)
    _sheet(workbook, "上月应到未到", f"{sheet.month} 前一月应到未到（召回）", ROWS, sheet.not_come)
    with atomic_write(target) as temp:  # the old file stays if writing fails
        workbook.save(temp)
    return target


def _sheet(
    workbook: Workbook, title: str, header: str, columns: Sequence[Col],
    items: Sequence[AdvisorCount] | Sequence[DueRow],
) -> None:  # fmt: skip
    ws = workbook.create_sheet(title)
    for index, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    ws.freeze_panes = "A2"
    _print_setup(ws, header)
    ws.append([_header(ws, c.header) for c in columns])
    for item in items:
        ws.append([_cell(ws, c.value(item), c.number_format) for c in columns])
    if items:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(items) + 1}"
    else:
        ws.append([EMPTY])


def _header(ws: Any, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=text)
    cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
    return cell


def _cell(ws: Any, value: Any, number_format: str | None) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value="" if value is None and number_format == "@" else value)
    if number_format:
        cell.number_format = number_format
    return cell


def _print_setup(ws: Any, title: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.oddHeader.center.text = title
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
