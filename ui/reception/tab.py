"""The reception tab: look up or register a walk-in, see today's traffic, record departures."""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError, ValidationError
from app.services.container import AppServices
from app.services.reception import PhoneBelongsToSomeoneElse, PossibleDuplicate, WalkInForm
from app.services.search import CustomerHit

from ..crash import show_user_error
from ..customer360.opener import CardOpener
from ..desk import DeskSession
from ..i18n import error_text
from ..widgets.choice_dialog import ChoiceDialog
from ..widgets.dates import ISO_MINUTE, iso
from .customer_card import CustomerCardView
from .lookup import CustomerLookup
from .profile_dialog import ProfileDialog
from .traffic_bar import TrafficBar
from .visits_table import VisitsPanel
from .walk_in_form import WalkInFormView


@dataclass(frozen=True)
class Answers:
    """What the receptionist answered about who this is, for one registration."""

    same_customer: int | None = None  # the phone's owner, on a return visit
    shares_phone_with: int | None = None
    not_a_duplicate: bool = False


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
        self.card_button = QPushButton(self.tr("客户全景"), objectName="open360")
        self.card_opener = CardOpener(services, self)
        self.depart_button = QPushButton(self.tr("登记离店"), objectName="departButton")
        self.depart_at = QDateTimeEdit(objectName="departAt")
        iso(self.depart_at, ISO_MINUTE)
        self.choice: ChoiceDialog | None = None  # the open who-is-this question, if any
        self._layout()
        self._tab_order()
        self._connect()
        self.new_walk_in()
        self._departure_now()
        self.refresh()

    def _layout(self) -> None:
        scroll = QScrollArea(widgetResizable=True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        scroll.setMinimumWidth(  # the form scrolls down, never cut on its right
            self.form.minimumSizeHint().width()
            + scroll.verticalScrollBar().sizeHint().width()
            + 2 * scroll.frameWidth()
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.clear_button)
        left = QWidget()
        column = QVBoxLayout(left)
        profile_buttons = QHBoxLayout()
        profile_buttons.addWidget(self.edit_button)
        profile_buttons.addWidget(self.card_button)
        for widget in (self.lookup, self.card):
            column.addWidget(widget)
        column.addLayout(profile_buttons)
        column.addWidget(scroll)
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

    def _tab_order(self) -> None:
        chain = [self.lookup.query, self.lookup.results, self.edit_button, self.card_button]
        chain += [*self.form.fields_in_order(), self.register_button, self.clear_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.lookup.customer_chosen.connect(self.use_customer)
        self.lookup.nothing_found.connect(self.start_new_customer)
        self.lookup.nothing_to_pick.connect(self.form.focus_first_empty)
        self.lookup.cleared.connect(self.new_walk_in)
        self.register_button.clicked.connect(lambda: self.register())
        self.form.submit_requested.connect(self.register)
        self.clear_button.clicked.connect(self.new_walk_in)
        self.depart_button.clicked.connect(self.record_departure)
        self.edit_button.clicked.connect(self.edit_profile)
        self.card_button.clicked.connect(self.open_card)
        self.card_opener.attach(self.lookup.results, self._highlighted_hit)
        self.card_opener.attach(self.visits.table, self._selected_visitor)
        self.visits.table.selectionModel().selectionChanged.connect(self._departure_now)

    # --- actions ---------------------------------------------------------------------
    def new_walk_in(self) -> None:
        """Everything cleared for the next walk-in: lookup, card, form (arrival = now)."""
        self.lookup.clear()
        self.form.reset(self.services.clock())
        self.card.show_new_customer()
        self.edit_button.setEnabled(False)
        self.card_button.setEnabled(False)
        self.message.clear()

    def edit_profile(self) -> None:
        if self.form.customer_id is None:
            return
        self.profile_dialog = ProfileDialog(self.services.customers, self.form.customer_id, self)
        self.profile_dialog.accepted.connect(self._profile_saved)
        self.profile_dialog.open()

    def _profile_saved(self) -> None:
        card = self.services.reception.card(self.form.customer_id)
        self.form.show_identity(card.customer)
        self.card.show_card(card)
        self.card.show_priority(self.services.customer360.priority(card.customer.id))
        self._say(self.tr("客户资料已保存。"))

    def use_customer(self, hit: CustomerHit) -> None:
        """A customer picked from the hits: a fresh form starting from their own values."""
        card = self.services.reception.card(hit.id)
        self.form.use_customer(card.customer, card.usual, self.services.clock())
        self.edit_button.setEnabled(True)
        self.card_button.setEnabled(True)
        self.card.show_card(card, self.services.loyalty.badges(hit.id).labels)
        self.card.show_priority(self.services.customer360.priority(hit.id))
        self.form.party_size.setFocus()

    def start_new_customer(self, query: str) -> None:
        self.form.start_from_query(query, self.services.clock())
        self.card.show_new_customer()
        self.edit_button.setEnabled(False)
        self.card_button.setEnabled(False)

    # --- the 360° card ----------------------------------------------------------------
    def open_card(self) -> None:
        if self.form.customer_id is not None:
            self.card_opener.open(self.form.customer_id)

    def _highlighted_hit(self) -> int | None:
        index = self.lookup.results.currentIndex()
        return self.lookup.hits.hit(index.row()).id if index.isValid() else None

    def _selected_visitor(self) -> int | None:
        visit = self.visits.selected_visit()
        return visit.customer_id if visit is not None else None

    def register(self, answers: Answers = Answers()) -> None:
        try:
            visit_id = self.services.reception.register_walk_in(self._form_with(answers))
        except PhoneBelongsToSomeoneElse as taken:
            self._ask_whose_phone(taken, answers)
        except PossibleDuplicate as duplicate:
            self._ask_if_duplicate(duplicate, answers)
        except ValidationError as error:
            if not self.form.errors.show(error):
                show_user_error(self, error)
        except UserError as error:
            show_user_error(self, error)
        else:
            self.new_walk_in()
            self._say(self.tr("已登记到店（接待单号 %1）。").replace("%1", str(visit_id)))
            self.refresh()

    def _form_with(self, answers: Answers) -> WalkInForm:
        form = self.form.read()
        return replace(
            form,
            customer_id=answers.same_customer or form.customer_id,
            shares_phone_with=answers.shares_phone_with,
            not_a_duplicate=answers.not_a_duplicate,
            receptionist_id=self.desk.staff.id if self.desk.staff else None,
        )

    # --- who is this? ----------------------------------------------------------------
    def _ask_whose_phone(self, taken: PhoneBelongsToSomeoneElse, answers: Answers) -> None:
        """The phone is someone else's: show their card; nothing is written until the
        receptionist says who this is."""
        owner, typed = taken.card.customer, taken.typed_name
        card = CustomerCardView(self.services.customers, editable=False)
        card.show_card(taken.card)
        question = (
            self.tr("手机号 %1 已登记在“%2”名下，您填写的是“%3”。这位客户是：")
            .replace("%1", owner.mobile or "")
            .replace("%2", owner.name)
            .replace("%3", typed)
        )
        choices = [
            ("samePerson", self.tr("同一人：“%1”再次到店").replace("%1", owner.name)),
            ("sharesPhone", self.tr("家人或同事共用此手机：新建客户“%1”并关联").replace(
                "%1", typed)),
            ("fixNumber", self.tr("号码输错了：返回修改手机号")),
        ]  # fmt: skip
        self._open_choice(self.tr("此手机号已有客户"), question, choices, "fixNumber", card)
        self.choice.chosen.connect(lambda key: self._answer_whose_phone(key, taken, answers))

    def _answer_whose_phone(
        self, key: str, taken: PhoneBelongsToSomeoneElse, answers: Answers
    ) -> None:
        owner = taken.card.customer
        if key == "samePerson":
            self.register(replace(answers, same_customer=owner.id))
        elif key == "sharesPhone":
            self.register(replace(answers, shares_phone_with=owner.id))
        else:
            self.form.errors.show(ValidationError("mobile", self.tr("请改正手机号后再登记。")))
            self.form.mobile.selectAll()

    def _ask_if_duplicate(self, duplicate: PossibleDuplicate, answers: Answers) -> None:
        self.lookup.show_candidates(duplicate.candidates)
        name = self.form.name.text().strip()
        choices = [
            ("newCustomer", self.tr("不是同一人：新建客户“%1”").replace("%1", name)),
            ("chooseExisting", self.tr("是同一人：从列表中选择已有客户")),
        ]
        self._open_choice(
            self.tr("可能重复的客户"), error_text(duplicate), choices, "chooseExisting"
        )
        self.choice.chosen.connect(lambda key: self._answer_if_duplicate(key, answers))

    def _answer_if_duplicate(self, key: str, answers: Answers) -> None:
        if key == "newCustomer":
            self.register(replace(answers, not_a_duplicate=True))
            return
        self.lookup.results.setFocus()
        self.lookup.results.setCurrentIndex(self.lookup.hits.index(0, 0))

    def _open_choice(
        self,
        title: str,
        question: str,
        choices: list[tuple[str, str]],
        safe: str,
        detail: QWidget | None = None,
    ) -> None:
        self.choice = ChoiceDialog(title, question, choices, safe, self, detail)
        self.choice.finished.connect(self._choice_closed)
        self.choice.open()

    def _choice_closed(self) -> None:
        self.choice.deleteLater()
        self.choice = None

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
