"""The reception tab: look up or register a walk-in, see today's traffic, record departures."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError, ValidationError
from app.services.container import AppServices
from app.services.reception import PossibleDuplicate
from app.services.search import CustomerHit

from ..crash import show_user_error
from ..desk import DeskSession
from .customer_card import CustomerCardView
from .lookup import CustomerLookup
from .profile_dialog import ProfileDialog
from .traffic_bar import TrafficBar
from .visits_table import VisitsPanel
from .walk_in_form import WalkInFormView


class ReceptionTab(QWidget):
    def __init__(self, services: AppServices, desk: DeskSession) -> None:
        super().__init__()
        self.services = services
        self.desk = desk
        self.traffic = TrafficBar()
        self.lookup = CustomerLookup(services.search)
        self.card = CustomerCardView(services.customers)
        self.form = WalkInFormView(services)
        self.visits = VisitsPanel(services)
        self.message = QLabel(objectName="receptionMessage")
        self.register_button = QPushButton(self.tr("登记到店"), objectName="registerButton")
        self.clear_button = QPushButton(self.tr("清空"), objectName="clearButton")
        self.edit_button = QPushButton(self.tr("编辑资料"), objectName="editProfile")
        self.depart_button = QPushButton(self.tr("登记离店"), objectName="departButton")
        self.depart_at = QDateTimeEdit(objectName="departAt")
        self.depart_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self._layout()
        self._connect()
        self.new_walk_in()
        self._departure_now()
        self.refresh()

    def _layout(self) -> None:
        scroll = QScrollArea(widgetResizable=True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.clear_button)
        left = QWidget()
        column = QVBoxLayout(left)
        for widget in (self.lookup, self.card, self.edit_button, scroll):
            column.addWidget(widget)
        column.addLayout(buttons)
        right = QWidget()
        visits = QVBoxLayout(right)
        visits.addWidget(self.visits)
        departure = QHBoxLayout()
        departure.addWidget(QLabel(self.tr("离店时间")))
        departure.addWidget(self.depart_at)
        departure.addWidget(self.depart_button)
        departure.addStretch()
        visits.addLayout(departure)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.traffic)
        layout.addWidget(splitter)
        layout.addWidget(self.message)

    def _connect(self) -> None:
        self.lookup.customer_chosen.connect(self.use_customer)
        self.lookup.nothing_found.connect(self.start_new_customer)
        self.register_button.clicked.connect(self.register)
        self.clear_button.clicked.connect(self.new_walk_in)
        self.depart_button.clicked.connect(self.record_departure)
        self.edit_button.clicked.connect(self.edit_profile)
        self.visits.table.selectionModel().selectionChanged.connect(self._departure_now)

    # --- actions ---------------------------------------------------------------------
    def new_walk_in(self) -> None:
        self.form.reset(self.services.clock())
        self.card.show_new_customer()
        self.edit_button.setEnabled(False)

    def edit_profile(self) -> None:
        if self.form.customer_id is None:
            return
        self.profile_dialog = ProfileDialog(self.services.customers, self.form.customer_id, self)
        self.profile_dialog.accepted.connect(self._profile_saved)
        self.profile_dialog.open()

    def _profile_saved(self) -> None:
        card = self.services.reception.card(self.form.customer_id)
        self.form.use_customer(card.customer)
        self.card.show_card(card)
        self._say(self.tr("客户资料已保存。"))

    def use_customer(self, hit: CustomerHit) -> None:
        self.form.use_customer(hit)
        self.edit_button.setEnabled(True)
        loyalty = self.services.loyalty.badges(hit.id).labels
        self.card.show_card(self.services.reception.card(hit.id), loyalty)

    def start_new_customer(self, query: str) -> None:
        self.form.start_from_query(query)
        self.card.show_new_customer()

    def register(self, _checked: bool = False, not_a_duplicate: bool = False) -> None:
        try:
            form = self.form.read(not_a_duplicate)
            form.receptionist_id = self.desk.staff.id if self.desk.staff else None
            visit_id = self.services.reception.register_walk_in(form)
        except PossibleDuplicate as duplicate:
            self._resolve_duplicate(duplicate)
            return
        except ValidationError as error:
            if not self.form.errors.show(error):
                show_user_error(self, error)
            return
        except UserError as error:
            show_user_error(self, error)
            return
        self._say(self.tr("已登记到店（接待单号 %1）。").replace("%1", str(visit_id)))
        self.new_walk_in()
        self.lookup.query.clear()
        self.refresh()

    def _resolve_duplicate(self, duplicate: PossibleDuplicate) -> None:
        self.lookup.show_candidates(duplicate.candidates)
        answer = QMessageBox.question(
            self,
            self.tr("可能重复的客户"),
            duplicate.message
            + "\n\n"
            + self.tr("选择“是”新建客户；选择“否”从列表中选择已有客户。"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.register(not_a_duplicate=True)

    def record_departure(self) -> None:
        visit = self.visits.selected_visit()
        if visit is None:
            self._say(self.tr("请先在右侧列表中选择一条接待记录。"))
            return
        try:
            departed_at = self.depart_at.dateTime().toPython()
            made = self.services.reception.record_departure(visit.id, departed_at)
        except UserError as error:
            show_user_error(self, error)
            return
        if made:
            self._say(
                self.tr("%1 已离店：已生成离店关怀短信和当晚回访任务。").replace(
                    "%1", visit.customer_name
                )
            )
        else:
            self._say(self.tr("%1 的离店时间已更新。").replace("%1", visit.customer_name))
        self.refresh()

    def _departure_now(self) -> None:
        now = self.services.clock().replace(second=0, microsecond=0)
        self.depart_at.setDateTime(QDateTime(now))

    def refresh_walk_ins(self) -> None:
        """Another workstation registered a walk-in: show it, keep what is being typed."""
        self.refresh()

    def refresh(self) -> None:
        self.visits.reload()
        self.traffic.show_traffic(self.services.reception.traffic(self.visits.filters().day))

    def _say(self, text: str) -> None:
        self.message.setText(text)
