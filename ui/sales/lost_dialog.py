"""战败登记: the customer, a reason from the store's list, and words when it needs them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.container import AppServices
from app.services.search import CustomerHit

from ..reception.lookup import CustomerLookup


class LostDialog(QDialog):
    """Saves the loss itself; `kept` holds the reason as recorded once accepted."""

    def __init__(
        self,
        services: AppServices,
        customer: CustomerHit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("战败登记"))
        self.services = services
        self.customer: CustomerHit | None = None
        self.kept: str | None = None
        self.lookup = CustomerLookup(services.search)
        self.chosen = QLabel(self.tr("（请先查找并选择客户）"), objectName="lostCustomer")
        self.reason = QComboBox(objectName="lossReason")
        self._reasons = {r.code: r for r in services.sales.loss_reasons()}
        for reason in self._reasons.values():
            self.reason.addItem(reason.label, reason.code)
        self.text = QLineEdit(objectName="lossText")
        self.error = QLabel(objectName="lostError", styleSheet="color: #b42318;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._layout()
        self.lookup.customer_chosen.connect(self.choose_customer)
        self.reason.currentIndexChanged.connect(self._reason_changed)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._reason_changed()
        if customer is not None:
            self.choose_customer(customer)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("客户"), self.chosen)
        form.addRow(self.tr("战败原因"), self.reason)
        form.addRow(self.tr("说明"), self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lookup)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def choose_customer(self, hit: CustomerHit) -> None:
        self.customer = hit
        self.chosen.setText(f"{hit.name}　{hit.mobile or ''}")

    def _reason_changed(self) -> None:
        reason = self._reasons.get(self.reason.currentData())
        hint = reason.hint if reason and reason.needs_text else self.tr("（选填）")
        self.text.setPlaceholderText(hint)

    def save(self) -> None:
        if self.customer is None:
            self.error.setText(self.tr("请先查找并选择客户。"))
            return
        try:
            self.kept = self.services.sales.mark_lost(
                self.customer.id, self.reason.currentData(), self.text.text()
            )
        except UserError as error:
            self.error.setText(error.message)
            return
        self.accept()
