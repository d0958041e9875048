"""How the audit trail names the record an entry is about: the order's XS number, the
complaint's TS number, the customer's name, the car's plate, not a row id. Read for one
page of entries at a time, one query per kind of record on the page."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import QueryableAttribute, Session

from .models import (
    CarModel,
    Complaint,
    Customer,
    ImportBatch,
    SalesOrder,
    ServiceVisit,
    SettingValue,
    StaffUser,
    Vehicle,
)

# entity (as stored in audit_log) -> (the table's id, what names a row of it)
Name = ColumnElement[str] | QueryableAttribute[str]
NAMES: dict[str, tuple[QueryableAttribute[int], Name]] = {
    "sales_orders": (SalesOrder.id, SalesOrder.order_no),
    "service_visits": (ServiceVisit.id, ServiceVisit.order_no),
    "complaints": (Complaint.id, Complaint.case_no),
    "customers": (Customer.id, Customer.name),
    "customer": (Customer.id, Customer.name),
    "vehicles": (Vehicle.id, func.coalesce(Vehicle.plate, Vehicle.vin)),
    "staff_users": (StaffUser.id, StaffUser.name),
    "staff": (StaffUser.id, StaffUser.name),
    "car_models": (CarModel.id, CarModel.name),
    "import_batches": (ImportBatch.id, ImportBatch.file_name),
    "settings": (SettingValue.id, SettingValue.key),
}


def names_of(
    session: Session, records: Iterable[tuple[str | None, int | None]]
) -> dict[tuple[str, int], str]:
    """(entity, id) -> the record's name, for those that have one and still exist."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for entity, entity_id in records:
        if entity in NAMES and entity_id is not None:
            wanted[entity].add(entity_id)
    found: dict[tuple[str, int], str] = {}
    for entity, ids in wanted.items():
        key, name = NAMES[entity]
        for row_id, text in session.execute(select(key, name).where(key.in_(ids))):
            if text:
                found[(entity, int(row_id))] = str(text)
    return found
