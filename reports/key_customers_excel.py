"""The key-customer sheet (重点客户管理表) as an Excel workbook: a summary sheet, one row
per consultant, then one sheet per consultant. Phones are written as text."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.files import atomic_write
from app.services.key_customers import ConsultantWeek, KeyCustomerRow, KeyCustomerSheet

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_THIN = Side(style="thin", color="BFBFBF")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_FILLS = {  # light fills readable in print
    "deal": "C6EFCE", "lost": "FFC7CE", "postponed": "FFEB9C", "open": "F2F2F2",
    "coaching": "FFEB9C",
}  # fmt: skip


def _styles() -> list[NamedStyle]:
    """Every look a cell can have, declared once per workbook: Excel stores a named style
    once, where a style set cell by cell is compared and filed for every cell."""
    header = NamedStyle("表头", font=Font(bold=True), border=_BORDER,
                        fill=PatternFill("solid", fgColor="DDEBF7"),
                        alignment=Alignment(horizontal="center", vertical="center"))  # fmt: skip
    styles = [header]
    for fill in (None, *_FILLS):
        for number_format in (None, "@", "0.0%", "yyyy-mm-dd"):
            style = NamedStyle(_style_name(fill, number_format), border=_BORDER)
            if fill:
                style.fill = PatternFill("solid", fgColor=_FILLS[fill])
            if number_format:
                style.number_format = number_format
            styles.append(style)
    return styles


def _style_name(fill: str | None, number_format: str | None) -> str:
    return f"格:{fill or ''}:{number_format or ''}"


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
    Col("预算", 12, lambda r: str(r.budget or "")),
    Col("级别", 7, lambda r: r.intent_level),
    Col("最近联系", 12, lambda r: r.last_contact, "yyyy-mm-dd"),
    Col("下一步", 30, lambda r: r.next_step or ""),
    Col("结果", 9, lambda r: r.outcome_label),
    Col("原因", 24, lambda r: r.outcome_reason or ""),
]
OUTCOME_COLUMN = 8


def write_key_customers(sheet: KeyCustomerSheet, target: Path) -> Path:
    workbook = Workbook(write_only=True)  # streamed: rows go to the file as they come
    for style in _styles():
        workbook.add_named_style(style)
    summary = _new_sheet(workbook, "汇总", SUMMARY, f"重点客户管理表 {sheet.week} 汇总")
    _rows(workbook, summary, SUMMARY, sheet.review, _coaching_fill)
    _end_sheet(summary, SUMMARY, len(sheet.review))
    used: set[str] = {"汇总"}
    for consultant in sheet.review:
        rows = sheet.rows.get(consultant.consultant_id, [])
        title = _sheet_title(consultant.consultant, used)
        page = _new_sheet(workbook, title, DETAIL, f"重点客户 {sheet.week} {consultant.consultant}")
        _rows(workbook, page, DETAIL, rows, _outcome_fill)
        _end_sheet(page, DETAIL, len(rows))
    with atomic_write(target) as temp:  # creates the folder; the old file stays on failure
        workbook.save(temp)
    return target


def _new_sheet(workbook: Workbook, title: str, columns: Sequence[Col], header: str):
    ws = workbook.create_sheet(title)
    for index, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    ws.freeze_panes = "A2"
    _print_setup(ws, header)
    ws.append([_cell(ws, c.header, "表头") for c in columns])
    return ws


def _rows(
    workbook: Workbook, ws, columns: Sequence[Col], items: Sequence,
    fill_of: Callable[[Any, int], str | None],
) -> None:  # fmt: skip
    for item in items:
        ws.append(
            [
                _cell(ws, c.value(item), _style_name(fill_of(item, index), c.number_format))
                for index, c in enumerate(columns, start=1)
            ]
        )


def _cell(ws, value: Any, style: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    cell.style = style
    return cell


def _end_sheet(ws, columns: Sequence[Col], rows: int) -> None:
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{rows + 1}"


def _print_setup(ws, title: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.oddHeader.center.text = title
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


def _outcome_fill(row: KeyCustomerRow, column: int) -> str | None:
    return str(row.outcome) if column == OUTCOME_COLUMN else None


def _coaching_fill(consultant: ConsultantWeek, column: int) -> str | None:
    """Consultants with lost or postponed customers stand out for the director."""
    if consultant.needs_coaching and column in (1, len(SUMMARY)):
        return "coaching"
    return None


def _sheet_title(name: str, used: set[str]) -> str:
    """Excel sheet names: 31 characters, no []:*?/\\, unique."""
    base = _SHEET_FORBIDDEN.sub("_", name)[:28] or "顾问"
    title, n = base, 2
    while title in used:
        title, n = f"{base}{n}", n + 1
    used.add(title)
    return title
