"""Bulk writing: rows as dicts with ids given here, inserted by Core in chunks.
(Follow-up tasks are not written here: the task store writes them, see demo.followups.)

Ids are assigned in Python so a child row can name its parent without a round trip.
Every row of a table carries every column (the missing ones get the column's plain
default, or NULL), because an executemany needs the same keys in every row.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ..models import (
    CarModel,
    Complaint,
    ComplaintEvent,
    ContactConsent,
    Customer,
    Delivery,
    DeliveryChecklistItem,
    Entity,
    OdometerReading,
    OrderService,
    SalesOrder,
    ServiceVisit,
    ShowroomVisit,
    StaffUser,
    Vehicle,
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
    SalesOrder,
    OrderService,
    Delivery,
    DeliveryChecklistItem,
    ServiceVisit,
    OdometerReading,
    Complaint,
    ComplaintEvent,
)
CHUNK_ROWS = 5_000


def _plain_defaults(model: type[Entity]) -> dict[str, Any]:
    defaults = {}
    for column in model.__table__.columns:
        default = column.default
        defaults[column.key] = default.arg if default is not None and default.is_scalar else None
    return defaults


class Writer:
    """Collects rows per table; `flush` inserts them, `finish` fixes PostgreSQL sequences."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.counts: Counter[str] = Counter()
        self._pending: dict[type[Entity], list[dict]] = defaultdict(list)
        self._defaults = {model: _plain_defaults(model) for model in TABLE_ORDER}
        self._next_id = {model: self._first_free_id(model) for model in TABLE_ORDER}

    def _first_free_id(self, model: type[Entity]) -> int:
        return (self.session.scalar(select(func.max(model.id))) or 0) + 1

    def new_id(self, model: type[Entity]) -> int:
        value = self._next_id[model]
        self._next_id[model] = value + 1
        return value

    def add(self, model: type[Entity], row_id: int, created_at: datetime, **values: Any) -> int:
        """Queue one row; `created_at` is when the record came into being in the story."""
        stamps = {"id": row_id, "created_at": created_at, "updated_at": created_at, "version": 1}
        self._pending[model].append({**self._defaults[model], **values, **stamps})
        return row_id

    def add_new(self, model: type[Entity], created_at: datetime, **values: Any) -> int:
        return self.add(model, self.new_id(model), created_at, **values)

    def flush(self) -> None:
        for model in TABLE_ORDER:
            rows = self._pending.pop(model, [])
            for start in range(0, len(rows), CHUNK_ROWS):
                self.session.execute(table_of(model).insert(), rows[start : start + CHUNK_ROWS])
            self.counts[model.__tablename__] += len(rows)

    def finish(self) -> None:
        self.flush()
        if self.session.get_bind().dialect.name == "postgresql":
            for model in TABLE_ORDER:
                self._advance_sequence(model.__tablename__)

    def _advance_sequence(self, table: str) -> None:
        # Explicit ids leave the SERIAL sequence behind; the app's next insert would collide.
        self.session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            )
        )
