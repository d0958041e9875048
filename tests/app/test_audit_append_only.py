"""The audit trail is append-only in the database itself: whoever holds the database
(a SQL console, a script, a bug of ours) cannot update or delete an entry."""

from __future__ import annotations

from datetime import datetime

import pytest
from alembic import command
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError

from app import audit
from app.db import Database, alembic_config
from app.models import AuditEntry

AT = datetime(2026, 11, 23, 9, 0)


def add_entry(db: Database, detail: str = "原始记录") -> int:
    with db.transaction() as session:
        audit.record(session, None, "export", at=AT, detail=detail)
    with db.transaction() as session:
        return session.scalars(select(AuditEntry.id).where(AuditEntry.detail == detail)).one()


def details(db: Database) -> list[str | None]:
    with db.transaction() as session:
        return list(session.scalars(select(AuditEntry.detail).order_by(AuditEntry.id)))


def edit_through_the_orm(db: Database, entry_id: int) -> None:
    with db.transaction() as session:
        session.get(AuditEntry, entry_id).detail = "改过的记录"


def delete_through_the_orm(db: Database, entry_id: int) -> None:
    with db.transaction() as session:
        session.delete(session.get(AuditEntry, entry_id))


def update_statement(db: Database, _entry_id: int) -> None:
    with db.engine.begin() as connection:
        connection.execute(update(AuditEntry).values(detail="改过的记录"))


def delete_statement(db: Database, _entry_id: int) -> None:
    with db.engine.begin() as connection:
        connection.execute(delete(AuditEntry))


@pytest.mark.parametrize(
    "tamper", [edit_through_the_orm, delete_through_the_orm, update_statement, delete_statement]
)
def test_updates_and_deletes_are_refused_and_the_entry_is_unchanged(db: Database, tamper) -> None:
    entry_id = add_entry(db)
    with pytest.raises(DBAPIError, match="append-only"):
        tamper(db, entry_id)
    assert details(db) == ["原始记录"]


def test_entries_are_still_added(db: Database) -> None:
    add_entry(db, "第一条")
    add_entry(db, "第二条")
    assert details(db) == ["第一条", "第二条"]


@pytest.mark.postgres
def test_postgresql_refuses_truncate(pg_db: Database) -> None:
    add_entry(pg_db)
    with pytest.raises(DBAPIError, match="append-only"), pg_db.engine.begin() as connection:
        connection.execute(text("TRUNCATE audit_log CASCADE"))
    assert details(pg_db) == ["原始记录"]


def test_downgrade_removes_the_guard_and_upgrade_restores_it(db: Database) -> None:
    entry_id = add_entry(db)
    command.downgrade(alembic_config(db.engine), "0001")
    update_statement(db, entry_id)
    assert details(db) == ["改过的记录"]
    command.upgrade(alembic_config(db.engine), "head")
    with pytest.raises(DBAPIError, match="append-only"):
        delete_statement(db, entry_id)
