"""The workshop's day for the waiting customer (进度): the cars in the workshop with their
status and promised time, late ones first to notice, and the cars that have just passed
their promised time (the advisor is told)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, exists, or_, select
from sqlalchemy.orm import aliased

from ..db import Database
from ..models import (
    Appointment,
    CarModel,
    Customer,
    RepairOrderStatus,
    ServiceVisit,
    StaffUser,
    Vehicle,
)
from ..permissions import Actor, require_actor
from ..validation import mask_mobile

# A car still in the workshop after this many days is someone's forgotten order, not
# today's work: the board leaves it out.
STILL_IN_DAYS = 14
MAX_ROWS = 200
DONE = (RepairOrderStatus.READY, RepairOrderStatus.HANDED_OVER)


@dataclass(frozen=True)
class ProgressRow:
    order_id: int
    order_no: str
    plate: str | None
    model: str | None
    customer: str
    phone: str  # masked
    advisor_id: int | None
    advisor: str | None
    status: str
    checked_in_at: datetime
    promised_at: datetime | None
    booked: bool  # came with a booking
    late: bool  # past the promised time and not ready

    def minutes_left(self, now: datetime) -> int | None:
        if self.promised_at is None:
            return None
        return int((self.promised_at - now).total_seconds() // 60)


Advisor = aliased(StaffUser)


class WorkshopService:
    def __init__(
        self, db: Database, actor: Actor, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        self.db = db
        self.actor = require_actor(actor)
        self.clock = clock

    def board(self) -> list[ProgressRow]:
        """Today's cars: those in the workshop (checked in lately) and those handed over
        today, by promised time."""
        now = self.clock()
        today = datetime.combine(now.date(), time.min)
        since = today - timedelta(days=STILL_IN_DAYS)
        query = _query().where(
            ServiceVisit.checked_in_at >= since,
            or_(
                ServiceVisit.status != RepairOrderStatus.HANDED_OVER,
                ServiceVisit.handed_over_at >= today,
            ),
        )
        with self.db.transaction(self.actor) as session:
            rows = session.execute(_ordered(query).limit(MAX_ROWS)).all()
        return [_row(r, now) for r in rows]

    def late_between(
        self, after: datetime, until: datetime, advisor_id: int | None = None
    ) -> list[ProgressRow]:
        """Cars whose promised time fell in (after, until] and are not ready: the advisor
        is told once, as the time passes."""
        query = _query().where(
            ServiceVisit.promised_at > after,
            ServiceVisit.promised_at <= until,
            ServiceVisit.status.not_in(DONE),
        )
        if advisor_id is not None:
            query = query.where(ServiceVisit.advisor_id == advisor_id)
        with self.db.transaction(self.actor) as session:
            rows = session.execute(_ordered(query).limit(MAX_ROWS)).all()
        return [_row(r, until + timedelta(seconds=1)) for r in rows]


def _query() -> Select[*tuple[Any, ...]]:
    booked = exists().where(Appointment.service_visit_id == ServiceVisit.id)
    return (
        select(ServiceVisit, Vehicle.plate, CarModel.name, Customer.name, Customer.mobile,
               Advisor.name, booked)
        .join(Vehicle, Vehicle.id == ServiceVisit.vehicle_id)
        .join(Customer, Customer.id == ServiceVisit.customer_id)
        .outerjoin(CarModel, CarModel.id == Vehicle.model_id)
        .outerjoin(Advisor, Advisor.id == ServiceVisit.advisor_id)
    )  # fmt: skip


def _ordered(query: Select[*tuple[Any, ...]]) -> Select[*tuple[Any, ...]]:
    return query.order_by(ServiceVisit.promised_at.is_(None), ServiceVisit.promised_at,
                          ServiceVisit.id)  # fmt: skip


def _row(row: Any, now: datetime) -> ProgressRow:
    visit, plate, model, customer, mobile, advisor, booked = row
    late = visit.promised_at is not None and visit.promised_at < now and visit.status not in DONE
    return ProgressRow(
        order_id=visit.id, order_no=visit.order_no, plate=plate, model=model,
        customer=customer, phone=mask_mobile(mobile), advisor_id=visit.advisor_id,
        advisor=advisor, status=visit.status, checked_in_at=visit.checked_in_at,
        promised_at=visit.promised_at, booked=bool(booked), late=late,
    )  # fmt: skip
