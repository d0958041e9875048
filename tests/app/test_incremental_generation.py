"""An incremental reminder run, on SQLite and PostgreSQL, does work proportional to what
changed since its watermark: the same statements and the same drafts whether the store
has a few customers or many more, and only the changed rows' tasks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import count

import pytest
from sqlalchemy import event, update

from app.db import Database
from app.models import (
    ContactConsent,
    Customer,
    CustomerStage,
    Delivery,
    SalesOrder,
    ServiceVisit,
    ShowroomVisit,
    TaskStatus,
    Vehicle,
)
from app.permissions import SYSTEM
from app.services.reminders import GenerationReport, ReminderService
from app.services.sales import OrderForm, SalesService
from tests.app import reminder_world as w
from tests.factories import MANAGER

NOW = w.NOW
SERIALS = count(100)  # phones and VINs: unique across the rounds of a test


@pytest.fixture
def service(db) -> ReminderService:
    return ReminderService(db, MANAGER, w.Clock(NOW))


@dataclass(frozen=True)
class Store:
    db: Database
    consultant: int
    model: int


@pytest.fixture
def store(db) -> Store:
    return Store(db, w.staff(db), w.model(db))


def customer(store: Store, **extra) -> int:
    return w.customer(store.db, "张三", f"139{next(SERIALS):08d}", **extra)


def car(store: Store, owner: int) -> int:
    return w.vehicle(store.db, owner, next(SERIALS), store.model)


def grow(store: Store, customers: int) -> None:
    """Customers with a history: a walk-in yesterday; a car handed over three weeks ago
    and serviced ten days ago."""
    for _ in range(customers):
        prospect = customer(store)
        w.visit(store.db, prospect, store.consultant, NOW - timedelta(hours=20), "B")
        owner = customer(store, stage=CustomerStage.DEAL)
        vehicle = car(store, owner)
        w.delivery(store.db, owner, vehicle, store.model, store.consultant, NOW - timedelta(21))
        w.service_visit(store.db, owner, vehicle, NOW - timedelta(days=10), 3_000)


def age(db: Database) -> None:
    """Everything so far was entered an hour ago, well before the watermark (and before
    the minutes a shared database's run reads again)."""
    before = datetime.now() - timedelta(hours=1)
    tables = (Customer, ContactConsent, Vehicle, ShowroomVisit, SalesOrder, Delivery, ServiceVisit)
    with db.transaction(SYSTEM) as session:
        for table in tables:
            session.execute(
                update(table).where(table.updated_at > before).values(updated_at=before)
            )


@dataclass(frozen=True)
class Measured:
    report: GenerationReport
    statements: int


def incremental_run(service: ReminderService, db: Database) -> Measured:
    sent: list[str] = []

    def keep(_conn, _cursor, statement, *_args) -> None:
        sent.append(statement)

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        report = service.generate()
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    assert report.incremental
    return Measured(report, len(sent))


def small_then_large(
    store: Store,
    service: ReminderService,
    prepare: Callable[[Store], int],
    change: Callable[[Store, int], None],
) -> tuple[Measured, Measured]:
    """The same change measured in a store of 2 customers' history, then of 22: what
    was there is generated and aged first, the change comes after the watermark."""
    measured = []
    for more in (2, 20):
        grow(store, more)
        subject = prepare(store)
        service.generate()
        age(store.db)
        change(store, subject)
        measured.append(incremental_run(service, store.db))
    small, large = measured
    assert large.statements == small.statements
    assert (large.report.considered, large.report.by_kind, large.report.retired) == (
        small.report.considered, small.report.by_kind, small.report.retired,
    )  # fmt: skip
    return small, large


def nobody(_store: Store) -> int:
    return 0


def test_a_new_walk_in_is_all_the_run_reads(store, service):
    def walk_in(store: Store, _subject: int) -> None:
        w.visit(store.db, customer(store), store.consultant, NOW - timedelta(minutes=30), "A")

    small, _large = small_then_large(store, service, nobody, walk_in)
    assert small.report.by_kind == {"prospect_first_follow_up": 1}
    assert small.report.considered == 1


def test_a_new_service_visit_is_all_the_run_reads(store, service):
    def serviced_car(store: Store) -> int:
        owner = customer(store, stage=CustomerStage.DEAL)
        return car(store, owner)

    def service_visit(store: Store, vehicle: int) -> None:
        with store.db.transaction(SYSTEM) as session:
            owner = session.get(Vehicle, vehicle).owner_id
        w.service_visit(store.db, owner, vehicle, NOW - timedelta(hours=1), 8_000)

    small, _large = small_then_large(store, service, serviced_car, service_visit)
    assert small.report.by_kind == {"regular_maintenance": 1}
    assert small.report.considered == 1


def test_a_new_handover_is_all_the_run_reads(store, service):
    def sold_car(store: Store) -> int:
        return car(store, customer(store))

    def handover(store: Store, vehicle: int) -> None:
        with store.db.transaction(SYSTEM) as session:
            owner = session.get(Vehicle, vehicle).owner_id
        w.delivery(
            store.db, owner, vehicle, store.model, store.consultant, NOW - timedelta(hours=1)
        )

    small, _large = small_then_large(store, service, sold_car, handover)
    assert small.report.by_kind == {
        "handover_callback_24h": 1, "care_call_15d": 1, "consultant_care": 2,
        "first_maintenance": 1,
    }  # fmt: skip
    assert small.report.considered == small.report.made


def test_an_order_stops_only_its_customers_prospect_calls(store, service):
    def prospect(store: Store) -> int:
        someone = customer(store)
        w.visit(store.db, someone, store.consultant, NOW - timedelta(hours=3), "H")
        return someone

    def order(store: Store, someone: int) -> None:
        sales = SalesService(store.db, MANAGER, w.Clock(NOW))
        sales.create_order(OrderForm(customer_id=someone, model_id=store.model, price=150_000))

    small, _large = small_then_large(store, service, prospect, order)
    assert (small.report.made, small.report.considered) == (0, 0)
    calls = w.tasks(store.db, kind="prospect_first_follow_up")
    stopped = [t.customer_id for t in calls if t.status == TaskStatus.SKIPPED]
    assert len(stopped) == 2 and len(calls) == 2 + 1 + 20 + 1  # the others' calls stay open


def test_consent_given_again_brings_back_only_that_customers_reminders(store, service):
    def refused_greetings(store: Store) -> int:
        someone = customer(store, birthday=date(1990, 11, 28))
        service.set_consent(someone, "greetings", False, "不要短信")
        return someone

    def given_again(_store: Store, someone: int) -> None:
        service.set_consent(someone, "greetings", True, "客户又愿意收到祝福了")

    small, _large = small_then_large(store, service, refused_greetings, given_again)
    assert small.report.by_kind == {"birthday": 1}
    assert small.report.considered == 1
    assert [t.due_date for t in w.tasks(store.db, kind="birthday")] == [date(2026, 11, 28)] * 2


def test_a_first_run_reads_the_lookback_and_the_window_whole(store, service):
    """The yardstick for the tests above: without a watermark the run looks at every
    recent event, so its drafts grow with the store."""
    grow(store, 3)
    first = service.generate()
    assert not first.incremental and first.considered > 3 * 4
