"""When a booking is for: the day, one of its slots, the expected duration and the
advisor; and, when the book refuses, the next free slots to pick from."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.services.appointment_types import Advisor, BookingRefused
from app.services.appointments import AppointmentService

from ..i18n import error_text
from ..widgets.dates import iso

MINUTE_STEP = 10


class WhenPicker(QWidget):
    changed = Signal()

    def __init__(
        self, book: AppointmentService, advisors: list[Advisor], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._book = book
        self.day = iso(QDateEdit(objectName="bookingDay", calendarPopup=True))
        self.time = QComboBox(objectName="bookingTime")
        self.minutes = QSpinBox(
            objectName="bookingMinutes", minimum=10, maximum=600, singleStep=MINUTE_STEP
        )
        self.minutes.setSuffix(self.tr(" 分钟"))
        self.minutes.setValue(book.default_minutes())
        self.advisor = QComboBox(objectName="bookingAdvisor")
        self.advisor.addItem(self.tr("自动安排（空闲且当天预约最少的顾问）"), None)
        for advisor in advisors:
            self.advisor.addItem(advisor.name, advisor.id)
        self.refusal = QLabel(objectName="bookingRefusal", wordWrap=True)
        self.refusal.setStyleSheet("color: #b42318;")
        self.offers = QComboBox(objectName="freeSlots")
        self.take_offer = QPushButton(self.tr("改用此时间"), objectName="takeFreeSlot")
        self._lay_out()
        self.day.dateChanged.connect(lambda _d: self._fill_times())
        self.take_offer.clicked.connect(self._take_offer)
        self.show_refusal(None)

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.time, 1)
        when.addWidget(self.minutes)
        form.addRow(self.tr("预约时间"), when)
        form.addRow(self.tr("服务顾问"), self.advisor)
        offers = QHBoxLayout()
        offers.addWidget(self.offers, 1)
        offers.addWidget(self.take_offer)
        form.addRow(self.refusal)
        form.addRow(offers)

    def _fill_times(self, keep: datetime | None = None) -> None:
        day: date = self.day.date().toPython()
        self.time.clear()
        for start in self._book.slot_starts(day):
            self.time.addItem(f"{start:%H:%M}", start)
        if not self.time.count():
            self.time.addItem(self.tr("（非工作日）"), None)
        if keep is not None:
            index = self.time.findData(keep)
            if index < 0:  # a time between slots (typed on the command line): kept as is
                self.time.insertItem(0, f"{keep:%H:%M}", keep)
                index = 0
            self.time.setCurrentIndex(index)
        self.changed.emit()

    def set_moment(self, moment: datetime) -> None:
        self.day.blockSignals(True)
        self.day.setDate(QDate(moment.date()))
        self.day.blockSignals(False)
        self._fill_times(moment)

    def moment(self) -> datetime | None:
        return self.time.currentData()

    def set_advisor(self, advisor_id: int | None) -> None:
        index = self.advisor.findData(advisor_id)
        self.advisor.setCurrentIndex(max(index, 0))

    def advisor_id(self) -> int | None:
        return self.advisor.currentData()

    def show_refusal(self, refused: BookingRefused | None) -> None:
        self.refusal.setText(error_text(refused) if refused else "")
        self.refusal.setVisible(refused is not None)
        self.offers.clear()
        for moment in refused.next_free if refused else []:
            self.offers.addItem(f"{moment:%Y-%m-%d %H:%M}", moment)
        shown = bool(refused and refused.next_free)
        self.offers.setVisible(shown)
        self.take_offer.setVisible(shown)
        if shown:
            self.offers.setFocus()

    def _take_offer(self) -> None:
        moment = self.offers.currentData()
        if moment is not None:
            self.set_moment(moment)
            self.show_refusal(None)
