"""Reminder generation and the calendar's lists. Part of benchmarks/bench.py, and runnable
alone (readable lines):

    .venv/bin/python benchmarks/bench_reminders.py --db URL [--user NAME]

Generation: the first run over the whole database (the watermarks are cleared), then the
incremental run after 100 new walk-ins and 100 new service visits; the floor is a bare
INSERT of as many task rows as the run made (copies of existing rows, committed, then
removed). Calendar: today's list (CalendarService.listing: the count and the first page of
200) for one owner and for all, and the month's counts, against the same SQL replayed bare.
The database is changed by this (new visits and tasks; bench.py's own temporary one, unless
--db named another).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from bare_sql import BareConnection, Statement, capture, dml_only
from figures import Figure, Goal, elapsed_ms, median
from run import Run
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import (
    Customer,
    CustomerStage,
    FollowUpTask,
    OdometerReading,
    RepairOrderStatus,
    ServiceVisit,
    SettingValue,
    ShowroomVisit,
    StaffUser,
    Vehicle,
    WorkItem,
)
from app.permissions import Actor
from app.services.calendar import CalendarService, TaskFilter, TaskQuery
from app.services.reminders import GenerationReport, ReminderService

NEW_VISITS = 100
CALENDAR_ROUNDS = 20
PAGE = 200  # the rows the calendar's table asks for first
# The settings a run leaves behind to be incremental next time; cleared = a first run.
WATERMARKS = ("reminders.last_generated_at", "reminders.generated_until", "reminders.rows_seen_at")
FLOOR_KEY = "bench-floor-"


# --- generation -------------------------------------------------------------------------------
def forget_generation(db: Database, actor: Actor) -> None:
    """The next run is a first run: over the whole window, as on a new database."""
    with db.transaction(actor) as session:
        session.execute(delete(SettingValue).where(SettingValue.key.in_(WATERMARKS)))


def first_generation_figures(run: Run) -> list[Figure]:
    forget_generation(run.db, run.actor)
    ms, report = _generate(run)
    floor = bare_task_insert_ms(run.url, report.made)
    return [
        Figure("generation_first", ms, floor, Goal(at_most=15_000),
               f"bare INSERT of the {report.made} task rows made", _made(report))
    ]  # fmt: skip


def incremental_generation_figures(run: Run) -> list[Figure]:
    _generate(run)  # whatever was due: the incremental run sees only what follows
    walk_ins = add_walk_ins(run.db, run.actor, NEW_VISITS, run.seed)
    services = add_service_visits(run.db, run.actor, NEW_VISITS, run.seed)
    ms, report = _generate(run)
    floor = bare_task_insert_ms(run.url, report.made)
    note = f"after {walk_ins} walk-ins + {services} service visits; {_made(report)}"
    return [
        Figure("generation_incremental", ms, floor, Goal(at_most=1_000),
               f"bare INSERT of the {report.made} task rows made", note)
    ]  # fmt: skip


def _generate(run: Run) -> tuple[float, GenerationReport]:
    service = ReminderService(run.db, run.actor)
    started = time.perf_counter()
    report = service.generate()
    return (time.perf_counter() - started) * 1000, report


def _made(report: GenerationReport) -> str:
    kinds = ", ".join(f"{k}={v}" for k, v in sorted(report.by_kind.items()))
    return f"made {report.made} ({kinds or 'nothing'}), retired {report.retired}"


def bare_task_insert_ms(url: str, rows: int) -> float:
    """Copies of the newest `rows` task rows inserted in one committed transaction on a
    bare connection (timed), then deleted again (not timed)."""
    if rows == 0:
        return 0.0
    bare = BareConnection(url)
    try:
        mark = "?" if bare.dialect == "sqlite" else "%s"
        cursor = bare.connection.cursor()
        cursor.execute(f"SELECT * FROM follow_up_tasks ORDER BY id DESC LIMIT {int(rows)}")
        names = [d[0] for d in cursor.description]
        copies = [_copy_row(names, row, n) for n, row in enumerate(cursor.fetchall())]
        bare.commit()
        kept = [name for name in names if name != "id"]
        insert = (
            f"INSERT INTO follow_up_tasks ({', '.join(kept)}) "
            f"VALUES ({', '.join([mark] * len(kept))})"
        )
        begin = [Statement("BEGIN IMMEDIATE", (), False)] if bare.dialect == "sqlite" else []
        ms = elapsed_ms(lambda: bare.replay([*begin, Statement(insert, copies, True)]))
        cursor.execute(f"DELETE FROM follow_up_tasks WHERE dedupe_key LIKE '{FLOOR_KEY}%'")
        bare.commit()
        return ms
    finally:
        bare.close()


def _copy_row(names: list[str], row: tuple[Any, ...], n: int) -> tuple[Any, ...]:
    values = dict(zip(names, row, strict=True))
    values.pop("id")
    values["dedupe_key"] = f"{FLOOR_KEY}{n}"
    return tuple(values.values())


def add_walk_ins(db: Database, actor: Actor, count: int, seed: int) -> int:
    """Walk-ins of existing prospects this morning (as reception would record them)."""
    rng = random.Random(seed)
    now = datetime.now().replace(second=0, microsecond=0)
    with db.transaction(actor) as session:
        top = session.scalar(select(func.max(Customer.id))) or 0
        picked: dict[int, Customer] = {}
        for _attempt in range(count * 50):
            if len(picked) >= count or not top:
                break
            customer = session.get(Customer, rng.randint(1, top))
            if customer is not None and customer.stage == CustomerStage.PROSPECT:
                picked[customer.id] = customer
        for n, customer in enumerate(picked.values()):
            session.add(ShowroomVisit(customer_id=customer.id,
                                      consultant_id=customer.consultant_id,
                                      arrived_at=now - timedelta(minutes=5 * n % 600),
                                      intent_level="B"))  # fmt: skip
    return len(picked)


def add_service_visits(db: Database, actor: Actor, count: int, seed: int) -> int:
    """Cars serviced and handed over this morning: a repair order, its work, the odometer."""
    rng = random.Random(seed + 1)
    now = datetime.now().replace(second=0, microsecond=0)
    prefix = f"BN{int(time.time()) % 10**8}"
    with db.transaction(actor) as session:
        top = session.scalar(select(func.max(Vehicle.id))) or 0
        picked: dict[int, Vehicle] = {}
        for _attempt in range(count * 50):
            if len(picked) >= count or not top:
                break
            vehicle = session.get(Vehicle, rng.randint(1, top))
            if vehicle is not None:
                picked[vehicle.id] = vehicle
        for n, vehicle in enumerate(picked.values()):
            _add_visit(session, vehicle, f"{prefix}{n:03d}", now - timedelta(minutes=3 * n))
    return len(picked)


def _add_visit(session: Session, vehicle: Vehicle, order_no: str, at: datetime) -> None:
    last_km = session.scalar(
        select(func.max(OdometerReading.km)).where(OdometerReading.vehicle_id == vehicle.id)
    )
    visit = ServiceVisit(
        order_no=order_no, vehicle_id=vehicle.id, customer_id=vehicle.owner_id,
        status=RepairOrderStatus.HANDED_OVER, checked_in_at=at, handed_over_at=at,
        odometer_km=(last_km or 0) + 3_000, settlement_total=Decimal("480.00"),
        items=[WorkItem(description="更换机油机滤", labour=Decimal(120), parts=Decimal(360))],
    )  # fmt: skip
    session.add(visit)
    session.flush()
    session.add(OdometerReading(vehicle_id=vehicle.id, service_visit_id=visit.id,
                                read_at=at, km=visit.odometer_km))  # fmt: skip


# --- the calendar's lists ---------------------------------------------------------------------
def calendar_figures(run: Run) -> list[Figure]:
    calendar = CalendarService(run.db, run.actor)
    today = date.today()
    one_owner = _busiest_owner_today(run, today)
    views = {
        "calendar_today_one_owner": lambda: _day_list(calendar, today, one_owner),
        "calendar_today_all_owners": lambda: _day_list(calendar, today, TaskFilter()),
        "calendar_month_counts_one_owner": lambda: calendar.month_counts(
            today.year, today.month, one_owner
        ),
        "calendar_month_counts_all_owners": lambda: calendar.month_counts(
            today.year, today.month, TaskFilter()
        ),
    }
    rows = {TaskFilter(): calendar.count(TaskQuery.day(today)),
            one_owner: calendar.count(TaskQuery.day(today, one_owner))}  # fmt: skip
    figures = []
    bare = BareConnection(run.url)
    try:
        for name, view in views.items():
            ours, floor = _against_bare(run, bare, view)
            which = one_owner if "one_owner" in name else TaskFilter()
            note = f"{rows[which]} tasks today" if "today" in name else ""
            figures.append(Figure(name, median(ours), median(floor), Goal(times_floor=2),
                                  "the service's SQL replayed bare", note))  # fmt: skip
    finally:
        bare.close()
    return figures


def _day_list(calendar: CalendarService, day: date, filters: TaskFilter) -> None:
    """What the calendar's day list asks for: how many, and the first page."""
    calendar.listing(TaskQuery.day(day, filters), 0, PAGE)


