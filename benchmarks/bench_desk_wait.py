"""A desk's save while another workstation starts its day on the same SQLite file: how
long the save waits for the file's one write lock. The other workstation is
`main.py --user NAME followups --date TODAY` (its sign-in, then the reminder run, made a first run
over the whole window by clearing the watermarks); the desk is a connection beginning
a write (BEGIN IMMEDIATE, then ROLLBACK: what every save begins with) every 10 ms until
that command ends. Floor: the same polls on the idle file, as many.

PostgreSQL has no such lock (writers of different rows do not wait for each other):
the figure is SQLite's only.
"""

from __future__ import annotations

import sqlite3
import subprocess
import time
from datetime import date
from pathlib import Path

from bench_reminders import forget_generation
from figures import Figure, Goal
from run import Run

from app.db import sqlite_path

POLL_S = 0.010
GOAL = Goal(at_most=100)  # the longest UI-thread stall


def desk_wait_figures(run: Run) -> list[Figure]:
    path = sqlite_path(run.url)
    if path is None:
        return []
    forget_generation(run.db, run.actor)
    run.db.close_connections()
    workstation = subprocess.Popen(
        run.main_py("--user", run.user, "followups", "--date", date.today().isoformat()),
        env=run.child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    waits = _desk_waits(path, lambda: workstation.poll() is not None)
    if workstation.wait() != 0:
        raise RuntimeError(f"followups failed: {workstation.stderr.read()}")  # type: ignore[union-attr]
    idle = _desk_waits(path, _after(len(waits)))
    return [
        Figure("desk_save_wait_max", max(waits), max(idle), GOAL,
               "the same polls' longest wait on the idle file",
               f"a save beginning every 10 ms ({len(waits)} of them) while `main.py followups` "
               f"signs in and runs the whole window's reminders at another workstation")
    ]  # fmt: skip


def _desk_waits(path: Path, done) -> list[float]:
    desk = sqlite3.connect(path, timeout=30, isolation_level=None)
    waits = []
    try:
        while not done():
            started = time.perf_counter()
            desk.execute("BEGIN IMMEDIATE")
            desk.execute("ROLLBACK")
            waits.append((time.perf_counter() - started) * 1000)
            time.sleep(POLL_S)
    finally:
        desk.close()
    return waits


def _after(count: int):
    left = [count]

    def done() -> bool:
        left[0] -= 1
        return left[0] < 0

    return done
