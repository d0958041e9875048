"""The monthly complaint analysis as an Excel workbook (openpyxl): one sheet per view."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.files import atomic_write
from app.rules.complaints import CHANNELS
from app.rules.complaints_analysis import MonthAnalysis
from app.services.complaints import ComplaintRow

TEXT = "@"
WHEN = "yyyy-mm-dd hh:mm"
CASE_COLUMNS = [
    ("投诉单号", 18), ("状态", 14), ("客户", 12), ("电话", 14), ("类别", 10), ("原因", 16),
    ("渠道", 10), ("严重程度", 9), ("受理时间", 17), ("响应时限", 17), ("初步方案时限", 17),
    ("最终方案时限", 17), ("结案时间", 17), ("满意度", 8), ("负责人", 10), ("责任部门", 12),
]  # fmt: skip


def _sheet(
    book: Workbook, title: str, headers: Sequence[tuple[str, int]], rows: list[list[Any]]
) -> Worksheet:
    sheet = book.create_sheet(title)
    sheet.append([name for name, _width in headers])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    for index, (_name, width) in enumerate(headers, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(1, len(rows) + 1)}"
    return sheet


def _share(kept: int, decided: int) -> str:
    return f"{kept / decided:.0%}" if decided else "—"


def _summary_rows(analysis: MonthAnalysis) -> list[list[Any]]:
    rows: list[list[Any]] = [
        ["月份", f"{analysis.month:%Y-%m}"],
        ["投诉总数", analysis.total],
        ["首次响应时长中位数（分钟）", analysis.median_response_minutes],
        ["结案时长中位数（小时）", analysis.median_close_hours],
        ["重复投诉客户数", len(analysis.repeat_complainers)],
    ]
    rows += [[f"{s.label}按时率", _share(s.kept, s.decided)] for s in analysis.deadlines]
    rows += [
        [f"主要原因 {i}", f"{c}·{r}（{n} 件）"]
        for i, (c, r, n) in enumerate(analysis.top_causes, 1)
    ]
    return rows


def _case_row(row: ComplaintRow) -> list[Any]:
    return [
        row.case_no, row.status_label, row.customer or "（匿名）", row.customer_mobile or "",
        row.category_label, row.cause or "", CHANNELS.get(row.channel, row.channel), row.severity,
        row.received_at, row.response_due_at, row.first_proposal_due_at,
        row.final_proposal_due_at, row.closed_at, row.satisfaction_score, row.owner or "",
        row.department or "",
    ]  # fmt: skip


def _format_cases(sheet: Worksheet) -> None:
    for cells in sheet.iter_rows(min_row=2):
        cells[3].number_format = TEXT  # phone numbers stay text: no lost digits, no 1.38E+10
        for cell in cells[8:13]:
            if isinstance(cell.value, datetime):
                cell.number_format = WHEN


def write_complaint_analysis(
    path: Path, analysis: MonthAnalysis, cases: list[ComplaintRow]
) -> Path:
    book = Workbook()
    book.remove(book.active)
    _sheet(book, "汇总", [("项目", 30), ("数值", 30)], _summary_rows(analysis))
    _sheet(book, "按类别", [("类别", 14), ("件数", 8)], [list(r) for r in analysis.by_class])
    causes = [list(r) for r in analysis.by_cause]
    _sheet(book, "按原因", [("类别", 14), ("原因", 18), ("件数", 8)], causes)
    deadlines = [
        [s.label, s.kept, s.decided, _share(s.kept, s.decided)] for s in analysis.deadlines
    ]
    _sheet(book, "时限达成", [("步骤", 12), ("按时", 8), ("应完成", 8), ("按时率", 10)], deadlines)
    repeats = [list(r) for r in analysis.repeat_complainers]
    _sheet(book, "重复投诉客户", [("客户", 14), ("投诉件数", 10)], repeats)
    _format_cases(_sheet(book, "投诉明细", CASE_COLUMNS, [_case_row(r) for r in cases]))
    with atomic_write(path) as temp:  # the old file stays as it was if this fails
        book.save(temp)
    return path
