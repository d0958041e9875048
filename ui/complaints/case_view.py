"""One case: its deadlines, its steps (who, when, what), and the buttons for the next step."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.permissions import Permission
from app.services.complaints import CaseDetail
from app.services.container import AppServices
from app.services.search import CustomerHit

from ..crash import show_user_error
from ..desk import DeskSession
from ..i18n import app_label
from ..reception.lookup import CustomerLookup
from .cases_table import next_deadline_text, time_left_text

OPEN = {"received", "responded", "first_proposal", "reinvestigating", "final_proposal"}
ENABLED_IN: dict[str, Callable[[CaseDetail], bool]] = {
    "respond": lambda d: d.row.status == "received",
    "propose": lambda d: d.row.status in {"responded", "reinvestigating"},
    "satisfied": lambda d: d.row.status in {"first_proposal", "final_proposal"},
    "unsatisfied": lambda d: d.row.status in {"first_proposal", "final_proposal"},
    "pause": lambda d: d.row.status in OPEN and not d.row.paused,
    "resume": lambda d: d.row.paused,
    "reopen": lambda d: d.is_archived,
}
# A closed case comes back only by a manager's decision (the service checks it too).
NEEDS_PERMISSION = {"reopen": Permission.REOPEN_COMPLAINT}


class CaseView(QWidget):
    changed = Signal()

    def __init__(self, services: AppServices, desk: DeskSession, parent=None) -> None:
        super().__init__(parent)
        self._services = services
        self._desk = desk
        self.detail: CaseDetail | None = None
        self.summary = QLabel(objectName="caseSummary", wordWrap=True)
        self.history = QLabel(objectName="caseHistory", wordWrap=True)
        self.note = QPlainTextEdit(objectName="caseNote")
        self.note.setPlaceholderText(self.tr("向客户说明的内容 / 方案 / 原因"))
        self.note.setMaximumHeight(80)
        self.score = QSpinBox(objectName="satisfactionScore", minimum=1, maximum=5, value=5)
        self.buttons = self._build_buttons()
        self.link_lookup = CustomerLookup(services.search)
        self.link_lookup.query.setPlaceholderText(
            self.tr("匿名投诉：输入手机号、姓名或车牌关联客户")
        )
        self.link_lookup.customer_chosen.connect(self.link_customer)
        self._layout()
        self.show_case(None)

    def _build_buttons(self) -> dict[str, QPushButton]:
        labels = {
            "respond": self.tr("已响应客户"),
            "propose": self.tr("提交方案"),
            "satisfied": self.tr("客户满意，结案"),
            "unsatisfied": self.tr("客户不满意"),
            "pause": self.tr("暂停计时"),
            "resume": self.tr("恢复计时"),
            "reopen": self.tr("重新打开"),
        }
        buttons = {
            key: QPushButton(label, objectName=f"{key}Button") for key, label in labels.items()
        }
        for key, button in buttons.items():
            button.clicked.connect(lambda _checked=False, k=key: self.act(k))
        return buttons

    def _layout(self) -> None:
        grid = QGridLayout()
        for index, button in enumerate(self.buttons.values()):
            grid.addWidget(button, index // 4, index % 4)
        score = QHBoxLayout()
        score.addWidget(QLabel(self.tr("满意度评分")))
        score.addWidget(self.score)
        score.addStretch()
        column = QVBoxLayout(self)
        for widget in (self.summary, self.history, self.link_lookup, self.note):
            column.addWidget(widget)
        column.addLayout(score)
        column.addLayout(grid)
        column.addStretch()

    # --- showing --------------------------------------------------------------------------
    def show_case(self, case_id: int | None) -> None:
        self.detail = self._services.complaints.detail(case_id) if case_id else None
        self.note.clear()
        if self.detail is None:
            self.summary.setText(self.tr("请在列表中选择一件投诉。"))
            self.history.clear()
        else:
            self.summary.setText(self._summary(self.detail))
            self.history.setText(self._history(self.detail))
        self.link_lookup.setVisible(self.detail is not None and self.detail.row.customer is None)
        self.link_lookup.clear()
        for key, button in self.buttons.items():
            button.setEnabled(self._allowed(key))

    def _shown_id(self) -> int | None:
        return self.detail.row.id if self.detail else None

    def _allowed(self, key: str) -> bool:
        if self.detail is None or not ENABLED_IN[key](self.detail):
            return False
        needed = NEEDS_PERMISSION.get(key)
        return needed is None or self._services.actor.can(needed)

    def _summary(self, d: CaseDetail) -> str:
        row = d.row
        customer = escape(row.customer or self.tr("（匿名）"))
        deadline = f"{escape(next_deadline_text(row))}　{escape(time_left_text(row))}"
        lines = [
            f"<b>{escape(row.case_no)}</b>　{escape(app_label('Complaints', row.status_label))}",
            self.tr("客户：%1").replace("%1", customer) + f"　{escape(d.vehicle_plate or '')}",
            f"{escape(app_label('Complaints', row.category_label))}"
            f" · {escape(app_label('Complaints', row.cause or ''))}",
            self.tr("受理：%1").replace("%1", f"{row.received_at:%Y-%m-%d %H:%M}"),
            self.tr("下一时限：%1").replace("%1", deadline),
            escape(d.content),
        ]
        if d.pause_reason:
            lines.insert(5, self.tr("暂停原因：%1").replace("%1", escape(d.pause_reason)))
        if d.is_archived:
            lines.insert(1, self.tr("已归档（只读），如需继续处理请“重新打开”并填写原因。"))
        return "<br>".join(lines)

    def _history(self, d: CaseDetail) -> str:
        lines = [
            f"{e.at:%m-%d %H:%M}　{escape(e.staff or '')}"
            f"　{escape(app_label('Complaints', e.label))}"
            + (f"：{escape(e.text)}" if e.text else "")
            for e in d.events
        ]
        return "<br>".join(lines)

    # --- acting ---------------------------------------------------------------------------
    def act(self, key: str) -> None:
        if self.detail is None:
            return
        try:
            self._run(key, self.detail.row.id, self.note.toPlainText())
        except UserError as error:
            show_user_error(self, error)
            return
        self.show_case(self.detail.row.id)
        self.changed.emit()

    def _run(self, key: str, case_id: int, text: str) -> None:
        desk = self._services.complaints
        actions: dict[str, Callable[[], object]] = {
            "respond": lambda: desk.respond(case_id, text),
            "propose": lambda: desk.propose(case_id, text),
            "satisfied": lambda: desk.customer_feedback(case_id, True, self.score.value(), text),
            "unsatisfied": lambda: desk.customer_feedback(case_id, False, None, text),
            "pause": lambda: desk.pause(case_id, text),
            "resume": lambda: desk.resume(case_id),
            "reopen": lambda: desk.reopen(case_id, text),
        }
        actions[key]()

    def link_customer(self, hit: CustomerHit) -> None:
        """An anonymous case: the customer is known now."""
        if self.detail is None:
            return
        try:
            self._services.complaints.link_customer(self.detail.row.id, hit.id)
        except UserError as error:
            show_user_error(self, error)
            return
        self.show_case(self.detail.row.id)
        self.changed.emit()
