"""The customer's 360° card: how long the card, the timeline's pages and the check-in
badge take for the customer with the most history in a database (milliseconds, median
of repeated reads after one warm-up). Reads only, unless --top-up gives that customer
years more history first (older showroom visits: it changes the database).

    .venv/bin/python benchmarks/bench_card.py --db sqlite:///PATH   # e.g. a demo database
    .venv/bin/python benchmarks/bench_card.py --customers 20000     # a new demo, then measure
    .venv/bin/python benchmarks/bench_card.py --db sqlite:///COPY --top-up 3000

`figures(db)` returns the same numbers for benchmarks/bench.py to print.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, insert, select

from app.db import Database
from app.models import ServiceVisit, ShowroomVisit, StaffRole
from app.permissions import Actor
from app.services.customer_360 import Customer360Service

BENCH = Actor(staff_id=None, name="基准测试", role=StaffRole.STORE_MANAGER)
ROUNDS = 20
PAGE = 50  # the card's timeline page


def _median_ms(
    action: Callable[[], object],
    rounds: int = ROUNDS,
    clock: Callable[[], float] = time.perf_counter,
) -> float:
    action()  # warm-up: the first read of a session also loads settings and plans
    timings = []
    for _ in range(rounds):
        started = clock()
        action()
        timings.append((clock() - started) * 1000)
    return statistics.median(timings)


def busiest_customer(db: Database) -> int:
    """The customer with the most service visits (ties: the most showroom visits)."""
    with db.transaction(BENCH) as session:
        found = session.scalar(
            select(ServiceVisit.customer_id)
            .group_by(ServiceVisit.customer_id)
            .order_by(func.count(ServiceVisit.id).desc(), ServiceVisit.customer_id)
            .limit(1)
        ) or session.scalar(select(ShowroomVisit.customer_id).limit(1))
    if found is None:
        raise SystemExit("no customer with any history in this database")
    return found


def top_up(db: Database, customer_id: int, visits: int) -> None:
    """`visits` showroom visits, one a day, before the customer's history began."""
    with db.transaction(BENCH) as session:
        first = session.scalar(
            select(func.min(ShowroomVisit.arrived_at)).where(
                ShowroomVisit.customer_id == customer_id
            )
        ) or datetime(2020, 1, 1)
        session.execute(
            insert(ShowroomVisit),
            [
                {"customer_id": customer_id, "arrived_at": first - timedelta(days=n + 1),
                 "party_size": 1, "is_first_visit": False, "test_drive": False,
                 "intent_level": "C", "created_at": first, "updated_at": first, "version": 1}
                for n in range(visits)
            ],
        )  # fmt: skip


def timeline_length(service: Customer360Service, customer_id: int) -> int:
    total, offset = 0, 0
    while page := service.timeline(customer_id, offset, 500):
        total, offset = total + len(page), offset + 500
    return total


def figures(db: Database, extra_history: int = 0) -> dict[str, float]:
    """Milliseconds, for the customer with the most history (see timeline_length)."""
    service = Customer360Service(db, BENCH)
    customer = busiest_customer(db)
    if extra_history:
        top_up(db, customer, extra_history)
    last_page = max(timeline_length(service, customer) - PAGE, 0)
    return {
        "card_load_ms": _median_ms(lambda: service.card(customer)),
        "card_timeline_first_page_ms": _median_ms(lambda: service.timeline(customer, 0, PAGE)),
        "card_timeline_last_page_ms": _median_ms(
            lambda: service.timeline(customer, last_page, PAGE)
        ),
        "card_priority_badge_ms": _median_ms(lambda: service.priority(customer)),
        # This process's CPU only: the part a busy machine's other work cannot inflate.
        "card_load_cpu_ms": _median_ms(lambda: service.card(customer), clock=time.process_time),
        "card_timeline_first_page_cpu_ms": _median_ms(
            lambda: service.timeline(customer, 0, PAGE), clock=time.process_time
        ),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="SQLAlchemy URL of a database with customers")
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--top-up", type=int, default=0, help="older visits to add first")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dealerdesk-bench-") as folder:
        db = Database(args.db or f"sqlite:///{Path(folder) / 'bench.sqlite3'}").open()
        try:
            if not args.db:
                from app.demo import generate

                generate(db, customers=args.customers, seed=args.seed)
            for name, value in figures(db, args.top_up).items():
                print(f"{name}: {value:.2f}", flush=True)
            service = Customer360Service(db, BENCH)
            entries = timeline_length(service, busiest_customer(db))
            print(f"card_timeline_entries (of that customer): {entries}")
        finally:
            db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
