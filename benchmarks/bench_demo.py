"""The demo database: `main.py demo --customers N` timed as a subprocess (as a person runs
it), against writing as many rows with a bare driver into one plain table: what storing
that much data costs at the least, without deciding what the rows say."""

from __future__ import annotations

import json
import subprocess
import time
from typing import Any

from bare_sql import BareConnection
from figures import Figure, Goal, elapsed_ms
from run import child_env, main_py

from app.models.base import Base

GOAL_200K_MS = 180_000  # the issue: 200,000 customers in at most 3 minutes
FLOOR_TABLE = "bench_floor_rows"
BATCH = 10_000


def make_demo(url: str, customers: int, seed: int) -> tuple[float, dict[str, Any]]:
    """Fill `url` (an empty database) with the demo; (milliseconds, its summary)."""
    command = main_py(url, "demo", "--customers", str(customers), "--seed", str(seed))
    started = time.perf_counter()
    done = subprocess.run(command, env=child_env(""), capture_output=True, text=True)
    ms = (time.perf_counter() - started) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"demo failed ({done.returncode}): {done.stderr.strip()}")
    return ms, json.loads(done.stdout.strip().splitlines()[-1])


def demo_figures(url: str, customers: int, ms: float, summary: dict[str, Any]) -> list[Figure]:
    rows = sum(v for k, v in summary.items() if k in Base.metadata.tables)
    goal = GOAL_200K_MS * customers / 200_000
    return [
        Figure("demo_generate", ms, bare_rows_ms(url, rows),
               Goal(at_most=round(goal)), f"bare INSERT of its {rows:,} rows into one table",
               f"{customers:,} customers; goal: 3 min at 200,000, pro rata")
    ]  # fmt: skip


def bare_rows_ms(url: str, rows: int) -> float:
    """`rows` rows of six columns into a new table, in batches, one commit; dropped after."""
    bare = BareConnection(url)
    cursor = bare.connection.cursor()
    mark = "?" if bare.dialect == "sqlite" else "%s"
    insert = f"INSERT INTO {FLOOR_TABLE} VALUES ({', '.join([mark] * 6)})"
    try:
        cursor.execute(f"DROP TABLE IF EXISTS {FLOOR_TABLE}")
        cursor.execute(f"CREATE TABLE {FLOOR_TABLE} (id integer PRIMARY KEY, customer_id "
                       "integer, kind varchar(20), at_text varchar(30), amount numeric, "
                       "note text)")  # fmt: skip
        bare.commit()

        def write() -> None:
            if bare.dialect == "sqlite":
                cursor.execute("BEGIN")
            for start in range(0, rows, BATCH):
                batch = [(n, n // 5, "service", "2026-11-23T10:00:00", 480, "更换机油机滤")
                         for n in range(start, min(start + BATCH, rows))]  # fmt: skip
                cursor.executemany(insert, batch)
            bare.commit()

        return elapsed_ms(write)
    finally:
        cursor.execute(f"DROP TABLE IF EXISTS {FLOOR_TABLE}")
        bare.commit()
        bare.close()
