"""The customer's 360° card (客户全景): a window beside the desk (not modal), showing one
customer at a time; the lists open it with C (ui.customer360.opener)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.calendar import TaskQuery
from app.services.container import AppServices

from ..calendar.consent_panel import ConsentPanel
from ..calendar.task_table import TaskTable
from ..crash import show_user_error
from .header import CardHeader
from .profile import ProfileColumn
from .timeline_model import TimelineModel
from .vehicles import vehicles_model

WIDTH, HEIGHT, MARGIN = 1280, 720, 40  # fits a 1366×768 screen with the taskbar
PROFILE_WIDTH = 400
VEHICLE_ROWS = 4  # shown at once; a fleet's list scrolls


def _table(name: str) -> QTableView:
    table = QTableView(objectName=name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setWordWrap(False)
    return table


class Customer360Window(QDialog):
    changed = Signal(int)  # a customer whose advisor or consent was changed here

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer360")
        self.setModal(False)
        self._services = services
        self.customer_id: int | None = None
        self.header = CardHeader(services)
        self.profile = ProfileColumn()
        self.timeline = TimelineModel(self._timeline_page, parent=self)
        self.timeline_view = _table("cardTimeline")
        self.timeline_view.setModel(self.timeline)
        self.vehicles = vehicles_model(self)
        self.vehicles_view = _table("cardVehicles")
        self.vehicles_view.setModel(self.vehicles)
        self.tasks = TaskTable(services.calendar, "customerHistory", on_worker=False)
        self.consent: ConsentPanel | None = None
        self.pages = QTabWidget(objectName="cardPages")
        self._lay_out()
        self.header.advisor_changed.connect(self._reload_after_change)
        self.profile.customer_link.connect(self.show_customer)
        self._size_to_screen()

    def _lay_out(self) -> None:
        columns = self.timeline_view.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.vehicles_view.horizontalHeader().setStretchLastSection(True)
        self.pages.addTab(self.timeline_view, self.tr("时间线"))
        self.pages.addTab(self.tasks, self.tr("回访任务"))
        self.pages.addTab(QWidget(), self.tr("联系授权"))
        scroll = QScrollArea(widgetResizable=True, objectName="cardProfile")
        scroll.setWidget(self.profile)
        scroll.setFixedWidth(PROFILE_WIDTH)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("车辆")))
        right.addWidget(self.vehicles_view)
        right.addWidget(self.pages, 1)
        body = QHBoxLayout()
        body.addWidget(scroll)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(body, 1)

    def _size_to_screen(self) -> None:
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        width = min(WIDTH, room.width() - MARGIN) if room else WIDTH
        height = min(HEIGHT, room.height() - MARGIN) if room else HEIGHT
        self.resize(width, height)

    # --- showing ------------------------------------------------------------------------
    def show_customer(self, customer_id: int) -> bool:
        """Fill the card for this customer; False (and a message) if they cannot be read."""
        try:
            card = self._services.customer360.card(customer_id)
        except UserError as error:
            show_user_error(self, error)
            return False
        self.customer_id = customer_id
        self.setWindowTitle(self.tr("客户全景 — %1").replace("%1", card.person.name))
        self.header.show_card(card)
        self.profile.show_card(card)
        self.vehicles.set_rows(card.vehicles)
        self._fit_vehicles(len(card.vehicles))
        self.timeline.reload()
        self.timeline_view.scrollToTop()
        self.tasks.show_query(TaskQuery.history(customer_id))
        self._show_consent(customer_id)
        return True

    def _fit_vehicles(self, cars: int) -> None:
        """As tall as the cars (one to four rows; more scroll), the rest for the timeline."""
        view = self.vehicles_view
        view.resizeColumnsToContents()
        rows = min(max(cars, 1), VEHICLE_ROWS)
        row = view.verticalHeader().defaultSectionSize()
        header = view.horizontalHeader().sizeHint().height()
        view.setFixedHeight(header + rows * row + 2 * view.frameWidth())

    def _show_consent(self, customer_id: int) -> None:
        panel = ConsentPanel(self._services.reminders, customer_id)
        panel.saved.connect(lambda: self._reload_after_change())
        index = self.pages.count() - 1
        title = self.pages.tabText(index)
        old = self.pages.widget(index)
        self.pages.removeTab(index)
        old.deleteLater()
        self.pages.addTab(panel, title)
        self.consent = panel

    def _timeline_page(self, offset: int, limit: int):
        if self.customer_id is None:
            return []
        return self._services.customer360.timeline(self.customer_id, offset, limit)

    def _reload_after_change(self) -> None:
        if self.customer_id is None:
            return
        customer_id = self.customer_id
        current = self.pages.currentIndex()
        self.show_customer(customer_id)
        self.pages.setCurrentIndex(current)
        self.changed.emit(customer_id)
