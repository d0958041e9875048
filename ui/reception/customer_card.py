"""The customer's card: who they are, their cars, their visits."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from app.services.reception import CustomerCard


class CustomerCardView(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("客户档案"), parent)
        self.summary = QLabel()
        self.summary.setObjectName("cardSummary")
        self.summary.setWordWrap(True)
        self.history = QLabel()
        self.history.setObjectName("cardHistory")
        self.history.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.history)
        self.show_new_customer()

    def show_new_customer(self) -> None:
        self.summary.setText(self.tr("新客户：填写下方信息后登记到店。"))
        self.history.clear()

    def show_card(self, card: CustomerCard, loyalty: list[str] | None = None) -> None:
        hit = card.customer
        vehicles = "、".join(hit.plates or [v[-6:] for v in hit.vins]) or self.tr("无")
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
            badges = "".join(f"<span style='color:#2e7d32'>【{label}】</span>" for label in loyalty)
            lines.append(badges)
        if card.has_open_complaint:
            lines.append(f"<span style='color:#c62828'>{self.tr('有未结投诉')}</span>")
        self.summary.setText("<br>".join(lines))
        self.history.setText(self._history_text(card))

    def _history_text(self, card: CustomerCard) -> str:
        if not card.visits:
            return self.tr("尚无到店记录。")
        rows = [
            f"{v.arrived_at:%Y-%m-%d %H:%M}　{v.intent_level}　{v.model_of_interest or ''}"
            f"　{v.consultant or ''}"
            for v in card.visits[:8]
        ]
        return self.tr("到店记录：") + "<br>" + "<br>".join(rows)
