"""Writing an import batch, and undoing it.

Bulk: 50,000 rows go in through Core executemany inserts (with RETURNING, in parameter
order), not one ORM object each: the unit of work would take minutes and the change
audit would record every object on flush. The audit trail still gets one "create" entry
per customer, vehicle and service visit, attributed to the importer, written by one
INSERT … SELECT over the batch's records at the end, plus one "import" entry with the
batch's counts; an undo writes the matching "delete" entries and one "undo_import".
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    BindParameter,
    Integer,
    String,
    Table,
    and_,
    bindparam,
    delete,
    func,
    insert,
    literal,
    not_,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    AuditEntry,
    Base,
    Customer,
    CustomerStage,
    FollowUpTask,
    ImportBatch,
    ImportRecord,
    OdometerReading,
    RepairOrderStatus,
    ServiceType,
    ServiceVisit,
    TaskStatus,
    Vehicle,
)
from ..models.base import table_of
from ..rules.maintenance import IntervalRules, Milestone
from ..rules.mileage import Reading, usual_daily_average
from ..search_keys import customer_search_keys, vehicle_search_keys
from . import maintenance_plans
from .checkin_odometer import predict_from
from .import_plan import Ref, RowPlan
from .task_store import TaskStore

SOURCE_CHANNEL = QT_TRANSLATE_NOOP("Sales", "表格导入")
CUSTOMERS, VEHICLES = Customer.__tablename__, Vehicle.__tablename__
VISITS, READINGS = ServiceVisit.__tablename__, OdometerReading.__tablename__
AUDITED_TABLES = (CUSTOMERS, VEHICLES, VISITS)  # as app.change_audit audits them
SERVICE_TIME = time(9, 0)  # a sheet gives the day of a visit, not its hour


@dataclass
class Created:
    customers: int = 0
    vehicles: int = 0
    service_records: int = 0


class BatchWriter:
    """Writes the plans of one import, chunk by chunk, in the caller's transaction."""

    def __init__(self, session: Session, batch: ImportBatch) -> None:
        self.session = session
        self.batch = batch
        self.customer_ids: dict[int, int] = {}  # row → the customer it made
        self.vehicle_ids: dict[int, int] = {}  # row → the vehicle it made
        self.owners: dict[int, int] = {}  # vehicle made → its owner
        self.history: dict[int, list[tuple[date, int, int]]] = {}  # vehicle → (day, km, visit)
        self.created = Created()

    def write(self, plans: Sequence[RowPlan]) -> None:
        self._customers([p for p in plans if p.new_customer])
        self._vehicles([p for p in plans if p.new_vehicle])
        self._services([p for p in plans if p.adds_service])

    # --- rows ---------------------------------------------------------------------------
    def _insert(self, model, rows: list[dict]) -> list[int]:
        if not rows:
            return []
        table = model.__table__
        ids = reserve_ids(self.session, table, len(rows))
        for row, new_id in zip(rows, ids, strict=True):
            row["id"] = new_id
        self.session.execute(insert(table), rows)
        batch, name = self.batch.id, table.name
        records = [{"batch_id": batch, "table_name": name, "record_id": i} for i in ids]
        self.session.execute(insert(table_of(ImportRecord)), records)
        return ids

    def _customers(self, plans: list[RowPlan]) -> None:
        ids = self._insert(Customer, [customer_row(p) for p in plans])
        self.customer_ids.update(zip((p.row for p in plans), ids, strict=True))
        self.created.customers += len(ids)

    def _vehicles(self, plans: list[RowPlan]) -> None:
        owners = [self._customer_id(p) for p in plans]
        rows = [vehicle_row(p, owner) for p, owner in zip(plans, owners, strict=True)]
        ids = self._insert(Vehicle, rows)
        self.vehicle_ids.update(zip((p.row for p in plans), ids, strict=True))
        self.owners.update(zip(ids, owners, strict=True))
        self.created.vehicles += len(ids)

    def _services(self, plans: list[RowPlan]) -> None:
        vehicles = [self._vehicle_id(p) for p in plans]
        first = self.created.service_records + 1
        visits = [
            visit_row(p, vehicle, self.owners[vehicle], order_no(self.batch.id, first + n))
            for n, (p, vehicle) in enumerate(zip(plans, vehicles, strict=True))
        ]
        visit_ids = self._insert(ServiceVisit, visits)
        readings = [
            reading_row(visit, visit_id) for visit, visit_id in zip(visits, visit_ids, strict=True)
        ]
        self._insert(OdometerReading, readings)
        for visit, visit_id in zip(visits, visit_ids, strict=True):
            day = visit["checked_in_at"].date()
            self.history.setdefault(visit["vehicle_id"], []).append(
                (day, visit["odometer_km"], visit_id)
            )
        self.created.service_records += len(visit_ids)

    def _customer_id(self, plan: RowPlan) -> int:
        return _made_or_known(plan.customer, plan.row, self.customer_ids)

    def _vehicle_id(self, plan: RowPlan) -> int:
        return _made_or_known(plan.vehicle, plan.row, self.vehicle_ids)

    # --- the end ------------------------------------------------------------------------
    def finish(self, now: datetime, staff_id: int | None) -> None:
        """Next-service predictions from the imported history, then the audit entries."""
        self._predictions()
        audit_records(self.session, self.batch.id, "create", now, staff_id)

    def _predictions(self) -> None:
        """Each imported car's daily average and next maintenance, by the check-in desk's
        rules (checkin_odometer.predict_from): every imported visit counts as maintenance."""
        rules = self._plans_by_vehicle()
        cars, visits = [], []
        for vehicle_id, history in self.history.items():
            history.sort()
            readings = [Reading(datetime.combine(day, SERVICE_TIME), km) for day, km, _ in history]
            last_day, last_km, last_visit = history[-1]
            due = predict_from(readings, Milestone(last_day, last_km), None, rules[vehicle_id])
            due_date, due_km = (due.due_date, due.due_km) if due else (None, None)
            average = usual_daily_average(readings)
            cars.append({"b_id": vehicle_id, "average": average, "due": due_date, "km": due_km})
            visits.append({"b_id": last_visit, "due": due_date, "km": due_km})
        _update(self.session, Vehicle, cars, daily_km_average="average")
        _update(self.session, ServiceVisit, visits)

    def _plans_by_vehicle(self) -> dict[int, IntervalRules]:
        """Each imported car's maintenance intervals: its model's plan, else the store's."""
        ids = list(self.history)
        models: dict[int, int | None] = {}
        for start in range(0, len(ids), 900):
            part = ids[start : start + 900]
            query = select(Vehicle.id, Vehicle.model_id).where(Vehicle.id.in_(part))
            models.update({vid: model for vid, model in self.session.execute(query)})
        plans = {
            model_id: maintenance_plans.for_model(self.session, model_id).intervals
            for model_id in set(models.values())
        }
        return {vehicle_id: plans[models.get(vehicle_id)] for vehicle_id in ids}


