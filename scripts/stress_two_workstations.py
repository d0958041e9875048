"""Two workstations, one database: two processes register walk-ins and edit the same
customers at the same time, against SQLite and PostgreSQL. Then: every acknowledged
write is present, no update is lost, conflicts are reported as such, integrity holds.

    python scripts/stress_two_workstations.py [--seconds 15] [--engines sqlite,postgresql]
        [--pg postgresql://postgres@127.0.0.1:5432/]

Prints one JSON line per engine; exit status 1 if anything was lost.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import psycopg
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from app.db import Database
from app.errors import StaleRecordError, UserError
from app.models import ShowroomVisit, StaffRole
from app.permissions import Actor
from app.services.customers import CustomerService
from app.services.reception import ReceptionService, WalkInForm

SCRIPT = Actor(
    staff_id=None, name="稳健性测试", role=StaffRole.STORE_MANAGER
)  # who this script acts as

# Enough that each one's notes (where the edits append tokens) stay under their length cap.
SHARED_CUSTOMERS = 20


def worker(url: str, name: str, seconds: float, customer_ids: list[int]) -> dict:
    db = Database(url).open()
    reception, customers = ReceptionService(db, SCRIPT), CustomerService(db, SCRIPT)
    rng = random.Random(name)
    acked = {"visits": [], "edits": [], "conflicts": 0, "refused": 0}
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if rng.random() < 0.5:
                acked["visits"].append(_visit(reception, rng))
            else:
                acked["edits"].append(_edit(customers, rng.choice(customer_ids), name, rng))
        except StaleRecordError:
            acked["conflicts"] += 1
        except UserError:
            acked["refused"] += 1  # any other refusal, e.g. "database is locked" after the timeout
    db.dispose()
    return acked


def _visit(reception: ReceptionService, rng: random.Random) -> int:
    form = WalkInForm(
        name="并发测试", mobile=f"137{rng.randrange(10**8):08d}", arrived_at=datetime.now(),
        not_a_duplicate=True,
    )  # fmt: skip
    return reception.register_walk_in(form)


def _edit(customers: CustomerService, customer_id: int, name: str, rng: random.Random) -> list:
    profile = customers.profile(customer_id)
    token = f"{name}{rng.randrange(10**9)}"
    time.sleep(rng.uniform(0, 0.01))  # the other workstation may save meanwhile
    customers.save_profile(replace(profile, notes=f"{profile.notes or ''} {token}".strip()))
    return [customer_id, token]


def prepare(url: str) -> list[int]:
    db = Database(url).open()
    reception = ReceptionService(db, SCRIPT)
    for i in range(SHARED_CUSTOMERS):
        reception.register_walk_in(
            WalkInForm(name=f"共享客户{i}", mobile=f"138000000{i:02d}", arrived_at=datetime.now())
        )
    with db.transaction(SCRIPT) as session:
        ids = list(session.scalars(select(ShowroomVisit.customer_id).order_by(ShowroomVisit.id)))
    db.dispose()
    return ids


def check(url: str, results: list[dict], customer_ids: list[int]) -> dict:
    db = Database(url).open()
    customers = CustomerService(db, SCRIPT)
    with db.transaction(SCRIPT) as session:
        present = set(session.scalars(select(ShowroomVisit.id)))
        integrity = (
            session.execute(text("PRAGMA integrity_check")).scalar() if db.is_sqlite else "n/a"
        )
    notes = {cid: (customers.profile(cid).notes or "").split() for cid in customer_ids}
    db.dispose()
    visits = [v for r in results for v in r["visits"]]
    edits = [e for r in results for e in r["edits"]]
    lost = [token for cid, token in edits if token not in notes[cid]]
    return {
        "acknowledged_visits": len(visits),
        "missing_visits": len(set(visits) - present),
        "acknowledged_edits": len(edits),
        "lost_updates": len(lost),
        "conflicts_reported": sum(r["conflicts"] for r in results),
        "other_refusals": sum(r["refused"] for r in results),
        "integrity": integrity,
    }


def run_engine(engine: str, url: str, seconds: float) -> dict:
    customer_ids = prepare(url)
    args = json.dumps(customer_ids)
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--worker",
                name,
                "--db",
                url,
                "--seconds",
                str(seconds),
                "--customers",
                args,
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        for name in ("reception", "service")
    ]
    results = [json.loads(w.communicate()[0]) for w in workers]
    report = {"engine": engine, "seconds": seconds, **check(url, results, customer_ids)}
    report["ok"] = report["missing_visits"] == report["lost_updates"] == 0 and report[
        "integrity"
    ] in ("ok", "n/a")
    return report


def fresh_postgres(server: str) -> tuple[str, str]:
    name = f"dealerdesk_stress_{uuid.uuid4().hex[:8]}"
    admin = make_url(server).set(drivername="postgresql", database="postgres")
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    return name, make_url(server).set(database=name).render_as_string(hide_password=False)


def drop_postgres(server: str, name: str) -> None:
    admin = make_url(server).set(drivername="postgresql", database="postgres")
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--customers", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.db, args.worker, args.seconds, json.loads(args.customers))))
        return 0
    reports = []
    for engine in args.engines.split(","):
        if engine == "sqlite":
            with tempfile.TemporaryDirectory() as folder:
                url = f"sqlite:///{Path(folder) / 'stress.sqlite3'}"
                reports.append(run_engine(engine, url, args.seconds))
        else:
            name, url = fresh_postgres(args.pg)
            try:
                reports.append(run_engine(engine, url, args.seconds))
            finally:
                drop_postgres(args.pg, name)
        print(json.dumps(reports[-1], ensure_ascii=False), flush=True)
    return 0 if all(r["ok"] for r in reports) else 1


if __name__ == "__main__":
    sys.exit(main())
