"""Register a car not on file, from the same desk: VIN, plate, owner."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from app.errors import UserError
from app.services.checkin import CheckInService
from app.services.checkin_types import NewVehicleForm, VehicleHit, VinCheckDigitWarning
from app.services.staff import ModelChoice

from ..crash import show_user_error
from ..i18n import error_text


class RegisterVehicleDialog(QDialog):
    def __init__(
        self,
        checkin: CheckInService,
        models: list[ModelChoice],
        typed: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记新车"))
        self._checkin = checkin
        self.registered: VehicleHit | None = None
        self.vin = QLineEdit(objectName="newVin")
        self.plate = QLineEdit(objectName="newPlate")
        self.owner_name = QLineEdit(objectName="newOwnerName")
        self.owner_mobile = QLineEdit(objectName="newOwnerMobile")
        self.colour = QLineEdit(objectName="newColour")
        self.model = QComboBox(objectName="newModel")
        self.model.addItem(self.tr("（未选择）"), None)
        for choice in models:
            self.model.addItem(choice.name, choice.id)
        self._prefill(typed)
        self._lay_out()

    def _prefill(self, typed: str) -> None:
        target = self.vin if len(typed) == 17 else self.plate if typed[:1].isalpha() else None
        if target is not None and not typed.isdigit():
            target.setText(typed)

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("车架号（VIN）"), self.vin)
        form.addRow(self.tr("车牌号"), self.plate)
        form.addRow(self.tr("车型"), self.model)
        form.addRow(self.tr("颜色"), self.colour)
        form.addRow(self.tr("车主姓名"), self.owner_name)
        form.addRow(self.tr("车主手机"), self.owner_mobile)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def form(self, confirmed: bool = False) -> NewVehicleForm:
        return NewVehicleForm(
            vin=self.vin.text(),
            plate=self.plate.text(),
            owner_name=self.owner_name.text(),
            owner_mobile=self.owner_mobile.text(),
            model_id=self.model.currentData(),
            colour=self.colour.text(),
            check_digit_confirmed=confirmed,
        )

    def submit(self) -> None:
        try:
            self.registered = self._register()
        except UserError as error:
            show_user_error(self, error)
            return
        if self.registered is not None:
            self.accept()

    def _register(self) -> VehicleHit | None:
        try:
            return self._checkin.register_vehicle(self.form())
        except VinCheckDigitWarning as warning:
            answer = QMessageBox.question(self, self.tr("请确认"), error_text(warning))
            if answer != QMessageBox.StandardButton.Yes:
                return None
            return self._checkin.register_vehicle(self.form(confirmed=True))
