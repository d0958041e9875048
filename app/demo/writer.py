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
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from keyword import iskeyword
from typing import Any

from sqlalchemy import Date, DateTime, Numeric, Table, func, select, text
from sqlalchemy.orm import Session

from ..bulk_load import SQLITE_ADAPTERS, column_names
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
_DATETIME_TEXT = SQLITE_ADAPTERS[datetime]
# The story's moments are mostly to the minute: their text as a day's text (kept per day)
# and a minute's (made once), not an isoformat each (about three times slower, for tens
# of millions of moments). Other moments go the usual way.
_MINUTE_TEXTS = tuple(f" {m // 60:02d}:{m % 60:02d}:00.000000" for m in range(24 * 60))
_day_texts: dict[int, str] = {}


def moment_text(moment: datetime) -> str:
    """A moment as SQLite stores it (app.bulk_load's SQLITE_ADAPTERS)."""
    if moment.second or moment.microsecond:
        return _DATETIME_TEXT(moment)
    day = _day_texts.get(ordinal := moment.toordinal())
    if day is None:
        day = _day_texts[ordinal] = date.fromordinal(ordinal).isoformat()
    return day + _MINUTE_TEXTS[moment.hour * 60 + moment.minute]


class _Rows:
    """One table's pending rows, and the function that makes a row from keyword values."""

    def __init__(self, table: Table, sqlite_text: bool) -> None:
        self.table = table
        self.make = _row_maker(table, sqlite_text)
        self.pending: list[tuple] = []


def _row_maker(table: Table, sqlite_text: bool) -> Callable[..., tuple]:
    """`make(column=value, …)`: the row as a tuple in the table's column order, a column
    not given holding its plain default. Made from source for the table, as namedtuple
    makes its __new__: Python binds the keywords itself (a column the table does not
    have is refused), no dict is built per row (millions of them).

    `sqlite_text`: dates, times and amounts already as SQLite stores them (app.bulk_load's
    SQLITE_ADAPTERS): a text pickles to a writer process several times faster than a
    datetime, and needs no adapting there; a float pickles in C, a Decimal through
    Python code each (half the pickling of a chunk was its amounts)."""
    names = column_names(table)
    if not all(name.isidentifier() and not iskeyword(name) for name in names):
        raise ValueError(f"{table.name} has a column that is not a Python name: {names}")
    namespace: dict[str, Any] = {
        f"_default_{n}": _plain_default(c) for n, c in enumerate(table.columns)
    }
    namespace.update(
        _datetime_text=moment_text,
        _date_text=SQLITE_ADAPTERS[date],
        _stored_number=SQLITE_ADAPTERS[Decimal],
    )
    parameters = ", ".join(f"{name}=_default_{n}" for n, name in enumerate(names))
    values = [_stored(column, sqlite_text) for column in table.columns]
    if sqlite_text and "created_at" in names[: names.index("updated_at")]:
        # A record made and not changed since: one text for both.
        values[names.index("created_at")] = "(created := " + values[names.index("created_at")] + ")"
        updated = values[names.index("updated_at")]
        values[names.index("updated_at")] = f"(created if updated_at is created_at else {updated})"
    source = f"def make(*, {parameters}):\n    return ({', '.join(values)},)\n"
    exec(source, namespace)  # our own column names, checked above
    make: Callable[..., tuple] = namespace["make"]
    return make


def _stored(column, sqlite_text: bool) -> str:
    """The expression of a column's value in the row."""
    name = column.key
    if sqlite_text and isinstance(column.type, DateTime):
        return f"(None if {name} is None else _datetime_text({name}))"
    if sqlite_text and isinstance(column.type, Date):
        return f"(None if {name} is None else _date_text({name}))"
    if sqlite_text and isinstance(column.type, Numeric):
        return f"(None if {name} is None else _stored_number({name}))"
    return name


def _plain_default(column) -> Any:
    default = column.default
    return default.arg if default is not None and default.is_scalar else None


class Writer:
    """Collects rows per table; `take` hands them over to be loaded, and counts them."""

    def __init__(self, session: Session) -> None:
        self.counts: Counter[str] = Counter()
        self.sqlite_text = session.get_bind().dialect.name == "sqlite"
        # How `stored` turns a moment into the rows' text (None: kept a datetime), for
        # the story's hot paths to call directly.
        self.moment_text: Callable[[datetime], str] | None = (
            moment_text if self.sqlite_text else None
        )
        self._rows = {model: _Rows(table_of(model), self.sqlite_text) for model in TABLE_ORDER}
        self._next_id = {model: _first_free_id(session, model) for model in TABLE_ORDER}

    def stored(self, moment: datetime | None) -> datetime | str | None:
        """A moment as the rows hold it (on SQLite: its text, see `_row_maker`)."""
        return moment if moment is None or not self.sqlite_text else moment_text(moment)

    def new_id(self, model: type[Entity]) -> int:
        value = self._next_id[model]
        self._next_id[model] = value + 1
        return value

    def add(self, model: type[Entity], row_id: int, created_at: datetime, **values: Any) -> int:
        """Queue one row; `created_at` is when the record came into being in the story."""
        rows = self._rows[model]
        rows.pending.append(
            rows.make(id=row_id, created_at=created_at, updated_at=created_at, **values)
        )
        return row_id

    def add_new(self, model: type[Entity], created_at: datetime, **values: Any) -> int:
        row_id = self._next_id[model]
        self._next_id[model] = row_id + 1
        rows = self._rows[model]
        rows.pending.append(
            rows.make(id=row_id, created_at=created_at, updated_at=created_at, **values)
        )
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