IMPORT_CACHE_KIB = 128 * 1024


def _made_or_known(ref: Ref | None, row: int, made: dict[int, int]) -> int:
    """The id of a row's customer or vehicle: made by this row (no ref), already in the
    database (`ref.id`) or made by an earlier row of the file (`ref.row`)."""
    if ref is None:
        return made[row]
    if ref.id is not None:
        return ref.id
    assert ref.row is not None, "a Ref names an id or an earlier row"
    return made[ref.row]


@contextmanager
def larger_sqlite_cache(session: Session) -> Iterator[None]:
    """SQLite's page cache (2 MB by default) for the length of an import. One transaction
    writing 50,000 customers into a dozen indexes evicts and re-reads index pages from
    the WAL otherwise: measured 114 s instead of ~40 s. The connection goes back to the
    pool with its own size again."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = session.connection()
    before: int = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


def reserve_ids(session: Session, table: Table, count: int) -> list[int]:
    """Ids for `count` new rows, known before the INSERT: an executemany with RETURNING in
    parameter order runs row by row on SQLite (measured: 50x slower). PostgreSQL hands
    them out from the table's sequence; SQLite continues from the largest id, which is
    safe because the import holds SQLite's write lock from BEGIN IMMEDIATE to commit."""
    if session.get_bind().dialect.name == "postgresql":
        reserved = text(
            "SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"
        )
        return list(session.scalars(reserved, {"table": table.name, "n": count}))
    last: int = session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    return list(range(last + 1, last + 1 + count))


def _update(session: Session, model, rows: list[dict], **extra: str) -> None:
    """Core executemany UPDATE by id: the row's version stays 1, as it was imported."""
    if not rows:
        return
    table = model.__table__
    values: dict[str, BindParameter[Any]] = {
        "next_service_date": bindparam("due"),
        "next_service_km": bindparam("km"),
    }
    values.update({column: bindparam(name) for column, name in extra.items()})
    statement = update(table).where(table.c.id == bindparam("b_id")).values(values)
    session.connection().execute(statement, rows)


def customer_row(plan: RowPlan) -> dict:
    data = plan.data
    return {
        "name": data.name, "mobile": data.mobile,
        **customer_search_keys(data.name or "", data.mobile),
        "gender": data.gender, "birthday": data.birthday, "address": data.address,
        "notes": data.notes, "source_channel": SOURCE_CHANNEL,
        "stage": CustomerStage.DEAL if data.has_vehicle else CustomerStage.PROSPECT,
    }  # fmt: skip


