"""The demo generator: a store group after five years, deterministic, valid (phones,
plates, VINs), consistent (odometers, repair orders, the follow-up calendar, key
customers), nothing after "now", and bulk-loaded so it can be large.

The checks that only read share one demo store per engine (`store`); those that
change it fill their own."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import DateTime, func, select

from app.db import Database
from app.demo import generate
from app.demo.data import DEMO_PASSWORD
from app.demo.writer import Chunk, Writer
from app.demo.writer_process import WriterFailed, WriterProcess
from app.errors import UserError
from app.models import (
    Base,
    CarModel,
    Complaint,
    ComplaintEvent,
    ContactConsent,
    Customer,
    CustomerStage,
    Delivery,
    DeliveryChecklistItem,
    FollowUpTask,
    KeyCustomerEntry,
    OdometerReading,
    OrderService,
    OrderStatus,
    SalesOrder,
    ServiceVisit,
    ShowroomVisit,
    StaffRole,
    StaffUser,
    TaskStatus,
    Vehicle,
    WorkItem,
)
from app.permissions import SYSTEM
from app.pinyin import name_keys
from app.rules.orders import PROSPECT_TASK_KINDS
from app.services.auth import AuthService
from app.services.delivery import DeliveryService, HandoverForm
from app.services.key_customers import KeyCustomerService, week_of
from app.services.reception import ReceptionService
from app.services.search import SearchService
from app.validation import is_new_energy_plate, validate_mobile, validate_plate, validate_vin
from tests.conftest import _postgres_db
from tests.factories import MANAGER, exported

TODAY = date(2026, 11, 23)
NOW = datetime.combine(TODAY, time(13))  # a reference day without a time: 13:00
CUSTOMERS = 300
SEED = 7
ROOT = Path(__file__).resolve().parents[2]

SUMMARY_TABLES = {
    "customers": Customer,
    "vehicles": Vehicle,
    "staff": StaffUser,
    "car_models": CarModel,
    "showroom_visits": ShowroomVisit,
    "key_customer_entries": KeyCustomerEntry,
    "sales_orders": SalesOrder,
    "order_services": OrderService,
    "deliveries": Delivery,
    "delivery_checklist_items": DeliveryChecklistItem,
    "service_visits": ServiceVisit,
    "work_items": WorkItem,
    "odometer_readings": OdometerReading,
    "follow_up_tasks": FollowUpTask,
    "complaints": Complaint,
    "complaint_events": ComplaintEvent,
    "contact_consents": ContactConsent,
}


def fill(db: Database, seed: int = SEED, customers: int = CUSTOMERS) -> dict:
    return generate(db, customers=customers, seed=seed, today=TODAY)


@dataclass(frozen=True)
class Store:
    db: Database
    summary: dict


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def store(request: pytest.FixtureRequest, tmp_path_factory) -> Iterator[Store]:
    """One demo store per engine, for the checks that only read it."""
    if request.param == "postgresql":
        databases = _postgres_db(request.getfixturevalue("pg_template"))
        db = next(databases)
    else:
        db = Database(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite3'}").open()
    try:
        yield Store(db, fill(db))
    finally:
        if request.param == "postgresql":
            databases.close()
        else:
            db.dispose()


def all_rows(db: Database, model) -> list[tuple]:
    columns = [c for c in model.__table__.columns]
    with db.transaction(SYSTEM) as session:
        return [tuple(row) for row in session.execute(select(*columns).order_by(model.id))]


def scalars(db: Database, statement) -> list:
    with db.transaction(SYSTEM) as session:
        return list(session.scalars(statement))


def count(db: Database, model) -> int:
    with db.transaction(SYSTEM) as session:
        return session.scalar(select(func.count(model.id)))


# --- the same store for the same seed --------------------------------------------------------
def test_same_seed_same_rows_on_either_engine(store, tmp_path):
    other = Database(f"sqlite:///{tmp_path / 'second.sqlite3'}").open()
    try:
        fill(other)
        for model in (Customer, Vehicle, ServiceVisit, WorkItem, FollowUpTask):
            assert all_rows(store.db, model) == all_rows(other, model)
    finally:
        other.dispose()


def test_another_seed_other_people(store, tmp_path):
    other = Database(f"sqlite:///{tmp_path / 'other.sqlite3'}").open()
    try:
        fill(other, seed=SEED + 1, customers=40)
        mobiles = set(scalars(other, select(Customer.mobile)))
        assert not mobiles & set(scalars(store.db, select(Customer.mobile)))
    finally:
        other.dispose()


def test_the_fill_gives_sqlite_its_usual_settings_back(sqlite_db):
    """The journal and the page cache change for the fill only (app.db sets WAL)."""
    fill(sqlite_db, customers=40)
    with sqlite_db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == -2000
        assert connection.exec_driver_sql("PRAGMA quick_check").scalar() == "ok"


def test_summary_counts_are_the_rows_written(store):
    assert store.summary["customers"] == CUSTOMERS
    for key, model in SUMMARY_TABLES.items():
        assert store.summary[key] == count(store.db, model), key
    assert store.summary["seconds"] >= 0


# --- a store group after five years ----------------------------------------------------------
def test_counts_keep_the_ratios_of_a_store_group(store):
    """At 200,000 customers: about 1,000,000 service visits and 5,000,000 follow-ups."""
    summary = store.summary

    def per_customer(key: str) -> float:
        return summary[key] / CUSTOMERS

    assert 4 <= per_customer("service_visits") <= 6.5
    assert 20 <= per_customer("follow_up_tasks") <= 32
    assert 2 <= summary["work_items"] / summary["service_visits"] <= 3.5
    assert summary["odometer_readings"] == summary["service_visits"] + summary["deliveries"]
    assert summary["contact_consents"] == 3 * CUSTOMERS
    assert 0.5 <= per_customer("vehicles") <= 1
    assert summary["key_customer_entries"] >= 9 * len(consultants(store.db))


def test_five_years_of_history(store):
    with store.db.transaction(SYSTEM) as session:
        first = session.scalar(select(func.min(ServiceVisit.checked_in_at)))
        first_visit = session.scalar(select(func.min(ShowroomVisit.arrived_at)))
    assert first.date() < TODAY - timedelta(days=4 * 365)
    assert first_visit.date() < TODAY - timedelta(days=4 * 365)


# Times that look ahead: when a task is due, what was promised, a complaint's deadlines.
FORWARD = {
    ("follow_up_tasks", "due_at"),
    ("service_visits", "promised_at"),
    ("complaints", "response_due_at"),
    ("complaints", "first_proposal_due_at"),
    ("complaints", "final_proposal_due_at"),
}
PAST_DATES = {("vehicles", "purchase_date"), ("vehicles", "delivery_date"),
              ("customers", "birthday")}  # fmt: skip


def test_nothing_is_timestamped_after_now(store):
    checked = 0
    with store.db.transaction(SYSTEM) as session:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                where = (table.name, column.name)
                if isinstance(column.type, DateTime) and where not in FORWARD:
                    latest, limit = session.scalar(select(func.max(column))), NOW
                elif where in PAST_DATES:
                    latest, limit = session.scalar(select(func.max(column))), TODAY
                else:
                    continue
                assert latest is None or latest <= limit, (where, latest)
                checked += latest is not None
    assert checked > 30


# --- people, cars, numbers -------------------------------------------------------------------
def test_every_mobile_is_a_valid_unique_cn_mobile(store):
    rows = scalars(store.db, select(Customer))
    assert len({c.mobile for c in rows}) == CUSTOMERS
    for customer in rows:
        assert validate_mobile(customer.mobile) == customer.mobile
        assert customer.mobile_last4 == customer.mobile[-4:]


def test_names_carry_their_pinyin_keys(store):
    customers = scalars(store.db, select(Customer))
    for customer in customers:
        assert (customer.name_initials, customer.name_pinyin) == name_keys(customer.name)
    zeng = [c for c in customers if c.name.startswith("曾")]
    assert all(c.name_pinyin.startswith("zeng") for c in zeng)


def test_every_plate_is_valid_and_new_energy_cars_get_green_plates(store):
    """Every car on the road has its plate; an allocated car gets one at its handover."""
    with store.db.transaction(SYSTEM) as session:
        rows = session.execute(
            select(Vehicle.plate, CarModel.is_new_energy)
            .join(CarModel)
            .where(Vehicle.plate.is_not(None))
        ).all()
        unplated = set(session.scalars(select(Vehicle.id).where(Vehicle.plate.is_(None))))
        allocated = select(SalesOrder.vehicle_id).where(SalesOrder.status == OrderStatus.ALLOCATED)
        assert unplated == set(session.scalars(allocated))
    assert rows
    for plate, new_energy in rows:
        assert validate_plate(plate) == plate
        assert is_new_energy_plate(plate) == new_energy
    assert any(new_energy for _, new_energy in rows)


def test_every_vin_has_a_correct_check_digit(store):
    vehicles = scalars(store.db, select(Vehicle))
    assert len({v.vin for v in vehicles}) == len(vehicles)
    for vehicle in vehicles:
        check = validate_vin(vehicle.vin)
        assert check.vin == vehicle.vin and check.check_digit_ok
        assert vehicle.vin_last6 == vehicle.vin[-6:]
        assert vehicle.vin[:3] in {"LSV", "LFV", "LGB", "LVS", "LHG", "LBV"}


def test_search_finds_demo_customers_by_every_key(store):
    with store.db.transaction(SYSTEM) as session:
        vehicle, owner = session.execute(
            select(Vehicle, Customer)
            .join(Customer, Customer.id == Vehicle.owner_id)
            .where(Vehicle.plate.is_not(None), Customer.customer_type == "person")
            .order_by(Vehicle.id)
            .limit(1)
        ).one()
    service = SearchService(store.db, MANAGER)
    queries = (owner.name, owner.name_initials, owner.mobile, owner.mobile[-4:],
               vehicle.plate, vehicle.vin, vehicle.vin[-6:])  # fmt: skip
    for query in queries:
        assert owner.id in [hit.id for hit in service.search(query, limit=500)], query


def test_staff_cover_every_role_with_unique_usernames(store):
    staff = scalars(store.db, select(StaffUser))
    assert {s.role for s in staff} == set(StaffRole)
    assert len({s.username for s in staff}) == len(staff)


def test_demo_staff_can_sign_in_with_the_documented_password(store):
    manager = AuthService(store.db).sign_in("tangguoqiang", DEMO_PASSWORD)
    assert (manager.name, manager.role) == ("唐国强", "store_manager")
    assert not AuthService(store.db).needs_first_admin()


# --- the showroom and the sales desk ---------------------------------------------------------
def test_today_has_walk_ins_for_the_reception_tab(store):
    traffic = ReceptionService(store.db, MANAGER, clock=lambda: NOW).traffic(TODAY)
    assert traffic.visits == store.summary["visits_today"] >= 12
    assert traffic.first_visits and traffic.test_drives >= 0
    visits = scalars(store.db, select(ShowroomVisit).where(ShowroomVisit.arrived_at >= TODAY))
    assert all(v.departed_at is None or v.departed_at > v.arrived_at for v in visits)


def test_stages_have_their_history(store):
    customers = scalars(store.db, select(Customer))
    by_stage = defaultdict(list)
    for customer in customers:
        by_stage[customer.stage].append(customer)
    assert set(by_stage) == set(CustomerStage)
    assert all(c.loss_reason and c.intent_level == "F" for c in by_stage[CustomerStage.LOST])
    buyers = [c for c in by_stage[CustomerStage.DEAL] if c.consultant_id is not None]
    assert buyers and all(c.intent_level == "O" for c in buyers)
    # Owners the check-in desk registered: as it registers them.
    owners_only = [c for c in by_stage[CustomerStage.DEAL] if c.consultant_id is None]
    assert owners_only and all(c.source_channel == "售后接车" for c in owners_only)
    stale = [
        c
        for c in by_stage[CustomerStage.PROSPECT]
        if c.last_visit_at.date() < TODAY - timedelta(days=90)
    ]
    assert stale and all(c.intent_level in ("C", "N") for c in stale)
    owners = set(scalars(store.db, select(Vehicle.owner_id)))
    assert owners <= {c.id for c in by_stage[CustomerStage.DEAL]}
    assert all(d.delivered_at.date() < TODAY for d in scalars(store.db, select(Delivery)))


def test_recent_handovers_have_their_signed_checklist(store):
    with store.db.transaction(SYSTEM) as session:
        recent = session.scalars(
            select(Delivery.order_id).where(Delivery.delivered_at >= TODAY - timedelta(days=60))
        ).all()
    assert recent
    document = exported(DeliveryService(store.db, MANAGER).export_handover, recent[0])
    lines = [line for section in document.sections for line in section.lines]
    assert lines and all(line.checked for line in lines)


def test_some_refuse_marketing_and_every_customer_has_consents(store):
    consents = scalars(store.db, select(ContactConsent))
    assert len(consents) == 3 * CUSTOMERS
    marketing = [c for c in consents if c.kind == "marketing"]
    assert any(not c.granted for c in marketing) and any(c.granted for c in marketing)
    assert all(c.granted for c in consents if c.kind == "service")


def consultants(db: Database) -> list[int]:
    return scalars(db, select(StaffUser.id).where(StaffUser.role == StaffRole.SALES_CONSULTANT))


def test_every_consultant_has_key_customers_for_eight_weeks_and_this_one(store):
    weeks = [week_of(TODAY - timedelta(weeks=n)) for n in range(9)]
    with store.db.transaction(SYSTEM) as session:
        rows = session.execute(
            select(KeyCustomerEntry, Customer.stage, Customer.consultant_id).join(
                Customer, Customer.id == KeyCustomerEntry.customer_id
            )
        ).all()
    listed = {(entry.consultant_id, entry.week) for entry, _stage, _consultant in rows}
    assert {(c, w) for c in consultants(store.db) for w in weeks} <= listed
    for entry, stage, consultant in rows:
        assert entry.week in weeks and consultant == entry.consultant_id
        assert entry.outcome != "open" or entry.week == weeks[0]  # past weeks were reviewed
        assert stage == {"deal": "deal", "lost": "lost"}.get(entry.outcome, "prospect")
        assert entry.outcome != "lost" or entry.outcome_reason
    assert any(entry.outcome == "open" for entry, *_rest in rows)
    review = KeyCustomerService(store.db, MANAGER, clock=lambda: NOW).review(weeks[1])
    assert review and all(line.listed for line in review)


# --- the workshop ----------------------------------------------------------------------------
def test_every_repair_order_has_its_work_items_and_amounts(store):
    with store.db.transaction(SYSTEM) as session:
        visits = session.execute(select(ServiceVisit.id, ServiceVisit.settlement_total,
                                        ServiceVisit.handed_over_at)).all()  # fmt: skip
        items = session.execute(select(WorkItem.service_visit_id, WorkItem.status,
                                       WorkItem.labour, WorkItem.parts)).all()  # fmt: skip
    agreed: dict[int, Decimal] = defaultdict(Decimal)
    itemised = Counter(visit_id for visit_id, *_rest in items)
    for visit_id, status, labour, parts in items:
        if status == "agreed":
            agreed[visit_id] += labour + parts
    assert all(itemised[visit_id] for visit_id, _total, _done in visits)
    for visit_id, total, handed_over in visits:
        assert total == (agreed[visit_id] if handed_over else None)
    assert sum(total for _id, total, _done in visits if total) > 0
    assert {status for _visit, status, *_amounts in items} >= {"agreed", "declined"}


def test_odometer_readings_rise_for_every_vehicle(store):
    readings = defaultdict(list)
    db = store.db
    for reading in scalars(db, select(OdometerReading).order_by(OdometerReading.read_at)):
        readings[reading.vehicle_id].append(reading)
    sold_here = set(scalars(db, select(Delivery.vehicle_id)))
    assert any(len(r) > 5 for r in readings.values())
    for vehicle_id, history in readings.items():
        assert history[0].source == ("delivery" if vehicle_id in sold_here else "check_in")
        kms = [r.km for r in history]
        assert kms == sorted(kms) and len(set(kms)) == len(kms)
    for visit in scalars(db, select(ServiceVisit)):
        read = [r for r in readings[visit.vehicle_id] if r.service_visit_id == visit.id]
        assert [r.km for r in read] == [visit.odometer_km]
        handed_over = visit.handed_over_at is not None
        assert (visit.next_service_date is not None) == handed_over
        assert (visit.work_started_at is None) == (visit.status == "checked_in")
        assert visit.checked_in_at <= (visit.work_started_at or visit.checked_in_at)
        assert (visit.work_started_at or NOW) <= (visit.handed_over_at or NOW)
        if handed_over and visit.service_type == "maintenance":
            assert visit.next_service_km > visit.odometer_km


def test_complaint_deadlines_and_open_flags(store):
    complaints = scalars(store.db, select(Complaint))
    assert complaints
    for case in complaints:
        assert case.response_due_at - case.received_at == timedelta(hours=2)
        assert case.first_proposal_due_at - case.received_at == timedelta(hours=24)
        assert case.final_proposal_due_at - case.received_at == timedelta(hours=48)
    open_owners = {c.customer_id for c in complaints if c.status != "closed"}
    flagged = set(scalars(store.db, select(Customer.id).where(Customer.has_open_complaint)))
    assert flagged == open_owners


def test_open_complaints_have_the_desks_deadline_task(store):
    """The demo's open cases are on the calendar as the complaint desk keeps them: one open
    task per case, against the deadline of the step it is at (none once closed)."""
    due = {"received": "response_due_at", "responded": "first_proposal_due_at",
           "first_proposal": "final_proposal_due_at",
           "reinvestigating": "final_proposal_due_at"}  # fmt: skip
    cases = {c.id: c for c in scalars(store.db, select(Complaint))}
    tasks = scalars(store.db, select(FollowUpTask).where(FollowUpTask.kind == "complaint_deadline"))
    expected = {i: getattr(c, due[c.status]) for i, c in cases.items() if c.status in due}
    assert expected, "the demo keeps some cases open for the complaint desk"
    assert {t.source_id: t.due_at for t in tasks} == expected
    assert {(t.source_type, t.status, t.owner_id) for t in tasks} == {
        ("complaint", "open", cases[t.source_id].owner_id) for t in tasks
    }


# --- the follow-up calendar ------------------------------------------------------------------
def test_follow_up_history_has_every_outcome(store):
    tasks = scalars(store.db, select(FollowUpTask))
    statuses = Counter(t.status for t in tasks)
    assert set(statuses) >= {"open", "done", "reached", "not_reached", "skipped"}
    assert 0.02 < statuses["open"] / len(tasks) < 0.3
    assert len({t.dedupe_key for t in tasks}) == len(tasks)
    for task in tasks:
        assert task.message and "{" not in task.message and task.owner_id is not None
        assert (task.completed_at is None) == (task.status == TaskStatus.OPEN)
        assert task.completed_at is None or task.created_at <= task.completed_at <= NOW
    kinds = {t.kind for t in tasks}
    assert kinds >= {"holiday_greeting", "birthday", "maintenance_due", "insurance_expiry",
                     "prospect_follow_up", "dormant_6m", "first_maintenance"}  # fmt: skip


def test_follow_ups_include_overdue_and_today(store):
    tasks = scalars(store.db, select(FollowUpTask))
    open_tasks = [t for t in tasks if t.status == TaskStatus.OPEN]
    assert any(t.due_date < TODAY for t in open_tasks)
    assert any(t.due_date == TODAY for t in tasks)


def test_first_maintenance_reminder_is_done_once_the_car_came_in(store):
    with store.db.transaction(SYSTEM) as session:
        serviced = set(
            session.scalars(
                select(ServiceVisit.vehicle_id).where(ServiceVisit.service_type == "maintenance")
            )
        )
        reminders = session.scalars(
            select(FollowUpTask).where(FollowUpTask.kind == "first_maintenance")
        ).all()
    assert any(t.vehicle_id in serviced for t in reminders)
    for task in reminders:
        if task.vehicle_id in serviced:
            assert task.status == TaskStatus.DONE and task.completed_at is not None


def test_no_open_prospect_follow_ups_for_deals_and_lost_customers(store):
    with store.db.transaction(SYSTEM) as session:
        stale = session.scalar(
            select(func.count(FollowUpTask.id))
            .join(Customer, Customer.id == FollowUpTask.customer_id)
            .where(
                Customer.stage != CustomerStage.PROSPECT,
                FollowUpTask.status == TaskStatus.OPEN,
                FollowUpTask.kind.in_(PROSPECT_TASK_KINDS),
            )
        )
        skipped = session.scalar(
            select(func.count(FollowUpTask.id)).where(FollowUpTask.status == TaskStatus.SKIPPED)
        )
    assert stale == 0 and skipped > 0


def test_refused_contact_is_never_on_the_calendar(store):
    with store.db.transaction(SYSTEM) as session:
        refused = set(
            session.execute(
                select(ContactConsent.customer_id, ContactConsent.kind).where(
                    ContactConsent.granted.is_(False)
                )
            ).all()
        )
        tasks = session.execute(select(FollowUpTask.customer_id, FollowUpTask.kind)).all()
    greetings = {"birthday", "holiday_greeting", "departure_care"}
    assert refused and not [
        (customer, kind) for customer, kind in tasks
        if kind in greetings and (customer, "greetings") in refused
    ]  # fmt: skip


# --- refusals, the command line --------------------------------------------------------------
def test_if_empty_skips_and_a_second_fill_is_refused(store):
    assert generate(store.db, customers=10, seed=1, only_if_empty=True) == {
        "skipped": True,
        "customers": CUSTOMERS,
    }
    with pytest.raises(UserError, match="已有 300 位客户"):
        generate(store.db, customers=10, seed=1)
    assert count(store.db, Customer) == CUSTOMERS


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def test_cli_prints_the_summary_as_its_last_line(tmp_path):
    target = str(tmp_path / "demo.sqlite3")
    done = run_cli("--db", target, "demo", "--customers", "40", "--seed", "3")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    # The command's clock is the real one: before opening time the walk-ins came yesterday.
    assert summary["customers"] == 40 and summary["showroom_visits"] >= 12
    again = run_cli("--db", target, "demo", "--if-empty")
    assert json.loads(again.stdout.strip().splitlines()[-1]) == {"skipped": True, "customers": 40}
    refused = run_cli("--db", target, "demo")
    assert refused.returncode == 1 and "已有 40 位客户" in refused.stderr


def test_a_demo_run_now_has_nothing_later_than_now(tmp_path):
    """The command's clock is the real one: a morning run has no afternoon in it."""
    db = Database(f"sqlite:///{tmp_path / 'morning.sqlite3'}").open()
    try:
        morning = datetime.combine(TODAY, time(8, 40))
        summary = generate(db, customers=40, seed=3, now=morning)
        arrivals = scalars(db, select(ShowroomVisit.arrived_at))
        assert summary["visits_today"] == 0 and not [a for a in arrivals if a.date() == TODAY]
        yesterday = [a for a in arrivals if a.date() == TODAY - timedelta(days=1)]
        assert len(yesterday) >= 12 and len(set(yesterday)) > 6  # the walk-ins came then
        with db.transaction(SYSTEM) as session:
            latest = [
                session.scalar(select(func.max(column)))
                for column in (ShowroomVisit.arrived_at, ServiceVisit.checked_in_at,
                               FollowUpTask.completed_at, FollowUpTask.created_at,
                               OdometerReading.read_at, Customer.created_at)
            ]  # fmt: skip
        assert all(moment is None or moment <= morning for moment in latest)
    finally:
        db.dispose()


