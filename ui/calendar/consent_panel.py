"""The customer's consent per kind of contact (PIPL), with the date and reason of the last
change. Service-necessary reminders (recall, warranty…) go whatever is chosen here."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QLineEdit, QPushButton, QVBoxLayout

from app.errors import UserError
from app.services.reminders import ConsentState, ReminderService

from ..crash import show_user_error


class ConsentPanel(QGroupBox):
    saved = Signal()

    def __init__(self, reminders: ReminderService, customer_id: int, parent=None) -> None:
        super().__init__(self.tr("联系授权"), parent)
        self._reminders, self._customer_id = reminders, customer_id
        self.boxes = {
            "marketing": QCheckBox(
                self.tr("接受营销联系（回厂优惠、潜客跟进）"), objectName="consentMarketing"
            ),
            "greetings": QCheckBox(
                self.tr("接受问候（生日、节日）"), objectName="consentGreetings"
            ),
            "service": QCheckBox(
                self.tr("接受服务提醒（保养、保险、年审）"), objectName="consentService"
            ),
        }
        self.history = QLabel(objectName="consentHistory", wordWrap=True)
        self.reason = QLineEdit(objectName="consentReason")
        self.reason.setPlaceholderText(self.tr("变更原因（如：电话中客户表示不需要）"))
        self.save_button = QPushButton(self.tr("保存授权"), objectName="saveConsent")
        layout = QVBoxLayout(self)
        for box in self.boxes.values():
            layout.addWidget(box)
        layout.addWidget(self.history)
        layout.addWidget(self.reason)
        layout.addWidget(QLabel(self.tr("召回、质保等服务必需的提醒不受影响。")))
        layout.addWidget(self.save_button)
        self.save_button.clicked.connect(self.save)
        self.load()

    def load(self) -> None:
        states = {s.kind: s for s in self._reminders.consents(self._customer_id)}
        for kind, box in self.boxes.items():
            box.setChecked(states[kind].granted)
        self.history.setText(
            "<br>".join(self._line(states[k]) for k in self.boxes if states[k].changed_at)
        )

    def _line(self, state: ConsentState) -> str:
        what = self.boxes[state.kind].text()
        verdict = self.tr("同意") if state.granted else self.tr("拒绝")
        text = f"{state.changed_at:%Y-%m-%d} {verdict}：{what}"
        return f"{text}（{state.reason}）" if state.reason else text

    def save(self) -> None:
        states = {s.kind: s.granted for s in self._reminders.consents(self._customer_id)}
        try:
            for kind, box in self.boxes.items():
                if box.isChecked() != states[kind]:
                    self._reminders.set_consent(
                        self._customer_id, kind, box.isChecked(), self.reason.text()
                    )
        except UserError as error:
            show_user_error(self, error)
            return
        self.reason.clear()
        self.load()
        self.saved.emit()
