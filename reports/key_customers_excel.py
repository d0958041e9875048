"""The key-customer sheet (重点客户管理表) as an Excel workbook: a summary sheet, one row
per consultant, then one sheet per consultant. Phones are written as text.

Printed, each sheet is A4 landscape at full size: the columns add up to the page's width
between narrow margins (fit to one page wide stays as a safety net, so a wider font only
shrinks it a little), the free-text columns wrap instead of being cut, and the header row
repeats on every page."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from app.files import atomic_write
from app.services.key_customers import ConsultantWeek, KeyCustomerRow, KeyCustomerSheet

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_THIN = Side(style="thin", color="BFBFBF")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
# The workbook's own font (openpyxl's Normal style), named: a style without a font name
# prints in the viewer's default, often a wider serif, and the widths no longer fit.
_FONT = Font(name="Calibri", size=11)
_LINE_HEIGHT = 15  # points: one line of _FONT, as Excel spaces it
_DATA = Alignment(vertical="top", wrap_text=True)  # long text wraps and grows the row
_MARGINS = PageMargins(left=0.4, right=0.4, top=0.7, bottom=0.6, header=0.3, footer=0.3)
EMPTY_WEEK = "本周无重点客户"
_FILLS = {  # light fills readable in print
    "deal": "C6EFCE", "lost": "FFC7CE", "postponed": "FFEB9C", "open": "F2F2F2",
    "coaching": "FFEB9C",
}  # fmt: skip


def _styles() -> list[NamedStyle]:
    """Every look a cell can have, declared once per workbook: Excel stores a named style
    once, where a style set cell by cell is compared and filed for every cell."""
    header = NamedStyle("表头", font=Font(name=_FONT.name, size=_FONT.size, bold=True),
                        border=_BORDER, fill=PatternFill("solid", fgColor="DDEBF7"),
                        alignment=Alignment(horizontal="center", vertical="center"))  # fmt: skip
    note = NamedStyle("提示", font=Font(name=_FONT.name, size=_FONT.size, color="595959"))
    styles = [header, note]
    for fill in (None, *_FILLS):
        for number_format in (None, "@", "0.0%", "yyyy-mm-dd"):
            style = NamedStyle(
                _style_name(fill, number_format), font=_FONT, border=_BORDER, alignment=_DATA
            )
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
    width: int  # in characters of the workbook's font (a Chinese character takes two)
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

# 131 characters: the width of A4 landscape between the margins above, at full size.
DETAIL = [
    Col("客户", 10, lambda r: r.customer),
    Col("手机", 13, lambda r: r.phone or "", "@"),
    Col("意向车型", 22, lambda r: r.model_of_interest or ""),
    Col("预算", 9, lambda r: str(r.budget or "")),
    Col("级别", 5, lambda r: r.intent_level),
    Col("最近联系", 11, lambda r: r.last_contact, "yyyy-mm-dd"),
    Col("下一步", 33, lambda r: r.next_step or ""),
    Col("结果", 7, lambda r: r.outcome_label),
    Col("原因", 21, lambda r: r.outcome_reason or ""),
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
    cells = _StyledCells(ws)
    for row, item in enumerate(items, start=2):  # below the header
        values = [c.value(item) for c in columns]
        lines = max(_lines(value, c.width) for value, c in zip(values, columns, strict=True))
        if lines > 1:  # the height Excel would fit; LibreOffice keeps a row's stored height
            ws.row_dimensions[row].height = lines * _LINE_HEIGHT
        ws.append(
            [
                cells.holding(index, _style_name(fill_of(item, index), c.number_format), value)
                for index, (value, c) in enumerate(zip(values, columns, strict=True), start=1)
            ]
        )


class _StyledCells:
    """One styled cell per column and look, given each row's value in turn: a
    write-only sheet writes a row out as it is appended, so the cell is free again for
    the next row. Styling a new cell per value (a named style looked up by name, its
    style array copied) took half the workbook's time."""

    def __init__(self, ws) -> None:
        self.ws = ws
        self.cells: dict[tuple[int, str], Any] = {}
        # openpyxl 3.1's append first tries each value as a plain one, which for a cell
        # raises and formats an error per cell (a third of the time left): these rows are
        # all cells already, so they are only placed.
        ws._values_to_row = _placed

    def holding(self, column: int, style: str, value: Any) -> Any:
        cell = self.cells.get((column, style))
        if cell is None:
            cell = self.cells[column, style] = _cell(self.ws, None, style)
        cell.value = value
        return cell


def _placed(cells: Sequence[Any], row: int) -> Iterator[Any]:
    for column, cell in enumerate(cells, start=1):
        cell.column, cell.row = column, row
        yield cell


def _lines(value: Any, width: int) -> int:
    """How many lines a value wraps to in a column `width` characters wide: a Chinese
    character is two characters wide, and a line keeps a character's width spare."""
    room = max(1, width - 1)
    if not isinstance(value, str) or 2 * len(value) <= room:  # fits, even all Chinese
        return 1
    wide = len(value) + sum(unicodedata.east_asian_width(ch) in "WF" for ch in value)
    return math.ceil(wide / room)


def _cell(ws, value: Any, style: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    cell.style = style
    return cell


def _end_sheet(ws, columns: Sequence[Col], rows: int) -> None:
    """The filter over the rows; a sheet without any says so rather than print blank."""
    if rows == 0:
        ws.append([_cell(ws, EMPTY_WEEK, "提示")])  # unwrapped: it reads across the row
        return
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{rows + 1}"


def _print_setup(ws, title: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = _MARGINS
    ws.print_options.horizontalCentered = True
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
