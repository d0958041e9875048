"""The walk-in form: what the receptionist records when a customer arrives.

Every start (cleared, a new customer, a chosen customer, after a save) resets the whole
form, arrival = now. A chosen customer's form starts from their own values, and only
the answers the receptionist changes are sent (the rest go as None: unchanged)."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.models import StaffRole
from app.rules import intent
from app.rules.walk_in import SOURCE_CHANNELS
from app.services.container import AppServices
from app.services.reception import VisitValues, WalkInForm
from app.services.search import CustomerHit

from ..i18n import app_label
from ..widgets.field_errors import FieldErrors
from ..widgets.lookup_keys import ENTER_KEYS
from ..widgets.minute_edit import MinuteEdit

TEN_THOUSAND = 10_000


# translate("WalkInFormView", …): lupdate files w.tr() under a context named "w".
def source_channels() -> list[tuple[str, str]]:
    """(stored value, label). The store's own words are stored, whatever the UI language."""
    return [(value, app_label("Sales", value)) for value in SOURCE_CHANNELS]


PRIORITIES_PER_ROW = 3


def priorities() -> list[tuple[str, str]]:
    return [
        ("space", QCoreApplication.translate("WalkInFormView", "空间")),
        ("power", QCoreApplication.translate("WalkInFormView", "动力")),
        ("economy", QCoreApplication.translate("WalkInFormView", "油耗/电耗")),
        ("safety", QCoreApplication.translate("WalkInFormView", "安全")),
        ("looks", QCoreApplication.translate("WalkInFormView", "外观")),
        ("price", QCoreApplication.translate("WalkInFormView", "价格")),
    ]


def vehicle_uses() -> list[tuple[str | None, str]]:
    return [
        (None, QCoreApplication.translate("WalkInFormView", "（未填）")),
        ("family", QCoreApplication.translate("WalkInFormView", "家用")),
        ("business", QCoreApplication.translate("WalkInFormView", "商务")),
        ("luxury", QCoreApplication.translate("WalkInFormView", "豪华")),
    ]


