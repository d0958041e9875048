"""A paged list of follow-up tasks (day, week or overdue) over the calendar service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget
from shiboken6 import isValid

from app.services.calendar import CalendarService, TaskQuery, TaskRow

from ..i18n import app_label
from ..jobs import run_job
from ..models.paged import BackgroundPagedTableModel, Column
from ..setup.roles import role_labels
from ..widgets.columns import fit_columns


def channel_label(channel: str) -> str:
    return {
        "phone": QCoreApplication.translate("TaskTable", "电话"),
        "sms": QCoreApplication.translate("TaskTable", "短信"),
        "wechat": QCoreApplication.translate("TaskTable", "微信"),
        "visit": QCoreApplication.translate("TaskTable", "到店"),
    }.get(channel, channel)


def status_label(status: str) -> str:
    labels = {
        "open": QCoreApplication.translate("TaskTable", "待办"),
        "reached": QCoreApplication.translate("TaskTable", "已联系"),
        "not_reached": QCoreApplication.translate("TaskTable", "未接通"),
        "rescheduled": QCoreApplication.translate("TaskTable", "已改期"),
        "done": QCoreApplication.translate("TaskTable", "已完成"),
        "skipped": QCoreApplication.translate("TaskTable", "已跳过"),
        "booked": QCoreApplication.translate("TaskTable", "已预约"),
    }
    return labels.get(status, status)


def owner_text(row: TaskRow) -> str:
    """The owner, or for a task in a role's pool (客服 15-day calls) the role."""
    if row.owner or not row.owner_role:
        return row.owner or ""
    labels = {str(role): label for role, label in role_labels().items()}
    return labels.get(row.owner_role, row.owner_role)


def _status_colour(row: TaskRow) -> str | None:
    return {"open": None, "skipped": "#eeeeee", "not_reached": "#ffe0b2"}.get(row.status, "#c8e6c9")


OWNER_COLUMN = 6


def task_columns() -> list[Column[TaskRow]]:
    return [
        Column(QCoreApplication.translate("TaskTable", "到期"), lambda r: f"{r.due_date:%m-%d}"),
        Column(
            QCoreApplication.translate("TaskTable", "时间"),
            lambda r: f"{r.due_at:%H:%M}" if r.due_at else "",
        ),
        Column(
            QCoreApplication.translate("TaskTable", "类型"),
            lambda r: app_label("FollowUps", r.kind_label),
        ),
        Column(QCoreApplication.translate("TaskTable", "客户"), lambda r: r.customer),
        Column(QCoreApplication.translate("TaskTable", "手机"), lambda r: r.phone),
        Column(
            QCoreApplication.translate("TaskTable", "级别"),
            lambda r: r.intent_level if r.is_prospect_call else "",
        ),
        Column(QCoreApplication.translate("TaskTable", "负责人"), owner_text),
        Column(QCoreApplication.translate("TaskTable", "渠道"), lambda r: channel_label(r.channel)),
        Column(
            QCoreApplication.translate("TaskTable", "次数"), lambda r: r.attempt, align_right=True
        ),
        Column(
            QCoreApplication.translate("TaskTable", "状态"),
            lambda r: status_label(r.status),
            background=_status_colour,
        ),
        Column(QCoreApplication.translate("TaskTable", "结果备注"), lambda r: r.outcome_note),
    ]


class TaskTable(QTableView):
    """Rows fetched a page at a time, each on a worker (ui/jobs.py): at 200,000 customers
    a list's count and first page are too slow for the UI thread. `query` decides which
    tasks; `loaded` says the first page of the last query asked for is shown."""

    current_changed = Signal(object)  # TaskRow | None
    loaded = Signal()
    failed = Signal(object)  # the error of a list that could not be read (shown empty)

    def __init__(
        self,
        calendar: CalendarService,
        name: str,
        parent: QWidget | None = None,
        on_worker: bool = True,
    ) -> None:
        super().__init__(parent)
        self._on_worker = on_worker  # False: one customer's history, a few indexed rows
        self.setObjectName(name)
        self._calendar = calendar
        self.query: TaskQuery | None = None
        self.model_ = BackgroundPagedTableModel(
            task_columns(), self._count, self._page, page_size=100
        )
        self._asked = self._shown = 0  # queries asked for, and the last one shown
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        fit_columns(self)  # the outcome note, last, takes the width left
        self.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.current_changed.emit(self.current_task())
        )

    def _count(self) -> int:
        return self._calendar.count(self.query) if self.query else 0

    def _page(self, offset: int, limit: int) -> list[TaskRow]:
        return self._calendar.page(self.query, offset, limit) if self.query else []

    @property
    def loading(self) -> bool:
        return self._shown != self._asked

    def show_query(self, query: TaskQuery, keep_row: int | None = None) -> None:
        """Count and read the first page on a worker; an answer to an older query (the
        filter changed meanwhile) is dropped."""
        self.query, self._asked = query, self._asked + 1
        asked, calendar, size = self._asked, self._calendar, self.model_.page_size
        if not self._on_worker:
            self._arrived(asked, keep_row, *calendar.listing(query, 0, size))
            return
        run_job(
            lambda _control: calendar.listing(query, 0, size),
            lambda result: self._arrived(asked, keep_row, *result),
            lambda error: self._failed(asked, error),
        )

    def _arrived(self, asked: int, keep_row: int | None, total: int, rows: list) -> None:
        if not isValid(self) or asked != self._asked:
            return
        self._shown = asked
        self.model_.show_loaded(total, rows)
        if self.model_.rowCount():
            self.selectRow(min(keep_row or 0, self.model_.rowCount() - 1))
        else:
            self.current_changed.emit(None)
        self.loaded.emit()

    def _failed(self, asked: int, error: Exception) -> None:
        if isValid(self) and asked == self._asked:
            self._arrived(asked, None, 0, [])
            self.failed.emit(error)

    def current_task(self) -> TaskRow | None:
        row = self.currentIndex().row()
        return self.model_.row_at(row) if 0 <= row < self.model_.rowCount() else None

    def current_row_number(self) -> int:
        return max(self.currentIndex().row(), 0)
