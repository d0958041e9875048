"""DealerDesk benchmarks: a script, not a test. Prints plain `name: value` lines.

    .venv/bin/python benchmarks/bench.py [--customers 200000] [--db URL] [--seed 2026]

Without --db the demo goes into a fresh SQLite file in a temporary folder (removed
afterwards unless --keep). With --db, a database that already has customers is
measured as it is (no generation).

Each benchmark is a function of a `Bench` listed in BENCHMARKS; add a section by
writing one more function and listing it.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_checkin import bench_checkin_card  # the script's folder is on sys.path
from bench_reminders import bench_calendar, bench_reminders
from sqlalchemy import event, func, select

from app.db import Database
from app.demo import generate
from app.models import Customer, StaffRole, Vehicle
from app.permissions import Actor
from app.services.search import SearchService, load_hits, search_plans

BENCH = Actor(
    staff_id=None, name="基准测试", role=StaffRole.STORE_MANAGER
)  # who this script acts as

QUERY_MODES = (
    "name", "name_prefix", "pinyin_initials", "mobile", "mobile_prefix", "mobile_last4",
    "plate", "plate_prefix", "vin", "vin_last6",
)  # fmt: skip


@dataclass
class Bench:
    db: Database
    customers: int
    seed: int

    def report(self, name: str, value: float | int | str) -> None:
        if isinstance(value, float):
            value = round(value, 3)
        print(f"{name}: {value}", flush=True)


# --- demo generation ---------------------------------------------------------------------
def bench_demo(bench: Bench) -> None:
    with bench.db.transaction(BENCH) as session:
        present = session.scalar(select(func.count(Customer.id))) or 0
    if present:
        bench.report("demo_generate", f"skipped, database has {present} customers")
        return
    summary = generate(bench.db, customers=bench.customers, seed=bench.seed)
    bench.report(f"demo_generate_{bench.customers}_customers_s", summary["seconds"])
    for table, count in summary.items():
        if table != "seconds":
            bench.report(f"demo_rows_{table}", count)


# --- search ------------------------------------------------------------------------------
def sample_queries(db: Database, seed: int, per_mode: int) -> list[tuple[str, str]]:
    """(mode, query) pairs drawn from the data itself, the same for the same seed."""
    rng = random.Random(seed)
    with db.transaction(BENCH) as session:
        customers = _sample_rows(session, Customer, rng, per_mode * 4)
        vehicles = _sample_rows(session, Vehicle, rng, per_mode * 3)
    queries = []
    for n in range(per_mode):
        c, p, i = customers[4 * n], customers[4 * n + 1], customers[4 * n + 2]
        m = customers[4 * n + 3]
        v, w, x = vehicles[3 * n], vehicles[3 * n + 1], vehicles[3 * n + 2]
        queries += [
            ("name", c.name), ("name_prefix", p.name[:2]),
            ("pinyin_initials", i.name_initials), ("mobile", m.mobile),
            ("mobile_prefix", c.mobile[:7]), ("mobile_last4", p.mobile[-4:]),
            ("plate", v.plate), ("plate_prefix", w.plate[:4]),
            ("vin", x.vin), ("vin_last6", v.vin[-6:]),
        ]  # fmt: skip
    rng.shuffle(queries)
    return queries


def _sample_rows(session, model, rng: random.Random, count: int) -> list:
    """Rows picked by random id (primary-key lookups; ids are dense in a demo database)."""
    top = session.scalar(select(func.max(model.id))) or 0
    rows = []
    while len(rows) < count and top:
        row = session.get(model, rng.randint(1, top))
        if row is not None and (model is not Customer or row.mobile):
            rows.append(row)
    return rows


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def bench_search(bench: Bench) -> None:
    queries = sample_queries(bench.db, bench.seed, per_mode=20)
    service = SearchService(bench.db, BENCH)
    timings: dict[str, list[float]] = {mode: [] for mode in QUERY_MODES}
    misses = 0
    for mode, query in queries:
        started = time.perf_counter()
        hits = service.search(query)
        timings[mode].append((time.perf_counter() - started) * 1000)
        misses += not hits
    every = [t for values in timings.values() for t in values]
    bench.report("search_queries", len(every))
    bench.report("search_queries_without_hits", misses)
    bench.report("search_median_ms", statistics.median(every))
    bench.report("search_p95_ms", percentile(every, 0.95))
    bench.report("search_max_ms", max(every))
    for mode, values in timings.items():
        bench.report(f"search_{mode}_median_ms", statistics.median(values))
        bench.report(f"search_{mode}_p95_ms", percentile(values, 0.95))


# --- query plans: no full scans ----------------------------------------------------------
FULL_SCAN = {
    "sqlite": re.compile(r"^SCAN (customers|vehicles)\b"),
    "postgresql": re.compile(r"Seq Scan on (customers|vehicles)\b"),
}
EXPLAIN = {"sqlite": "EXPLAIN QUERY PLAN ", "postgresql": "EXPLAIN "}


def explain(db: Database, statement) -> list[str]:
    sql = str(statement.compile(dialect=db.engine.dialect, compile_kwargs={"literal_binds": True}))
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql(EXPLAIN[db.engine.dialect.name] + sql).all()
    return [str(row[-1]) for row in rows]


def bench_query_plans(bench: Bench) -> None:
    """Each search mode's plan once; a full scan of customers or vehicles is flagged."""
    dialect = bench.db.engine.dialect.name
    if dialect not in EXPLAIN:
        bench.report("plans", f"skipped on {dialect}")
        return
    seen, full_scans = {}, 0
    for mode, query in sample_queries(bench.db, bench.seed, per_mode=1):
        seen[mode] = query
    for mode in QUERY_MODES:
        for n, plan in enumerate(search_plans(seen[mode])):
            full_scans += _print_plan(bench, f"{mode}#{n + 1}", explain(bench.db, plan.limit(50)))
    full_scans += _print_hit_loading_plans(bench)
    bench.report("plans_with_full_scan", full_scans)


