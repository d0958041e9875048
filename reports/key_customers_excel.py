"""The key-customer sheet (重点客户管理表) as an Excel workbook: a summary sheet, one row
per consultant, then one sheet per consultant. Phones are written as text."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.files import atomic_write
from app.services.key_customers import ConsultantWeek, KeyCustomerRow, KeyCustomerSheet

HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
HEADER_FONT = Font(bold=True)
THIN = Side(style="thin", color="BFBFBF")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
OUTCOME_FILLS = {  # light fills readable in print
    "deal": PatternFill("solid", fgColor="C6EFCE"),
    "lost": PatternFill("solid", fgColor="FFC7CE"),
    "postponed": PatternFill("solid", fgColor="FFEB9C"),
    "open": PatternFill("solid", fgColor="F2F2F2"),
}
COACHING_FILL = PatternFill("solid", fgColor="FFEB9C")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class Col:
    header: str
    width: int
    value: Callable[[Any], Any]
    number_format: str | None = None


SUMMARY = [
    Col("销售顾问", 14, lambda c: c.consultant),
    Col("列入", 8, lambda c: c.listed),
    Col("成交", 8, lambda c: c.closed),
    Col("战败", 8, lambda c: c.lost),
    Col("延期", 8, lambda c: c.postponed),
    Col("跟进中", 8, lambda c: c.open),
    Col("成交率", 10, lambda c: c.closing_rate, "0.0%"),
    Col("战败率", 10, lambda c: c.lost / c.listed if c.listed else 0.0, "0.0%"),
    Col("需辅导", 10, lambda c: "是" if c.needs_coaching else ""),
]

DETAIL = [
    Col("客户", 12, lambda r: r.customer),
    Col("手机", 15, lambda r: r.phone or "", "@"),
    Col("意向车型", 22, lambda r: r.model_of_interest or ""),
    Col("预算", 12, lambda r: r.budget or ""),
    Col("级别", 7, lambda r: r.intent_level),
    Col("最近联系", 12, lambda r: r.last_contact, "yyyy-mm-dd"),
    Col("下一步", 30, lambda r: r.next_step or ""),
    Col("结果", 9, lambda r: r.outcome_label),
    Col("原因", 24, lambda r: r.outcome_reason or ""),
]
OUTCOME_COLUMN = 8


def write_key_customers(sheet: KeyCustomerSheet, target: Path) -> Path:
    workbook = Workbook()
    summary = workbook.active
    summary.title = "汇总"
    _fill(summary, SUMMARY, sheet.review, f"重点客户管理表 {sheet.week} 汇总")
    _mark_coaching(summary, sheet.review)
    used: set[str] = {"汇总"}
    for consultant in sheet.review:
        page = workbook.create_sheet(_sheet_title(consultant.consultant, used))
        rows = sheet.rows.get(consultant.consultant_id, [])
        _fill(page, DETAIL, rows, f"重点客户 {sheet.week} {consultant.consultant}")
        _colour_outcomes(page, rows)
    with atomic_write(target) as temp:  # creates the folder; the old file stays on failure
        workbook.save(temp)
    return target


def _fill(ws: Worksheet, columns: Sequence[Col], items: Sequence, title: str) -> None:
    ws.append([c.header for c in columns])
    for item in items:
        ws.append([c.value(item) for c in columns])
    for index, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
        for (cell,) in ws.iter_rows(min_row=1, min_col=index, max_col=index):
            cell.border = BORDER
            if cell.row > 1 and column.number_format:
                cell.number_format = column.number_format
    _header(ws, len(columns))
    _print_setup(ws, title)


def _header(ws: Worksheet, width: int) -> None:
    for cell in ws[1]:
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center")
    ws.freeze_panes = "A2"
    last_row = max(ws.max_row, 1)
    ws.auto_filter.ref = f"A1:{get_column_letter(width)}{last_row}"


def _print_setup(ws: Worksheet, title: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.oddHeader.center.text = title
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


def _colour_outcomes(ws: Worksheet, rows: Sequence[KeyCustomerRow]) -> None:
    for offset, row in enumerate(rows, start=2):
        ws.cell(row=offset, column=OUTCOME_COLUMN).fill = OUTCOME_FILLS[row.outcome]


def _mark_coaching(ws: Worksheet, review: Sequence[ConsultantWeek]) -> None:
    """Consultants with lost or postponed customers stand out for the director."""
    for offset, consultant in enumerate(review, start=2):
        if consultant.needs_coaching:
            ws.cell(row=offset, column=1).fill = COACHING_FILL
            ws.cell(row=offset, column=len(SUMMARY)).fill = COACHING_FILL


def _sheet_title(name: str, used: set[str]) -> str:
    """Excel sheet names: 31 characters, no []:*?/\\, unique."""
    base = _SHEET_FORBIDDEN.sub("_", name)[:28] or "顾问"
    title, n = base, 2
    while title in used:
        title, n = f"{base}{n}", n + 1
    used.add(title)
    return title
