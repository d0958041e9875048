"""Two workstations, one database: two processes work on the same customers at once.
Each edits customers' profiles (read, think, save: optimistic locking) and registers their
return walk-ins, until it has its number of acknowledged profile edits. Each edit appends
a token of its own to the customer's notes. Afterwards, on the database:

    lost_updates           acknowledged edits whose token is not in the notes (another
                           save overwrote them, or they were never written)
    saved_unacknowledged   tokens in the notes whose save was reported as failed
    version_mismatches     customers whose version is not the one their acknowledged
                           edits and walk-ins add up to
    missing_walk_ins       acknowledged walk-ins not there
    other_refusals         anything refused or raised other than a reported conflict
                           (StaleRecordError): each one fails the run

    python scripts/stress_two_workstations.py [--edits 1000]
        [--db postgresql://postgres@127.0.0.1:5432/]

--db names a PostgreSQL server: a scratch database is made there and dropped after;
without it, a new SQLite file. The last line printed is one JSON object of figures, per
workstation and in all; exit status 1 if anything was lost or refused.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime

from scratch_database import engine_name, scratch_database
from sqlalchemy import select, text

from app.db import Database
from app.errors import StaleRecordError
from app.models import Customer, ShowroomVisit, StaffRole
from app.permissions import Actor
from app.services.customers import CustomerService
from app.services.reception import ReceptionService, WalkInForm

SCRIPT = Actor(
    staff_id=None, name="稳健性测试", role=StaffRole.STORE_MANAGER
)  # who this script acts as

WORKSTATIONS = ("reception", "service")
# Notes hold at most 2,000 characters; a token takes at most 7 ("r12345 "). A quarter of
# the edits go to the 5 busiest customers, where the two desks collide: at 1,000 edits per
# workstation the busiest holds ~110 tokens (~700 characters), room for ~3,000 edits per
# workstation (`longest_notes` in the report shows it). The rest spread over 200.
SHARED_CUSTOMERS = 200
BUSY_CUSTOMERS = 5
BUSY_SHARE = 0.25
WALK_IN_SHARE = 0.3
THINK_SECONDS = 0.03  # at most, between showing a profile and saving it


# --- one workstation (child process) ----------------------------------------------------
@dataclass
class Tally:
    """What one workstation was told: acknowledged, conflicts, anything else refused."""

    edits: list[tuple[int, str]] = field(default_factory=list)  # customer, token
    walk_ins: list[tuple[int, int]] = field(default_factory=list)  # customer, visit
    conflicts: dict[str, int] = field(default_factory=lambda: {"edit": 0, "walk_in": 0})
    refusals: list[str] = field(default_factory=list)


class Workstation:
    def __init__(self, db: Database, name: str, customer_ids: list[int]) -> None:
        self.reception = ReceptionService(db, SCRIPT)
        self.customers = CustomerService(db, SCRIPT)
        self.name, self.customer_ids = name, customer_ids
        self.rng = random.Random(name)
        self.tally = Tally()
        self.attempts = 0

    def work(self, edits: int) -> Tally:
        while len(self.tally.edits) < edits:
            kind = "walk_in" if self.rng.random() < WALK_IN_SHARE else "edit"
            self.attempt(kind, self.pick_customer())
        return self.tally

    def pick_customer(self) -> int:
        if self.rng.random() < BUSY_SHARE:
            return self.rng.choice(self.customer_ids[:BUSY_CUSTOMERS])
        return self.rng.choice(self.customer_ids)

    def attempt(self, kind: str, customer_id: int) -> None:
        try:
            self.edit(customer_id) if kind == "edit" else self.walk_in(customer_id)
        except StaleRecordError:
            self.tally.conflicts[kind] += 1
        except Exception as exc:  # every other refusal or fault is counted, never swallowed
            self.tally.refusals.append(f"{type(exc).__name__}: {exc}"[:300])

    def edit(self, customer_id: int) -> None:
        profile = self.customers.profile(customer_id)
        self.attempts += 1
        token = f"{self.name[0]}{self.attempts}"  # r1, s1: each desk its own
        time.sleep(self.rng.uniform(0, THINK_SECONDS))  # the other desk may save meanwhile
        notes = f"{profile.notes or ''} {token}".strip()
        self.customers.save_profile(replace(profile, notes=notes))
        self.tally.edits.append((customer_id, token))

    def walk_in(self, customer_id: int) -> None:
        profile = self.customers.profile(customer_id)
        form = WalkInForm(
            name=profile.name, mobile="", arrived_at=datetime.now(), customer_id=customer_id
        )
        self.tally.walk_ins.append((customer_id, self.reception.register_walk_in(form)))


def workstation(url: str, name: str, edits: int, customer_ids: list[int]) -> None:
    """Open, say ready, wait for the go (both desks start together), work, report."""
    db = Database(url).open()
    print("ready", flush=True)
    sys.stdin.readline()
    tally = Workstation(db, name, customer_ids).work(edits)
    db.dispose()
    print(json.dumps(tally.__dict__, ensure_ascii=False), flush=True)


# --- the run ----------------------------------------------------------------------------
def prepare(url: str) -> dict[int, int]:
    """The shared customers, each with one first walk-in: id -> version."""
    db = Database(url).open()
    reception = ReceptionService(db, SCRIPT)
    for i in range(SHARED_CUSTOMERS):
        form = WalkInForm(name=f"共享客户{i}", mobile=f"138{i:08d}", arrived_at=datetime.now())
        reception.register_walk_in(form)
    with db.transaction(SCRIPT) as session:
        versions = dict(session.execute(select(Customer.id, Customer.version)).all())
    db.dispose()
    return versions


def start(url: str, name: str, edits: int, customer_ids: list[int]) -> subprocess.Popen:
    command = [sys.executable, __file__, "--workstation", name, "--db", url]
    command += ["--edits", str(edits), "--customers", json.dumps(customer_ids)]
    return subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def run_workstations(url: str, edits: int, customer_ids: list[int]) -> dict[str, Tally]:
    desks = {name: start(url, name, edits, customer_ids) for name in WORKSTATIONS}
    for desk in desks.values():
        desk.stdout.readline()  # ready
    for desk in desks.values():
        desk.stdin.write("go\n")
        desk.stdin.flush()
    return {name: finish(desk) for name, desk in desks.items()}


def finish(desk: subprocess.Popen) -> Tally:
    out, err = desk.communicate()
    if desk.returncode != 0:
        last = (err.strip().splitlines() or [f"exit {desk.returncode}"])[-1]
        return Tally(refusals=[f"workstation stopped: {last}"])
    found = json.loads(out.strip().splitlines()[-1])
    found["edits"] = [tuple(e) for e in found["edits"]]
    found["walk_ins"] = [tuple(w) for w in found["walk_ins"]]
    return Tally(**found)


# --- checking -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Found:
    notes: dict[int, list[str]]
    versions: dict[int, int]
    visits: dict[int, int]  # visit -> customer
    integrity: str


def read_back(url: str) -> Found:
    db = Database(url).open()
    try:
        with db.transaction(SCRIPT) as session:
            customers = session.execute(select(Customer.id, Customer.notes, Customer.version))
            rows = customers.all()
            visits = dict(
                session.execute(select(ShowroomVisit.id, ShowroomVisit.customer_id)).all()
            )
            health = (
                session.execute(text("PRAGMA integrity_check")).scalar() if db.is_sqlite else "n/a"
            )
    finally:
        db.dispose()
    return Found(
        notes={c: (n or "").split() for c, n, _ in rows},
        versions={c: v for c, _, v in rows},
        visits=visits,
        integrity=health,
    )


def check(tallies: dict[str, Tally], before: dict[int, int], found: Found) -> dict:
    edits = [e for t in tallies.values() for e in t.edits]
    walk_ins = [w for t in tallies.values() for w in t.walk_ins]
    acknowledged = {token for _, token in edits}
    written = {token for notes in found.notes.values() for token in notes}
    return {
        "lost_updates": sum(token not in found.notes[c] for c, token in edits),
        "saved_unacknowledged": len(written - acknowledged),
        "version_mismatches": len(wrong_versions(edits, walk_ins, before, found)),
        "missing_walk_ins": sum(found.visits.get(v) != c for c, v in walk_ins),
        "integrity": found.integrity,
        "longest_notes": max((len(" ".join(n)) for n in found.notes.values()), default=0),
    }


def wrong_versions(edits: list, walk_ins: list, before: dict[int, int], found: Found) -> list:
    """Each acknowledged save moved its customer's version by one, nothing else did."""
    saves = Counter(c for c, _ in edits) + Counter(c for c, _ in walk_ins)
    return [c for c, v in before.items() if found.versions[c] != v + saves[c]]


