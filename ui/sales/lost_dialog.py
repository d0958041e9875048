"""战败登记: the customer, a reason from the store's list, and words when it needs them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from app.services.container import AppServices
from app.services.search import CustomerHit

from ..i18n import app_label
from .customer_dialog import CustomerFormDialog


class LostDialog(CustomerFormDialog):
    """Saves the loss itself; `kept` holds the reason as recorded once accepted."""

    def __init__(
        self,
        services: AppServices,
        customer: CustomerHit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, ("lostCustomer", "lostError"), parent)
        self.setWindowTitle(self.tr("战败登记"))
        self.kept: str | None = None
        self.reason = QComboBox(objectName="lossReason")
        self._reasons = {r.code: r for r in services.sales.loss_reasons()}
        for reason in self._reasons.values():
            self.reason.addItem(app_label("Sales", reason.label), reason.code)
        self.text = QLineEdit(objectName="lossText")
        form = QFormLayout()
        form.addRow(self.tr("战败原因"), self.reason)
        form.addRow(self.tr("说明"), self.text)
        self.lay_out(form)
        self.reason.currentIndexChanged.connect(self._reason_changed)
        self._reason_changed()
        if customer is not None:
            self.choose_customer(customer)

    def _reason_changed(self) -> None:
        reason = self._reasons.get(self.reason.currentData())
        hint = (
            app_label("Sales", reason.hint) if reason and reason.needs_text else self.tr("（选填）")
        )
        self.text.setPlaceholderText(hint)

    def save(self) -> None:
        self.kept = self.try_save(
            lambda customer: self.services.sales.mark_lost(
                customer.id, self.reason.currentData(), self.text.text()
            )
        )
        if self.kept is not None:
            self.accept()
