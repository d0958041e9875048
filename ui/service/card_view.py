"""The vehicle card: the car, its owner, open complaints, due reminders, what was
declined before, and the service history."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.checkin_types import VehicleCard

from ..customer360.value_badge import ValueBadge
from ..i18n import app_labels, listed
from ..widgets.columns import fit_columns
from .models import WORK_COLUMN, history_model

if TYPE_CHECKING:  # the 360° service is loaded when a card is first shown
    from app.services.customer_360 import PriorityFlag


def _day(value: date | None) -> str:
    return f"{value:%Y-%m-%d}" if value else "—"


def _km(value: int | float | None) -> str:
    return "—" if value is None else f"{value:,.0f} km"


class VehicleCardView(QGroupBox):
    FIELDS = (
        "vehicle", "owner", "dates", "warranty", "insurance", "complaints", "mileage",
        "next_service", "reminders", "declined",
    )  # fmt: skip

    def __init__(self, readings: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.readings = readings
        self.setTitle(self.tr("车辆档案"))
        self.labels = {name: QLabel(objectName=f"card_{name}") for name in self.FIELDS}
        for label in self.labels.values():
            label.setWordWrap(True)
        self.badge = ValueBadge(self.tr("优先服务"))
        self.owner_button = QPushButton(self.tr("车主全景"), objectName="open360")
        self.owner_button.setEnabled(False)
        self.history = history_model(self)
        self.history_view = QTableView(objectName="serviceHistory")
        self.history_view.setModel(self.history)
        self.history_view.verticalHeader().hide()
        fit_columns(self.history_view, stretch=WORK_COLUMN)
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        captions = (
            self.tr("车辆"), self.tr("车主"), self.tr("购车/交车"), self.tr("质保到期"),
            self.tr("保险到期"), self.tr("未结投诉"), self.tr("里程"), self.tr("下次保养"),
            self.tr("待办提醒"), self.tr("曾未做项目"),
        )  # fmt: skip
        for caption, name in zip(captions, self.FIELDS, strict=True):
            form.addRow(caption, self._owner_row() if name == "owner" else self.labels[name])
        layout = QVBoxLayout(self)
        layout.addWidget(self.badge)
        layout.addLayout(form)
        self.records = QTabWidget(objectName="vehicleRecords")
        self.records.addTab(self.history_view, self.tr("维修保养记录"))
        self.records.addTab(self.readings, self.tr("里程记录"))
        layout.addWidget(self.records, 1)

    def _owner_row(self) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.labels["owner"], 1)
        line.addWidget(self.owner_button)
        return row

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
        self.history.set_rows([])
        self.badge.clear_flag()
        self.owner_button.setEnabled(False)

    def show_priority(self, flag: PriorityFlag | None) -> None:
        """高价值, 优先服务 and the dedicated advisor of the car's owner."""
        self.badge.show_flag(flag)

    def show_card(self, card: VehicleCard) -> None:
        for name, text in self._texts(card).items():
            self.labels[name].setText(text)
        self.history.set_rows(card.history)
        self.owner_button.setEnabled(True)

    def _texts(self, card: VehicleCard) -> dict[str, str]:
        return {
            "vehicle": "　".join(x for x in (card.plate, card.vin, card.model, card.colour) if x),
            "owner": self._owner(card),
            "dates": f"{_day(card.purchase_date)} / {_day(card.delivery_date)}",
            "warranty": f"{_day(card.warranty_end_date)} / {_km(card.warranty_end_km)}",
            "insurance": _day(card.insurance_expiry),
            "complaints": str(card.open_complaints),
            "mileage": self._mileage(card),
            "next_service": f"{_day(card.next_service_date)} / {_km(card.next_service_km)}",
            "reminders": "\n".join(
                f"{_day(r.due_date)}　{r.message or r.kind}" for r in card.due_reminders
            )
            or "—",
            "declined": listed(app_labels("Service", [d.description for d in card.declined_work]))
            or "—",
        }

    def _owner(self, card: VehicleCard) -> str:
        text = f"{card.owner_name}　{card.owner_phone}"
        if card.marketing_allowed is False:
            text += self.tr("（拒绝营销，仅限服务提醒）")
        return text

    def _mileage(self, card: VehicleCard) -> str:
        average = card.daily_km_average
        usual = "—" if average is None else self.tr("日均 %1 km").replace("%1", f"{average:.1f}")
        return self.tr("上次 %1，%2").replace("%1", _km(card.last_km)).replace("%2", usual)
