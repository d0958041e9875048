"""Fill an empty database with a believable store group after five years: deterministic
for a seed and a moment.

Streamed: the customers' stories are written per chunk (rows, then their follow-up
history through the task store), so memory stays flat whatever the size. Loaded in
bulk (app.bulk_load) with the big tables' secondary indexes made once at the end.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from .. import audit
from ..bulk_load import without_indexes
from ..db import Database
from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Customer, FollowUpTask
from ..models.base import table_of
from ..permissions import SYSTEM
from ..services.task_store import TaskStore
from . import showroom, story
from .catalogue import ensure_models, ensure_staff
from .context import HISTORY_DAYS, STORY_ENDS_AT, Demo, store_rules
from .key_weeks import KeyWeeks
from .people import Identities
from .writer import TABLES, Writer

CUSTOMERS_PER_FLUSH = 1_000
# About one visit a day per 600 customers on file, and never an empty showroom.
TODAY_VISITORS_MIN, TODAY_VISITORS_MAX, CUSTOMERS_PER_TODAY_VISITOR = 12, 400, 600
WAITING_MIN, CUSTOMERS_PER_WAITING = 3, 1_000  # orders whose car is handed over soon
COMPLAINING_MIN = 3  # and a few complaints of the last days, whatever the size
SQLITE_CACHE_KIB = 256 * 1024
# Read while the fill runs (the task store looks up a customer's open tasks): kept.
INDEXES_KEPT = frozenset({"ix_follow_up_tasks_customer_id"})


def generate(
    db: Database,
    customers: int,
    seed: int,
    only_if_empty: bool = False,
    today: date | None = None,
    now: datetime | None = None,
) -> dict:
    """Add `customers` customers and their history up to `now` (default: the clock's;
    a `today` without a time: 13:00 that day). Nothing is timestamped after it.

    Refuses a database that already has customers: demo people must never mix with a
    store's real ones (with `only_if_empty`, it says so and does nothing). Everything
    is written in one transaction: an interrupted run leaves the database as it was.
    Returns the number of rows written per table and the seconds it took.
    """
    started = time.perf_counter()
    if now is None:
        now = datetime.combine(today, STORY_ENDS_AT) if today else datetime.now()
    with db.transaction(SYSTEM) as session:
        existing = _customers(session)
    if existing and only_if_empty:
        return {"skipped": True, "customers": existing}
    with _pages_written_once(db), db.transaction(SYSTEM) as session:
        _refuse_a_store_with_customers(_customers(session))
        usual_cache = _large_sqlite_cache(session)
        with without_indexes(session, [*TABLES, table_of(FollowUpTask)], INDEXES_KEPT):
            summary = _fill(session, customers, random.Random(seed), now)
        _set_sqlite_cache(session, usual_cache)
        _refresh_statistics(session)
    summary["seconds"] = round(time.perf_counter() - started, 1)
    return summary


def _customers(session: Session) -> int:
    return session.scalar(select(func.count(Customer.id))) or 0


def _refuse_a_store_with_customers(existing: int) -> None:
    if existing:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "数据库中已有 {existing} 位客户。演示数据只写入没有客户的数据库，以免与真实"
                "客户混在一起；请用 --db 指定一个新的数据库文件，或加 --if-empty 跳过。",
            ),
            existing=existing,
        )


@contextmanager
def _pages_written_once(db: Database) -> Iterator[None]:
    """SQLite: the fill writes its pages once, to the file, under a rollback journal (a
    new file's pages need none); WAL would write them twice, to the log and then the
    file. WAL again after it, as every connection sets it (app.db). Another program
    having the file open keeps it in WAL: then this changes nothing."""
    if not db.is_sqlite:
        yield
        return
    db.engine.dispose()  # the pool's idle connections hold the WAL open
    _journal_mode(db, "DELETE")
    try:
        yield
    finally:
        _journal_mode(db, "WAL")


def _journal_mode(db: Database, mode: str) -> None:
    connection = db.engine.raw_connection()  # outside a transaction, as the pragma wants
    try:
        cursor = connection.cursor()
        cursor.execute(f"PRAGMA journal_mode={mode}")
        cursor.close()
    finally:
        connection.close()


def _refresh_statistics(session: Session) -> None:
    """Bulk inserts leave the planner's statistics stale: without them PostgreSQL scanned
    every vehicle to find a phone's last four digits."""
    dialect = session.get_bind().dialect.name
    session.execute(text("ANALYZE" if dialect == "postgresql" else "PRAGMA optimize"))


def _large_sqlite_cache(session: Session) -> int | None:
    """A bigger page cache keeps the index pages of a large fill in memory. Returns the
    connection's usual setting, to give it back before it returns to the pool."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    usual = session.scalar(text("PRAGMA cache_size"))
    _set_sqlite_cache(session, -SQLITE_CACHE_KIB)
    return usual


def _set_sqlite_cache(session: Session, size: int | None) -> None:
    if size is not None:
        session.execute(text(f"PRAGMA cache_size={int(size)}"))


def _fill(session: Session, customers: int, rng: random.Random, now: datetime) -> dict:
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
    out.flush()
    recent = _recent(rng, customers)
    for index in range(customers):
        story.add_customer(demo, recent.get(index))
        if (index + 1) % CUSTOMERS_PER_FLUSH == 0:
            _flush(demo)
    demo.key_weeks.fill_gaps()
    _flush(demo)
    out.finish()
    came_today = showroom.visitors_day(demo) == demo.today
    summary = _summary(out, sum(role == story.TODAY for role in recent.values()) * came_today)
    detail = f"演示数据：{summary['customers']} 位客户，{summary['follow_up_tasks']} 条回访记录"
    audit.record(session, SYSTEM, "create", at=now, entity="demo", detail=detail)
    return summary


def _flush(demo: Demo) -> None:
    """The rows so far, then their follow-up history through the task store (consent
    as the customers gave it, which is written with them)."""
    demo.out.flush()
    store = TaskStore(demo.out.session, SYSTEM, demo.now)
    demo.out.counts["follow_up_tasks"] += store.record_history(demo.tasks)
    demo.tasks.clear()


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


def _summary(out: Writer, visits_today: int) -> dict:
    summary = {key: out.counts[table] for key, table in SUMMARY_KEYS.items()}
    summary["visits_today"] = visits_today
    return summary