# --- what the app does next with the demo's data ---------------------------------------------
def test_the_app_keeps_numbering_after_the_demo(db):
    """Explicit ids must not leave PostgreSQL's sequences behind."""
    fill(db, customers=40)
    with db.transaction(SYSTEM) as session:
        customer = Customer(name="测试", mobile="13900000000", mobile_last4="0000")
        session.add(customer)
        session.flush()
        assert customer.id == 41


def test_staff_entered_by_hand_are_kept_and_used(db):
    with db.transaction(SYSTEM) as session:
        session.add(StaffUser(name="张伟", username="zhangwei", role=StaffRole.SALES_CONSULTANT))
    fill(db, customers=40)
    consultants_now = scalars(
        db, select(StaffUser).where(StaffUser.role == StaffRole.SALES_CONSULTANT)
    )
    assert [(s.id, s.username) for s in consultants_now] == [(1, "zhangwei")]
    assert set(scalars(db, select(Customer.consultant_id))) <= {1, None}
    usernames = scalars(db, select(StaffUser.username))
    assert len(set(usernames)) == len(usernames) and len(usernames) > 1


def test_every_allocated_order_has_its_car_so_its_handover_can_go_ahead(db):
    """已配车 means the VIN is known: no demo order dead-ends at the handover."""
    fill(db)
    allocated = scalars(db, select(SalesOrder).where(SalesOrder.status == OrderStatus.ALLOCATED))
    assert allocated
    cars = {car.id: car for car in scalars(db, select(Vehicle))}
    for order in allocated:
        car = cars[order.vehicle_id]
        assert validate_vin(car.vin).check_digit_ok and car.plate is None
        assert (car.owner_id, car.model_id, car.colour) == (
            order.customer_id, order.model_id, order.colour,
        )  # fmt: skip
        assert car.created_at.date() < TODAY and car.delivery_date is None
    desk = DeliveryService(db, MANAGER, clock=lambda: datetime.combine(TODAY, time(14)))
    order_id = allocated[0].id
    for item in desk.start(order_id).items:
        desk.tick(item.id, True)
    handed = desk.hand_over(order_id, HandoverForm(odometer_km=12))
    assert handed.vehicle_id == allocated[0].vehicle_id


