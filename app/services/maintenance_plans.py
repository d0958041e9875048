"""Which maintenance plan and warranty a car follows: its model's, where the catalogue
gives one, figure by figure; the store's default (settings service.* and
delivery.warranty_*) for every figure the model leaves empty, or for a car of no model.

Every place that predicts maintenance or sets a warranty asks here."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import settings
from ..models import CarModel, Vehicle
from ..rules.maintenance import IntervalRules

CARS_PER_QUERY = 500


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


def for_vehicles(
    session: Session, vehicle_ids: Iterable[int], default: MaintenancePlan | None = None
) -> dict[int, MaintenancePlan]:
    """Many cars' plans at once (one query per 500 cars); `default`: the store's, when
    the caller has read it already."""
    default = default or store_default(session)
    ids = sorted(set(vehicle_ids))
    plans: dict[int, MaintenancePlan] = {}
    for start in range(0, len(ids), CARS_PER_QUERY):
        rows = session.execute(
            select(Vehicle.id, CarModel)
            .outerjoin(CarModel, CarModel.id == Vehicle.model_id)
            .where(Vehicle.id.in_(ids[start : start + CARS_PER_QUERY]))
        )
        plans.update((vehicle_id, model_plan(model, default)) for vehicle_id, model in rows)
    return plans
