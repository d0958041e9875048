"""The month-end due list (月底应到未到): the month's cars due and not come or booked,
last month's not come (the recall list), the counts per advisor, the Excel workbook.

Opened from the follow-up calendar (回访日历): the list is a list of calls to make, and
the calendar is where the day's calls are made and bookings taken from a task."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.models import StaffRole
from app.services.container import AppServices
from app.services.due_list import AdvisorCount, DueListService, DueRow

from ..customer360.opener import CardOpener
from ..deferred import deferred
from ..i18n import app_label, error_text
from ..jobs import JobControl, run_job
from ..models.paged import Column, ColumnTableModel, PagedTableModel
from ..widgets.columns import row_list
from ..widgets.dates import iso
from ..widgets.file_dialogs import ask_save_path

write_due_list = deferred("reports.due_list_excel", "write_due_list")

MONTH_FORMAT = "yyyy-MM"
T = TypeVar("T")
VEHICLE_COLUMN = 3  # the model name takes the width left
PAGE = 200  # rows a list reads at a time


def row_columns() -> list[Column[DueRow]]:
    return [
        Column(
            QCoreApplication.translate("DueListDialog", "应到日期"),
            lambda r: r.due_date.isoformat(),
        ),
        Column(QCoreApplication.translate("DueListDialog", "客户"), lambda r: r.customer),
        Column(QCoreApplication.translate("DueListDialog", "手机"), lambda r: r.phone),
        Column(QCoreApplication.translate("DueListDialog", "车型"), lambda r: r.vehicle),
        Column(QCoreApplication.translate("DueListDialog", "车牌"), lambda r: r.plate),
        Column(
            QCoreApplication.translate("DueListDialog", "类别"),
            lambda r: app_label("Service", r.due_kind),
        ),
        Column(
            QCoreApplication.translate("DueListDialog", "应到里程"),
            lambda r: f"{r.due_km:,}" if r.due_km else "",
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("DueListDialog", "上次到店"),
            lambda r: r.last_visit.isoformat() if r.last_visit else "",
        ),
        Column(
            QCoreApplication.translate("DueListDialog", "服务顾问"),
            lambda r: r.advisor or QCoreApplication.translate("DueListDialog", "未指定"),
        ),
    ]


def count_columns() -> list[Column[AdvisorCount]]:
    return [
        Column(
            QCoreApplication.translate("DueListDialog", "服务顾问"),
            lambda c: c.advisor or QCoreApplication.translate("DueListDialog", "未指定"),
        ),
        Column(
            QCoreApplication.translate("DueListDialog", "本月应到未到"),
            lambda c: c.due,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("DueListDialog", "上月应到未到"),
            lambda c: c.not_come,
            align_right=True,
        ),
    ]


@dataclass(frozen=True)
class Snapshot:
    """What a refresh reads at once, on a worker."""

    due_total: int
    due_first: list[DueRow]
    recall_total: int
    recall_first: list[DueRow]
    counts: list[AdvisorCount]

    @classmethod
    def read(cls, service: DueListService, month: str, advisor_id: int | None) -> Snapshot:
        return cls(
            service.count(month, advisor_id),
            service.due(month, advisor_id, 0, PAGE),
            service.count(month, advisor_id, recall=True),
            service.not_come(month, advisor_id, 0, PAGE),
            service.per_advisor(month),
        )

    @classmethod
    def empty(cls) -> Snapshot:
        return cls(0, [], 0, [], [])


class DueListDialog(QDialog):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="dueListDialog")
        self.setWindowTitle(self.tr("月底应到未到"))
        self._service = services.due_list
        self.month = iso(QDateEdit(objectName="dueMonth", calendarPopup=True), MONTH_FORMAT)
        self.month.setDate(QDate(date.fromisoformat(self._service.next_month() + "-01")))
        self.advisor = QComboBox(objectName="dueAdvisor")
        self.export_button = QPushButton(self.tr("导出 Excel…"), objectName="dueExport")
        self.message = QLabel(objectName="dueMessage", wordWrap=True)
        self.due = PagedTableModel(row_columns(), self._due_count, self._due_page, PAGE)
        self.recall = PagedTableModel(row_columns(), self._recall_count, self._recall_page, PAGE)
        self.counts: ColumnTableModel[AdvisorCount] = ColumnTableModel(count_columns())
        self.due_view = row_list(self.due, "dueRows", VEHICLE_COLUMN)
        self.recall_view = row_list(self.recall, "recallRows", VEHICLE_COLUMN)
        self.count_view = row_list(self.counts, "dueCounts", 0)
        self.lists = QTabWidget(objectName="dueLists")
        self.card_opener = CardOpener(services, self)
        self.export_job: JobControl | None = None
        self.load_job: JobControl | None = None
        self.loading = False
        self.snapshot = Snapshot.empty()
        self._fill_advisors(services.actor.role)
        self._lay_out()
        self._connect()
        self.refresh()

    def _fill_advisors(self, role: StaffRole) -> None:
        if role != StaffRole.SERVICE_ADVISOR:
            self.advisor.addItem(self.tr("全部顾问"), None)
        for staff_id, name in self._guard(self._service.advisors, []):
            self.advisor.addItem(name, staff_id)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("月份")), self.month, QLabel(self.tr("服务顾问")),
                       self.advisor):  # fmt: skip
            top.addWidget(widget)
        top.addStretch()
        top.addWidget(self.export_button)
        self.lists.addTab(self.due_view, self.tr("本月应到未到"))
        self.lists.addTab(self.recall_view, self.tr("上月应到未到（召回）"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lists, 3)
        layout.addWidget(QLabel(self.tr("各顾问名下车辆数")))
        layout.addWidget(self.count_view, 1)
        layout.addWidget(QLabel(self.tr("按 C 打开所选客户的客户全景。")))
        layout.addWidget(self.message)
        self.resize(1100, 640)

    def _connect(self) -> None:
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.advisor.currentIndexChanged.connect(lambda _i: self.refresh())
        self.export_button.clicked.connect(self.export)
        for view, model in ((self.due_view, self.due), (self.recall_view, self.recall)):
            self.card_opener.attach(view, lambda v=view, m=model: _customer_of(v, m))

    # --- data ---------------------------------------------------------------------------
    def month_text(self) -> str:
        return self.month.date().toString(MONTH_FORMAT)

    def advisor_id(self) -> int | None:
        return self.advisor.currentData()

    def refresh(self) -> None:
        """Both lists' totals and first pages and the counts per advisor are read on a
        worker (at 200,000 customers the counts take longer than a frame); later pages
        come as the lists scroll."""
        month, advisor_id, service = self.month_text(), self.advisor_id(), self._service

        def work(_control: JobControl) -> Snapshot:
            return Snapshot.read(service, month, advisor_id)

        self.message.setText(self.tr("正在读取…"))
        self.loading = True
        self.load_job = run_job(work, lambda s: self._loaded(s, month, advisor_id), self._failed)

    def _loaded(self, snapshot: Snapshot, month: str, advisor_id: int | None) -> None:
        if (month, advisor_id) != (self.month_text(), self.advisor_id()):
            return  # the choice changed meanwhile: its own load follows
        self.loading = False
        self.message.clear()
        self.snapshot = snapshot
        self.due.reload()
        self.recall.reload()
        self.counts.set_rows(snapshot.counts)
        self.lists.setTabText(0, self.tr("本月应到未到 (%1)").replace("%1", str(self.due.total)))
        self.lists.setTabText(
            1, self.tr("上月应到未到（召回） (%1)").replace("%1", str(self.recall.total))
        )

    def _failed(self, error: Exception) -> None:
        self.loading = False
        self.snapshot = Snapshot.empty()
        self.due.reload()
        self.recall.reload()
        self.counts.set_rows([])
        if not isinstance(error, UserError):
            raise error
        self.message.setText(error_text(error))

    def _due_count(self) -> int:
        return self.snapshot.due_total

    def _due_page(self, offset: int, limit: int) -> list[DueRow]:
        if offset == 0:
            return self.snapshot.due_first[:limit]
        return self._guard(
            lambda: self._service.due(self.month_text(), self.advisor_id(), offset, limit), []
        )

    def _recall_count(self) -> int:
        return self.snapshot.recall_total

    def _recall_page(self, offset: int, limit: int) -> list[DueRow]:
        if offset == 0:
            return self.snapshot.recall_first[:limit]
        return self._guard(
            lambda: self._service.not_come(self.month_text(), self.advisor_id(), offset, limit),
            [],
        )

    def _guard(self, call: Callable[[], T], fallback: T) -> T:
        try:
            return call()
        except UserError as error:
            self.message.setText(error_text(error))
            return fallback

    # --- the workbook ---------------------------------------------------------------------
    def export(self) -> None:
        month, advisor_id = self.month_text(), self.advisor_id()
        path = ask_save_path(
            self, self.tr("导出月底应到未到"), f"月底应到未到_{month}.xlsx",
            self.tr("Excel 工作簿 (*.xlsx)"),
        )  # fmt: skip
        if path is None:
            return
        write = lambda sheet: write_due_list(sheet, path)  # noqa: E731

        def work(_control: JobControl) -> Path:
            return self._service.export_sheet(month, write, advisor_id)

        self.export_button.setEnabled(False)
        self.message.setText(self.tr("正在导出…"))
        self.export_job = run_job(work, self._exported, self._export_failed)

    def _exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.message.setText(self.tr("已导出：%1").replace("%1", str(path)))

    def _export_failed(self, error: Exception) -> None:
        self.export_button.setEnabled(True)
        if isinstance(error, UserError):
            self.message.setText(error_text(error))
        else:
            self.message.setText(self.tr("无法写入文件：%1").replace("%1", str(error)))


def _customer_of(view: QTableView, model: PagedTableModel[DueRow]) -> int | None:
    row = view.currentIndex().row()
    return model.row_at(row).customer_id if 0 <= row < model.rowCount() else None