# --- a large fill: a writer process loads what this one tells ----------------------------------
def test_a_writer_process_loads_the_very_same_rows(db, tmp_path):
    here = Database(f"sqlite:///{tmp_path / 'here.sqlite3'}").open()
    try:
        told_here = generate(here, customers=60, seed=SEED, today=TODAY, writer_process=False)
        told_beside = generate(db, customers=60, seed=SEED, today=TODAY, writer_process=True)
        assert {**told_beside, "seconds": 0} == {**told_here, "seconds": 0}
        for model in (m for m in SUMMARY_TABLES.values() if m is not StaffUser):  # salted
            assert all_rows(db, model) == all_rows(here, model), model
        staff = select(StaffUser.id, StaffUser.username, StaffUser.role).order_by(StaffUser.id)
        assert rows_of(db, staff) == rows_of(here, staff)
    finally:
        here.dispose()
    if db.is_sqlite:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def rows_of(db: Database, statement) -> list[tuple]:
    with db.reading(SYSTEM) as session:
        return [tuple(row) for row in session.execute(statement)]


def staff_chunk(db: Database, username: str) -> Chunk:
    with db.reading(SYSTEM) as session:
        out = Writer(session)
    out.add_new(StaffUser, NOW, name="张伟", username=username, role=StaffRole.SALES_CONSULTANT)
    return out.take()


def test_a_story_broken_beside_the_writer_keeps_nothing(sqlite_db):
    chunk = staff_chunk(sqlite_db, "zhangwei")
    sqlite_db.engine.dispose()
    with pytest.raises(ValueError, match="broke"), WriterProcess(sqlite_db.url, NOW) as sink:
        sink.write(chunk, [])
        raise ValueError("the story broke")
    assert count(sqlite_db, StaffUser) == 0


def test_a_writer_that_fails_says_why_and_keeps_nothing(sqlite_db):
    chunk = staff_chunk(sqlite_db, "zhangwei")
    sqlite_db.engine.dispose()
    failed = pytest.raises(WriterFailed, match="IntegrityError")
    with failed, WriterProcess(sqlite_db.url, NOW) as sink:
        sink.write(chunk, [])
        sink.write(chunk, [])  # the same ids again
        sink.close(customers=0)
    assert count(sqlite_db, StaffUser) == 0
