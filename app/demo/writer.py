"""Bulk writing: rows with ids given here, taken per chunk of customers and loaded by
app.demo.loading (executemany on SQLite, COPY on PostgreSQL), in this process or in a
writer process of its own (app.demo.writer_process).
(Follow-up tasks are not written here: the task store writes them, see demo.followups.)

Ids are assigned in Python so a child row can name its parent without a round trip.
A row is kept as a tuple in the table's column order, the columns not given holding
the column's plain default (or NULL): a chunk of customers costs little memory.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

from ..bulk_load import column_names
from ..models import (
    CarModel,
    Complaint,
    ComplaintEvent,
    ContactConsent,
    Customer,
    Delivery,
    DeliveryChecklistItem,
    Entity,
    KeyCustomerEntry,
    OdometerReading,
    OrderService,
    SalesOrder,
    ServiceVisit,
    ShowroomVisit,
    StaffUser,
    Vehicle,
    WorkItem,
)
from ..models.base import table_of

# Parents before children, so foreign keys are satisfied row by row.
TABLE_ORDER: tuple[type[Entity], ...] = (
    StaffUser,
    CarModel,
    Customer,
    ContactConsent,
    Vehicle,
    ShowroomVisit,
    KeyCustomerEntry,
    SalesOrder,
    OrderService,
    Delivery,
    DeliveryChecklistItem,
    ServiceVisit,
    WorkItem,
    OdometerReading,
    Complaint,
    ComplaintEvent,
)
TABLES: tuple[Table, ...] = tuple(table_of(model) for model in TABLE_ORDER)
TABLES_BY_NAME: dict[str, Table] = {table.name: table for table in TABLES}
# A chunk's rows: (table name, rows) per table, parents first; names, as it may be sent
# to another process.
Chunk = list[tuple[str, list[tuple]]]


class _Rows:
    """One table's pending rows, and how a row is made from keyword values."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.names = frozenset(column_names(table))
        self.defaults = {column.key: _plain_default(column) for column in table.columns}
        self.as_tuple = itemgetter(*column_names(table))
        self.pending: list[tuple] = []

    def add(self, values: dict[str, Any]) -> None:
        if not values.keys() <= self.names:
            raise KeyError(f"{self.table.name} has no {sorted(values.keys() - self.names)}")
        self.pending.append(self.as_tuple({**self.defaults, **values}))


def _plain_default(column) -> Any:
    default = column.default
    return default.arg if default is not None and default.is_scalar else None


class Writer:
    """Collects rows per table; `take` hands them over to be loaded, and counts them."""

    def __init__(self, session: Session) -> None:
        self.counts: Counter[str] = Counter()
        self._rows = {model: _Rows(table_of(model)) for model in TABLE_ORDER}
        self._next_id = {model: _first_free_id(session, model) for model in TABLE_ORDER}

    def new_id(self, model: type[Entity]) -> int:
        value = self._next_id[model]
        self._next_id[model] = value + 1
        return value

    def add(self, model: type[Entity], row_id: int, created_at: datetime, **values: Any) -> int:
        """Queue one row; `created_at` is when the record came into being in the story."""
        values["id"], values["created_at"], values["updated_at"] = row_id, created_at, created_at
        self._rows[model].add(values)
        return row_id

    def add_new(self, model: type[Entity], created_at: datetime, **values: Any) -> int:
        row_id = values["id"] = self._next_id[model]
        self._next_id[model] = row_id + 1
        values["created_at"] = values["updated_at"] = created_at
        self._rows[model].add(values)
        return row_id

    def take(self) -> Chunk:
        """The rows queued so far (those tables that have some), which are then counted."""
        chunk: Chunk = []
        for rows in self._rows.values():
            if rows.pending:
                chunk.append((rows.table.name, rows.pending))
                self.counts[rows.table.name] += len(rows.pending)
                rows.pending = []
        return chunk


def _first_free_id(session: Session, model: type[Entity]) -> int:
    return (session.scalar(select(func.max(model.id))) or 0) + 1


def advance_sequences(session: Session) -> None:
    """PostgreSQL: explicit ids leave the SERIAL sequences behind; the app's next insert
    would collide."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for model in TABLE_ORDER:
        table = model.__tablename__
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            )
        )
