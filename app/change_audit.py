"""Every create, edit (field, old, new) and delete of the records people work on lands in
the audit trail, in the same transaction, without each service having to remember.

Who did it: the actor the transaction was opened for (Database.transaction(actor)). A
change with no actor is a bug, refused before anything is saved.
Consents are audited by the reminder service with their reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker

from . import settings
from .models import (
    Appointment,
    Attachment,
    AuditEntry,
    CarColour,
    CarConfiguration,
    CarModel,
    Complaint,
    Customer,
    Delivery,
    SalesOrder,
    ServiceVisit,
    SettingValue,
    ShowroomVisit,
    StaffUser,
    StoreLogo,
    Vehicle,
    WorkItem,
)

AUDITED = (
    Customer, Vehicle, CarModel, CarConfiguration, CarColour, ShowroomVisit, SalesOrder,
    Delivery, ServiceVisit, WorkItem, Complaint, StaffUser, SettingValue, StoreLogo,
    Appointment, Attachment,
)  # fmt: skip
# Bookkeeping columns and derived search keys say nothing a person changed.
NOT_AUDITED_FIELDS = {
    "id", "created_at", "updated_at", "version", "name_initials", "name_pinyin",
    "mobile_last4", "vin_last6", "failed_sign_ins", "last_sign_in_at", "locked_until",
}  # fmt: skip
SECRET_FIELDS = {"password_hash"}


def _audited(obj: object) -> bool:
    """A person's change. The internal settings (watermarks of background runs) are
    bookkeeping: writing one at every sign-in would bury the changes people made."""
    if isinstance(obj, SettingValue):
        declared = settings.SPECS.get(obj.key)
        return declared is None or not declared.internal
    return isinstance(obj, AUDITED)


def install(sessions: sessionmaker) -> None:
    event.listen(sessions, "after_flush", _record_changes)


class UnattributedChange(RuntimeError):
    """A service changed an audited record in a transaction opened without an actor."""


def _record_changes(session: Session, _context) -> None:
    now = datetime.now()
    actor = session.info.get("actor")
    staff_id = actor.staff_id if actor else None
    rows = [
        *(_row(now, staff_id, "create", obj) for obj in session.new if _audited(obj)),
        *(_row(now, staff_id, "delete", obj) for obj in session.deleted if _audited(obj)),
        *(row for obj in session.dirty if _audited(obj) for row in _edits(now, staff_id, obj)),
    ]
    if rows and actor is None:
        raise UnattributedChange(f"{rows[0]['action']} {rows[0]['entity']} without an actor")
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def _row(now: datetime, staff_id: int | None, action: str, obj, **extra) -> dict:
    return {
        "at": now, "staff_id": staff_id, "action": action, "entity": obj.__tablename__,
        "entity_id": obj.id, "field": None, "old_value": None, "new_value": None,
        "detail": None, **extra,
    }  # fmt: skip


def _edits(now: datetime, staff_id: int | None, obj) -> Iterator[dict]:
    state = inspect(obj)
    for attr in state.mapper.column_attrs:
        if attr.key in NOT_AUDITED_FIELDS:
            continue
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old, new = _value(history.deleted), _value(history.added)
        if attr.key in SECRET_FIELDS:
            old, new = "***", "***"
        yield _row(now, staff_id, "edit", obj, field=attr.key, old_value=old, new_value=new)


def _value(values) -> str | None:
    if not values or values[0] is None:
        return None
    if isinstance(values[0], bytes):  # a file (the logo): its size, not its bytes
        return f"{len(values[0])} bytes"
    return str(values[0])