class WalkInFormView(QWidget):
    submit_requested = Signal()  # Enter in the last field

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.customer_id: int | None = None
        self._started_from: dict[str, object] = {}
        layout = QFormLayout(self)
        self.errors = FieldErrors(layout)
        self._build_identity()
        self._build_visit()
        self._build_needs()
        self._build_test_drive()
        self.errors.add_row("notes", self.tr("备注"), self.notes)
        self.notes.installEventFilter(self)

    def fields_in_order(self) -> list[QWidget]:
        """Every field as the form shows it: the order of Tab."""
        return [
            self.name, self.mobile, self.arrived_at, self.party_size, self.source,
            self.consultant, self.level, self.model, self.budget_min, self.budget_max,
            self.use, *self.priority_boxes.values(), self.test_drive, self.route,
            self.feedback, self.notes,
        ]  # fmt: skip

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the notes (the last field) submits; Shift+Enter starts a new line."""
        if (
            watched is self.notes
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in ENTER_KEYS
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submit_requested.emit()
            return True
        return False

    # --- building --------------------------------------------------------------------
    def _build_identity(self) -> None:
        self.name = QLineEdit(objectName="name")
        self.mobile = QLineEdit(objectName="mobile")
        self.mobile.setPlaceholderText(self.tr("11 位手机号"))
        self.errors.add_row("name", self.tr("姓名"), self.name)
        self.errors.add_row("mobile", self.tr("手机"), self.mobile)

    def _build_visit(self) -> None:
        self.arrived_at = MinuteEdit("arrivedAt")
        self.party_size = QSpinBox(objectName="partySize", minimum=1, maximum=20)
        self.source = QComboBox(objectName="source", editable=True)
        for value, label in source_channels():
            self.source.addItem(label, value)
        self.consultant = QComboBox(objectName="consultant")
        self.consultant.addItem(self.tr("（未分配）"), None)
        for member in self._services.directory.staff(StaffRole.SALES_CONSULTANT):
            self.consultant.addItem(member.name, member.id)
        self.level = QComboBox(objectName="intentLevel")
        for level in self._services.reception.intent_levels():
            if level.is_prospect:
                self.level.addItem(app_label("Sales", level.label), level.code)
        self.level.setCurrentIndex(self.level.findData("N"))
        self.errors.add_row("arrived_at", self.tr("到店时间"), self.arrived_at)
        self.errors.add_row("party_size", self.tr("来店人数"), self.party_size)
        self.errors.add_row("source_channel", self.tr("来源"), self.source)
        self.errors.add_row("consultant", self.tr("销售顾问"), self.consultant)
        self.errors.add_row("intent_level", self.tr("意向级别"), self.level)

    def _build_needs(self) -> None:
        self.model = QComboBox(objectName="modelOfInterest")
        self.model.addItem(self.tr("（未定）"), None)
        for choice in self._services.directory.car_models():
            self.model.addItem(choice.name, choice.id)
        self.budget_min = QSpinBox(objectName="budgetMin", maximum=10_000, suffix=self.tr(" 万"))
        self.budget_max = QSpinBox(objectName="budgetMax", maximum=10_000, suffix=self.tr(" 万"))
        for box in (self.budget_min, self.budget_max):
            box.setSpecialValueText(self.tr("不限"))
        budget = QWidget()
        row = QHBoxLayout(budget)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.budget_min, self.budget_max):
            row.addWidget(widget)
        self.use = QComboBox(objectName="vehicleUse")
        for key, label in vehicle_uses():
            self.use.addItem(label, key)
        self.priority_boxes = {key: QCheckBox(label) for key, label in priorities()}
        boxes = QWidget()
        grid = QGridLayout(boxes)  # three a row: the form fits beside today's visits
        grid.setContentsMargins(0, 0, 0, 0)
        for n, box in enumerate(self.priority_boxes.values()):
            grid.addWidget(box, n // PRIORITIES_PER_ROW, n % PRIORITIES_PER_ROW)
        self.errors.add_row("model_of_interest", self.tr("意向车型"), self.model)
        self.errors.add_row("budget", self.tr("预算（下限—上限）"), budget)
        self.errors.add_row("vehicle_use", self.tr("用途"), self.use)
        self.errors.add_row("priorities", self.tr("关注点"), boxes)

    def _build_test_drive(self) -> None:
        self.test_drive = QCheckBox(self.tr("已试乘试驾"), objectName="testDrive")
        self.route = QLineEdit(objectName="route", enabled=False)
        self.feedback = QLineEdit(objectName="feedback", enabled=False)
        self.test_drive.toggled.connect(self.route.setEnabled)
        self.test_drive.toggled.connect(self.feedback.setEnabled)
        self.notes = QPlainTextEdit(objectName="notes", tabChangesFocus=True)
        self.notes.setMaximumHeight(60)
        self.notes.setPlaceholderText(self.tr("回车登记到店，Shift+回车换行"))
        self.errors.add_row("test_drive", self.tr("试驾"), self.test_drive)
        self.errors.add_row("route", self.tr("试驾路线"), self.route)
        self.errors.add_row("feedback", self.tr("试驾反馈"), self.feedback)

    # --- filling and reading ---------------------------------------------------------
    def reset(self, now: datetime) -> None:
        """Empty for the next walk-in: every field, arrival = now."""
        self.customer_id = None
        for edit in (self.name, self.mobile, self.route, self.feedback):
            edit.clear()
        self.name.setReadOnly(False)
        self.mobile.setReadOnly(False)
        self.notes.clear()
        self.arrived_at.set_moment(now)
        self.party_size.setValue(1)
        for combo in (self.source, self.consultant, self.model, self.use):
            combo.setCurrentIndex(0)
        self.test_drive.setChecked(False)
        self._show_values(VisitValues())
        self.errors.clear()

    def use_customer(self, hit: CustomerHit, usual: VisitValues, now: datetime) -> None:
        """A customer on file: a fresh form that starts from their own values."""
        self.reset(now)
        self.customer_id = hit.id
        self.show_identity(hit)
        self._show_values(usual)

    def show_identity(self, hit: CustomerHit) -> None:
        """Name and (masked) phone of the customer on file, not to be typed over."""
        self.name.setText(hit.name)
        self.mobile.setText(hit.mobile or "")
        self.name.setReadOnly(True)
        self.mobile.setReadOnly(True)

    def start_from_query(self, query: str, now: datetime) -> None:
        """A lookup that found no one: a fresh form seeded with the phone or the name."""
        self.reset(now)
        if re.fullmatch(r"[\d\s+-]{7,}", query):
            self.mobile.setText(query.strip())
        elif not query.isascii():
            self.name.setText(query.strip())

    def focus_first_empty(self) -> None:
        empty = next((e for e in (self.name, self.mobile) if not e.text().strip()), None)
        (empty or self.party_size).setFocus()

    def _show_values(self, values: VisitValues) -> None:
        """Show the values a visit starts from; what is shown now counts as unchanged."""
        _select(self.level, values.intent_level, fallback=intent.UNKNOWN)
        _select(self.consultant, values.consultant_id)
        _select(self.model, values.model_of_interest_id)
        _select(self.use, values.vehicle_use)
        self.budget_min.setValue((values.budget_min or 0) // TEN_THOUSAND)
        self.budget_max.setValue((values.budget_max or 0) // TEN_THOUSAND)
        for key, box in self.priority_boxes.items():
            box.setChecked(key in values.priorities)
        self._started_from = self._answers()

    def _answers(self) -> dict[str, object]:
        """The customer's own values as the form shows them now."""
        return {
            "intent_level": self.level.currentData(),
            "consultant_id": self.consultant.currentData(),
            "model_of_interest_id": self.model.currentData(),
            "budget": (_yuan(self.budget_min.value()), _yuan(self.budget_max.value())),
            "vehicle_use": self.use.currentData(),
            "priorities": [k for k, box in self.priority_boxes.items() if box.isChecked()],
        }

    def _changed(self) -> dict[str, object]:
        """The answers changed in this visit; None for each one left as it started."""
        return {
            key: value if value != self._started_from.get(key) else None
            for key, value in self._answers().items()
        }

    def _source_value(self) -> str:
        return _source_value_of(self.source)

    def read(self) -> WalkInForm:
        changed = self._changed()
        budget_min, budget_max = changed.pop("budget") or (None, None)
        test_drive = self.test_drive.isChecked()
        return WalkInForm(
            customer_id=self.customer_id,
            name=self.name.text(),
            mobile=self.mobile.text(),
            arrived_at=self.arrived_at.moment(),
            party_size=self.party_size.value(),
            source_channel=self._source_value(),
            budget_min=budget_min,
            budget_max=budget_max,
            test_drive=test_drive,
            test_drive_route=self.route.text() if test_drive else None,
            test_drive_feedback=self.feedback.text() if test_drive else None,
            notes=self.notes.toPlainText(),
            **changed,
        )


def _select(combo: QComboBox, value: object, fallback: object = None) -> None:
    """Select the item holding `value`; a value not offered (a former consultant, level O)
    selects the fallback's item, which then means "unchanged"."""
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else max(combo.findData(fallback), 0))


def _source_value_of(combo: QComboBox) -> str:
    """A listed source is stored by its value; anything typed in is stored as typed."""
    index = combo.findText(combo.currentText())
    return combo.itemData(index) if index >= 0 else combo.currentText()


def _yuan(ten_thousands: int) -> int | None:
    return ten_thousands * TEN_THOUSAND if ten_thousands else None
