"""The import's error report as an Excel workbook the store can fix and import again:
the rows with errors as they were (with the reason beside them), then every error,
duplicate and warning with its row number as Excel shows it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.files import atomic_write
from app.importing.normalize import cell_text
from app.importing.rows import Problem
from app.services.customer_import import ImportReport
from app.services.import_plan import Duplicate

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
REASON_FILL = PatternFill("solid", fgColor="FFC7CE")
BY_LABELS = {"phone": "手机号", "vin": "车架号", "plate": "车牌"}
PROBLEM_HEADERS = (["行号", "列", "列名", "内容", "原因"], [8, 6, 14, 24, 60])
DUPLICATE_HEADERS = (["行号", "依据", "已有客户编号", "与第几行相同", "说明"], [8, 8, 14, 14, 24])


def write_import_errors(report: ImportReport, target: Path) -> Path:
    workbook = Workbook()
    _rows_to_fix(workbook.active, report)
    _table(workbook.create_sheet("错误明细"), PROBLEM_HEADERS, _problems(report.errors))
    _table(workbook.create_sheet("重复"), DUPLICATE_HEADERS, _duplicates(report.duplicates))
    _table(workbook.create_sheet("提示"), PROBLEM_HEADERS, _problems(report.warnings))
    with atomic_write(target) as temp:
        workbook.save(temp)
    return target


def _rows_to_fix(ws: Worksheet, report: ImportReport) -> None:
    """The header as in the file, then each rejected row as it was: fix, save, import."""
    ws.title = "待修改"
    ws.append(["原行号", "错误原因", *report.header])
    reasons: dict[int, list[str]] = {}
    for problem in report.errors:
        reasons.setdefault(problem.row, []).append(_where(problem) + problem.message)
    for row, cells in report.rejected:
        ws.append([row, "\n".join(reasons.get(row, [])), *(_cell(value) for value in cells)])
    for (cell,) in ws.iter_rows(min_row=2, min_col=2, max_col=2):
        cell.fill, cell.alignment = REASON_FILL, Alignment(wrap_text=True, vertical="top")
    _style(ws, [8, 40, *([14] * len(report.header))])


def _cell(value: object) -> object:
    """Dates stay dates; everything else as text, so phone numbers keep every digit."""
    if isinstance(value, datetime | date):
        return value
    return cell_text(value) or None


def _where(problem: Problem) -> str:
    return f"{problem.column}：" if problem.column else ""


def _problems(problems: Sequence[Problem]) -> list[list[object]]:
    return [[p.row, p.letter, p.column, p.value, p.message] for p in problems]


def _duplicates(duplicates: Sequence[Duplicate]) -> list[list[object]]:
    return [
        [
            d.row, BY_LABELS.get(d.by, d.by), d.existing_customer_id, d.same_as_row,
            "新车辆挂到已有客户名下" if d.vehicle_attached else "不重复导入",
        ]
        for d in duplicates
    ]  # fmt: skip


def _table(ws: Worksheet, headers: tuple[list[str], list[int]], rows: list[list[object]]) -> None:
    titles, widths = headers
    ws.append(titles)
    for row in rows:
        ws.append(row)
    _style(ws, widths)


def _style(ws: Worksheet, widths: list[int]) -> None:
    for cell in ws[1]:
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
