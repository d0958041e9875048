"""Which maintenance plan and warranty a car follows: its model's, where the catalogue
gives one, figure by figure; the store's default (settings service.* and
delivery.warranty_*) for every figure the model leaves empty, or for a car of no model.

Every place that predicts maintenance or sets a warranty asks here."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import settings
from ..models import CarModel, Vehicle
from ..rules.maintenance import IntervalRules


@dataclass(frozen=True)
class MaintenancePlan:
    intervals: IntervalRules
    warranty_years: int
    warranty_km: int


def store_default(session: Session) -> MaintenancePlan:
    get = lambda key: settings.get(session, key)  # noqa: E731
    return MaintenancePlan(
        IntervalRules(
            first_km=get("service.first_maintenance_km"),
            first_months=get("service.first_maintenance_months"),
            regular_km=get("service.regular_maintenance_km"),
            regular_months=get("service.regular_maintenance_months"),
        ),
        warranty_years=get("delivery.warranty_years"),
        warranty_km=get("delivery.warranty_km"),
    )


def model_plan(model: CarModel | None, default: MaintenancePlan) -> MaintenancePlan:
    """The model's figures over the default's."""
    if model is None:
        return default
    own = lambda value, fallback: fallback if value is None else value  # noqa: E731
    base = default.intervals
    return MaintenancePlan(
        IntervalRules(
            first_km=own(model.first_service_km, base.first_km),
            first_months=own(model.first_service_months, base.first_months),
            regular_km=own(model.service_interval_km, base.regular_km),
            regular_months=own(model.service_interval_months, base.regular_months),
        ),
        warranty_years=own(model.warranty_years, default.warranty_years),
        warranty_km=own(model.warranty_km, default.warranty_km),
    )


def for_model(session: Session, model_id: int | None) -> MaintenancePlan:
    model = session.get(CarModel, model_id) if model_id is not None else None
    return model_plan(model, store_default(session))


def for_vehicle(session: Session, vehicle_id: int) -> MaintenancePlan:
    model_id = session.scalar(select(Vehicle.model_id).where(Vehicle.id == vehicle_id))
    return for_model(session, model_id)
