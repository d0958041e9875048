"""The demo generator: deterministic, valid (phones, plates, VINs), consistent, bulk-safe."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.demo import generate
from app.demo.data import DEMO_PASSWORD
from app.errors import UserError
from app.models import (
    CarModel,
    Complaint,
    ComplaintEvent,
    ContactConsent,
    Customer,
    CustomerStage,
    Delivery,
    DeliveryChecklistItem,
    FollowUpTask,
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
)
from app.permissions import SYSTEM
from app.pinyin import name_keys
from app.rules.orders import PROSPECT_TASK_KINDS
from app.services.auth import AuthService
from app.services.delivery import DeliveryService, HandoverForm
from app.services.reception import ReceptionService
from app.services.search import SearchService
from app.validation import is_new_energy_plate, validate_mobile, validate_plate, validate_vin
from tests.factories import MANAGER, exported

TODAY = date(2026, 11, 23)
CUSTOMERS = 300
SEED = 7
ROOT = Path(__file__).resolve().parents[2]

SUMMARY_TABLES = {
    "customers": Customer,
    "vehicles": Vehicle,
    "staff": StaffUser,
    "car_models": CarModel,
    "showroom_visits": ShowroomVisit,
    "sales_orders": SalesOrder,
    "order_services": OrderService,
    "deliveries": Delivery,
    "delivery_checklist_items": DeliveryChecklistItem,
    "service_visits": ServiceVisit,
    "odometer_readings": OdometerReading,
    "follow_up_tasks": FollowUpTask,
    "complaints": Complaint,
    "complaint_events": ComplaintEvent,
    "contact_consents": ContactConsent,
}


def fill(db: Database, seed: int = SEED, customers: int = CUSTOMERS) -> dict:
    return generate(db, customers=customers, seed=seed, today=TODAY)


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


def test_same_seed_same_rows_on_either_engine(db, tmp_path):
    fill(db)
    other = Database(f"sqlite:///{tmp_path / 'second.sqlite3'}").open()
    try:
        fill(other)
        for model in (Customer, Vehicle, ServiceVisit, FollowUpTask):
            assert all_rows(db, model) == all_rows(other, model)
    finally:
        other.dispose()


def test_another_seed_other_people(db, tmp_path):
    fill(db)
    other = Database(f"sqlite:///{tmp_path / 'other.sqlite3'}").open()
    try:
        fill(other, seed=SEED + 1)
        assert scalars(db, select(Customer.mobile)) != scalars(other, select(Customer.mobile))
    finally:
        other.dispose()


def test_summary_counts_are_the_rows_written(db):
    summary = fill(db)
    assert summary["customers"] == CUSTOMERS
    for key, model in SUMMARY_TABLES.items():
        assert summary[key] == count(db, model), key
    assert summary["seconds"] >= 0


def test_every_mobile_is_a_valid_unique_cn_mobile(db):
    fill(db)
    rows = scalars(db, select(Customer))
    assert len({c.mobile for c in rows}) == CUSTOMERS
    for customer in rows:
        assert validate_mobile(customer.mobile) == customer.mobile
        assert customer.mobile_last4 == customer.mobile[-4:]


def test_names_carry_their_pinyin_keys(db):
    fill(db)
    for customer in scalars(db, select(Customer)):
        assert (customer.name_initials, customer.name_pinyin) == name_keys(customer.name)
    zeng = [c for c in scalars(db, select(Customer)) if c.name.startswith("曾")]
    assert all(c.name_pinyin.startswith("zeng") for c in zeng)


def test_every_plate_is_valid_and_new_energy_cars_get_green_plates(db):
    """Every car handed over has its plate; an allocated car gets one at its handover."""
    fill(db)
    with db.transaction(SYSTEM) as session:
        delivered = select(Delivery.vehicle_id).where(Delivery.delivered_at.is_not(None))
        rows = session.execute(
            select(Vehicle.plate, CarModel.is_new_energy)
            .join(CarModel)
            .where(Vehicle.id.in_(delivered))
        ).all()
        unplated = set(session.scalars(select(Vehicle.id).where(Vehicle.plate.is_(None))))
        allocated = select(SalesOrder.vehicle_id).where(SalesOrder.status == OrderStatus.ALLOCATED)
        assert unplated == set(session.scalars(allocated))
    assert rows
    for plate, new_energy in rows:
        assert validate_plate(plate) == plate
        assert is_new_energy_plate(plate) == new_energy
    assert any(new_energy for _, new_energy in rows)


def test_every_vin_has_a_correct_check_digit(db):
    fill(db)
    vehicles = scalars(db, select(Vehicle))
    assert len({v.vin for v in vehicles}) == len(vehicles)
    for vehicle in vehicles:
        check = validate_vin(vehicle.vin)
        assert check.vin == vehicle.vin and check.check_digit_ok
        assert vehicle.vin_last6 == vehicle.vin[-6:]
        assert vehicle.vin[:3] in {"LSV", "LFV", "LGB", "LVS", "LHG", "LBV"}


def test_odometer_readings_rise_for_every_vehicle(db):
    fill(db)
    readings = defaultdict(list)
    for reading in scalars(db, select(OdometerReading).order_by(OdometerReading.read_at)):
        readings[reading.vehicle_id].append(reading)
    assert any(len(r) > 2 for r in readings.values())
    for history in readings.values():
        assert history[0].source == "delivery"
        kms = [r.km for r in history]
        assert kms == sorted(kms) and len(set(kms)) == len(kms)
    for visit in scalars(db, select(ServiceVisit)):
        read = [r for r in readings[visit.vehicle_id] if r.service_visit_id == visit.id]
        assert [r.km for r in read] == [visit.odometer_km]
        handed_over = visit.handed_over_at is not None
        assert (visit.next_service_date is not None) == handed_over
        if handed_over and visit.service_type == "maintenance":
            assert visit.next_service_km > visit.odometer_km


def test_today_has_walk_ins_for_the_reception_tab(db):
    summary = fill(db)
    traffic = ReceptionService(db, MANAGER, clock=lambda: TODAY).traffic(TODAY)
    assert traffic.visits == summary["visits_today"] >= 12
    assert traffic.first_visits and traffic.test_drives >= 0
    visits = scalars(db, select(ShowroomVisit).where(ShowroomVisit.arrived_at >= TODAY))
    assert all(v.departed_at is None or v.departed_at > v.arrived_at for v in visits)


def test_staff_cover_every_role_with_unique_usernames(db):
    fill(db)
    staff = scalars(db, select(StaffUser))
    assert {s.role for s in staff} == set(StaffRole)
    assert len({s.username for s in staff}) == len(staff)


def test_staff_entered_by_hand_are_kept_and_used(db):
    with db.transaction(SYSTEM) as session:
        session.add(StaffUser(name="张伟", username="zhangwei", role=StaffRole.SALES_CONSULTANT))
    fill(db)
    consultants = scalars(db, select(StaffUser).where(StaffUser.role == StaffRole.SALES_CONSULTANT))
    assert [(s.id, s.username) for s in consultants] == [(1, "zhangwei")]
    assert set(scalars(db, select(Customer.consultant_id))) == {1}
    usernames = scalars(db, select(StaffUser.username))
    assert len(set(usernames)) == len(usernames) and len(usernames) > 1


def test_stages_have_their_history(db):
    fill(db)
    customers = scalars(db, select(Customer))
    by_stage = defaultdict(list)
    for customer in customers:
        by_stage[customer.stage].append(customer)
    assert set(by_stage) == set(CustomerStage)
    assert all(c.loss_reason and c.intent_level == "F" for c in by_stage[CustomerStage.LOST])
    assert all(c.intent_level == "O" for c in by_stage[CustomerStage.DEAL])
    stale = [
        c
        for c in by_stage[CustomerStage.PROSPECT]
        if c.last_visit_at.date() < TODAY - timedelta(days=90)
    ]
    assert stale and all(c.intent_level in ("C", "N") for c in stale)
    owners = set(scalars(db, select(Vehicle.owner_id)))
    assert owners <= {c.id for c in by_stage[CustomerStage.DEAL]}
    assert all(d.delivered_at.date() < TODAY for d in scalars(db, select(Delivery)))


def test_recent_handovers_have_their_signed_checklist(db):
    fill(db)
    with db.transaction(SYSTEM) as session:
        recent = session.scalars(
            select(Delivery.order_id).where(Delivery.delivered_at >= TODAY - timedelta(days=60))
        ).all()
    assert recent
    document = exported(DeliveryService(db, MANAGER).export_handover, recent[0])
    lines = [line for section in document.sections for line in section.lines]
    assert lines and all(line.checked for line in lines)


def test_some_refuse_marketing_and_every_customer_has_consents(db):
    fill(db)
    consents = scalars(db, select(ContactConsent))
    assert len(consents) == 3 * CUSTOMERS
    marketing = [c for c in consents if c.kind == "marketing"]
    assert any(not c.granted for c in marketing) and any(c.granted for c in marketing)
    assert all(c.granted for c in consents if c.kind == "service")


def test_complaint_deadlines_and_open_flags(db):
    fill(db)
    complaints = scalars(db, select(Complaint))
    assert complaints
    for case in complaints:
        assert case.response_due_at - case.received_at == timedelta(hours=2)
        assert case.first_proposal_due_at - case.received_at == timedelta(hours=24)
        assert case.final_proposal_due_at - case.received_at == timedelta(hours=48)
    open_owners = {c.customer_id for c in complaints if c.status != "closed"}
    flagged = set(scalars(db, select(Customer.id).where(Customer.has_open_complaint)))
    assert flagged == open_owners


def test_open_complaints_have_the_desks_deadline_task(db):
    """The demo's open cases are on the calendar as the complaint desk keeps them: one open
    task per case, against the deadline of the step it is at (none once closed)."""
    fill(db, customers=1500)  # enough recent complaints still open
    due = {"received": "response_due_at", "responded": "first_proposal_due_at",
           "first_proposal": "final_proposal_due_at",
           "reinvestigating": "final_proposal_due_at"}  # fmt: skip
    cases = {c.id: c for c in scalars(db, select(Complaint))}
    tasks = scalars(db, select(FollowUpTask).where(FollowUpTask.kind == "complaint_deadline"))
    expected = {i: getattr(c, due[c.status]) for i, c in cases.items() if c.status in due}
    assert expected, "the demo keeps some cases open for the complaint desk"
    assert {t.source_id: t.due_at for t in tasks} == expected
    assert {(t.source_type, t.status, t.owner_id) for t in tasks} == {
        ("complaint", "open", cases[t.source_id].owner_id) for t in tasks
    }


def test_follow_ups_include_overdue_and_today(db):
    fill(db)
    tasks = scalars(db, select(FollowUpTask))
    open_tasks = [t for t in tasks if t.status == TaskStatus.OPEN]
    assert any(t.due_date < TODAY for t in open_tasks)
    assert any(t.due_date == TODAY for t in tasks)
    assert len({t.dedupe_key for t in tasks}) == len(tasks)


def test_first_maintenance_reminder_is_done_once_the_car_came_in(db):
    fill(db, customers=1500)  # enough recent handovers already back for their first service
    with db.transaction(SYSTEM) as session:
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


def test_no_open_prospect_follow_ups_for_deals_and_lost_customers(db):
    fill(db)
    with db.transaction(SYSTEM) as session:
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


def test_the_app_keeps_numbering_after_the_demo(db):
    """Explicit ids must not leave PostgreSQL's sequences behind."""
    fill(db)
    with db.transaction(SYSTEM) as session:
        customer = Customer(name="测试", mobile="13900000000", mobile_last4="0000")
        session.add(customer)
        session.flush()
        assert customer.id == CUSTOMERS + 1


