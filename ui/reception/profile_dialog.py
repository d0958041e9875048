"""Edit a customer's profile. Another workstation may have saved the same customer
meanwhile: then the save is refused and the person may reload what is there now."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import StaleRecordError, UserError, ValidationError
from app.services.customers import CustomerProfile, CustomerService

from ..i18n import error_text
from ..widgets.field_errors import FieldErrors


class ProfileDialog(QDialog):
    def __init__(self, customers: CustomerService, customer_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("编辑客户资料"))
        self._customers = customers
        self.name = QLineEdit(objectName="profileName")
        self.mobile = QLineEdit(objectName="profileMobile")
        self.district = QLineEdit(objectName="profileDistrict")
        self.occupation = QLineEdit(objectName="profileOccupation")
        self.notes = QPlainTextEdit(objectName="profileNotes")
        form = QFormLayout()
        self.errors = FieldErrors(form)
        for key, label, widget in (
            ("name", self.tr("姓名"), self.name), ("mobile", self.tr("手机"), self.mobile),
            ("district", self.tr("区域"), self.district),
            ("occupation", self.tr("职业"), self.occupation),
            ("notes", self.tr("备注"), self.notes),
        ):  # fmt: skip
            self.errors.add_row(key, label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.load(customers.profile(customer_id))

    def load(self, profile: CustomerProfile) -> None:
        self.profile = profile
        self.name.setText(profile.name)
        self.mobile.setText(profile.mobile or "")
        self.district.setText(profile.district or "")
        self.occupation.setText(profile.occupation or "")
        self.notes.setPlainText(profile.notes or "")
        self.errors.clear()

    def edited(self) -> CustomerProfile:
        return replace(
            self.profile, name=self.name.text(), mobile=self.mobile.text() or None,
            district=self.district.text(), occupation=self.occupation.text(),
            notes=self.notes.toPlainText(),
        )  # fmt: skip

    def save(self) -> None:
        try:
            self.profile = self._customers.save_profile(self.edited())
        except StaleRecordError as stale:
            self._offer_reload(stale)
            return
        except ValidationError as error:
            self.errors.show(error)
            return
        except UserError as error:
            QMessageBox.warning(self, self.tr("提示"), error_text(error))
            return
        self.accept()

    def _offer_reload(self, stale: StaleRecordError) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("资料已被修改"),
            error_text(stale) + "\n\n" + self.tr("现在重新加载？（您的修改将丢失）"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.load(self._customers.profile(self.profile.id))
