"""The top of the card: who this is, their phone (masked; 显示号码 for staff allowed,
audited), value, RFM, loyalty and complaint badges, and the dedicated advisor (set by
the store manager, read by everyone else)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.container import AppServices
from app.services.customer_360 import Customer360

from ..crash import show_user_error
from ..i18n import value_label
from .labels import loyalty_label, stage_label

BADGE = "<span style='background-color:{bg};color:{fg};font-weight:bold'>&nbsp;{text}&nbsp;</span>"
HIGH = ("#b7791f", "white")
SEGMENT = ("#e3f2fd", "#0d47a1")
LOYAL = ("#e8f5e9", "#1b5e20")
WARNING = ("#ffebee", "#b71c1c")


def badge(text: str, colours: tuple[str, str]) -> str:
    return BADGE.format(bg=colours[0], fg=colours[1], text=text)


class CardHeader(QWidget):
    advisor_changed = Signal()

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._card: Customer360 | None = None
        self.name = QLabel(objectName="cardName")
        self.name.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.facts = QLabel(objectName="cardFacts")
        self.phone = QLabel(objectName="cardPhone")
        self.reveal_button = QPushButton(self.tr("显示号码"), objectName="cardRevealPhone")
        self.badges = QLabel(objectName="cardBadges")
        self.advisor = QLabel(objectName="cardAdvisor")
        self.advisor_choice = QComboBox(objectName="cardAdvisorChoice")
        self.assign_button = QPushButton(self.tr("指定专属顾问"), objectName="cardAssignAdvisor")
        self.reveal_button.clicked.connect(self.reveal_phone)
        self.assign_button.clicked.connect(self.assign_advisor)
        self._lay_out()

    def _lay_out(self) -> None:
        first = QHBoxLayout()
        for widget in (self.name, self.facts):
            first.addWidget(widget)
        first.addStretch()
        second = QHBoxLayout()
        for widget in (self.phone, self.reveal_button, self.badges):
            second.addWidget(widget)
        second.addStretch()
        third = QHBoxLayout()
        for widget in (self.advisor, self.advisor_choice, self.assign_button):
            third.addWidget(widget)
        third.addStretch()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        for row in (first, second, third):
            column.addLayout(row)

    def show_card(self, card: Customer360) -> None:
        self._card = card
        person = card.person
        name = person.name if not person.contact_name else f"{person.name}（{person.contact_name}）"
        self.name.setText(name)
        self.facts.setText(
            self.tr("%1 · 意向 %2 · 销售顾问 %3")
            .replace("%1", stage_label(person.stage))
            .replace("%2", person.intent_level)
            .replace("%3", person.consultant or self.tr("未分配"))
        )
        self.phone.setText(self.tr("手机：%1").replace("%1", person.mobile or self.tr("无")))
        self.reveal_button.setVisible(card.may_reveal_mobile and bool(person.mobile))
        self.badges.setText(self._badges(card))
        self._show_advisor(card)

    def _badges(self, card: Customer360) -> str:
        shown = []
        if card.value is not None:
            if card.high_value:
                shown.append(badge(self.tr("高价值"), HIGH))
            value = card.value
            rfm = f"{value_label(value.segment_label)} R{value.r} F{value.f} M{value.m}"
            shown.append(badge(rfm, SEGMENT))
        shown += [badge(loyalty_label(text), LOYAL) for text in card.loyalty.labels]
        if card.person.has_open_complaint:
            shown.append(badge(self.tr("有未结投诉"), WARNING))
        return " ".join(shown)

    def _show_advisor(self, card: Customer360) -> None:
        current = card.dedicated_advisor
        name = current.name if current else self.tr("未指定")
        self.advisor.setText(self.tr("专属顾问：%1").replace("%1", name))
        self.advisor_choice.setVisible(card.may_assign_advisor)
        self.assign_button.setVisible(card.may_assign_advisor)
        if not card.may_assign_advisor:
            return
        self.advisor_choice.clear()
        self.advisor_choice.addItem(self.tr("（不指定）"), None)
        for advisor in self._services.customer360.advisors():
            self.advisor_choice.addItem(advisor.name, advisor.id)
        wanted = current.id if current else None
        for index in range(self.advisor_choice.count()):
            if self.advisor_choice.itemData(index) == wanted:
                self.advisor_choice.setCurrentIndex(index)

    def reveal_phone(self) -> None:
        if self._card is None:
            return
        try:
            mobile = self._services.customers.reveal_mobile(self._card.person.id)
        except UserError as error:
            show_user_error(self, error)
            return
        self.phone.setText(self.tr("手机：%1").replace("%1", mobile or self.tr("无")))
        self.reveal_button.setVisible(False)

    def assign_advisor(self) -> None:
        if self._card is None:
            return
        try:
            self._services.customer360.set_dedicated_advisor(
                self._card.person.id, self.advisor_choice.currentData()
            )
        except UserError as error:
            show_user_error(self, error)
            return
        self.advisor_changed.emit()
