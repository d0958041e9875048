"""Moving a booking (改期): another day, slot, duration or advisor; the confirmation call
moves with it. A full slot is refused with the next free slots to pick from."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.errors import UserError
from app.services.appointment_types import AppointmentRow, BookingRefused
from app.services.appointments import AppointmentService

from ..crash import show_user_error
from .labels import kind_label
from .when_picker import WhenPicker


class MoveDialog(QDialog):
    def __init__(
        self, book: AppointmentService, booking: AppointmentRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, objectName="moveDialog")
        self.setWindowTitle(self.tr("预约改期"))
        self._book, self.booking = book, booking
        self.moved: AppointmentRow | None = None
        what = f"{booking.plate or booking.vin}　{booking.customer}　{kind_label(booking.kind)}"
        self.when = WhenPicker(book, book.advisors(), self)
        self.when.set_moment(booking.start)
        self.when.minutes.setValue(booking.minutes)
        self.when.set_advisor(booking.advisor_id)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(what))
        layout.addWidget(self.when)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)

    def save(self) -> None:
        start = self.when.moment()
        try:
            if start is None:
                raise UserError(self.tr("这一天不是工作日，请另选日期。"))
            self.moved = self._book.reschedule(
                self.booking.id,
                start,
                self.when.minutes.value(),
                self.when.advisor_id(),
                self.booking.version,
            )
        except BookingRefused as refused:
            self.when.show_refusal(refused)
            return
        except UserError as error:
            show_user_error(self, error)
            return
        self.accept()
