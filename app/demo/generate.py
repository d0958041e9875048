"""Fill an empty database with a believable store group after five years: deterministic
for a seed and a moment.

Streamed: the customers' stories are written per chunk (rows, then their follow-up
history through the task store), so memory stays flat whatever the size. Loaded in
bulk (app.demo.loading) with the big tables' secondary indexes made once at the end;
a large fill is loaded by a writer process of its own while this one goes on telling
(app.demo.writer_process): the same rows, on two cores.
"""

from __future__ import annotations

import gc
import random
import time
from datetime import date, datetime, timedelta
from typing import Protocol

from sqlalchemy.orm import Session

from ..db import Database, sqlite_path
from ..permissions import SYSTEM
from . import showroom, story
from .catalogue import ensure_models, ensure_staff
from .context import HISTORY_DAYS, STORY_ENDS_AT, Demo, store_rules
from .key_weeks import KeyWeeks
from .loading import (
    FlatTask,
    collecting_per_chunk,
    customers_in,
    loading,
    refuse_a_store_with_customers,
)
from .people import Identities
from .writer import Chunk, Writer
from .writer_process import WriterProcess

CUSTOMERS_PER_FLUSH = 1_000
# From this many customers a writer process pays for its start (about a second).
WRITER_PROCESS_FROM = 5_000
# About one visit a day per 600 customers on file, and never an empty showroom.
TODAY_VISITORS_MIN, TODAY_VISITORS_MAX, CUSTOMERS_PER_TODAY_VISITOR = 12, 400, 600
WAITING_MIN, CUSTOMERS_PER_WAITING = 3, 1_000  # orders whose car is handed over soon
COMPLAINING_MIN = 3  # and a few complaints of the last days, whatever the size


class Sink(Protocol):
    """Where the chunks go (app.demo.loading.Loading or a WriterProcess)."""

    def write(self, chunk: Chunk, tasks: list[FlatTask]) -> None: ...

    def close(self, customers: int) -> int: ...


def generate(
    db: Database,
    customers: int,
    seed: int,
    only_if_empty: bool = False,
    today: date | None = None,
    now: datetime | None = None,
    writer_process: bool | None = None,
) -> dict:
    """Add `customers` customers and their history up to `now` (default: the clock's;
    a `today` without a time: 13:00 that day). Nothing is timestamped after it.

    Refuses a database that already has customers: demo people must never mix with a
    store's real ones (with `only_if_empty`, it says so and does nothing). Everything
    is written in one transaction: an interrupted run leaves the database as it was.
    `writer_process`: load in a process of its own (default: for a large file-backed
    fill). Returns the number of rows written per table and the seconds it took.
    """
    started = time.perf_counter()
    if now is None:
        now = datetime.combine(today, STORY_ENDS_AT) if today else datetime.now()
    with db.transaction(SYSTEM) as session:
        existing = customers_in(session)
    if existing and only_if_empty:
        return {"skipped": True, "customers": existing}
    refuse_a_store_with_customers(existing)
    if writer_process is None:
        writer_process = customers >= WRITER_PROCESS_FROM and _shared(db)
    fill = _fill_beside_a_writer if writer_process else _fill_here
    with collecting_per_chunk():
        summary = fill(db, customers, random.Random(seed), now)
    summary["seconds"] = round(time.perf_counter() - started, 1)
    return summary


def _shared(db: Database) -> bool:
    """Whether another process can open the database (not an in-memory SQLite one)."""
    return not db.is_sqlite or sqlite_path(db.url) is not None


def _fill_here(db: Database, customers: int, rng: random.Random, now: datetime) -> dict:
    with loading(db, now) as sink:
        demo = _cast(sink.session, rng, now)
        return _tell(demo, customers, sink)


def _fill_beside_a_writer(db: Database, customers: int, rng: random.Random, now: datetime) -> dict:
    with db.reading(SYSTEM) as session:
        demo = _cast(session, rng, now)
    db.close_connections()  # the writer sets SQLite's journal: no connection may stay open
    with WriterProcess(db.url, now) as sink:
        return _tell(demo, customers, sink)


def _cast(session: Session, rng: random.Random, now: datetime) -> Demo:
    """The story's people, cars and rules, as the database has them (read only)."""
    out = Writer(session)
    opened = datetime.combine(now.date() - timedelta(days=HISTORY_DAYS + 30), datetime.min.time())
    demo = Demo(
        rng=rng,
        now=now,
        out=out,
        people=Identities(rng),
        staff=ensure_staff(session, out, opened),
        models=ensure_models(session, out, opened),
        rules=store_rules(session),
    )
    demo.key_weeks = KeyWeeks(demo)
    return demo


def _tell(demo: Demo, customers: int, sink: Sink) -> dict:
    sink.write(demo.out.take(), [])  # the staff and the catalogue
    recent = _recent(demo.rng, customers)
    for index in range(customers):
        story.add_customer(demo, recent.get(index))
        if (index + 1) % CUSTOMERS_PER_FLUSH == 0:
            _flush(demo, sink)
    demo.key_weeks.fill_gaps()
    _flush(demo, sink)
    tasks = sink.close(customers)
    came_today = showroom.visitors_day(demo) == demo.today
    visits_today = sum(role == story.TODAY for role in recent.values()) * came_today
    return _summary(demo.out, tasks, visits_today)


def _flush(demo: Demo, sink: Sink) -> None:
    tasks, demo.tasks = demo.tasks, []
    sink.write(demo.out.take(), tasks)
    del tasks
    gc.collect(1)  # what this chunk made: older objects live on


def _recent(rng: random.Random, customers: int) -> dict[int, str]:
    """Who is in the showroom today, who ordered and waits for the car (by index)."""
    wanted = customers // CUSTOMERS_PER_TODAY_VISITOR + rng.randint(0, 6)
    today = min(customers, max(TODAY_VISITORS_MIN, min(TODAY_VISITORS_MAX, wanted)))
    waiting = min(customers - today, max(WAITING_MIN, customers // CUSTOMERS_PER_WAITING))
    complaining = min(customers - today - waiting, COMPLAINING_MIN)
    roles = [story.TODAY] * today + [story.WAITING] * waiting + [story.COMPLAINING] * complaining
    return dict(zip(rng.sample(range(customers), len(roles)), roles, strict=True))


SUMMARY_KEYS = {  # the summary's key for each table written
    "customers": "customers",
    "vehicles": "vehicles",
    "staff": "staff_users",
    "car_models": "car_models",
    "showroom_visits": "showroom_visits",
    "key_customer_entries": "key_customer_entries",
    "sales_orders": "sales_orders",
    "order_services": "order_services",
    "deliveries": "deliveries",
    "delivery_checklist_items": "delivery_checklist_items",
    "service_visits": "service_visits",
    "work_items": "work_items",
    "odometer_readings": "odometer_readings",
    "follow_up_tasks": "follow_up_tasks",
    "complaints": "complaints",
    "complaint_events": "complaint_events",
    "contact_consents": "contact_consents",
}


def _summary(out: Writer, follow_up_tasks: int, visits_today: int) -> dict:
    counts = out.counts.copy()
    counts["follow_up_tasks"] = follow_up_tasks
    summary = {key: counts[table] for key, table in SUMMARY_KEYS.items()}
    summary["visits_today"] = visits_today
    return summary
