"""Reminder generation never keeps a desk waiting on SQLite (one writer per file): it
reads taking no lock, then writes its tasks a part at a time, each part committed on its
own, so another connection's save gets the write lock between two parts. A run cut off
half-way leaves its parts made; the next run makes the rest, nothing twice."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime

import pytest
from sqlalchemy import event

from app.db import Database, sqlite_path
from app.services import reminders
from app.services.reminders import ReminderService
from tests.app import reminder_world as w
from tests.desks import a_desk_can_save_now
from tests.factories import MANAGER


def prospects(db: Database, count: int) -> None:
    """`count` walk-ins of yesterday: one first follow-up each."""
    consultant, model = w.staff(db), w.model(db)
    for n in range(count):
        person = w.customer(db, f"客户{n}", f"138000{n:05d}")
        w.visit(db, person, consultant, datetime(2026, 11, 22, 14), "H", model)


def test_a_desk_saves_while_the_run_reads_and_between_its_parts(sqlite_db, monkeypatch):
    prospects(sqlite_db, 7)
    monkeypatch.setattr(reminders, "WRITE_PARTS", reminders.PartSizes(3, 3, 3))
    reading: list[bool] = []
    committed: list[bool] = []

    def statement(_conn, _cursor, sql: str, *_args) -> None:
        if sql.startswith("SELECT") and not reading:  # the run's first read
            reading.append(a_desk_can_save_now(sqlite_db))

    def after_commit(_session) -> None:
        committed.append(a_desk_can_save_now(sqlite_db))

    event.listen(sqlite_db.engine, "before_cursor_execute", statement)
    event.listen(sqlite_db.sessions, "after_commit", after_commit)
    report = ReminderService(sqlite_db, MANAGER, w.Clock()).generate()
    event.remove(sqlite_db.engine, "before_cursor_execute", statement)
    event.remove(sqlite_db.sessions, "after_commit", after_commit)

    assert report.made == 7
    assert reading == [True]  # the run reads without the write lock
    # it writes tasks 3 + 3 + 1, then the watermarks: four commits, the lock free after each
    assert committed == [True] * 4


def test_a_run_cut_off_between_parts_is_finished_by_the_next(db, monkeypatch):
    prospects(db, 5)
    monkeypatch.setattr(reminders, "WRITE_PARTS", reminders.PartSizes(2, 2, 2))
    service = ReminderService(db, MANAGER, w.Clock())
    parts = 0

    def cut_off_after_two_parts(_conn) -> None:
        nonlocal parts
        parts += 1
        if parts == 2:
            raise KeyboardInterrupt  # the PC switched off, the process killed

    event.listen(db.engine, "commit", cut_off_after_two_parts)
    with pytest.raises(KeyboardInterrupt):
        service.generate()
    event.remove(db.engine, "commit", cut_off_after_two_parts)
    made_before = len(w.tasks(db))

    report = service.generate()
    assert 0 < made_before < 5  # the first part was kept
    assert report.made == 5 - made_before and not report.incremental
    assert len(w.tasks(db)) == 5
    assert len({t.dedupe_key for t in w.tasks(db)}) == 5


def test_a_save_gets_in_between_a_background_jobs_parts(sqlite_db) -> None:
    """A job writing 30 parts, pausing a moment between two as background jobs do: a
    desk's save that begins while the job runs lands in one of its first pauses (SQLite's
    own busy handler, asking less and less often, missed most of them)."""
    from app.db import begin_writing

    w.customer(sqlite_db, "老客户", "13911110000")  # the desk is warm: connected, mapped
    job = sqlite3.connect(sqlite_path(sqlite_db.url), timeout=10, isolation_level=None)
    begin_writing(job)  # the job holds the write lock when the desk begins
    order: list[str] = []

    def desk() -> None:
        made = w.customer(sqlite_db, "到店客户", "13911112222")  # a save through the app
        order.append(f"desk saved {made}")

    saving = threading.Thread(target=desk)
    saving.start()
    for part in range(30):
        if part:
            sqlite_db.between_writes()
            begin_writing(job)
        job.execute("CREATE TABLE IF NOT EXISTS job_rows (n INTEGER)")
        job.execute("INSERT INTO job_rows VALUES (?)", (part,))
        threading.Event().wait(0.08)  # the part's work, the lock held
        job.execute("COMMIT")
        order.append(f"part {part}")
    saving.join()
    job.close()
    landed = next(i for i, what in enumerate(order) if what.startswith("desk saved"))
    assert landed <= 3, order  # in one of the job's first pauses (of 29)


def test_parts_grow_or_shrink_toward_the_time_a_part_should_take() -> None:
    sizes = reminders.PartSizes(first=500, least=50, most=20_000, seconds=0.05)
    assert sizes.next(500, 0.025) == 750  # half the time: halfway to twice as many
    assert sizes.next(500, 0.200) == 312  # four times too long: halfway to a quarter
    assert sizes.next(500, 10.0) == 251  # a stall: about half at once...
    assert sizes.next(60, 10.0) == 50  # ...nor below the least
    assert sizes.next(20_000, 0.0) == 20_000  # nor above the most
