"""Taking a complaint: who (found by phone, name or plate, or anonymous), what, when."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.errors import UserError, ValidationError
from app.services.complaints import ComplaintForm, IntakeOptions
from app.services.container import AppServices
from app.services.search import CustomerHit
from app.services.staff import StaffMember

from ..crash import show_user_error
from ..desk import DeskSession
from ..i18n import app_label
from ..jobs import run_job
from ..reception.lookup import CustomerLookup
from ..widgets.dates import ISO_MINUTE, iso
from ..widgets.field_errors import FieldErrors


class IntakeForm(QWidget):
    taken = Signal(int)  # the new case id

    def __init__(self, services: AppServices, desk: DeskSession, parent=None) -> None:
        super().__init__(parent)
        self._services = services
        self._desk = desk
        self._options = IntakeOptions({}, [], {}, [], [])  # until read: _read_choices
        self.choices_read = False
        self.customer: CustomerHit | None = None
        self.lookup = CustomerLookup(services.search)
        self.customer_label = QLabel(objectName="intakeCustomer")
        self.anonymous_button = QPushButton(self.tr("匿名投诉"), objectName="anonymousButton")
        self.submit_button = QPushButton(self.tr("登记投诉"), objectName="submitComplaint")
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self._build_links()
        self._build_what()
        self._build_who_and_when()
        self._layout(form)
        self.lookup.customer_chosen.connect(self.use_customer)
        self.lookup.cleared.connect(lambda: self.use_customer(None))
        self.anonymous_button.clicked.connect(lambda: self.use_customer(None))
        self.submit_button.clicked.connect(self.submit)
        self.reset()
        self._read_choices()

    # --- building -------------------------------------------------------------------------
    def _build_links(self) -> None:
        self.vehicle = QComboBox(objectName="vehicle")
        self.sales_order = QComboBox(objectName="salesOrder")
        self.repair_order = QComboBox(objectName="repairOrder")
        self.contact_phone = QLineEdit(objectName="contactPhone")
        self.contact_phone.setPlaceholderText(self.tr("匿名客户留下的手机号（可选）"))
        for key, label, widget in (
            ("vehicles", self.tr("车辆"), self.vehicle),
            ("sales_orders", self.tr("销售订单"), self.sales_order),
            ("service_visits", self.tr("维修委托书"), self.repair_order),
            ("contact_phone", self.tr("联系电话"), self.contact_phone),
        ):
            self.errors.add_row(key, label, widget)

    def _build_what(self) -> None:
        self.channel = QComboBox(objectName="channel")
        self.category = QComboBox(objectName="category")
        self.cause = QComboBox(objectName="cause")
        self.severity = QComboBox(objectName="severity")
        self.content = QPlainTextEdit(objectName="content")
        self.content.setPlaceholderText(self.tr("客户原话"))
        self.content.setMaximumHeight(90)
        self.category.currentIndexChanged.connect(self._fill_causes)
        for key, label, widget in (
            ("channel", self.tr("渠道"), self.channel),
            ("category", self.tr("类别"), self.category),
            ("cause", self.tr("原因"), self.cause),
            ("severity", self.tr("严重程度"), self.severity),
            ("content", self.tr("投诉内容"), self.content),
        ):
            self.errors.add_row(key, label, widget)

    def _build_who_and_when(self) -> None:
        self.received_at = QDateTimeEdit(objectName="receivedAt")
        iso(self.received_at, ISO_MINUTE)
        self.backdate_reason = QLineEdit(objectName="backdateReason")
        self.backdate_reason.setPlaceholderText(self.tr("受理时间早于现在时必填"))
        self.department = QComboBox(objectName="department", editable=True)
        self.owner = QComboBox(objectName="owner")
        for key, label, widget in (
            ("received_at", self.tr("受理时间"), self.received_at),
            ("backdate_reason", self.tr("补录原因"), self.backdate_reason),
            ("department", self.tr("责任部门"), self.department),
            ("owner", self.tr("负责人"), self.owner),
        ):
            self.errors.add_row(key, label, widget)

    def _layout(self, form: QFormLayout) -> None:
        who = QHBoxLayout()
        who.addWidget(self.customer_label, 1)
        who.addWidget(self.anonymous_button)
        column = QVBoxLayout(self)
        column.addWidget(self.lookup)
        column.addLayout(who)
        column.addLayout(form)
        column.addWidget(self.submit_button)
        column.addStretch()

    # --- filling --------------------------------------------------------------------------
    def _read_choices(self) -> None:
        """The store's complaint settings (channels, classes, causes, severities,
        departments: a dozen settings) and the staff, read on a worker; the form takes
        nothing until they are there."""
        self.submit_button.setEnabled(False)
        self.submit_button.setText(self.tr("正在读取…"))
        services = self._services
        run_job(
            lambda _job: (services.complaints.options(), services.directory.staff()),
            lambda choices: self._show_choices(*choices),
            self._choices_failed,
        )

    def _show_choices(self, options: IntakeOptions, staff: list[StaffMember]) -> None:
        if not isValid(self):
            return  # the desk was closed meanwhile
        self._options, self.choices_read = options, True
        _fill(self.channel, list(options.channels.items()))
        _fill(self.category, [(c["code"], c["label"]) for c in options.classes])
        _fill(self.severity, [(s["level"], s["label"]) for s in options.severities])
        # each shows its label in the UI's language (the store's own words as typed)
        _fill(self.department, [(department, department) for department in options.departments])
        self.owner.addItem(self.tr("（未指定）"), None)
        for member in staff:
            self.owner.addItem(member.name, member.id)
        self._fill_causes()
        self.submit_button.setText(self.tr("登记投诉"))
        self.submit_button.setEnabled(True)

    def _choices_failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self.choices_read = True
        self.submit_button.setText(self.tr("登记投诉"))
        if not isinstance(error, UserError):
            raise error  # a bug: the crash dialog
        show_user_error(self, error)

    def reset(self) -> None:
        self.use_customer(None)
        self.lookup.clear()
        self.content.clear()
        self.backdate_reason.clear()
        self.contact_phone.clear()
        self._received_now()
        self._fill_causes()
        self.errors.clear()

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again later: a received time nobody changed is now, not when it was built."""
        super().showEvent(event)
        if self._received() is None:
            self._received_now()

    def _received_now(self) -> None:
        now = self._services.clock().replace(second=0, microsecond=0)
        self.received_at.setDateTime(QDateTime(now))
        self._received_default = self.received_at.dateTime()

    def use_customer(self, hit: CustomerHit | None) -> None:
        self.customer = hit
        if hit is None:
            self.customer_label.setText(self.tr("匿名投诉（可稍后关联客户）"))
            self._fill_links([], [], [])
            return
        self.customer_label.setText(f"{hit.name}　{hit.mobile or ''}")
        links = self._services.complaints.customer_links(hit.id)
        self._fill_links(links.vehicles, links.sales_orders, links.repair_orders)

    def _fill_links(self, vehicles, orders, repairs) -> None:
        for combo, choices in (
            (self.vehicle, vehicles),
            (self.sales_order, orders),
            (self.repair_order, repairs),
        ):
            combo.clear()
            combo.addItem(self.tr("（无）"), None)
            for key, label in choices:
                combo.addItem(label, key)
        if vehicles:
            self.vehicle.setCurrentIndex(1)

    def _fill_causes(self) -> None:
        self.cause.clear()
        self.cause.addItem(self.tr("（未定）"), None)
        for cause in self._options.causes.get(self.category.currentData(), []):
            self.cause.addItem(app_label("Complaints", cause), cause)

    # --- reading --------------------------------------------------------------------------
    def read(self) -> ComplaintForm:
        staff = self._desk.staff
        return ComplaintForm(
            channel=self.channel.currentData(),
            category=self.category.currentData(),
            cause=self.cause.currentData(),
            severity=self.severity.currentData(),
            content=self.content.toPlainText(),
            customer_id=self.customer.id if self.customer else None,
            vehicle_id=self.vehicle.currentData(),
            sales_order_id=self.sales_order.currentData(),
            service_visit_id=self.repair_order.currentData(),
            received_at=self._received(),
            backdate_reason=self.backdate_reason.text(),
            department=self._department(),
            owner_id=self.owner.currentData(),
            contact_phone=self.contact_phone.text().strip() or None,
            staff_id=staff.id if staff else None,
        )

    def _department(self) -> str:
        """A department from the list in the store's words; one typed in as typed."""
        typed = self.department.currentText()
        index = self.department.findText(typed)
        return self.department.itemData(index) if index >= 0 else typed

    def _received(self) -> datetime | None:
        """None (now) unless the officer changed the time: a back-dated complaint."""
        if self.received_at.dateTime() == self._received_default:
            return None
        return self.received_at.dateTime().toPython()

    def submit(self) -> None:
        try:
            case_id = self._services.complaints.intake(self.read())
        except ValidationError as error:
            if not self.errors.show(error):
                show_user_error(self, error)
            return
        except UserError as error:
            show_user_error(self, error)
            return
        self.reset()
        self.taken.emit(case_id)


def _fill(combo: QComboBox, choices: list[tuple[object, str]]) -> None:
    for key, label in choices:
        combo.addItem(app_label("Complaints", label), key)
