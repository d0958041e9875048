"""Crash test: a child process registers walk-ins in a loop and is killed with SIGKILL at
random moments, many times. Afterwards the database must pass integrity_check and hold
every write the child reported as committed.

    python scripts/crash_test.py [--kills 50] [--db URL] [--seed 1]

Prints one JSON line of figures; exit status 1 if anything was lost or damaged.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, text

from app.db import Database
from app.models import ShowroomVisit, StaffRole
from app.permissions import Actor
from app.services.reception import ReceptionService, WalkInForm

SCRIPT = Actor(
    staff_id=None, name="稳健性测试", role=StaffRole.STORE_MANAGER
)  # who this script acts as

ROOT = Path(__file__).resolve().parent.parent


def child(url: str) -> None:
    """Write forever; print each visit id only after its transaction committed."""
    db = Database(url).open()
    reception = ReceptionService(db, SCRIPT)
    rng = random.Random()
    print("ready", flush=True)
    while True:
        mobile = f"139{rng.randrange(10**8):08d}"
        visit_id = reception.register_walk_in(
            WalkInForm(
                name="压力测试", mobile=mobile, arrived_at=datetime.now(), not_a_duplicate=True
            )
        )
        print(visit_id, flush=True)


def one_life(url: str, rng: random.Random) -> list[int]:
    """Start a writer, let it live a random while, SIGKILL it; return what it acknowledged."""
    process = subprocess.Popen(
        [sys.executable, __file__, "--child", "--db", url],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout.readline().strip() == "ready"  # start-up is not what we test
    time.sleep(rng.uniform(0.05, 1.0))
    process.send_signal(signal.SIGKILL)
    out, _ = process.communicate()
    return [int(line) for line in out.splitlines() if line.strip().isdigit()]


def verify(url: str, acknowledged: list[int]) -> dict:
    db = Database(url).open()
    try:
        with db.transaction(SCRIPT) as session:
            present = set(session.scalars(select(ShowroomVisit.id)))
            integrity = (
                session.execute(text("PRAGMA integrity_check")).scalar() if db.is_sqlite else "n/a"
            )
    finally:
        db.dispose()
    return {
        "integrity": integrity,
        "missing": len(set(acknowledged) - present),
        "rows": len(present),
    }


def run(kills: int, url: str, seed: int = 1) -> dict:
    Database(url).open().dispose()  # migrate once, outside the killed processes
    rng = random.Random(seed)
    acknowledged: list[int] = []
    started = time.monotonic()
    for _ in range(kills):
        acknowledged += one_life(url, rng)
    report = {"kills": kills, "acknowledged_writes": len(acknowledged), **verify(url, acknowledged)}
    report["seconds"] = round(time.monotonic() - started, 1)
    report["ok"] = report["missing"] == 0 and report["integrity"] in ("ok", "n/a")
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--db", help="database URL (default: a new SQLite file)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.db)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'crash.sqlite3'}"
        report = run(args.kills, url, args.seed)
    print(json.dumps(report))
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
