"""A new repair order: the odometer with its live comparison, fuel, what the customer
says, the first inspection, the service type, the agreed work and the promised time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError, ValidationError
from app.rules.appointments import SERVICE_TYPES
from app.rules.mileage import AbsurdJumpNeedsConfirmation
from app.services.appointment_types import AppointmentRow, PhotoRow
from app.services.checkin import CheckInService
from app.services.checkin_types import RepairOrder, RepairOrderForm, WorkItemDraft

from ..appointments.labels import kind_label
from ..appointments.photos import PhotoStrip
from ..crash import show_user_error
from ..i18n import error_text
from ..widgets.columns import fit_columns
from ..widgets.dates import ISO_MINUTE, iso
from .mileage_panel import MileagePanel
from .models import DESCRIPTION_COLUMN, ItemLine, work_items_model

PROMISE_HOURS = 4
DEFAULT_FUEL_PERCENT = 50


class ItemEntry(QWidget):
    """One line to type a work item: what, labour, parts."""

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.description = QLineEdit(objectName=f"{prefix}Description")
        self.description.setPlaceholderText(self.tr("项目名称"))
        self.labour = QLineEdit(objectName=f"{prefix}Labour")
        self.labour.setPlaceholderText(self.tr("工时费"))
        self.parts = QLineEdit(objectName=f"{prefix}Parts")
        self.parts.setPlaceholderText(self.tr("材料费"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.description, 3)
        row.addWidget(self.labour, 1)
        row.addWidget(self.parts, 1)

    def line(self) -> ItemLine:
        if not self.description.text().strip():
            raise ValidationError("description", self.tr("请填写维修项目名称。"))
        return ItemLine(
            self.description.text().strip(), self._amount(self.labour), self._amount(self.parts)
        )

    def _amount(self, field: QLineEdit) -> Decimal:
        try:
            return Decimal(field.text().strip() or "0")
        except InvalidOperation:
            raise ValidationError("amount", self.tr("金额格式不正确，请输入数字。")) from None

    def clear(self) -> None:
        for field in (self.description, self.labour, self.parts):
            field.clear()


class NewOrderForm(QWidget):
    order_opened = Signal(object)  # RepairOrder

    def __init__(
        self,
        checkin: CheckInService,
        clock: Callable[[], datetime],
        advisor_id: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._checkin, self._clock, self._advisor_id = checkin, clock, advisor_id
        self._vehicle_id: int | None = None
        self.booking: AppointmentRow | None = None  # the booking this car came for, if any
        self._build()
        self._lay_out()
        self._connect()

    def _build(self) -> None:
        self.booking_note = QLabel(objectName="bookingNote", wordWrap=True)
        self.booking_note.setStyleSheet("QLabel { background: #e3f2fd; padding: 4px; }")
        self.booking_photos = PhotoStrip(self)
        self.booking_photos.set_editable(False)
        self.mileage = MileagePanel(self._checkin, self)
        self.fuel = QSpinBox(
            objectName="fuelLevel", suffix=" %", maximum=100, value=DEFAULT_FUEL_PERCENT
        )
        self.service_type = QComboBox(objectName="serviceType")
        for code, label in self._service_types():
            self.service_type.addItem(label, code)
        self.description = QPlainTextEdit(objectName="customerDescription")
        self.inspection = QPlainTextEdit(objectName="inspectionNotes")
        for box in (self.description, self.inspection):
            box.setMaximumHeight(60)
        self.promised = QDateTimeEdit(objectName="promisedAt", calendarPopup=True)
        iso(self.promised, ISO_MINUTE)
        self.items = work_items_model(self)
        self.items_view = QTableView(objectName="draftItems")
        self.items_view.setModel(self.items)
        self.items_view.verticalHeader().hide()
        fit_columns(self.items_view, stretch=DESCRIPTION_COLUMN)
        self.entry = ItemEntry("draft", self)
        self.add_item = QPushButton(self.tr("添加项目"), objectName="addDraftItem")
        self.decline_item = QPushButton(self.tr("客户不做"), objectName="declineDraftItem")
        self.remove_item = QPushButton(self.tr("删除项目"), objectName="removeDraftItem")
        self.open_button = QPushButton(self.tr("开维修委托书"), objectName="openOrder")

    def _service_types(self) -> list[tuple[str, str]]:
        return [
            ("maintenance", self.tr("保养")),
            ("repair", self.tr("维修")),
            ("warranty", self.tr("质保")),
            ("accident", self.tr("事故车")),
            ("recall", self.tr("召回")),
            ("pdi", self.tr("PDI 检查")),
        ]

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.mileage)
        form.addRow(self.tr("油量"), self.fuel)
        form.addRow(self.tr("服务类型"), self.service_type)
        form.addRow(self.tr("客户描述"), self.description)
        form.addRow(self.tr("初检记录"), self.inspection)
        form.addRow(self.tr("承诺交车"), self.promised)
        buttons = QHBoxLayout()
        for button in (self.add_item, self.decline_item, self.remove_item):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.booking_note)
        layout.addWidget(self.booking_photos)
        layout.addLayout(form)
        layout.addWidget(self.items_view, 1)
        layout.addWidget(self.entry)
        layout.addLayout(buttons)
        layout.addWidget(self.open_button)

    def _connect(self) -> None:
        self.mileage.suggestions_chosen.connect(self._add_suggestions)
        self.add_item.clicked.connect(self._add_typed)
        self.decline_item.clicked.connect(lambda: self._change_selected(declined=True))
        self.remove_item.clicked.connect(lambda: self._change_selected(declined=False))
        self.open_button.clicked.connect(self.submit)

    def start(self, vehicle_id: int, declined: list[str]) -> None:
        self._reset(vehicle_id, declined)
        promise = self._clock() + timedelta(hours=PROMISE_HOURS)
        self.promised.setDateTime(QDateTime(promise.replace(second=0, microsecond=0)))

    def clear(self) -> None:
        """No car: nothing of the last one stays in the form."""
        self._reset(None, [])

    def _reset(self, vehicle_id: int | None, declined: list[str]) -> None:
        self._vehicle_id = vehicle_id
        self.booking = None
        self.booking_note.setVisible(False)
        self.booking_photos.setVisible(False)
        self.booking_photos.clear()
        self.mileage.set_vehicle(vehicle_id, declined)
        self.fuel.setValue(DEFAULT_FUEL_PERCENT)
        self.service_type.setCurrentIndex(0)
        self.items.set_rows([])
        self.entry.clear()
        self.description.clear()
        self.inspection.clear()

    def fill_from_booking(self, booking: AppointmentRow, photos: list[PhotoRow]) -> None:
        """The car came as booked: what the customer said, the photos, the planned work,
        the kind of work and the advisor come from the booking."""
        self.booking = booking
        text = self.tr("预约 %1 %2（%3）：已带入客户描述和计划项目。")
        text = text.replace("%1", f"{booking.start:%H:%M}").replace("%2", kind_label(booking.kind))
        self.booking_note.setText(text.replace("%3", booking.advisor or self.tr("未指定顾问")))
        self.booking_note.setVisible(True)
        self.booking_photos.show_stored(photos)
        self.booking_photos.setVisible(bool(photos))
        service_type = SERVICE_TYPES.get(booking.kind)
        self.service_type.setCurrentIndex(max(self.service_type.findData(service_type), 0))
        self.description.setPlainText(booking.description or "")
        planned = [ItemLine(d, Decimal(0), Decimal(0)) for d in booking.planned_items]
        present = {line.description for line in self.items.rows()}
        self.items.set_rows(
            self.items.rows() + [p for p in planned if p.description not in present]
        )

    def _add_suggestions(self, descriptions: list[str]) -> None:
        present = {line.description for line in self.items.rows()}
        new = [ItemLine(d, Decimal(0), Decimal(0), suggested=True) for d in descriptions]
        self.items.set_rows(self.items.rows() + [n for n in new if n.description not in present])

    def _add_typed(self) -> None:
        try:
            line = self.entry.line()
        except UserError as error:
            show_user_error(self, error)
            return
        self.items.set_rows([*self.items.rows(), line])
        self.entry.clear()

    def _change_selected(self, *, declined: bool) -> None:
        index = self.items_view.currentIndex()
        if not index.isValid():
            return
        rows = self.items.rows()
        if declined:
            rows[index.row()] = replace(rows[index.row()], status="declined")
        else:
            del rows[index.row()]
        self.items.set_rows(rows)

    def form(self, jump_confirmed: bool = False) -> RepairOrderForm:
        km = self.mileage.km()
        if self._vehicle_id is None or km is None:
            raise ValidationError("odometer_km", self.tr("请先选择车辆并填写进厂里程。"))
        return RepairOrderForm(
            vehicle_id=self._vehicle_id,
            odometer_km=km,
            service_type=self.service_type.currentData(),
            fuel_level=self.fuel.value(),
            description=self.description.toPlainText(),
            inspection_notes=self.inspection.toPlainText(),
            items=[self._draft(line) for line in self.items.rows()],
            promised_at=self.promised.dateTime().toPython(),
            advisor_id=self._booked_advisor() or self._advisor_id(),
            correction_reason=self.mileage.correction.text() or None,
            jump_confirmed=jump_confirmed,
            appointment_id=self.booking.id if self.booking else None,
        )

    def _booked_advisor(self) -> int | None:
        return self.booking.advisor_id if self.booking else None

    @staticmethod
    def _draft(line: ItemLine) -> WorkItemDraft:
        return WorkItemDraft(
            line.description, line.labour, line.parts, line.suggested, line.status == "declined"
        )

    def submit(self) -> None:
        try:
            order = self._open_confirming()
        except UserError as error:
            show_user_error(self, error)
            return
        if order is not None:
            self.order_opened.emit(order)

    def _open_confirming(self) -> RepairOrder | None:
        try:
            return self._checkin.open_order(self.form())
        except AbsurdJumpNeedsConfirmation as ask:
            answer = QMessageBox.question(self, self.tr("请确认里程"), error_text(ask))
            if answer != QMessageBox.StandardButton.Yes:
                return None
            return self._checkin.open_order(self.form(jump_confirmed=True))
