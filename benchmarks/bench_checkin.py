"""Service check-in benchmark: lookup-to-card time for a car with 50 visits, at the
200,000-customer size. Part of benchmarks/bench.py, and runnable alone:

    .venv/bin/python benchmarks/bench_checkin.py [--customers 200000] [--db URL]

The car with the most visits is topped up to 50 with older visits: a benchmark database
is changed by this (bench.py's own temporary one, unless --db named another).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from app.db import Database
from app.models import (
    OdometerReading,
    RepairOrderStatus,
    ServiceVisit,
    StaffRole,
    Vehicle,
    WorkItem,
)
from app.permissions import Actor
from app.services.checkin import CheckInService

BENCH = Actor(
    staff_id=None, name="基准测试", role=StaffRole.STORE_MANAGER
)  # who this script acts as

CARD_VISITS = 50


def bench_checkin_card(bench) -> None:
    """From the advisor's query (plate, last six of the VIN, last four of the phone) to the
    vehicle card (history, reminders, complaints) and the live odometer comparison, for
    the car with the most visits, topped up to 50 visits if it has fewer."""
    vehicle_id, added = _car_with_visits(bench.db, CARD_VISITS)
    bench.report("checkin_card_visits_added", added)
    desk = CheckInService(bench.db, BENCH)
    with bench.db.transaction(BENCH) as session:
        car = session.get(Vehicle, vehicle_id)
        mobile = car.owner.mobile
        queries = [car.plate or car.vin, car.vin[-6:]] + ([mobile[-4:]] if mobile else [])
    timings: list[float] = []
    misses = 0
    for _round in range(20):
        for query in queries:
            started = time.perf_counter()
            hits = desk.find(query, limit=200)  # the advisor picks the car from the list
            card = desk.card(vehicle_id)
            desk.compare_reading(vehicle_id, (card.last_km or 0) + 500)
            misses += vehicle_id not in {h.id for h in hits}
            timings.append((time.perf_counter() - started) * 1000)
    bench.report("checkin_card_history_rows", len(card.history))
    bench.report("checkin_lookups_without_the_car", misses)
    bench.report("checkin_lookup_to_card_median_ms", statistics.median(timings))
    bench.report("checkin_lookup_to_card_p95_ms", _percentile(timings, 0.95))


def _car_with_visits(db: Database, wanted: int) -> tuple[int, int]:
    counted = (
        select(ServiceVisit.vehicle_id, func.count(ServiceVisit.id).label("visits"))
        .group_by(ServiceVisit.vehicle_id)
        .order_by(func.count(ServiceVisit.id).desc())
        .limit(1)
    )
    with db.transaction(BENCH) as session:
        row = session.execute(counted).first()
        if row is None:
            row = (session.scalar(select(Vehicle.id).where(Vehicle.plate.is_not(None)).limit(1)), 0)
        missing = max(wanted - row[1], 0)
        _add_old_visits(session, session.get(Vehicle, row[0]), missing)
    return row[0], missing


def _add_old_visits(session, vehicle: Vehicle, count: int) -> None:
    """Visits every 60 days before the car's first one, the km rising up to its first."""
    first = session.execute(
        select(OdometerReading.read_at, OdometerReading.km)
        .where(OdometerReading.vehicle_id == vehicle.id)
        .order_by(OdometerReading.read_at)
        .limit(1)
    ).first() or (datetime.now(), 2_400 * count)
    start = first[0] - timedelta(days=60 * (count + 1))
    for n in range(count):
        at = start + timedelta(days=60 * n)
        visit = ServiceVisit(
            order_no=f"BENCH{vehicle.id}-{n:02d}", vehicle_id=vehicle.id,
            customer_id=vehicle.owner_id, status=RepairOrderStatus.HANDED_OVER,
            checked_in_at=at, handed_over_at=at, odometer_km=first[1] * n // (count + 1),
            settlement_total=Decimal("480.00"),
            items=[WorkItem(description="更换机油机滤", labour=Decimal(120), parts=Decimal(360))],
        )  # fmt: skip
        session.add(visit)
        session.flush()
        session.add(
            OdometerReading(
                vehicle_id=vehicle.id, service_visit_id=visit.id, read_at=at, km=visit.odometer_km
            )
        )


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


@dataclass
class _Alone:
    db: Database

    def report(self, name: str, value: float | int | str) -> None:
        print(f"{name}: {round(value, 3) if isinstance(value, float) else value}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--db", help="SQLAlchemy URL of a database with customers")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dealerdesk-bench-") as folder:
        db = Database(args.db or f"sqlite:///{Path(folder) / 'bench.sqlite3'}").open()
        try:
            if not args.db:
                from app.demo import generate

                summary = generate(db, customers=args.customers, seed=args.seed)
                print(f"demo_generate_{args.customers}_customers_s: {summary['seconds']}")
            bench_checkin_card(_Alone(db))
        finally:
            db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
