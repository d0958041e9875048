"""The odometer field and, live as the advisor types, what the reading says: km and days
since the last visit, this interval's daily average against the usual one, long trips,
a reading lower than the last one (needs a correction reason) or an absurd jump."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.rules.mileage import MAX_ODOMETER_KM, MileageComparison
from app.services.checkin import CheckInService

from ..i18n import app_labels


def _number(value: float | None, digits: int = 0) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


class MileagePanel(QWidget):
    suggestions_chosen = Signal(list)  # descriptions to add as suggested work items

    def __init__(self, checkin: CheckInService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._checkin = checkin
        self._vehicle_id: int | None = None
        self._declined: list[str] = []
        self._suggested: list[str] = []
        self.comparison: MileageComparison | None = None
        self._build()
        self._lay_out()
        self.odometer.textChanged.connect(self.refresh)
        self.add_suggestions.clicked.connect(self._emit_chosen)

    def _build(self) -> None:
        self.odometer = QLineEdit(objectName="odometer")
        self.odometer.setValidator(QIntValidator(0, MAX_ODOMETER_KM, self))
        self.odometer.setPlaceholderText(self.tr("里程表读数（km）"))
        self.summary = QLabel(objectName="mileageComparison")
        self.summary.setWordWrap(True)
        self.long_trip = QLabel(self.tr("长途行驶？"), objectName="longTripFlag")
        self.long_trip.setStyleSheet("color: #b45309; font-weight: bold;")
        self.warning = QLabel(objectName="mileageWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b91c1c;")
        self.correction = QLineEdit(objectName="correctionReason")
        self.correction.setPlaceholderText(self.tr("更正原因（如：更换仪表、上次录入错误）"))
        self.suggestions = QStringListModel(self)
        self.suggestion_view = QListView(objectName="suggestions")
        self.suggestion_view.setModel(self.suggestions)
        self.suggestion_view.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.suggestion_view.setMaximumHeight(90)
        self.add_suggestions = QPushButton(self.tr("加入所选建议项目"), objectName="addSuggestions")

    def _lay_out(self) -> None:
        form = self._form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("进厂里程"), self.odometer)
        form.addRow("", self.summary)
        form.addRow("", self.long_trip)
        form.addRow("", self.warning)
        form.addRow(self.tr("更正原因"), self.correction)
        box = QVBoxLayout()
        box.addWidget(self.suggestion_view)
        box.addWidget(self.add_suggestions)
        form.addRow(self.tr("建议项目"), box)
        self._show_state(None)

    def set_vehicle(self, vehicle_id: int | None, declined: list[str]) -> None:
        self._vehicle_id = vehicle_id
        self._declined = declined
        self.odometer.clear()
        self.correction.clear()
        self.refresh()

    def km(self) -> int | None:
        text = self.odometer.text().strip()
        return int(text) if text.isdigit() else None

    def refresh(self) -> None:
        km = self.km()
        if self._vehicle_id is None or km is None:
            self.comparison = None
        else:
            self.comparison = self._checkin.compare_reading(self._vehicle_id, km)
        self._show_state(self.comparison)

    def _show_state(self, comparison: MileageComparison | None) -> None:
        self.summary.setText(self._summary(comparison) if comparison else "")
        self.long_trip.setVisible(bool(comparison and comparison.long_trip))
        lower = bool(comparison and comparison.lower_than_previous)
        self.warning.setText(self._warning(comparison) if comparison else "")
        self.warning.setVisible(bool(self.warning.text()))
        self._form.setRowVisible(self.correction, lower)
        checks = list(comparison.suggested_checks) if comparison else []
        # Shown in the UI's language; chosen in the store's words (the work item keeps them).
        self._suggested = checks + [d for d in self._declined if d not in checks]
        self.suggestions.setStringList(app_labels("Service", self._suggested))

    def _summary(self, c: MileageComparison) -> str:
        if c.first_visit:
            return self.tr("首次到店，没有可比较的历史里程。")
        text = self.tr("距上次 %1 天，行驶 %2 km；本次日均 %3 km，平时日均 %4 km，比值 %5")
        for marker, value in (
            ("%1", _number(c.days_since)),
            ("%2", _number(c.km_since)),
            ("%3", _number(c.interval_daily_average, 1)),
            ("%4", _number(c.usual_daily_average, 1)),
            ("%5", _number(c.ratio, 2)),
        ):
            text = text.replace(marker, value)
        return text

    def _warning(self, c: MileageComparison) -> str:
        if c.lower_than_previous:
            return self.tr(
                "读数低于上次的 %1 km，不能直接保存；如确属换表或录入错误，请填写更正原因。"
            ).replace("%1", _number(c.previous_km))
        if c.absurd_jump:
            return self.tr("行驶里程异常偏大，保存时需要确认读数。")
        if c.long_idle:
            return self.tr("车辆长期未到店，建议检查蓄电池、轮胎和油液。")
        return ""

    def _emit_chosen(self) -> None:
        rows = sorted(i.row() for i in self.suggestion_view.selectionModel().selectedRows())
        chosen = [self._suggested[r] for r in rows]
        if chosen:
            self.suggestions_chosen.emit(chosen)