def per_workstation(tally: Tally) -> dict:
    return {
        "edits": len(tally.edits),
        "walk_ins": len(tally.walk_ins),
        "edit_conflicts": tally.conflicts["edit"],
        "walk_in_conflicts": tally.conflicts["walk_in"],
        "other_refusals": len(tally.refusals),
    }


def report(url: str, tallies: dict[str, Tally], before: dict[int, int], seconds: float) -> dict:
    desks = {name: per_workstation(t) for name, t in tallies.items()}
    figures = {
        "engine": engine_name(url),
        "workstations": desks,
        "acknowledged_edits": sum(d["edits"] for d in desks.values()),
        "acknowledged_walk_ins": sum(d["walk_ins"] for d in desks.values()),
        "conflicts_reported": sum(
            d["edit_conflicts"] + d["walk_in_conflicts"] for d in desks.values()
        ),
        "other_refusals": sum(d["other_refusals"] for d in desks.values()),
        "refusal_examples": sorted({r for t in tallies.values() for r in t.refusals})[:5],
        **check(tallies, before, read_back(url)),
        "seconds": round(seconds, 1),
    }
    figures["ok"] = is_clean(figures)
    return figures


def is_clean(figures: dict) -> bool:
    losses = ("lost_updates", "saved_unacknowledged", "version_mismatches", "missing_walk_ins")
    refused = figures["other_refusals"]
    return (
        refused == 0
        and not any(figures[k] for k in losses)
        and figures["integrity"] in ("ok", "n/a")
    )


def run(url: str, edits: int) -> dict:
    before = prepare(url)
    started = time.monotonic()
    tallies = run_workstations(url, edits, list(before))
    return report(url, tallies, before, time.monotonic() - started)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--edits", type=int, default=1000, help="acknowledged per workstation")
    parser.add_argument("--db", help="PostgreSQL server URL (default: a new SQLite file)")
    parser.add_argument("--workstation", help=argparse.SUPPRESS)
    parser.add_argument("--customers", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.workstation:
        workstation(args.db, args.workstation, args.edits, json.loads(args.customers))
        return 0
    with scratch_database(args.db, "stress") as url:
        figures = run(url, args.edits)
    print(json.dumps(figures, ensure_ascii=False))
    return 0 if figures["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
