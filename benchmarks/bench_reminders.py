"""Reminder generation and calendar loading at the 200,000-customer size. Part of
benchmarks/bench.py, and runnable alone:

    .venv/bin/python benchmarks/bench_reminders.py --db URL

The first run is forced (the generation watermark is cleared); then 100 walk-ins and 100
service visits (checked in and handed over) are added and the incremental run is timed.
The database is changed by this (bench.py's own temporary one, unless --db named another).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import delete, func, select

from app.db import Database
from app.models import (
    Customer,
    CustomerStage,
    FollowUpTask,
    OdometerReading,
    ServiceVisit,
    SettingValue,
    ShowroomVisit,
    StaffRole,
    Vehicle,
)
from app.permissions import Actor
from app.services.calendar import CalendarService, TaskFilter, TaskQuery
from app.services.reminders import ReminderService

BENCH = Actor(
    staff_id=None, name="基准测试", role=StaffRole.STORE_MANAGER
)  # who this script acts as

NEW_VISITS = 100
WATERMARKS = ("reminders.last_generated_at", "reminders.generated_until", "reminders.rows_seen_at")


def bench_reminders(bench) -> None:
    """First run over the whole database, then incremental after 100 new walk-ins and
    100 new service visits."""
    service = ReminderService(bench.db, BENCH)
    with bench.db.transaction(BENCH) as session:
        session.execute(delete(SettingValue).where(SettingValue.key.in_(WATERMARKS)))
        before = session.scalar(select(func.count(FollowUpTask.id))) or 0
    bench.report("reminders_tasks_before", before)
    _timed_run(bench, service, "reminders_first_run")
    _timed_run(bench, service, "reminders_again_nothing_new")
    added = add_walk_ins(bench.db, NEW_VISITS, bench.seed)
    bench.report("reminders_new_visits", added)
    serviced = add_service_visits(bench.db, NEW_VISITS, bench.seed)
    bench.report("reminders_new_service_visits", serviced)
    _timed_run(bench, service, "reminders_incremental_after_100_showroom_100_service_visits")


def _timed_run(bench, service: ReminderService, name: str) -> None:
    started = time.perf_counter()
    report = service.generate()
    bench.report(f"{name}_s", time.perf_counter() - started)
    bench.report(f"{name}_made", report.made)
    bench.report(
        f"{name}_by_kind", ", ".join(f"{k}={v}" for k, v in sorted(report.by_kind.items()))
    )


def add_walk_ins(db: Database, count: int, seed: int) -> int:
    """Walk-ins of existing prospects this morning (as reception would record them)."""
    rng = random.Random(seed)
    now = datetime.now().replace(second=0, microsecond=0)
    with db.transaction(BENCH) as session:
        top = session.scalar(select(func.max(Customer.id))) or 0
        picked: set[int] = set()
        while len(picked) < count and top:
            customer = session.get(Customer, rng.randint(1, top))
            if customer is not None and customer.stage == CustomerStage.PROSPECT:
                picked.add(customer.id)
        for n, customer_id in enumerate(sorted(picked)):
            customer = session.get(Customer, customer_id)
            arrived = now - timedelta(minutes=5 * n % 600)
            session.add(ShowroomVisit(customer_id=customer_id, consultant_id=customer.consultant_id,
                                      arrived_at=arrived, intent_level="B"))  # fmt: skip
    return len(picked)


def add_service_visits(db: Database, count: int, seed: int) -> int:
    """Cars checked in this morning and already handed over, without a next service date
    (the regular-maintenance reminder is the run's to predict), as the check-in desk
    would record them: the repair order and its odometer reading."""
    rng = random.Random(seed + 1)
    now = datetime.now().replace(second=0, microsecond=0)
    with db.transaction(BENCH) as session:
        top = session.scalar(select(func.max(Vehicle.id))) or 0
        picked = {rng.randint(1, top) for _ in range(count * 2)} if top else set()
        cars = sorted(session.execute(
            select(Vehicle.id, Vehicle.owner_id).where(Vehicle.id.in_(picked))
        ).all())[:count]  # fmt: skip
        for n, (vehicle_id, owner_id) in enumerate(cars):
            km = _last_km(session, vehicle_id) + rng.randint(2_000, 8_000)
            arrived = now - timedelta(minutes=3 * n % 600 + 60)
            visit = ServiceVisit(order_no=f"B{now:%m%d%H%M%S}{n:03d}", vehicle_id=vehicle_id,
                                 customer_id=owner_id, checked_in_at=arrived, odometer_km=km,
                                 handed_over_at=arrived + timedelta(minutes=50))  # fmt: skip
            session.add(visit)
            session.flush()
            session.add(OdometerReading(vehicle_id=vehicle_id, service_visit_id=visit.id,
                                        read_at=arrived, km=km))  # fmt: skip
    return len(cars)


def _last_km(session, vehicle_id: int) -> int:
    last = select(func.max(OdometerReading.km)).where(OdometerReading.vehicle_id == vehicle_id)
    return session.scalar(last) or 0


def bench_calendar(bench) -> None:
    """Loading one day (count + first page) and one month (counts per day), all owners
    and one consultant's, median of 20."""
    calendar = CalendarService(bench.db, BENCH)
    today = datetime.now().date()
    with bench.db.transaction(BENCH) as session:
        total = session.scalar(select(func.count(FollowUpTask.id))) or 0
        owner = session.scalar(
            select(FollowUpTask.owner_id).where(FollowUpTask.due_date == today,
                                                FollowUpTask.owner_id.is_not(None)).limit(1)
        )  # fmt: skip
    bench.report("calendar_tasks_in_database", total)
    for label, filters in (("all", TaskFilter()), ("one_owner", TaskFilter(owner_id=owner))):
        day = TaskQuery.day(today, filters)
        bench.report(f"calendar_day_{label}_rows", calendar.count(day))
        _median(bench, f"calendar_day_{label}_ms",
                lambda q=day: (calendar.count(q), calendar.page(q, 0, 200)))  # fmt: skip
        _median(bench, f"calendar_week_{label}_ms",
                lambda f=filters: calendar.page(TaskQuery.week(today, f), 0, 200))  # fmt: skip
        _median(bench, f"calendar_month_{label}_ms",
                lambda f=filters: calendar.month_counts(today.year, today.month, f))  # fmt: skip
        overdue = TaskQuery.overdue(today, filters)
        bench.report(f"calendar_overdue_{label}_rows", calendar.count(overdue))
        _median(bench, f"calendar_overdue_{label}_ms",
                lambda q=overdue: (calendar.count(q), calendar.page(q, 0, 200)))  # fmt: skip


def _median(bench, name: str, call, rounds: int = 20) -> None:
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        call()
        timings.append((time.perf_counter() - started) * 1000)
    bench.report(name, statistics.median(timings))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="SQLAlchemy URL of a demo database")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    db = Database(args.db if "://" in args.db else f"sqlite:///{args.db}").open()

    class Bench:
        def __init__(self) -> None:
            self.db, self.seed = db, args.seed

        def report(self, name: str, value) -> None:
            print(f"{name}: {round(value, 3) if isinstance(value, float) else value}", flush=True)

    try:
        bench_reminders(Bench())
        bench_calendar(Bench())
    finally:
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
