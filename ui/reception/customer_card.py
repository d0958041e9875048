"""The customer's card: who they are, their cars, their visits, and their intent level,
which the consultant sets here once a call or a visit confirms it."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import StaleRecordError, UserError
from app.services.customers import CustomerService, IntentChoice
from app.services.reception import CustomerCard

from ..customer360.value_badge import ValueBadge
from ..i18n import app_label, error_text, listed

if TYPE_CHECKING:  # the 360° service is loaded when a card is first shown
    from app.services.customer_360 import PriorityFlag

ERROR_STYLE = "color: #b42318;"
OK_STYLE = "color: #067647;"


class CustomerCardView(QGroupBox):
    intent_level_changed = Signal(int, str)  # customer id, the new level

    def __init__(
        self, customers: CustomerService, parent: QWidget | None = None, editable: bool = True
    ) -> None:
        super().__init__(self.tr("客户档案"), parent)
        self._customers, self._editable = customers, editable
        self._card: CustomerCard | None = None
        self._loyalty: list[str] | None = None
        self._choice: IntentChoice | None = None
        self.badge = ValueBadge(self.tr("优先接待"))
        self.summary = QLabel(objectName="cardSummary", wordWrap=True)
        self.history = QLabel(objectName="cardHistory", wordWrap=True)
        self.level = QComboBox(objectName="cardIntentLevel")
        self.set_level = QPushButton(self.tr("调整级别"), objectName="cardSetIntentLevel")
        self.level_message = QLabel(objectName="cardIntentMessage", wordWrap=True)
        self.level.currentIndexChanged.connect(lambda _i: self._offer_change())
        self.set_level.clicked.connect(self._set_chosen_level)
        self._lay_out()
        if not editable:  # a card shown only to say who this is: no level controls at all
            self.layout().removeWidget(self.level_row)
            self.level_row.setParent(None)
        self.show_new_customer()

    def _lay_out(self) -> None:
        self.level_row = QWidget()
        row = QHBoxLayout(self.level_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("意向级别")))
        row.addWidget(self.level)
        row.addWidget(self.set_level)
        row.addWidget(self.level_message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.badge)
        layout.addWidget(self.summary)
        layout.addWidget(self.level_row)
        layout.addWidget(self.history)

    def show_new_customer(self) -> None:
        self._card, self._choice = None, None
        self.badge.clear_flag()
        self.summary.setText(self.tr("新客户：填写下方信息后登记到店。"))
        self.history.clear()
        self.level_message.clear()
        self.level_row.setVisible(False)

    def show_card(self, card: CustomerCard, loyalty: list[str] | None = None) -> None:
        if self._card is None or self._card.customer.id != card.customer.id:
            self.level_message.clear()
        self._card, self._loyalty = card, loyalty
        self._render()
        if self._editable:  # a card shown only to say who this is changes nothing
            self._show_choice(self._customers.intent_choice(card.customer.id))
        self.level_row.setVisible(self._editable)

    def show_priority(self, flag: PriorityFlag | None) -> None:
        """高价值, 优先接待 and the dedicated advisor, for the customer shown."""
        self.badge.show_flag(flag)

    def _render(self) -> None:
        card, loyalty = self._card, self._loyalty
        hit = card.customer
        vehicles = listed(hit.plates or [v[-6:] for v in hit.vins]) or self.tr("无")
        lines = [
            f"<b>{hit.name}</b>　{hit.mobile or ''}",
            self.tr("意向级别：%1　顾问：%2")
            .replace("%1", hit.intent_level)
            .replace("%2", hit.consultant or self.tr("未分配")),
            self.tr("车辆：%1　待办回访：%2")
            .replace("%1", vehicles)
            .replace("%2", str(card.open_tasks)),
        ]
        if loyalty:
            badges = "".join(
                "<span style='color:#2e7d32'>"
                + self.tr("【%1】").replace("%1", app_label("Sales", label))
                + "</span>"
                for label in loyalty
            )
            lines.append(badges)
        if card.has_open_complaint:
            open_complaint = self.tr("有未结投诉")
            lines.append(f"<span style='color:#c62828'>{open_complaint}</span>")
        self.summary.setText("<br>".join(lines))
        self.history.setText(self._history_text(card))

    def _show_choice(self, choice: IntentChoice) -> None:
        self._choice = choice
        self.level.clear()
        for level in choice.levels:
            self.level.addItem(app_label("Sales", level.label), level.code)
        if self.level.findData(choice.level) < 0:  # O or F: shown, not offered
            self.level.addItem(choice.level, choice.level)
        self.level.setCurrentIndex(self.level.findData(choice.level))
        self.level.setEnabled(choice.settable)
        self._offer_change()

    def _offer_change(self) -> None:
        choice = self._choice
        self.set_level.setEnabled(
            choice is not None and choice.settable and self.level.currentData() != choice.level
        )

    def _set_chosen_level(self) -> None:
        choice, code = self._choice, self.level.currentData()
        if choice is None or code == choice.level:
            return
        try:
            changed = self._customers.set_intent_level(choice.customer_id, code, choice.version)
        except UserError as error:
            self._refused(error)
            return
        self._card = replace(self._card, customer=replace(self._card.customer, intent_level=code))
        self._render()
        self._show_choice(changed)
        self._say(self.tr("意向级别已改为 %1。").replace("%1", code), OK_STYLE)
        self.intent_level_changed.emit(changed.customer_id, code)

    def _refused(self, error: UserError) -> None:
        if isinstance(error, StaleRecordError):  # show what the other workstation saved
            self._show_choice(self._customers.intent_choice(self._choice.customer_id))
        self._say(error_text(error), ERROR_STYLE)

    def _say(self, text: str, style: str) -> None:
        self.level_message.setStyleSheet(style)
        self.level_message.setText(text)

    def _history_text(self, card: CustomerCard) -> str:
        if not card.visits:
            return self.tr("尚无到店记录。")
        rows = [
            f"{v.arrived_at:%Y-%m-%d %H:%M}　{v.intent_level}　{v.model_of_interest or ''}"
            f"　{v.consultant or ''}"
            for v in card.visits[:8]
        ]
        return self.tr("到店记录：") + "<br>" + "<br>".join(rows)
