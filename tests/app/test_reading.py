"""Database.reading(): what the window reads never waits for a writer, and never saves."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import insert, select

from app.db import Database
from app.models import Customer, FollowUpTask
from app.permissions import SYSTEM
from app.services.calendar import CalendarService, TaskQuery
from tests.factories import MANAGER, add_customer


def test_a_read_does_not_wait_while_another_desk_holds_the_write_lock(sqlite_db: Database) -> None:
    add_customer(sqlite_db, "王芳", "13800138000")
    other_desk = Database(sqlite_db.url)  # its own connections, as a second workstation
    holding, release = threading.Event(), threading.Event()

    def long_write() -> None:
        with other_desk.transaction(SYSTEM) as session:
            session.add(Customer(name="李雷", name_initials="ll", name_pinyin="lilei"))
            session.flush()
            holding.set()
            release.wait(30)

    writer = threading.Thread(target=long_write)
    writer.start()
    try:
        assert holding.wait(30)
        # The write lock is held; a read sees the last committed state at once.
        with sqlite_db.reading(MANAGER) as session:
            assert session.scalars(select(Customer.name)).all() == ["王芳"]
        calendar = CalendarService(sqlite_db, MANAGER)
        assert calendar.count(TaskQuery.day(date(2026, 11, 30))) == 0
        assert writer.is_alive()  # the read finished while the writer still held the lock
    finally:
        release.set()
        writer.join()
        other_desk.dispose()


def test_a_read_refuses_to_save(db: Database) -> None:
    with pytest.raises(RuntimeError, match="for reads"), db.reading(MANAGER) as session:
        session.add(Customer(name="王芳", name_initials="wf", name_pinyin="wangfang"))
        session.flush()
    with pytest.raises(RuntimeError, match="for reads"), db.reading(MANAGER) as session:
        session.execute(insert(FollowUpTask).values(kind="x"))
    with db.reading(MANAGER) as session:
        assert session.scalar(select(Customer.id)) is None  # nothing was saved
