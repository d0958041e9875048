"""Booking a car (新预约): find it as at check-in (or register it), the kind of work, the
channel, what the customer says with photos, the planned work, when and with whom. A
full slot or day is refused with the next free slots to pick from. Opened from a
follow-up, the car, the work and the advisor come filled in and Enter books."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.appointment_types import (
    AppointmentRow,
    BookingForm,
    BookingRefused,
    FollowUpBooking,
)
from app.services.container import AppServices

from ..crash import show_user_error
from ..service.lookup import VehicleLookup
from ..service.register_dialog import RegisterVehicleDialog
from .labels import channels, kinds
from .photos import PhotoStrip
from .when_picker import WhenPicker


class BookingDialog(QDialog):
    def __init__(
        self,
        services: AppServices,
        *,
        start: datetime | None = None,
        advisor_id: int | None = None,
        follow_up: FollowUpBooking | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, objectName="bookingDialog")
        self.setWindowTitle(self.tr("新预约"))
        self.services, self.follow_up = services, follow_up
        self.vehicle_id: int | None = None
        self.booked: AppointmentRow | None = None
        self.register_dialog: RegisterVehicleDialog | None = None
        self._build(services)
        self._lay_out()
        self._connect()
        self._prefill(start, advisor_id)

    def _build(self, services: AppServices) -> None:
        self.heading = QLabel(objectName="bookingHeading", wordWrap=True)
        self.lookup = VehicleLookup(services.checkin, self)
        self.lookup.results.setMaximumHeight(90)
        self.car = QLabel(objectName="bookingCar", wordWrap=True)
        self.kind = QComboBox(objectName="bookingKind")
        for code, label in kinds():
            self.kind.addItem(label, code)
        self.channel = QComboBox(objectName="bookingChannel")
        for code, label in channels():
            self.channel.addItem(label, code)
        self.when = WhenPicker(services.appointments, services.appointments.advisors(), self)
        self.description = QPlainTextEdit(objectName="bookingDescription")
        self.description.setPlaceholderText(self.tr("客户描述的情况，例如：冷车启动有异响"))
        self.planned = QPlainTextEdit(objectName="bookingPlanned")
        self.planned.setPlaceholderText(self.tr("计划项目，每行一项，例如：更换机油机滤"))
        for box in (self.description, self.planned):
            box.setMaximumHeight(56)
            box.setTabChangesFocus(True)
        self.photos = PhotoStrip(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存预约"))

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("车辆"), self.lookup)
        form.addRow("", self.car)
        form.addRow(self.tr("预约类型"), self.kind)
        form.addRow(self.tr("预约渠道"), self.channel)
        form.addRow(self.when)
        form.addRow(self.tr("客户描述"), self.description)
        form.addRow(self.tr("计划项目"), self.planned)
        form.addRow(self.tr("照片"), self.photos)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(760, 640)
        # Enter saves (set once in the dialog: a button's default is kept by its dialog).
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)

    def _connect(self) -> None:
        self.lookup.vehicle_chosen.connect(self.choose_vehicle)
        self.lookup.register_requested.connect(self._open_register)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.photos.failed.connect(lambda text: show_user_error(self, UserError(text)))

    def _prefill(self, start: datetime | None, advisor_id: int | None) -> None:
        offer = self.follow_up
        self.heading.setVisible(offer is not None)
        if offer is not None:
            text = self.tr("回访“%1”：%2").replace("%1", offer.kind_label)
            self.heading.setText(text.replace("%2", offer.customer or ""))
            self.kind.setCurrentIndex(max(self.kind.findData(offer.kind), 0))
            self.planned.setPlainText(offer.planned_work or "")
            advisor_id = advisor_id or offer.advisor_id
            if offer.vehicle_id is not None:
                self.choose_vehicle(offer.vehicle_id)
            elif offer.customer:
                self.lookup.query.setText(offer.customer)
                self.lookup.run_search()
        self.when.set_advisor(advisor_id)
        self.when.set_moment(start or self._first_free(advisor_id))
        (self.when.time if self.vehicle_id else self.lookup.query).setFocus()

    def _first_free(self, advisor_id: int | None) -> datetime:
        """The first free slot from tomorrow on (booking today is for walk-ins)."""
        tomorrow = datetime.combine(self.services.clock().date() + timedelta(days=1), time())
        free = self.services.appointments.next_free(
            self.vehicle_id or 0, tomorrow, self.when.minutes.value(), advisor_id, count=1
        )
        return free[0] if free else tomorrow

    def choose_vehicle(self, vehicle_id: int) -> None:
        card = self.services.checkin.card(vehicle_id)
        self.vehicle_id = vehicle_id
        parts = (card.plate or card.vin, card.model or "", card.owner_name, card.owner_phone)
        self.car.setText("　".join(p for p in parts if p))

    def _open_register(self, typed: str) -> None:
        models = self.services.directory.car_models()
        self.register_dialog = RegisterVehicleDialog(self.services.checkin, models, typed, self)
        self.register_dialog.accepted.connect(self._registered)
        self.register_dialog.open()

    def _registered(self) -> None:
        hit = self.register_dialog.registered if self.register_dialog else None
        if hit is not None:
            self.lookup.hits.set_hits([hit])
            self.choose_vehicle(hit.id)

    def form(self) -> BookingForm:
        start = self.when.moment()
        if self.vehicle_id is None:
            raise UserError(self.tr("请先查找并选择车辆。"))
        if start is None:
            raise UserError(self.tr("这一天不是工作日，请另选日期。"))
        return BookingForm(
            vehicle_id=self.vehicle_id,
            start=start,
            minutes=self.when.minutes.value(),
            advisor_id=self.when.advisor_id(),
            kind=self.kind.currentData(),
            channel=self.channel.currentData(),
            description=self.description.toPlainText(),
            planned_work=self.planned.toPlainText(),
            photos=self.photos.uploads(),
            from_task_id=self.follow_up.task_id if self.follow_up else None,
        )

    def save(self) -> None:
        try:
            self.booked = self.services.appointments.book(self.form())
        except BookingRefused as refused:
            self.when.show_refusal(refused)
            return
        except UserError as error:
            show_user_error(self, error)
            return
        self.accept()
