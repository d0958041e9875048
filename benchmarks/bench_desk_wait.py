"""A desk's save while another workstation starts its day on the same SQLite file: how
long the save waits for the file's one write lock. The other workstation signs in and
runs the reminders (`main.py --user NAME followups --date TODAY`, made a first run over
the whole window by clearing the watermarks), then the customers' value scores (the
window's daily full recompute after sign-in, app.services.customer_value, in a process
of its own). The desk begins a write every 10 ms as every save does (app.db's
begin_writing, then ROLLBACK) until they end. Floor: as many of the same on the idle file.

PostgreSQL has no such lock (writers of different rows do not wait for each other):
the figure is SQLite's only.
"""

from __future__ import annotations

import sqlite3
import subprocess
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bench_reminders import forget_generation
from figures import Figure, Goal
from run import ROOT, Run

from app.db import begin_writing, sqlite_path

POLL_S = 0.010
GOAL = Goal(at_most=100)  # the longest UI-thread stall
VALUE_RUN = """
import sys
from app.db import Database
from app.services.auth import AuthService
from app.services.customer_value import CustomerValueService
db = Database(sys.argv[1]).open()
actor = AuthService(db).sign_in(sys.argv[2], sys.argv[3])
CustomerValueService(db, actor).recompute(full=True)
"""


def desk_wait_figures(run: Run) -> list[Figure]:
    path = sqlite_path(run.url)
    if path is None:
        return []
    forget_generation(run.db, run.actor)
    run.db.close_connections()
    today = date.today().isoformat()
    followups = run.main_py("--user", run.user, "followups", "--date", today)
    reminders = _waits_during(run, path, followups)
    value_run = [run.python, "-c", VALUE_RUN, run.url, run.user, run.password]
    values = _waits_during(run, path, value_run)
    waits = reminders + values
    idle = _desk_waits(path, _after(len(waits)))
    return [
        Figure("desk_save_wait_max", max(waits), max(idle), GOAL,
               "the same polls' longest wait on the idle file",
               f"a save beginning every 10 ms while another workstation signs in and runs "
               f"the whole window's reminders (longest {max(reminders):.0f} ms of "
               f"{len(reminders)}), then the value scores ({max(values):.0f} ms of {len(values)})")
    ]  # fmt: skip


def _waits_during(run: Run, path: Path, command: list[str]) -> list[float]:
    env = {**run.child_env(), "PYTHONPATH": str(ROOT)}
    job = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           text=True)  # fmt: skip
    waits = _desk_waits(path, lambda: job.poll() is not None)
    if job.wait() != 0:
        raise RuntimeError(f"{command[2:4]} failed: {job.stderr.read()}")  # type: ignore[union-attr]
    return waits


def _desk_waits(path: Path, done: Callable[[], bool]) -> list[float]:
    desk = sqlite3.connect(path, timeout=30, isolation_level=None)
    waits = []
    try:
        while not done():
            started = time.perf_counter()
            begin_writing(desk)
            desk.execute("ROLLBACK")
            waits.append((time.perf_counter() - started) * 1000)
            time.sleep(POLL_S)
    finally:
        desk.close()
    return waits


def _after(count: int) -> Callable[[], bool]:
    left = [count]

    def done() -> bool:
        left[0] -= 1
        return left[0] < 0

    return done
