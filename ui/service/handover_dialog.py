"""Handover: the settlement total and the next service date and km, shown before the
advisor confirms (the handover records them and leaves the reminder)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.errors import UserError
from app.services.checkin import CheckInService
from app.services.checkin_types import RepairOrder

from ..crash import show_user_error


class HandoverDialog(QDialog):
    def __init__(
        self, checkin: CheckInService, order: RepairOrder, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.setWindowTitle(self.tr("交车结算"))
        self._checkin = checkin
        self._order = order
        self.result_order: RepairOrder | None = None
        self.settlement = QLineEdit(f"{order.estimate:.2f}", objectName="settlementTotal")
        self.next_due = QLabel(self._next_due_text(), objectName="nextDue")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("委托书号"), QLabel(order.order_no))
        form.addRow(self.tr("预估金额"), QLabel(f"{order.estimate:,.2f}"))
        form.addRow(self.tr("结算金额"), self.settlement)
        form.addRow(self.tr("下次保养"), self.next_due)
        form.addRow(self.buttons)

    def _next_due_text(self) -> str:
        due = self._checkin.preview_handover(self._order.id)
        if due is None:
            return self.tr("暂无法预测")
        return (
            self.tr("%1 或 %2 km（以先到者为准）")
            .replace("%1", f"{due.due_date:%Y-%m-%d}")
            .replace("%2", f"{due.due_km:,}")
        )

    def submit(self) -> None:
        try:
            self.result_order = self._checkin.handover(self._order.id, self.settlement.text())
        except UserError as error:
            show_user_error(self, error)
            return
        self.accept()
