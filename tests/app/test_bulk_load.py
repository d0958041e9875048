"""Bulk loading (the demo fill, the task store's history) on SQLite and PostgreSQL: a row
loaded in bulk is stored exactly as the app's own writes store it, a unique key already
taken is left alone, and the indexes dropped for a load are there again after it."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import inspect, select

from app.bulk_load import BulkLoader, column_names, without_indexes
from app.db import Database
from app.models import Customer, ServiceVisit
from app.models.base import table_of
from app.permissions import SYSTEM
from tests.factories import add_customer, add_vehicle

CHECKED_IN = datetime(2026, 11, 23, 9, 30)  # no microseconds: SQLite's text still has them
VISIT = {
    "order_no": "WX20261123-0001",
    "service_type": "maintenance",
    "status": "handed_over",
    "checked_in_at": CHECKED_IN,
    "odometer_km": 12_345,
    "settlement_total": Decimal("1280.50"),
    "next_service_date": date(2027, 5, 23),
    "handed_over_at": datetime(2026, 11, 23, 11, 5, 7, 250),
    "created_at": CHECKED_IN,
    "updated_at": CHECKED_IN,
    "version": 1,
}


def stored(db: Database, order_no: str) -> tuple:
    """The row as the database holds it (SQLite: the text, not what SQLAlchemy reads)."""
    columns = "checked_in_at, handed_over_at, settlement_total, next_service_date, created_at"
    with db.engine.connect() as connection:
        return tuple(
            connection.exec_driver_sql(
                f"SELECT {columns} FROM service_visits WHERE order_no = '{order_no}'"
            ).one()
        )


def test_a_row_loaded_in_bulk_is_stored_as_the_app_stores_it(db: Database) -> None:
    owner = add_customer(db, "张三", "13812345678")
    car = add_vehicle(db, owner, "LSVAU2180N2183294", "粤B12345")
    with db.transaction(SYSTEM) as session:
        session.add(ServiceVisit(**VISIT, vehicle_id=car, customer_id=owner))
    loaded = {**VISIT, "order_no": "WX20261123-0002", "vehicle_id": car, "customer_id": owner}
    table = table_of(ServiceVisit)
    with db.transaction(SYSTEM) as session:
        row = tuple(loaded.get(name) for name in column_names(table) if name != "id")
        names = [name for name in column_names(table) if name != "id"]
        assert BulkLoader(session).load(table, [row], names) == 1
    assert stored(db, "WX20261123-0002") == stored(db, "WX20261123-0001")
    with db.transaction(SYSTEM) as session:
        visits = session.scalars(select(ServiceVisit).order_by(ServiceVisit.id)).all()
        assert [v.settlement_total for v in visits] == [Decimal("1280.50")] * 2
        assert [v.checked_in_at for v in visits] == [CHECKED_IN] * 2


def test_sqlite_adapters_are_given_back_after_a_load(db: Database) -> None:
    before = dict(sqlite3.adapters)
    with db.transaction(SYSTEM) as session:
        BulkLoader(session).load(table_of(Customer), [customer_row(1, "13800000001")])
    assert dict(sqlite3.adapters) == before


def customer_row(customer_id: int, mobile: str) -> tuple:
    values = {
        "id": customer_id, "name": "李四", "name_initials": "ls", "name_pinyin": "lisi",
        "mobile": mobile, "mobile_last4": mobile[-4:], "customer_type": "person",
        "owner_type": "private", "stage": "prospect", "gender": "unknown",
        "preferred_channel": "phone", "intent_level": "N", "has_open_complaint": False,
        "created_at": CHECKED_IN, "updated_at": CHECKED_IN, "version": 1,
    }  # fmt: skip
    return tuple(values.get(name) for name in column_names(table_of(Customer)))


def test_load_new_leaves_a_taken_key_alone_and_counts_what_it_wrote(db: Database) -> None:
    table = table_of(Customer)
    with db.transaction(SYSTEM) as session:
        loader = BulkLoader(session)
        first = [customer_row(1, "13800000001"), customer_row(2, "13800000002")]
        assert loader.load_new(table, first, "mobile") == 2
        again = [customer_row(3, "13800000002"), customer_row(4, "13800000004")]
        assert loader.load_new(table, again, "mobile") == 1
    with db.transaction(SYSTEM) as session:
        assert session.scalars(select(Customer.id).order_by(Customer.id)).all() == [1, 2, 4]


def test_indexes_dropped_for_a_load_are_there_again_after_it(db: Database) -> None:
    table = table_of(ServiceVisit)

    def index_names() -> set[str]:
        with db.engine.connect() as connection:
            return {ix["name"] for ix in inspect(connection).get_indexes(table.name)}

    before = index_names()
    kept = "ix_service_visits_customer_id"
    with (
        db.transaction(SYSTEM) as session,
        without_indexes(session, [table], keep={kept}) as dropped,
    ):
        assert dropped and kept not in {ix.name for ix in dropped}
        during = {ix["name"] for ix in inspect(session.connection()).get_indexes(table.name)}
        assert kept in during and not during & {ix.name for ix in dropped}
    assert index_names() == before
