"""Appointment book benchmark: fills four weeks of working days to capacity through the
service (as the desk books), then times what the book does while people wait:

    .venv/bin/python benchmarks/bench_appointments.py [--days 20] [--db URL]

Prints one line per figure and a JSON object of them last (milliseconds, medians). With
--db the database is changed (bookings added): give it a scratch one.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.db import Database
from app.models import Customer, StaffRole, StaffUser, Vehicle
from app.permissions import SYSTEM, Actor
from app.services.appointment_types import BookingForm, BookingRefused
from app.services.appointments import AppointmentService
from app.validation import with_check_digit

BENCH = Actor(staff_id=None, name="基准测试", role=StaffRole.STORE_MANAGER)
FIRST_DAY = date(2026, 11, 23)  # a Monday
NOW = datetime(2026, 11, 20, 10, 0)


def median_ms(work: Callable[[], object], rounds: int = 20) -> float:
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        timings.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(timings), 2)


def seed(db: Database, cars: int) -> list[int]:
    with db.transaction(SYSTEM) as session:
        for n in range(3):
            session.add(StaffUser(name=f"顾问{n}", username=f"adv{n}",
                                  role=StaffRole.SERVICE_ADVISOR))  # fmt: skip
        ids = []
        for n in range(cars):
            owner = Customer(name=f"客户{n}", name_initials="kh", name_pinyin="kehu")
            vin = with_check_digit(f"LSGJA52U0BS{n:06d}")
            vehicle = Vehicle(owner=owner, vin=vin, vin_last6=vin[-6:], plate=f"粤B{n:05d}")
            session.add(vehicle)
            session.flush()
            ids.append(vehicle.id)
        return ids


def fill(book: AppointmentService, cars: list[int], days: int) -> tuple[list[float], list[float]]:
    """Book every working day's slots until the day's technician-hours are used: the
    times of the bookings made, and of those refused (with their next free slots)."""
    made: list[float] = []
    refused: list[float] = []
    car = 0
    day = FIRST_DAY
    while days:
        starts = book.slot_starts(day)
        if starts:
            days -= 1
            for start in starts * 3:
                began = time.perf_counter()
                try:
                    book.book(BookingForm(cars[car % len(cars)], start, 60))
                    made.append((time.perf_counter() - began) * 1000)
                except BookingRefused:
                    refused.append((time.perf_counter() - began) * 1000)
                car += 1
        day += timedelta(days=1)
    return made, refused


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=20)
    parser.add_argument("--db", help="a scratch database URL (default: a new SQLite file)")
    args = parser.parse_args()
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.sqlite3'}"
    db = Database(url).open()
    try:
        cars = seed(db, 2000)
        book = AppointmentService(db, BENCH, lambda: NOW)
        made, refused = fill(book, cars, args.days)
        full_day = datetime.combine(FIRST_DAY, datetime.min.time()).replace(hour=9)
        figures = {
            "bookings_made": len(made),
            "book_ms_median": round(statistics.median(made), 2),
            "book_ms_max": round(max(made), 2),
            "refused_with_next_free_ms_median": round(statistics.median(refused), 2),
            "day_plan_ms": median_ms(lambda: book.plan(FIRST_DAY)),
            "week_plans_ms": median_ms(lambda: book.week_plans(FIRST_DAY)),
            "day_list_ms": median_ms(lambda: book.day(FIRST_DAY)),
            "next_free_from_a_full_day_ms": median_ms(
                lambda: book.next_free(cars[0], full_day, 60), rounds=5
            ),
            "figures_30_days_ms": median_ms(
                lambda: book.figures(FIRST_DAY, FIRST_DAY + timedelta(days=29)), rounds=5
            ),
        }
    finally:
        db.dispose()
    for key, value in figures.items():
        print(f"{key}: {value}")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
