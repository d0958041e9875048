"""One condition of the segment builder: joined to the rows above by 且/或, a field, an
operator and a value edited as the field needs it (a list for a vocabulary, a number, an
ISO date, a word)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from app.rules.segment_fields import FIELDS, Field, Kind
from app.rules.segments import Condition, Value

from ..i18n import app_label
from ..widgets.dates import iso

OPERATOR_TEXT = {"=": "=", "!=": "≠", "<": "<", "<=": "≤", ">": ">", ">=": "≥"}
CHOICE, NUMBER, DAY, WORD = range(4)


class ConditionRow(QWidget):
    changed = Signal()
    removed = Signal(object)  # this row

    def __init__(self, first: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.joiner = QComboBox()
        self.joiner.addItem(self.tr("且"), "and")
        self.joiner.addItem(self.tr("或"), "or")
        self.joiner.setVisible(not first)
        self.field = QComboBox()
        for f in FIELDS:
            self.field.addItem(app_label("Segments", f.label), f.key)
        self.operator = QComboBox()
        self.values = QStackedWidget()
        self.choice, self.number, self.day, self.word = self._editors()
        self.remove = QPushButton(self.tr("删除"))
        self._lay_out()
        self._connect()
        self._field_chosen()

    def _editors(self) -> tuple[QComboBox, QSpinBox, QDateEdit, QLineEdit]:
        number = QSpinBox()
        number.setRange(0, 99_999_999)
        day = iso(QDateEdit(QDate.currentDate()))
        day.setCalendarPopup(True)
        editors = (QComboBox(), number, day, QLineEdit())
        for editor in editors:
            self.values.addWidget(editor)
        return editors

    def _lay_out(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in ((self.joiner, 0), (self.field, 0), (self.operator, 0),
                                (self.values, 1), (self.remove, 0)):  # fmt: skip
            row.addWidget(widget, stretch)

    def _connect(self) -> None:
        self.field.currentIndexChanged.connect(self._field_chosen)
        for combo in (self.joiner, self.operator, self.choice):
            combo.currentIndexChanged.connect(self.changed)
        self.number.valueChanged.connect(self.changed)
        self.day.dateChanged.connect(self.changed)
        self.word.textEdited.connect(self.changed)
        self.remove.clicked.connect(lambda: self.removed.emit(self))

    def chosen_field(self) -> Field:
        return FIELDS[self.field.currentIndex()]

    def _field_chosen(self) -> None:
        f = self.chosen_field()
        for combo, items in ((self.operator, [(OPERATOR_TEXT[o], o) for o in f.operators
                                              if o != "in"]),
                             (self.choice, [(app_label("Segments", label), stored)
                                            for stored, label in f.choices.items()])):  # fmt: skip
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.blockSignals(False)
        self.values.setCurrentIndex(_editor_of(f))
        self.changed.emit()

    def condition(self) -> Condition:
        f = self.chosen_field()
        value: Value = {
            CHOICE: lambda: str(self.choice.currentData()),
            NUMBER: self.number.value,
            DAY: lambda: self.day.date().toPython(),
            WORD: lambda: self.word.text().strip(),
        }[_editor_of(f)]()  # type: ignore[operator]
        return Condition(f, str(self.operator.currentData()), (value,))

    def show_condition(self, joiner: str, c: Condition) -> None:
        self.blockSignals(True)
        self.joiner.setCurrentIndex(self.joiner.findData(joiner))
        self.field.setCurrentIndex(self.field.findData(c.field.key))
        self.operator.setCurrentIndex(self.operator.findData(c.op))
        _show_value(self, c.values[0])
        self.blockSignals(False)


def _editor_of(f: Field) -> int:
    return {Kind.ENUM: CHOICE, Kind.YES_NO: CHOICE, Kind.NUMBER: NUMBER, Kind.DATE: DAY,
            Kind.TEXT: WORD}[f.kind]  # fmt: skip


def _show_value(row: ConditionRow, value: Value) -> None:
    if isinstance(value, date):
        row.day.setDate(QDate(value.year, value.month, value.day))
    elif isinstance(value, int):
        row.number.setValue(value)
    elif row.values.currentIndex() == CHOICE:
        row.choice.setCurrentIndex(row.choice.findData(value))
    else:
        row.word.setText(value)
