"""A dialog about one customer: find and choose them, fill the form, save; a refusal is
shown under the form. The order and lost-prospect dialogs are built on it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.container import AppServices
from app.services.search import CustomerHit

from ..i18n import error_text
from ..reception.lookup import CustomerLookup


class CustomerFormDialog(QDialog):
    def __init__(self, services: AppServices, names: tuple[str, str], parent: QWidget | None):
        """`names`: object names of the chosen-customer label and the error label."""
        super().__init__(parent)
        self.services = services
        self.customer: CustomerHit | None = None
        self.lookup = CustomerLookup(services.search)
        self.chosen = QLabel(
            QCoreApplication.translate("CustomerFormDialog", "（请先查找并选择客户）"),
            objectName=names[0],
        )
        self.error = QLabel(objectName=names[1], styleSheet="color: #b42318;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.lookup.customer_chosen.connect(self.choose_customer)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def lay_out(self, form: QFormLayout) -> None:
        form.insertRow(0, QCoreApplication.translate("CustomerFormDialog", "客户"), self.chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lookup)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def choose_customer(self, hit: CustomerHit) -> None:
        self.customer = hit
        self.chosen.setText(f"{hit.name}　{hit.mobile or ''}")

    def try_save(self, action: Callable[[CustomerHit], object]) -> object | None:
        """Run the save for the chosen customer and return what it returned; on a refusal
        say why and return None (the dialog stays open)."""
        if self.customer is None:
            self.error.setText(
                QCoreApplication.translate("CustomerFormDialog", "请先查找并选择客户。")
            )
            return None
        try:
            result = action(self.customer)
        except UserError as error:
            self.error.setText(error_text(error))
            return None
        return result

    def save(self) -> None:
        raise NotImplementedError
