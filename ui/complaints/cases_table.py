"""Complaint lists: open cases coloured by urgency, and the searchable archive."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.rules.complaints import STEP_LABELS, Step
from app.services.complaints import ComplaintRow

from ..i18n import app_label
from ..models.paged import Column

URGENCY_COLOURS = {"amber": "#ffe082", "red": "#ef9a9a"}
OPEN_CAUSE_COLUMN, ARCHIVE_CAUSE_COLUMN = 3, 4


def _anonymous() -> str:
    return QCoreApplication.translate("ComplaintCases", "（匿名）")


def time_left_text(row: ComplaintRow) -> str:
    if row.time_left_minutes is None:
        return "" if row.status == "closed" else _waiting()
    hours, minutes = divmod(abs(row.time_left_minutes), 60)
    span = (
        QCoreApplication.translate("ComplaintCases", "%1小时%2分")
        .replace("%1", str(hours))
        .replace("%2", str(minutes))
    )
    if row.time_left_minutes < 0:
        span = QCoreApplication.translate("ComplaintCases", "逾期 %1").replace("%1", span)
    if row.paused:
        return QCoreApplication.translate("ComplaintCases", "暂停（%1）").replace("%1", span)
    return span


def _waiting() -> str:
    return QCoreApplication.translate("ComplaintCases", "等待客户答复")


def next_deadline_text(row: ComplaintRow) -> str:
    if row.next_deadline is None or row.next_step is None:
        return ""
    step = app_label("Complaints", STEP_LABELS[Step(row.next_step)])
    return f"{step} {row.next_deadline:%m-%d %H:%M}"


def _colour(row: ComplaintRow) -> str | None:
    return URGENCY_COLOURS.get(row.urgency)


def _coloured(header: str, text: Callable[[ComplaintRow], object]) -> Column[ComplaintRow]:
    return Column(header, text, background=_colour)


def open_columns() -> list[Column[ComplaintRow]]:
    return [
        _coloured(QCoreApplication.translate("ComplaintCases", "投诉单号"), lambda r: r.case_no),
        _coloured(
            QCoreApplication.translate("ComplaintCases", "客户"),
            lambda r: r.customer or _anonymous(),
        ),
        _coloured(
            QCoreApplication.translate("ComplaintCases", "类别"),
            lambda r: app_label("Complaints", r.category_label),
        ),
        _coloured(
            QCoreApplication.translate("ComplaintCases", "原因"),
            lambda r: app_label("Complaints", r.cause or ""),
        ),
        _coloured(
            QCoreApplication.translate("ComplaintCases", "状态"),
            lambda r: app_label("Complaints", r.status_label),
        ),
        _coloured(QCoreApplication.translate("ComplaintCases", "下一时限"), next_deadline_text),
        _coloured(QCoreApplication.translate("ComplaintCases", "剩余时间"), time_left_text),
        _coloured(QCoreApplication.translate("ComplaintCases", "负责人"), lambda r: r.owner),
    ]


def archive_columns() -> list[Column[ComplaintRow]]:
    return [
        Column(QCoreApplication.translate("ComplaintCases", "投诉单号"), lambda r: r.case_no),
        Column(
            QCoreApplication.translate("ComplaintCases", "受理时间"),
            lambda r: f"{r.received_at:%Y-%m-%d %H:%M}",
        ),
        Column(
            QCoreApplication.translate("ComplaintCases", "客户"),
            lambda r: r.customer or _anonymous(),
        ),
        Column(
            QCoreApplication.translate("ComplaintCases", "类别"),
            lambda r: app_label("Complaints", r.category_label),
        ),
        Column(
            QCoreApplication.translate("ComplaintCases", "原因"),
            lambda r: app_label("Complaints", r.cause or ""),
        ),
        Column(
            QCoreApplication.translate("ComplaintCases", "状态"),
            lambda r: app_label("Complaints", r.status_label),
        ),
        Column(
            QCoreApplication.translate("ComplaintCases", "满意度"),
            lambda r: r.satisfaction_score,
            align_right=True,
        ),
    ]