def test_search_finds_demo_customers_by_every_key(db):
    fill(db)
    vehicle = scalars(db, select(Vehicle).limit(1))[0]
    owner = scalars(db, select(Customer).where(Customer.id == vehicle.owner_id))[0]
    service = SearchService(db, MANAGER)
    for query in (owner.mobile, owner.mobile[-4:], vehicle.plate, vehicle.vin, vehicle.vin[-6:]):
        assert owner.id in [hit.id for hit in service.search(query, limit=500)], query


def test_if_empty_skips_and_a_second_fill_is_refused(db):
    fill(db)
    assert generate(db, customers=10, seed=1, only_if_empty=True) == {
        "skipped": True,
        "customers": CUSTOMERS,
    }
    with pytest.raises(UserError, match="已有 300 位客户"):
        generate(db, customers=10, seed=1)
    assert count(db, Customer) == CUSTOMERS


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
    assert summary["customers"] == 40 and summary["visits_today"] >= 12
    again = run_cli("--db", target, "demo", "--if-empty")
    assert json.loads(again.stdout.strip().splitlines()[-1]) == {"skipped": True, "customers": 40}
    refused = run_cli("--db", target, "demo")
    assert refused.returncode == 1 and "已有 40 位客户" in refused.stderr


def test_demo_staff_can_sign_in_with_the_documented_password(db):
    fill(db)
    manager = AuthService(db).sign_in("tangguoqiang", DEMO_PASSWORD)
    assert (manager.name, manager.role) == ("唐国强", "store_manager")
    assert not AuthService(db).needs_first_admin()


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
    desk = DeliveryService(db, MANAGER, clock=lambda: datetime.combine(TODAY, time(10)))
    order_id = allocated[0].id
    for item in desk.start(order_id).items:
        desk.tick(item.id, True)
    handed = desk.hand_over(order_id, HandoverForm(odometer_km=12))
    assert handed.vehicle_id == allocated[0].vehicle_id
