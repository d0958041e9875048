"""The customer's cars: the latest odometer reading and the next service (a short list)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.services.customer_360 import VehicleLine

from ..models.paged import Column, ColumnTableModel


def _day(value: date | None) -> str:
    return f"{value:%Y-%m-%d}" if value else ""


def _km(value: int | None) -> str:
    return "" if value is None else f"{value:,} km"


def _next_service(car: VehicleLine) -> str:
    return " / ".join(p for p in (_day(car.next_service_date), _km(car.next_service_km)) if p)


def vehicle_columns() -> list[Column[VehicleLine]]:
    return [
        Column(QCoreApplication.translate("CardVehicles", "车牌"), lambda c: c.plate or ""),
        Column(QCoreApplication.translate("CardVehicles", "车型"), lambda c: c.model or ""),
        Column(QCoreApplication.translate("CardVehicles", "颜色"), lambda c: c.colour or ""),
        Column(QCoreApplication.translate("CardVehicles", "车架号"), lambda c: c.vin),
        Column(
            QCoreApplication.translate("CardVehicles", "当前里程"),
            lambda c: _km(c.last_km),
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("CardVehicles", "读数日期"), lambda c: _day(c.last_read_on)
        ),
        Column(QCoreApplication.translate("CardVehicles", "下次保养"), _next_service),
        Column(
            QCoreApplication.translate("CardVehicles", "质保到期"),
            lambda c: _day(c.warranty_end_date),
        ),
        Column(
            QCoreApplication.translate("CardVehicles", "保险到期"),
            lambda c: _day(c.insurance_expiry),
        ),
    ]


def vehicles_model(parent=None) -> ColumnTableModel[VehicleLine]:
    return ColumnTableModel(vehicle_columns(), parent)