def _print_plan(bench: Bench, label: str, lines: list[str]) -> int:
    pattern = FULL_SCAN[bench.db.engine.dialect.name]
    flagged = any(pattern.search(line) and "INDEX" not in line for line in lines)
    for line in lines:
        bench.report(f"plan[{label}]", line)
    if flagged:
        bench.report(f"plan[{label}]", "FULL SCAN <<<")
    return int(flagged)


def _print_hit_loading_plans(bench: Bench) -> int:
    """The queries that turn ids into hits (customer rows, their vehicles)."""
    captured: list = []
    with bench.db.transaction(BENCH) as session:
        ids = list(session.scalars(select(Customer.id).limit(3)))
        listener = _capture(captured)
        event.listen(session, "do_orm_execute", listener)
        load_hits(session, ids)
        event.remove(session, "do_orm_execute", listener)
    return sum(
        _print_plan(bench, f"load_hits#{n + 1}", explain(bench.db, statement))
        for n, statement in enumerate(captured)
    )


def _capture(into: list) -> Callable:
    def listener(state) -> None:
        into.append(state.statement)

    return listener


# --- handover PDF ------------------------------------------------------------------------
def bench_handover_pdf(bench: Bench) -> None:
    """Render one handover checklist: the first render pays for loading the CJK font."""
    from dataclasses import replace

    from app.models import Delivery
    from reports.handover_pdf import render_handover

    with bench.db.transaction(BENCH) as session:
        order_id = session.scalar(select(Delivery.order_id).order_by(Delivery.id.desc()).limit(1))
    if order_id is None:
        bench.report("handover_pdf", "skipped, no delivery in the database")
        return
    started = time.perf_counter()
    document = _handover_document(bench, order_id)
    bench.report("handover_document_build_s", time.perf_counter() - started)
    if not document.sections:  # demo deliveries carry no checklist: print the default one
        document = replace(document, sections=_default_sections())
    timings = []
    with tempfile.TemporaryDirectory() as folder:
        for n in range(6):
            started = time.perf_counter()
            render_handover(document, Path(folder) / f"handover_{n}.pdf")
            timings.append(time.perf_counter() - started)
        size = (Path(folder) / "handover_0.pdf").stat().st_size
    bench.report("handover_pdf_first_render_s", timings[0])
    bench.report("handover_pdf_render_median_s", statistics.median(timings[1:]))
    bench.report("handover_pdf_bytes", size)


def _default_sections() -> list:
    from app.rules import handover
    from app.services.handover_document import DocumentLine, DocumentSection
    from app.settings import SPECS

    lists = {s: SPECS[key].default for s, key in handover.SECTION_SETTINGS.items()}
    drafts = handover.checklist(lists, is_new_energy=True)
    return [
        DocumentSection(
            key,
            handover.SECTION_TITLES[key],
            [DocumentLine(d.label, True) for d in drafts if d.section == key],
        )
        for key in handover.SECTIONS
    ]


def _handover_document(bench: Bench, order_id: int):
    """The document an audited handover export hands its writer (the writer keeps it)."""
    from app.services.delivery import DeliveryService

    kept = []

    def keep(document) -> Path:
        kept.append(document)
        target = Path(tempfile.mkdtemp()) / "handover-probe.bin"
        target.write_bytes(b"")
        return target

    DeliveryService(bench.db, BENCH).export_handover(order_id, keep)
    return kept[0]


BENCHMARKS: list[tuple[str, Callable[[Bench], None]]] = [
    ("demo", bench_demo),
    ("search", bench_search),
    ("plans", bench_query_plans),
    ("handover_pdf", bench_handover_pdf),
    # These change the database (more visits, more walk-ins): after the search figures.
    ("checkin", bench_checkin_card),
    ("reminders", bench_reminders),
    ("calendar", bench_calendar),
]


# --- running -----------------------------------------------------------------------------
def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--db", help="SQLAlchemy URL (default: a fresh temporary SQLite file)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary database")
    parser.add_argument("--only", nargs="*", choices=[name for name, _ in BENCHMARKS])
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    folder = None if args.db else Path(tempfile.mkdtemp(prefix="dealerdesk-bench-"))
    url = args.db or f"sqlite:///{folder / 'bench.sqlite3'}"
    db = Database(url).open()
    bench = Bench(db, args.customers, args.seed)
    bench.report("database", db.describe())
    try:
        for name, run in BENCHMARKS:
            if not args.only or name in args.only:
                run(bench)
    finally:
        db.dispose()
        if folder is not None and not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
        elif folder is not None:
            bench.report("kept", str(folder / "bench.sqlite3"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
