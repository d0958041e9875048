"""Search latency per mode against its floor: the same statements run bare.

    .venv/bin/python benchmarks/search_latency.py --db URL [--per-mode 20] [--rounds 3]

For every mode (name, name prefix, pinyin initials, mobile, its prefix and last four,
plate and its prefix, VIN and its last six) queries are drawn from the data (the same
for the same seed). Each query runs through SearchService as a store manager (the
transaction and audit entry of a search by number, the hits built); the floor is the
SQL it sent replayed on a bare driver connection (sqlite3 or psycopg: the same
statements and values, rows fetched, the audit entry written and committed, nothing
else). Timed as bench.py times the search figures (bench_search.time_mode: a warm-up,
ours and the floor in turn, the collector as the window runs it, a run another process
interrupted timed again). The last line is one JSON object: {"search_<mode>":
{"value_ms": p95, "floor_ms": p95, "ratio", "goal": "<= 3x floor", "ok", "median_ms",
"floor_median_ms"}, …}.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench_search, bare_sql

from bare_sql import BareConnection
from bench_search import time_mode
from sqlalchemy import func, select

from app import paths
from app.db import Database
from app.models import Customer, StaffRole, Vehicle
from app.permissions import Actor
from app.services.search import SearchService

BENCH = Actor(staff_id=None, name="基准测试", role=StaffRole.STORE_MANAGER)
GOAL_RATIO = 3.0
LIMIT = 50


def sample_queries(db: Database, seed: int, per_mode: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    with db.transaction(BENCH) as session:
        people = _rows(session, Customer, rng, per_mode * 4)
        cars = _rows(session, Vehicle, rng, per_mode * 3)
    queries: list[tuple[str, str]] = []
    for n in range(per_mode):
        c, p, i, m = people[4 * n : 4 * n + 4]
        v, w, x = cars[3 * n : 3 * n + 3]
        queries += [
            ("name", c.name), ("name_prefix", p.name[:2]),
            ("pinyin_initials", i.name_initials), ("mobile", m.mobile),
            ("mobile_prefix", c.mobile[:7]), ("mobile_last4", p.mobile[-4:]),
            ("plate", v.plate or w.plate), ("plate_prefix", (w.plate or v.plate)[:4]),
            ("vin", x.vin), ("vin_last6", v.vin[-6:]),
        ]  # fmt: skip
    rng.shuffle(queries)
    return queries


def _rows(session: Any, model: Any, rng: random.Random, count: int) -> list[Any]:
    top = session.scalar(select(func.max(model.id))) or 0
    rows: list[Any] = []
    while len(rows) < count and top:
        row = session.get(model, rng.randint(1, top))
        usable = row is not None and (row.mobile if model is Customer else row.plate)
        if usable:
            rows.append(row)
    return rows


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure(db: Database, queries: list[tuple[str, str]], rounds: int) -> dict[str, Any]:
    service, bare = SearchService(db, BENCH), BareConnection(db.url)
    by_mode: dict[str, list[str]] = {}
    for mode, query in queries:
        by_mode.setdefault(mode, []).append(query)
    figures = {}
    try:
        for mode, asked in by_mode.items():
            timed = time_mode(db.engine, service, bare, asked, rounds)
            value, base = p95(timed.ours), p95(timed.floor)
            figures[f"search_{mode}"] = {
                "value_ms": round(value, 3), "floor_ms": round(base, 3),
                "ratio": round(value / base, 2), "goal": f"<= {GOAL_RATIO:g}x floor",
                "ok": value <= GOAL_RATIO * base,
                "median_ms": round(statistics.median(timed.ours), 3),
                "floor_median_ms": round(statistics.median(timed.floor), 3),
            }  # fmt: skip
    finally:
        bare.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--per-mode", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    db = Database(paths.resolve_db_url(args.db)).open()
    print("load:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    figures = measure(db, sample_queries(db, args.seed, args.per_mode), args.rounds)
    for name, figure in figures.items():
        print(f"{name}: p95 {figure['value_ms']} ms, floor {figure['floor_ms']} ms, "
              f"x{figure['ratio']}; median {figure['median_ms']} ms, "
              f"floor {figure['floor_median_ms']} ms")  # fmt: skip
    print("load:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    print(json.dumps(figures))
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
