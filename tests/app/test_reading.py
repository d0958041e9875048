"""Database.reading(): what the window reads never waits for a writer, and never saves."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import insert, select

from app.db import Database
from app.models import Customer, FollowUpTask, StaffRole
from app.permissions import SYSTEM
from app.services.appointments import AppointmentService
from app.services.calendar import CalendarService, TaskQuery
from app.services.staff import DirectoryService
from tests.factories import MANAGER, add_customer, add_staff


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


@contextmanager
def another_desk_writing(db: Database) -> Iterator[threading.Thread]:
    """Another workstation holds the write lock for as long as the block runs."""
    other_desk = Database(db.url)
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
        yield writer
    finally:
        release.set()
        writer.join()
        other_desk.dispose()


def test_the_forms_pick_lists_do_not_wait_for_a_writer(sqlite_db: Database) -> None:
    """The complaint form's staff, the booking tab's advisors and plans: read while a
    reminder run writes, so a tab opened then is built at once."""
    add_staff(sqlite_db, "马顾问", StaffRole.SERVICE_ADVISOR)
    with another_desk_writing(sqlite_db) as writer:
        directory = DirectoryService(sqlite_db)
        assert "马顾问" in [s.name for s in directory.staff(StaffRole.SERVICE_ADVISOR)]
        assert directory.car_models() == []
        book = AppointmentService(sqlite_db, MANAGER)
        assert [a.name for a in book.advisors()] == ["马顾问"]
        assert book.plan(date(2026, 11, 30)).bookings == []  # the booking tab's day
        assert len(book.week_plans(date(2026, 11, 30))) == 7
        assert book.expected_today() == []
        assert writer.is_alive()
