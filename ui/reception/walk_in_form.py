"""The walk-in form: what the receptionist records when a customer arrives."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.models import StaffRole
from app.services.container import AppServices
from app.services.reception import WalkInForm
from app.services.search import CustomerHit

from ..widgets.field_errors import FieldErrors

TEN_THOUSAND = 10_000


# translate("WalkInFormView", …): lupdate files w.tr() under a context named "w".
def source_channels() -> list[tuple[str, str]]:
    """(stored value, label). The store's own words are stored, whatever the UI language."""
    return [
        ("自然到店", QCoreApplication.translate("WalkInFormView", "自然到店")),
        ("电话邀约", QCoreApplication.translate("WalkInFormView", "电话邀约")),
        ("网络线索", QCoreApplication.translate("WalkInFormView", "网络线索")),
        ("老客户介绍", QCoreApplication.translate("WalkInFormView", "老客户介绍")),
        ("车展活动", QCoreApplication.translate("WalkInFormView", "车展活动")),
        ("其他", QCoreApplication.translate("WalkInFormView", "其他")),
    ]


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
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.customer_id: int | None = None
        layout = QFormLayout(self)
        self.errors = FieldErrors(layout)
        self._build_identity()
        self._build_visit()
        self._build_needs()
        self._build_test_drive()
        self.errors.add_row("notes", self.tr("备注"), self.notes)

    # --- building --------------------------------------------------------------------
    def _build_identity(self) -> None:
        self.name = QLineEdit(objectName="name")
        self.mobile = QLineEdit(objectName="mobile")
        self.mobile.setPlaceholderText(self.tr("11 位手机号"))
        self.errors.add_row("name", self.tr("姓名"), self.name)
        self.errors.add_row("mobile", self.tr("手机"), self.mobile)

    def _build_visit(self) -> None:
        self.arrived_at = QDateTimeEdit(objectName="arrivedAt")
        self.arrived_at.setDisplayFormat("yyyy-MM-dd HH:mm")
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
                self.level.addItem(level.label, level.code)
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
        box_row = QHBoxLayout(boxes)
        box_row.setContentsMargins(0, 0, 0, 0)
        for box in self.priority_boxes.values():
            box_row.addWidget(box)
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
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setMaximumHeight(60)
        self.errors.add_row("test_drive", self.tr("试驾"), self.test_drive)
        self.errors.add_row("route", self.tr("试驾路线"), self.route)
        self.errors.add_row("feedback", self.tr("试驾反馈"), self.feedback)

    # --- filling and reading ---------------------------------------------------------
    def reset(self, now: datetime) -> None:
        self.customer_id = None
        for edit in (self.name, self.mobile, self.route, self.feedback):
            edit.clear()
        self.name.setReadOnly(False)
        self.mobile.setReadOnly(False)
        self.notes.clear()
        self.arrived_at.setDateTime(QDateTime(now.replace(second=0, microsecond=0)))
        self.party_size.setValue(1)
        self.budget_min.setValue(0)
        self.budget_max.setValue(0)
        self.level.setCurrentIndex(self.level.findData("N"))
        self.test_drive.setChecked(False)
        for box in self.priority_boxes.values():
            box.setChecked(False)
        self.errors.clear()

    def use_customer(self, hit: CustomerHit) -> None:
        self.customer_id = hit.id
        self.name.setText(hit.name)
        self.mobile.setText(hit.mobile or "")
        self.name.setReadOnly(True)
        self.mobile.setReadOnly(True)
        index = self.level.findData(hit.intent_level)
        if index >= 0:
            self.level.setCurrentIndex(index)

    def start_from_query(self, query: str) -> None:
        """A lookup that found no one seeds the new customer's phone or name."""
        self.customer_id = None
        self.name.setReadOnly(False)
        self.mobile.setReadOnly(False)
        if re.fullmatch(r"[\d\s+-]{7,}", query):
            self.mobile.setText(query.strip())
        elif not query.isascii():
            self.name.setText(query.strip())

    def _source_value(self) -> str:
        return _source_value_of(self.source)

    def read(self, not_a_duplicate: bool = False) -> WalkInForm:
        return WalkInForm(
            customer_id=self.customer_id,
            name=self.name.text(),
            mobile=self.mobile.text(),
            arrived_at=self.arrived_at.dateTime().toPython(),
            party_size=self.party_size.value(),
            source_channel=self._source_value(),
            consultant_id=self.consultant.currentData(),
            intent_level=self.level.currentData(),
            model_of_interest_id=self.model.currentData(),
            budget_min=_yuan(self.budget_min.value()),
            budget_max=_yuan(self.budget_max.value()),
            vehicle_use=self.use.currentData(),
            priorities=[k for k, box in self.priority_boxes.items() if box.isChecked()],
            test_drive=self.test_drive.isChecked(),
            test_drive_route=self.route.text() if self.test_drive.isChecked() else None,
            test_drive_feedback=self.feedback.text() if self.test_drive.isChecked() else None,
            notes=self.notes.toPlainText(),
            not_a_duplicate=not_a_duplicate,
        )


def _source_value_of(combo: QComboBox) -> str:
    """A listed source is stored by its value; anything typed in is stored as typed."""
    index = combo.findText(combo.currentText())
    return combo.itemData(index) if index >= 0 else combo.currentText()


def _yuan(ten_thousands: int) -> int | None:
    return ten_thousands * TEN_THOUSAND if ten_thousands else None