def _busiest_owner_today(run: Run, today: date) -> TaskFilter:
    """The staff member with the most tasks today, as their own list shows it (theirs
    and their role's unowned pool)."""
    with run.db.transaction(run.actor) as session:
        owner = session.scalar(
            select(FollowUpTask.owner_id)
            .where(FollowUpTask.due_date == today, FollowUpTask.owner_id.is_not(None))
            .group_by(FollowUpTask.owner_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        if owner is None:
            return TaskFilter(owner_id=-1)
        role = session.scalar(select(StaffUser.role).where(StaffUser.id == owner))
    return TaskFilter(owner_id=owner, owner_role=role)


def _against_bare(
    run: Run, bare: BareConnection, view: Callable[[], object]
) -> tuple[list[float], list[float]]:
    with capture(run.db.engine) as seen:
        view()  # warms the caches up and shows which SQL the view sends
    statements: list[Statement] = dml_only(seen)
    bare.replay(statements)
    ours, floor = [], []
    for _round in range(CALENDAR_ROUNDS):
        ours.append(elapsed_ms(view))
        floor.append(elapsed_ms(lambda: bare.replay(statements)))
    return ours, floor


# --- alone ------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    import tempfile
    from pathlib import Path

    from run import DEMO_PASSWORD

    from app.services.auth import AuthService

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="SQLAlchemy URL of a demo database")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--user", default="tangguoqiang")
    parser.add_argument("--password", default=DEMO_PASSWORD)
    args = parser.parse_args(argv)
    url = args.db if "://" in args.db else f"sqlite:///{args.db}"
    db = Database(url).open()
    try:
        actor = AuthService(db).sign_in(args.user, args.password)
        run = Run(db, url, 0, args.seed, args.user, args.password, actor,
                  Path(tempfile.gettempdir()))  # fmt: skip
        for measure in (first_generation_figures, incremental_generation_figures,
                        calendar_figures):  # fmt: skip
            for figure in measure(run):
                print(figure.line(), flush=True)
    finally:
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
