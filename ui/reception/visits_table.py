"""Today's visits: a paged model over the reception service, with filters."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models import StaffRole
from app.services.container import AppServices
from app.services.reception import VisitFilter, VisitRow

from ..i18n import app_label
from ..models.paged import Column, PagedTableModel
from ..widgets.columns import fit_columns
from ..widgets.dates import iso

LEVEL_COLOURS = {"H": "#ffcdd2", "A": "#ffe0b2", "B": "#fff9c4"}
MODEL_COLUMN = 7  # 意向车型: the longest text, it takes the width left


def visit_columns() -> list[Column[VisitRow]]:
    # translate("VisitsPanel", …): lupdate files w.tr() under a context named "w".
    return [
        Column(
            QCoreApplication.translate("VisitsPanel", "到店"), lambda r: f"{r.arrived_at:%H:%M}"
        ),
        Column(
            QCoreApplication.translate("VisitsPanel", "离店"),
            lambda r: f"{r.departed_at:%H:%M}" if r.departed_at else "",
        ),
        Column(QCoreApplication.translate("VisitsPanel", "客户"), lambda r: r.customer_name),
        Column(QCoreApplication.translate("VisitsPanel", "手机"), lambda r: r.mobile),
        Column(
            QCoreApplication.translate("VisitsPanel", "人数"),
            lambda r: r.party_size,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("VisitsPanel", "首次/再次"),
            lambda r: (
                QCoreApplication.translate("VisitsPanel", "首次")
                if r.is_first_visit
                else QCoreApplication.translate("VisitsPanel", "再次")
            ),
        ),
        Column(QCoreApplication.translate("VisitsPanel", "顾问"), lambda r: r.consultant),
        Column(
            QCoreApplication.translate("VisitsPanel", "意向车型"), lambda r: r.model_of_interest
        ),
        Column(
            QCoreApplication.translate("VisitsPanel", "级别"),
            lambda r: r.intent_level,
            background=lambda r: LEVEL_COLOURS.get(r.intent_level),
        ),
        Column(
            QCoreApplication.translate("VisitsPanel", "试驾"),
            lambda r: QCoreApplication.translate("VisitsPanel", "是") if r.test_drive else "",
        ),
        Column(
            QCoreApplication.translate("VisitsPanel", "来源"),
            lambda r: app_label("Sales", r.source_channel or ""),
        ),
    ]


class VisitsPanel(QWidget):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reception = services.reception
        today = services.clock().date()
        self.day = iso(QDateEdit(QDate(today), objectName="visitsDay", calendarPopup=True))
        self.consultant = QComboBox(objectName="filterConsultant")
        self.consultant.addItem(self.tr("全部顾问"), None)
        for member in services.directory.staff(StaffRole.SALES_CONSULTANT):
            self.consultant.addItem(member.name, member.id)
        self.level = QComboBox(objectName="filterLevel")
        self.level.addItem(self.tr("全部级别"), None)
        for level in services.reception.intent_levels():
            self.level.addItem(level.code, level.code)
        self.model = PagedTableModel(
            visit_columns(), self._count, self._page, page_size=100, parent=self
        )
        self.table = QTableView(objectName="visitsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        fit_columns(self.table, stretch=MODEL_COLUMN)
        self._layout()
        for combo in (self.consultant, self.level):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.day.dateChanged.connect(lambda _d: self.reload())

    def _layout(self) -> None:
        filters = QHBoxLayout()
        for widget in (QLabel(self.tr("日期")), self.day, self.consultant, self.level):
            filters.addWidget(widget)
        filters.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table)

    def filters(self) -> VisitFilter:
        return VisitFilter(
            day=self.day.date().toPython(),
            consultant_id=self.consultant.currentData(),
            intent_level=self.level.currentData(),
        )

    def show_day(self, day: date) -> None:
        self.day.setDate(QDate(day))

    def reload(self) -> None:
        self.model.reload()

    def selected_visit(self) -> VisitRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _count(self) -> int:
        return self._reception.count_visits(self.filters())

    def _page(self, offset: int, limit: int) -> list[VisitRow]:
        return self._reception.visits(self.filters(), offset, limit)
