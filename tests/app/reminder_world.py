"""A small store for reminder, calendar and key-customer tests: real rows via the ORM."""

from __future__ import annotations

from datetime import date, datetime

from app.db import Database
from app.models import (
    Customer,
    CustomerStage,
    Delivery,
    FollowUpTask,
    OdometerReading,
    SalesOrder,
    ServiceVisit,
    ShowroomVisit,
    StaffRole,
    Vehicle,
)
from app.permissions import SYSTEM
from app.pinyin import name_keys
from app.validation import with_check_digit
from tests import factories
from tests.factories import add_model, add_staff

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 0)


class Clock(factories.Clock):
    """A clock the test moves by hand, at the reminder tests' day unless told."""

    def __init__(self, now: datetime = NOW) -> None:
        super().__init__(now)


def customer(db: Database, name: str, mobile: str, **extra) -> int:
    initials, full = name_keys(name)
    with db.transaction(SYSTEM) as session:
        row = Customer(
            name=name,
            name_initials=initials,
            name_pinyin=full,
            mobile=mobile,
            mobile_last4=mobile[-4:],
            **extra,
        )
        session.add(row)
        session.flush()
        return row.id


def visit(
    db: Database,
    customer_id: int,
    consultant_id: int | None,
    arrived: datetime,
    level: str = "H",
    model_id: int | None = None,
    departed: datetime | None = None,
) -> int:
    with db.transaction(SYSTEM) as session:
        row = ShowroomVisit(
            customer_id=customer_id,
            consultant_id=consultant_id,
            arrived_at=arrived,
            departed_at=departed,
            intent_level=level,
            model_of_interest_id=model_id,
        )
        session.add(row)
        session.get(Customer, customer_id).intent_level = level
        session.flush()
        return row.id


def vehicle(db: Database, owner_id: int, serial: int, model_id: int | None = None, **dates) -> int:
    vin = with_check_digit(f"LB37622Z0{serial:08d}")
    with db.transaction(SYSTEM) as session:
        row = Vehicle(
            owner_id=owner_id,
            vin=vin,
            vin_last6=vin[-6:],
            plate=f"浙A{serial:05d}",
            model_id=model_id,
            **dates,
        )
        session.add(row)
        session.flush()
        return row.id


def delivery(
    db: Database,
    customer_id: int,
    vehicle_id: int,
    model_id: int,
    consultant_id: int | None,
    delivered: datetime,
) -> int:
    with db.transaction(SYSTEM) as session:
        order = SalesOrder(
            order_no=f"XS{vehicle_id:06d}",
            customer_id=customer_id,
            consultant_id=consultant_id,
            model_id=model_id,
            vehicle_id=vehicle_id,
            price=150000,
            ordered_at=delivered,
        )
        session.add(order)
        session.flush()
        row = Delivery(
            order_id=order.id,
            vehicle_id=vehicle_id,
            consultant_id=consultant_id,
            delivered_at=delivered,
        )
        session.add(row)
        session.get(Customer, customer_id).stage = CustomerStage.DEAL
        session.flush()
        return row.id


def service_visit(
    db: Database,
    customer_id: int,
    vehicle_id: int,
    checked_in: datetime,
    km: int,
    handed_over: bool = True,
) -> int:
    with db.transaction(SYSTEM) as session:
        row = ServiceVisit(
            order_no=f"WX{checked_in:%y%m%d%H%M}{vehicle_id}",
            vehicle_id=vehicle_id,
            customer_id=customer_id,
            checked_in_at=checked_in,
            odometer_km=km,
            handed_over_at=checked_in if handed_over else None,
        )
        session.add(row)
        session.flush()
        session.add(
            OdometerReading(
                vehicle_id=vehicle_id, service_visit_id=row.id, read_at=checked_in, km=km
            )
        )
        return row.id


def tasks(db: Database, **where) -> list[FollowUpTask]:
    from sqlalchemy import select

    with db.transaction(SYSTEM) as session:
        query = select(FollowUpTask).order_by(FollowUpTask.id)
        for name, value in where.items():
            query = query.where(getattr(FollowUpTask, name) == value)
        return list(session.scalars(query))


def staff(db: Database, name: str = "王顾问", role=StaffRole.SALES_CONSULTANT) -> int:
    return add_staff(db, name, role)


def model(db: Database, name: str = "星越L 2.0T") -> int:
    return add_model(db, name)
