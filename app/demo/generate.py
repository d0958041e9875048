"""Fill an empty database with a believable store: deterministic for a seed and a day."""

from __future__ import annotations

import random
import time
from datetime import date, datetime, timedelta

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ..db import Database
from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Customer
from ..permissions import SYSTEM
from ..services.task_store import TaskStore
from . import story
from .catalogue import ensure_models, ensure_staff
from .context import HISTORY_DAYS, Demo, store_rules
from .people import Identities
from .writer import Writer

CUSTOMERS_PER_FLUSH = 5_000
# About one visit a day per 600 customers on file, and never an empty showroom.
TODAY_VISITORS_MIN, TODAY_VISITORS_MAX, CUSTOMERS_PER_TODAY_VISITOR = 12, 400, 600
SQLITE_CACHE_KIB = 256 * 1024


def generate(
    db: Database,
    customers: int,
    seed: int,
    only_if_empty: bool = False,
    today: date | None = None,
) -> dict:
    """Add `customers` customers and their history up to `today` (default: the real day).

    Refuses a database that already has customers: demo people must never mix with a
    store's real ones (with `only_if_empty`, it says so and does nothing). Everything
    is written in one transaction: an interrupted run leaves the database as it was.
    Returns the number of rows written per table and the seconds it took.
    """
    started = time.perf_counter()
    with db.transaction(SYSTEM) as session:
        existing = session.scalar(select(func.count(Customer.id))) or 0
        if existing and only_if_empty:
            return {"skipped": True, "customers": existing}
        if existing:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "数据库中已有 {existing} 位客户。演示数据只写入没有客户的数据库，以免与真实"
                    "客户混在一起；请用 --db 指定一个新的数据库文件，或加 --if-empty 跳过。",
                ),
                existing=existing,
            )
        usual_cache = _large_sqlite_cache(session)
        summary = _fill(session, customers, random.Random(seed), today or date.today())
        _set_sqlite_cache(session, usual_cache)
        _refresh_statistics(session)
    summary["seconds"] = round(time.perf_counter() - started, 1)
    return summary


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


def _fill(session: Session, customers: int, rng: random.Random, today: date) -> dict:
    out = Writer(session)
    opened = datetime.combine(today - timedelta(days=HISTORY_DAYS + 30), datetime.min.time())
    demo = Demo(
        rng=rng,
        today=today,
        out=out,
        people=Identities(rng),
        staff=ensure_staff(session, out, opened),
        models=ensure_models(session, out, opened),
        rules=store_rules(session),
    )
    out.flush()
    visitors_today = _visitors_today(rng, customers)
    for index in range(customers):
        story.add_customer(demo, index in visitors_today)
        if (index + 1) % CUSTOMERS_PER_FLUSH == 0:
            _flush(demo)
    _flush(demo)
    out.finish()
    return _summary(out, len(visitors_today))


def _flush(demo: Demo) -> None:
    """The rows so far, then their follow-up history through the task store (consent
    as the customers gave it, which is written with them)."""
    demo.out.flush()
    store = TaskStore(demo.out.session, SYSTEM, demo.now)
    demo.out.counts["follow_up_tasks"] += store.record_history(demo.tasks)
    demo.tasks.clear()


def _visitors_today(rng: random.Random, customers: int) -> set[int]:
    wanted = customers // CUSTOMERS_PER_TODAY_VISITOR + rng.randint(0, 6)
    count = min(customers, max(TODAY_VISITORS_MIN, min(TODAY_VISITORS_MAX, wanted)))
    return set(rng.sample(range(customers), count))


def _summary(out: Writer, visits_today: int) -> dict:
    counts = out.counts
    return {
        "customers": counts["customers"],
        "vehicles": counts["vehicles"],
        "staff": counts["staff_users"],
        "car_models": counts["car_models"],
        "showroom_visits": counts["showroom_visits"],
        "visits_today": visits_today,
        "sales_orders": counts["sales_orders"],
        "order_services": counts["order_services"],
        "deliveries": counts["deliveries"],
        "delivery_checklist_items": counts["delivery_checklist_items"],
        "service_visits": counts["service_visits"],
        "odometer_readings": counts["odometer_readings"],
        "follow_up_tasks": counts["follow_up_tasks"],
        "complaints": counts["complaints"],
        "complaint_events": counts["complaint_events"],
        "contact_consents": counts["contact_consents"],
    }
