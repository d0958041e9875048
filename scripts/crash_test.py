"""Crash test: a writer process does the desk's work in a loop and is killed with SIGKILL
at random moments, many times. Each loop is four user actions, one transaction each:

    walk_in    a new customer's walk-in (customer, visit)       ReceptionService
    departure  the visit closed, with its care SMS and evening callback tasks
    car        a car registered with its new owner (customer, vehicle)  CheckInService
    order      a repair order with 1-5 work items and its odometer reading

The writer prints `begin` before an action and `ack` (its ids) only after it committed.
Every action carries a run token (visit notes, VIN, order notes) and states what it
writes (an order's notes say how many items), so the reopened database tells a whole
action from a half one whether or not it was acknowledged. Checked afterwards:

    missing       acknowledged actions not all there, carrying their token
    half_written  actions partly there: a departure without all its tasks, an order with
                  fewer items than it says or without its reading, a customer with neither
                  visit nor car, a record without its audit entry
    reused_ids    acknowledged ids not above every id acknowledged before them, or
                  found carrying another action's token
    integrity     PRAGMA integrity_check on SQLite

    python scripts/crash_test.py [--kills 200] [--db postgresql://postgres@127.0.0.1:5432/]

--db names a PostgreSQL server: a scratch database is made there and dropped after;
without it, a new SQLite file. The last line printed is one JSON object of figures;
exit status 1 if anything was missing, half written, reused or damaged.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from scratch_database import engine_name, scratch_database
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app import settings
from app.db import Database
from app.models import (
    AuditEntry,
    Customer,
    FollowUpTask,
    OdometerReading,
    ServiceVisit,
    ShowroomVisit,
    StaffRole,
    Vehicle,
    WorkItem,
)
from app.permissions import Actor
from app.rules import walk_in
from app.services.checkin import CheckInService
from app.services.checkin_types import NewVehicleForm, RepairOrderForm, WorkItemDraft
from app.services.reception import ReceptionService, WalkInForm
from app.validation import with_check_digit

SCRIPT = Actor(
    staff_id=None, name="稳健性测试", role=StaffRole.STORE_MANAGER
)  # who this script acts as

MAX_ITEMS = 5
# Tables whose acknowledged ids must only grow, kill after kill.
GROWING = ("visits", "tasks", "cars", "orders", "items")
# Where each kind of action leaves its mark.
MAIN_ROW = {"walk_in": "visits", "departure": "departures", "car": "cars", "order": "orders"}


# --- the writer (child process) ---------------------------------------------------------
Ids = dict[str, list[int]]


@dataclass(frozen=True)
class Action:
    kind: str
    mark: str  # the token-bearing text its main row holds: visit notes, VIN, order notes
    write: Callable[[], Ids]


class Writer:
    """Does one loop of desk work after another; says `ack` only after each commit."""

    def __init__(self, db: Database, run: str, life: int) -> None:
        self.reception = ReceptionService(db, SCRIPT)
        self.checkin = CheckInService(db, SCRIPT)
        self.run, self.life, self.count = run, life, 0
        self.rng = random.Random()

    def loop(self) -> None:
        visit = self.walk_in()
        visit_id = act(visit)["visits"][0]
        act(Action("departure", visit.mark, lambda: self.departure(visit_id)))
        car_id = act(self.car())["cars"][0]
        act(self.order(car_id))

    def walk_in(self) -> Action:
        mark = f"crash {self.token()}"
        form = WalkInForm(
            name="碰撞测试", mobile=self.mobile("139"), arrived_at=datetime.now(), notes=mark,
            not_a_duplicate=True,
        )  # fmt: skip
        return Action("walk_in", mark, lambda: {"visits": [self.reception.register_walk_in(form)]})

    def departure(self, visit_id: int) -> Ids:
        return {"departures": [visit_id], "tasks": self.reception.record_departure(visit_id)}

    def car(self) -> Action:
        self.token()  # numbers the action: its VIN and its owner's phone
        vin = with_check_digit(f"L{self.run[:3].upper()}{self.life:04d}0{self.count:08d}")
        form = NewVehicleForm(
            vin=vin, plate=None, owner_name="碰撞车主", owner_mobile=self.mobile("136")
        )
        return Action("car", vin, lambda: {"cars": [self.checkin.register_vehicle(form).id]})

    def order(self, car_id: int) -> Action:
        count = self.rng.randint(1, MAX_ITEMS)
        form = RepairOrderForm(
            vehicle_id=car_id,
            odometer_km=self.rng.randrange(1_000, 90_000),
            inspection_notes=f"crash {self.token()} items={count}",
            items=[WorkItemDraft(f"保养项目{k}", labour=120, parts=80) for k in range(count)],
        )
        return Action("order", form.inspection_notes, lambda: self.open_order(form))

    def open_order(self, form: RepairOrderForm) -> Ids:
        order = self.checkin.open_order(form)
        return {"orders": [order.id], "items": [item.id for item in order.items]}

    def token(self) -> str:
        self.count += 1
        return f"{self.run}-{self.life}-{self.count}"

    def mobile(self, prefix: str) -> str:
        return f"{prefix}{self.life:04d}{self.count:04d}"


def act(action: Action) -> Ids:
    say({"begin": action.kind, "mark": action.mark})
    ids = action.write()
    say({"ack": action.kind, "mark": action.mark, "ids": ids})
    return ids


def items_stated(mark: str) -> int:
    return int(mark.rsplit("items=", 1)[1])


def say(line: dict) -> None:
    print(json.dumps(line), flush=True)


def child(url: str, run: str, life: int) -> None:
    db = Database(url).open()
    writer = Writer(db, run, life)
    say({"ready": life})
    while True:
        writer.loop()


# --- one life: start the writer, kill it, read what it said ----------------------------
@dataclass
class Life:
    acks: list[dict] = field(default_factory=list)
    interrupted: dict | None = None  # the `begin` of the action the kill cut short
    error: str | None = None  # the writer stopped by itself: a bug


def one_life(url: str, run: str, life: int, rng: random.Random) -> Life:
    process = subprocess.Popen(
        [sys.executable, __file__, "--child", url, "--run", run, "--life", str(life)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen = ""
    if process.stdout.readline():  # `ready`: start-up is not what is tested
        # Nor is the first action's one-time cost (modules imported on first use): the
        # kill falls at a random moment once the writer has acknowledged its first one.
        while line := process.stdout.readline():
            seen += line
            if '"ack"' in line:
                break
        time.sleep(rng.uniform(0.05, 1.0))
        process.send_signal(signal.SIGKILL)
    out, err = process.communicate()
    result = read_life(seen + out)
    if process.returncode != -signal.SIGKILL:
        result.error = (err.strip().splitlines() or [f"exit {process.returncode}"])[-1]
    return result


def read_life(out: str) -> Life:
    """Whole lines only: a kill may cut the last one short."""
    lines = [json.loads(line) for line in out.split("\n")[:-1] if line]
    life = Life(acks=[line for line in lines if "ack" in line])
    if lines and "begin" in lines[-1]:
        life.interrupted = lines[-1]
    return life


# --- what the reopened database holds ---------------------------------------------------
def snapshot(session: Session) -> dict[str, dict[int, str]]:
    """Each table the writer fills: id -> the token-bearing mark of the action it belongs to."""
    orders = dict(session.execute(select(ServiceVisit.id, ServiceVisit.inspection_notes)).all())
    visits = dict(session.execute(select(ShowroomVisit.id, ShowroomVisit.notes)).all())
    departed = select(ShowroomVisit.id).where(ShowroomVisit.departed_at.is_not(None))
    visit_of_customer = dict(
        session.execute(select(ShowroomVisit.customer_id, ShowroomVisit.id)).all()
    )
    tasks = session.execute(select(FollowUpTask.id, FollowUpTask.customer_id)).all()
    items = session.execute(select(WorkItem.id, WorkItem.service_visit_id)).all()
    return {
        "visits": visits,
        "departures": {v: visits[v] for v in session.scalars(departed)},
        "tasks": {t: visits.get(visit_of_customer.get(c)) for t, c in tasks},
        "cars": dict(session.execute(select(Vehicle.id, Vehicle.vin)).all()),
        "orders": orders,
        "items": {i: orders[o] for i, o in items},
    }


def half_written(session: Session) -> dict[str, int]:
    """Actions partly there, acknowledged or not: each count must be 0."""
    return {
        "departure_tasks_wrong": departures_with_wrong_tasks(session),
        "order_items_wrong": orders_with_wrong_items(session),
        "order_without_one_reading": orders_without_one_reading(session),
        "customer_without_visit_or_car": customers_without_visit_or_car(session),
        "record_without_audit": records_without_audit(session),
    }


def departures_with_wrong_tasks(session: Session) -> int:
    expected = sum(settings.rule(session, key).enabled for key in walk_in.RULE_KEYS)
    tasks = dict(
        session.execute(
            select(FollowUpTask.customer_id, func.count()).group_by(FollowUpTask.customer_id)
        ).all()
    )
    visits = session.execute(select(ShowroomVisit.customer_id, ShowroomVisit.departed_at)).all()
    return sum(tasks.get(c, 0) != (expected if left else 0) for c, left in visits)


def orders_with_wrong_items(session: Session) -> int:
    counts = dict(
        session.execute(
            select(WorkItem.service_visit_id, func.count()).group_by(WorkItem.service_visit_id)
        ).all()
    )
    orders = session.execute(select(ServiceVisit.id, ServiceVisit.inspection_notes)).all()
    return sum(counts.get(o, 0) != items_stated(mark) for o, mark in orders)


def orders_without_one_reading(session: Session) -> int:
    readings = Counter(session.scalars(select(OdometerReading.service_visit_id)))
    return sum(readings[o] != 1 for o in session.scalars(select(ServiceVisit.id)))


def customers_without_visit_or_car(session: Session) -> int:
    return session.scalar(
        select(func.count(Customer.id)).where(
            Customer.id.not_in(select(ShowroomVisit.customer_id)),
            Customer.id.not_in(select(Vehicle.owner_id).where(Vehicle.owner_id.is_not(None))),
        )
    )


def records_without_audit(session: Session) -> int:
    created = defaultdict(set)
    for entity, entity_id in session.execute(
        select(AuditEntry.entity, AuditEntry.entity_id).where(AuditEntry.action == "create")
    ):
        created[entity].add(entity_id)
    tables = (Customer, ShowroomVisit, Vehicle, ServiceVisit, WorkItem)
    return sum(len(set(session.scalars(select(t.id))) - created[t.__tablename__]) for t in tables)


def integrity(session: Session) -> str:
    if session.get_bind().dialect.name != "sqlite":
        return "n/a"
    return session.execute(text("PRAGMA integrity_check")).scalar()


# --- checking the acknowledgements against it ------------------------------------------
def missing(acks: list[dict], found: dict[str, dict[int, str]]) -> list[dict]:
    return [a for a in acks if not is_whole(a, found)]


def is_whole(ack: dict, found: dict[str, dict[int, str]]) -> bool:
    return all(
        found[table].get(row_id) == ack["mark"]
        for table, ids in ack["ids"].items()
        for row_id in ids
    )


def carrying_other_tokens(acks: list[dict], found: dict[str, dict[int, str]]) -> int:
    return sum(
        row_id in found[table] and found[table][row_id] != ack["mark"]
        for ack in acks
        for table, ids in ack["ids"].items()
        for row_id in ids
    )


def ids_not_growing(lives: list[Life]) -> int:
    """After each kill, every new acknowledged id must be above all acknowledged before."""
    highest: dict[str, int] = defaultdict(int)
    wrong = 0
    for life in lives:
        for ack in life.acks:
            for table in GROWING:
                for row_id in ack["ids"].get(table, []):
                    wrong += row_id <= highest[table]
                    highest[table] = max(highest[table], row_id)
    return wrong


def committed_unacknowledged(lives: list[Life], found: dict[str, dict[int, str]]) -> int:
    """Killed after its commit, before its `ack`: there (and whole: half_written says)."""
    cut_short = [life.interrupted for life in lives if life.interrupted]
    return sum(begin["mark"] in found[MAIN_ROW[begin["begin"]]].values() for begin in cut_short)


# --- the run ----------------------------------------------------------------------------
def run(kills: int, url: str, seed: int) -> dict:
    Database(url).open().dispose()  # migrate once, outside the killed processes
    rng, token = random.Random(seed), uuid.uuid4().hex[:8]
    started = time.monotonic()
    lives = [one_life(url, token, life, rng) for life in range(1, kills + 1)]
    return report(url, lives, time.monotonic() - started)


def report(url: str, lives: list[Life], seconds: float) -> dict:
    acks = [ack for life in lives for ack in life.acks]
    db = Database(url).open()
    try:
        with db.transaction(SCRIPT) as session:
            found, half, health = snapshot(session), half_written(session), integrity(session)
    finally:
        db.dispose()
    figures = {
        "engine": engine_name(url),
        "kills": len(lives),
        "acknowledged": len(acks),
        "acknowledged_by_kind": dict(Counter(a["ack"] for a in acks)),
        "interrupted_actions": sum(life.interrupted is not None for life in lives),
        "committed_unacknowledged": committed_unacknowledged(lives, found),
        "missing": len(missing(acks, found)),
        "half_written": sum(half.values()),
        "half_written_by_check": half,
        "reused_ids": ids_not_growing(lives) + carrying_other_tokens(acks, found),
        "integrity": health,
        "writer_errors": [life.error for life in lives if life.error],
        "seconds": round(seconds, 1),
    }
    figures["ok"] = is_clean(figures)
    return figures


def is_clean(figures: dict) -> bool:
    losses = figures["missing"] + figures["half_written"] + figures["reused_ids"]
    return losses == 0 and figures["integrity"] in ("ok", "n/a") and not figures["writer_errors"]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--db", help="PostgreSQL server URL (default: a new SQLite file)")
    parser.add_argument("--seed", type=int, default=1, help="seeds the moments of the kills")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--run", help=argparse.SUPPRESS)
    parser.add_argument("--life", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.run, args.life)
        return 0
    with scratch_database(args.db, "crash") as url:
        figures = run(args.kills, url, args.seed)
    print(json.dumps(figures, ensure_ascii=False))
    return 0 if figures["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
