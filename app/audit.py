"""The audit trail: append-only. Who, when, what (field, old, new). Never personal data in logs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import ColumnElement, bindparam, func, insert, select
from sqlalchemy.orm import Session

from .audit_references import names_of
from .db import Database
from .driver_writes import DriverWriter
from .models import AuditEntry, StaffUser
from .models.base import table_of
from .permissions import Actor, Permission

T = TypeVar("T")


def exported(
    session: Session,
    actor: Actor,
    write: Callable[[T], Path],
    content: T,
    *,
    at: datetime,
    entity: str,
    detail: str,
    entity_id: int | None = None,
) -> Path:
    """Write a file of personal data and record the export in the caller's transaction,
    after the file exists: a file that could not be written is not recorded, and a
    record that cannot be saved takes its file away with it (the transaction fails)."""
    path = write(content)
    try:
        record(session, actor, "export", at=at, entity=entity, entity_id=entity_id,
               detail=f"{detail}，文件 {path.name}")  # fmt: skip
        session.flush()
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    *,
    at: datetime,
    entity: str | None = None,
    entity_id: int | None = None,
    field: str | None = None,
    old: object = None,
    new: object = None,
    detail: str | None = None,
) -> None:
    """Add one entry in the caller's transaction: it stands or falls with the action."""
    session.add(
        AuditEntry(**_values(actor, action, at, entity, entity_id, field, old, new, detail))
    )


_COLUMNS = [c for c in table_of(AuditEntry).columns if not c.primary_key]
ENTRY = insert(AuditEntry).values({c.key: bindparam(c.key, type_=c.type) for c in _COLUMNS})


def record_on(
    writer: DriverWriter,
    actor: Actor | None,
    action: str,
    *,
    at: datetime,
    entity: str | None = None,
    field: str | None = None,
    detail: str | None = None,
) -> None:
    """The same entry, in a transaction on the driver's cursor (app.driver_writes: a
    search by phone number, a quarter of its time through a Session)."""
    writer.insert(ENTRY, _values(actor, action, at, entity, None, field, None, None, detail))


def _values(
    actor: Actor | None,
    action: str,
    at: datetime,
    entity: str | None,
    entity_id: int | None,
    field: str | None,
    old: object,
    new: object,
    detail: str | None,
) -> dict[str, object]:
    return {
        "at": at,
        "staff_id": actor.staff_id if actor else None,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "field": field,
        "old_value": None if old is None else str(old),
        "new_value": None if new is None else str(new),
        "detail": detail,
    }


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    staff_id: int | None
    staff_name: str | None
    action: str
    entity: str | None
    entity_id: int | None
    field: str | None
    old_value: str | None
    new_value: str | None
    detail: str | None
    reference: str | None = None  # the record's own name: XS… of an order, a plate, a name


@dataclass(frozen=True)
class AuditFilter:
    action: str | None = None
    staff_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None


class AuditService:
    """The manager's view of the trail (VIEW_AUDIT)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def count(self, actor: Actor, filters: AuditFilter) -> int:
        actor.require(Permission.VIEW_AUDIT)
        with self.db.transaction() as session:
            return (
                session.scalar(select(func.count(AuditEntry.id)).where(*_conditions(filters))) or 0
            )

    def page(self, actor: Actor, filters: AuditFilter, offset: int, limit: int) -> list[AuditRow]:
        actor.require(Permission.VIEW_AUDIT)
        query = (
            select(AuditEntry, StaffUser.name)
            .where(*_conditions(filters))
            .outerjoin(StaffUser, StaffUser.id == AuditEntry.staff_id)
            .order_by(AuditEntry.id.desc())
        )
        with self.db.transaction() as session:
            rows = session.execute(query.offset(offset).limit(limit)).all()
            names = names_of(session, ((e.entity, e.entity_id) for e, _name in rows))
            return [_row(entry, name, names) for entry, name in rows]

    def people(self, actor: Actor) -> list[tuple[int, str]]:
        """Everyone who may appear in the trail (staff, active or not), for the filter."""
        actor.require(Permission.VIEW_AUDIT)
        with self.db.transaction() as session:
            staff = session.execute(select(StaffUser.id, StaffUser.name).order_by(StaffUser.name))
            return [(staff_id, name) for staff_id, name in staff]


def _conditions(filters: AuditFilter) -> list[ColumnElement[bool]]:
    conditions = []
    if filters.action:
        conditions.append(AuditEntry.action == filters.action)
    if filters.staff_id is not None:
        conditions.append(AuditEntry.staff_id == filters.staff_id)
    if filters.since:
        conditions.append(AuditEntry.at >= filters.since)
    if filters.until:
        conditions.append(AuditEntry.at < filters.until)
    return conditions


def _row(entry: AuditEntry, staff_name: str | None, names: dict[tuple[str, int], str]) -> AuditRow:
    reference = names.get((entry.entity or "", entry.entity_id or 0))
    return AuditRow(
        entry.id, entry.at, entry.staff_id, staff_name, entry.action, entry.entity, entry.entity_id,
        entry.field, entry.old_value, entry.new_value, entry.detail, reference,
    )  # fmt: skip
