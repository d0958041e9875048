"""The car's odometer readings with the days, km and daily average between them; a
reading entered wrongly is corrected here, with a reason that stays in the history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget

from app.errors import UserError
from app.rules.mileage import MAX_ODOMETER_KM
from app.services.checkin import CheckInService
from app.services.checkin_types import ReadingInterval

from ..crash import show_user_error
from ..models.paged import Column, ColumnTableModel
from ..widgets.columns import fit_columns


def _optional(value: float | int | None, digits: int = 0) -> str:
    return "" if value is None else f"{value:,.{digits}f}"


def readings_model(parent=None) -> ColumnTableModel[ReadingInterval]:
    return ColumnTableModel(
        [
            Column(
                QCoreApplication.translate("ReadingsView", "日期"),
                lambda r: f"{r.read_at:%Y-%m-%d}",
            ),
            Column(
                QCoreApplication.translate("ReadingsView", "里程(km)"), lambda r: f"{r.km:,}", True
            ),
            Column(
                QCoreApplication.translate("ReadingsView", "间隔天数"),
                lambda r: _optional(r.days_since_previous),
                True,
            ),
            Column(
                QCoreApplication.translate("ReadingsView", "间隔里程"),
                lambda r: _optional(r.km_since_previous),
                True,
            ),
            Column(
                QCoreApplication.translate("ReadingsView", "日均(km)"),
                lambda r: _optional(r.daily_average, 1),
                True,
            ),
            Column(
                QCoreApplication.translate("ReadingsView", "更正原因"),
                lambda r: r.correction_reason or "",
            ),
        ],
        parent,
    )


class ReadingsView(QWidget):
    corrected = Signal()

    def __init__(self, checkin: CheckInService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._checkin = checkin
        self._vehicle_id: int | None = None
        self.readings = readings_model(self)
        self.table = QTableView(objectName="readings")
        self.table.setModel(self.readings)
        self.table.verticalHeader().hide()
        fit_columns(self.table)  # the correction reason, last, takes the width left
        self.new_km = QLineEdit(objectName="correctedKm")
        self.new_km.setValidator(QIntValidator(0, MAX_ODOMETER_KM, self))
        self.new_km.setPlaceholderText(self.tr("正确里程（km）"))
        self.reason = QLineEdit(objectName="readingCorrectionReason")
        self.reason.setPlaceholderText(self.tr("更正原因"))
        self.correct = QPushButton(self.tr("更正所选读数"), objectName="correctReading")
        self.correct.clicked.connect(self._correct)
        for widget in (self.new_km, self.reason, self.correct):
            widget.setEnabled(checkin.may_work_orders)
        row = QHBoxLayout()
        for widget in (self.new_km, self.reason, self.correct):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def show_vehicle(self, vehicle_id: int) -> None:
        self._vehicle_id = vehicle_id
        self.readings.set_rows(self._checkin.readings(vehicle_id))

    def clear(self) -> None:
        self._vehicle_id = None
        self.readings.set_rows([])
        self.new_km.clear()
        self.reason.clear()

    def _correct(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.new_km.text().isdigit():
            return
        reading = self.readings.row_at(index.row())
        try:
            self._checkin.correct_reading(
                reading.reading_id, int(self.new_km.text()), self.reason.text()
            )
        except UserError as error:
            show_user_error(self, error)
            return
        self.new_km.clear()
        self.reason.clear()
        self.show_vehicle(self._vehicle_id)
        self.corrected.emit()
