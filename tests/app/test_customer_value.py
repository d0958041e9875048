"""The value service: what it computes from real visits and orders, incremental runs,
and who may name a dedicated advisor. Both engines."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from itertools import count

import pytest

from app import settings
from app.db import Database
from app.errors import UserError
from app.models import (
    OrderStatus,
    OwnerType,
    RepairOrderStatus,
    SalesOrder,
    ServiceVisit,
    StaffRole,
)
from app.permissions import SYSTEM, Actor, PermissionDenied
from app.rules.value import RfmSegment, ValueLevel
from app.services.customer_value import CustomerValueService
from tests.factories import MANAGER, Clock, add_customer, add_model, add_staff, add_vehicle

NOW = datetime(2026, 11, 30, 10, 0)
numbers = count(1)


def paid_visit(db: Database, customer_id: int, vehicle_id: int, days_ago: int, yuan: str) -> None:
    at = NOW - timedelta(days=days_ago)
    with db.transaction(SYSTEM) as session:
        session.add(
            ServiceVisit(
                order_no=f"WX{next(numbers):06d}", vehicle_id=vehicle_id, customer_id=customer_id,
                checked_in_at=at - timedelta(hours=3), odometer_km=10_000,
                status=RepairOrderStatus.HANDED_OVER, handed_over_at=at,
                settlement_total=Decimal(yuan),
            )
        )  # fmt: skip


def delivered_order(
    db: Database, customer_id: int, model_id: int, days_ago: int, yuan: int
) -> None:
    with db.transaction(SYSTEM) as session:
        session.add(
            SalesOrder(
                order_no=f"XS{next(numbers):06d}", customer_id=customer_id, model_id=model_id,
                price=yuan, ordered_at=NOW - timedelta(days=days_ago),
                status=OrderStatus.DELIVERED,
            )
        )  # fmt: skip


@pytest.fixture
def store(db: Database) -> dict:
    first = add_customer(db, "王芳", "13800138000")
    car = add_vehicle(db, first, "LSVAU2180N2100000", "粤B12345")
    return {"first": first, "car": car, "model": add_model(db)}


def service(db: Database, clock: Clock | None = None) -> CustomerValueService:
    return CustomerValueService(db, MANAGER, clock or Clock(NOW))


def test_scores_come_from_paid_visits_and_purchases(db: Database, store: dict) -> None:
    paid_visit(db, store["first"], store["car"], days_ago=45, yuan="800")
    paid_visit(db, store["first"], store["car"], days_ago=200, yuan="1200")
    delivered_order(db, store["first"], store["model"], days_ago=300, yuan=150_000)
    report = service(db).recompute()
    assert report.full and report.customers == 1
    value = service(db).of(store["first"])
    assert value is not None
    # R: 45 days → 4; F: 3 in the 730-day window → 3; M: ¥152,000 → 5; year: the same.
    assert (value.r, value.f, value.m) == (4, 3, 5)
    assert value.segment is RfmSegment.CHAMPION and value.level is ValueLevel.HIGH
    assert value.year_spend_yuan == Decimal("152000.00")


def test_a_customer_with_nothing_paid_is_low_value_without_history(
    db: Database, store: dict
) -> None:
    fleet = add_customer(db, "顺达物流", "13900139000", owner_type=OwnerType.FLEET)
    service(db).recompute()
    assert service(db).of(store["first"]).segment is RfmSegment.NONE  # type: ignore[union-attr]
    fleet_value = service(db).of(fleet)
    assert fleet_value is not None and fleet_value.high_value  # fleets are high value


def test_a_visit_outside_the_year_counts_for_rfm_but_not_the_level(
    db: Database, store: dict
) -> None:
    paid_visit(db, store["first"], store["car"], days_ago=400, yuan="25000")
    service(db).recompute()
    value = service(db).of(store["first"])
    assert value is not None and value.m == 5 and value.level is ValueLevel.LOW


def test_the_same_day_run_only_looks_at_what_changed(db: Database, store: dict) -> None:
    other = add_customer(db, "李雷", "13700137000")
    other_car = add_vehicle(db, other, "LSVAU2180N2100001", "粤B54321")
    clock = Clock(NOW)
    assert service(db, clock).recompute().full
    clock.now = NOW + timedelta(hours=2)
    paid_visit(db, other, other_car, days_ago=0, yuan="21000")  # handed over at NOW
    report = service(db, clock).recompute()
    assert not report.full and report.customers == 1
    assert service(db, clock).of(other).level is ValueLevel.HIGH  # type: ignore[union-attr]
    clock.now = NOW + timedelta(days=1)
    assert service(db, clock).recompute().full  # a new day: recency moved for everyone


def test_quantile_method_cuts_the_store_into_fifths(db: Database, store: dict) -> None:
    with db.transaction(SYSTEM) as session:
        settings.put(session, "value.method", "quantile")
    for n in range(10):
        customer = add_customer(db, f"客户{n}", f"1360013{n:04d}")
        car = add_vehicle(db, customer, f"LSVAU2180N220{n:04d}", None)
        paid_visit(db, customer, car, days_ago=10 * (n + 1), yuan=str(500 * (n + 1)))
    service(db).recompute()
    # 10..100 days: the 20 % point is 20 days; the most recent two score 5.
    scores = sorted((v.r for v in _values(db)), reverse=True)
    assert scores == [5, 5, 4, 4, 3, 3, 2, 2, 1, 1]


def _values(db: Database) -> list:
    from sqlalchemy import select

    from app.models import CustomerValue

    with db.transaction(SYSTEM) as session:
        ids = session.scalars(select(CustomerValue.customer_id)).all()
    values = [service(db).of(i) for i in ids]
    return [v for v in values if v is not None and v.r > 0]


def test_counts_by_segment_and_level(db: Database, store: dict) -> None:
    paid_visit(db, store["first"], store["car"], days_ago=5, yuan="30000")
    add_customer(db, "张伟", "13500135000")
    service(db).recompute()
    levels = service(db).level_counts()
    assert levels[ValueLevel.HIGH] == 1 and levels[ValueLevel.LOW] == 1
    assert service(db).segment_counts()[RfmSegment.NONE] == 1


def test_only_a_store_manager_names_a_dedicated_advisor(db: Database, store: dict) -> None:
    advisor = add_staff(db, "赵顾问", StaffRole.SERVICE_ADVISOR)
    consultant = add_staff(db, "钱销售", StaffRole.SALES_CONSULTANT)
    service(db).recompute()
    director = Actor(staff_id=None, name="销售总监", role=StaffRole.SALES_DIRECTOR)
    with pytest.raises(PermissionDenied):
        CustomerValueService(db, director, Clock(NOW)).set_dedicated_advisor(
            store["first"], advisor
        )
    with pytest.raises(UserError, match="不是服务顾问"):
        service(db).set_dedicated_advisor(store["first"], consultant)
    service(db).set_dedicated_advisor(store["first"], advisor)
    assert service(db).of(store["first"]).dedicated_advisor == "赵顾问"  # type: ignore[union-attr]