def vehicle_row(plan: RowPlan, owner_id: int) -> dict:
    data = plan.data
    assert data.vin is not None, "only rows with a car make a vehicle"
    return {
        "owner_id": owner_id, "vin": data.vin, **vehicle_search_keys(data.vin), "plate": data.plate,
        "model_id": plan.model_id, "colour": data.colour, "purchase_date": data.purchase_date,
    }  # fmt: skip


def visit_row(plan: RowPlan, vehicle_id: int, owner_id: int, number: str) -> dict:
    service = plan.data.service
    assert service is not None, "only rows with a service make a visit"
    at = datetime.combine(service.day, SERVICE_TIME)
    return {
        "order_no": number, "vehicle_id": vehicle_id, "customer_id": owner_id,
        "service_type": ServiceType.MAINTENANCE, "status": RepairOrderStatus.HANDED_OVER,
        "checked_in_at": at, "handed_over_at": at, "odometer_km": service.km,
        "settlement_total": service.amount,
    }  # fmt: skip


def reading_row(visit: dict, visit_id: int) -> dict:
    return {
        "vehicle_id": visit["vehicle_id"], "service_visit_id": visit_id,
        "read_at": visit["checked_in_at"], "km": visit["odometer_km"], "source": "import",
    }  # fmt: skip


def order_no(batch_id: int, number: int) -> str:
    """DR<batch>-<n>: imported history, apart from the desk's own WX… repair orders."""
    return f"DR{batch_id}-{number:06d}"


# --- audit --------------------------------------------------------------------------------
def audit_records(
    session: Session, batch_id: int, action: str, now: datetime, staff_id: int | None
) -> None:
    """One entry per audited record of the batch, in one INSERT … SELECT."""
    records = select(
        literal(now, type_=AuditEntry.__table__.c.at.type),
        literal(staff_id, type_=Integer),
        literal(action, type_=String),
        ImportRecord.table_name,
        ImportRecord.record_id,
    ).where(ImportRecord.batch_id == batch_id, ImportRecord.table_name.in_(AUDITED_TABLES))
    columns = ["at", "staff_id", "action", "entity", "entity_id"]
    session.execute(insert(table_of(AuditEntry)).from_select(columns, records))


# --- undo ---------------------------------------------------------------------------------
def records_of(batch_id: int, table: str):
    return select(ImportRecord.record_id).where(
        ImportRecord.batch_id == batch_id, ImportRecord.table_name == table
    )


def _untouched_task():
    """A reminder a rule made for an imported customer that nobody has worked on yet:
    it goes with the undo. Any other task means someone acted on the customer."""
    return and_(FollowUpTask.status == TaskStatus.OPEN, FollowUpTask.version == 1)


def touched_customers(session: Session, batch_id: int) -> int:
    """How many of the batch's customers (or owners of its cars) were edited since, or
    have rows of their own now: a visit, an order, a repair, a task worked on, …"""
    customers, vehicles = records_of(batch_id, CUSTOMERS), records_of(batch_id, VEHICLES)
    touched = set(session.scalars(
        select(Customer.id).where(Customer.id.in_(customers), Customer.version != 1)
    ))  # fmt: skip
    touched_cars = set(session.scalars(
        select(Vehicle.id).where(Vehicle.id.in_(vehicles), Vehicle.version != 1)
    ))  # fmt: skip
    for column, target in _references():
        ids = customers if target == CUSTOMERS else vehicles
        query = select(column).where(column.in_(ids))
        table = column.table
        if table.name in (CUSTOMERS, VEHICLES, VISITS, READINGS):
            query = query.where(table.c.id.not_in(records_of(batch_id, table.name)))
        if table is FollowUpTask.__table__:
            query = query.where(not_(_untouched_task()))
        (touched if target == CUSTOMERS else touched_cars).update(session.scalars(query))
    owners = session.scalars(select(Vehicle.owner_id).where(Vehicle.id.in_(touched_cars)))
    return len(touched | set(owners))


def _references():
    """Every column in the schema that points at a customer or a vehicle."""
    for table in Base.metadata.sorted_tables:
        for key in table.foreign_keys:
            target = key.column.table.name
            if target in (CUSTOMERS, VEHICLES) and key.column.name == "id":
                yield key.parent, target


def delete_batch(store: TaskStore, batch_id: int) -> None:
    session = store.session
    customers, vehicles = records_of(batch_id, CUSTOMERS), records_of(batch_id, VEHICLES)
    store.discard_untouched(
        FollowUpTask.customer_id.in_(customers) | FollowUpTask.vehicle_id.in_(vehicles),
        f"撤销导入批次 {batch_id}",
    )
    for model, table in (
        (OdometerReading, READINGS), (ServiceVisit, VISITS), (Vehicle, VEHICLES),
        (Customer, CUSTOMERS),
    ):  # fmt: skip
        model_table = table_of(model)
        session.execute(
            delete(model_table).where(model_table.c.id.in_(records_of(batch_id, table)))
        )
