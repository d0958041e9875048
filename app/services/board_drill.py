"""The lists behind the board's numbers: one SELECT per figure, paged by the database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, literal, select

from ..models import (
    Complaint,
    Customer,
    CustomerValue,
    FollowUpTask,
    SalesOrder,
    ServiceVisit,
    ShowroomVisit,
    TaskStatus,
    Vehicle,
)
from ..rules.board import DormantBand, day_bounds
from .board_data import DrillRow, Figure
from .board_queries import FINISHED, in_band, last_service_visits

AnySelect = Select[*tuple[Any, ...]]  # a SELECT of the drill columns


def _customer_rows(kind: str, row_id: Any, when: Any, detail: Any) -> AnySelect:
    return select(
        literal(kind).label("kind"), row_id.label("id"), Customer.id.label("customer_id"),
        Customer.name, Customer.mobile, when.label("when"), detail.label("detail"),
    )  # fmt: skip


def visits(day: date, **_: Any) -> AnySelect:
    visit = ShowroomVisit
    query = _customer_rows("customer", visit.id, visit.arrived_at, visit.intent_level)
    return query.join(Customer, Customer.id == visit.customer_id).where(
        visit.arrived_at.between(*day_bounds(day, day))
    )


def orders(day: date, **_: Any) -> AnySelect:
    start, end = day_bounds(day, day)
    walked_in = select(ShowroomVisit.id).where(
        ShowroomVisit.customer_id == SalesOrder.customer_id,
        ShowroomVisit.arrived_at.between(start, end),
    )
    query = _customer_rows("customer", SalesOrder.id, SalesOrder.ordered_at, SalesOrder.order_no)
    return query.join(Customer, Customer.id == SalesOrder.customer_id).where(
        SalesOrder.ordered_at.between(start, end), walked_in.exists()
    )


def _tasks(owner_id: int | None) -> AnySelect:
    task = FollowUpTask
    query = _customer_rows("task", task.id, task.due_date, task.kind)
    owner = task.owner_id.is_(None) if owner_id is None else task.owner_id == owner_id
    return query.join(Customer, Customer.id == task.customer_id).where(owner)


def followups_done(day: date, owner_id: int | None = None, **_: Any) -> AnySelect:
    task = FollowUpTask
    return _tasks(owner_id).where(task.status.in_(FINISHED), task.due_date == day)


def followups_overdue(day: date, owner_id: int | None = None, **_: Any) -> AnySelect:
    task = FollowUpTask
    return _tasks(owner_id).where(task.status == TaskStatus.OPEN, task.due_date < day)


def service_visits(day: date, **_: Any) -> AnySelect:
    visit = ServiceVisit
    query = _customer_rows("customer", visit.id, visit.checked_in_at, visit.order_no)
    return query.join(Customer, Customer.id == visit.customer_id).where(
        visit.checked_in_at.between(*day_bounds(day, day))
    )


def next_due(day: date, days: int = 30, **_: Any) -> AnySelect:
    car = Vehicle
    query = _customer_rows("customer", car.id, car.next_service_date, car.vin)
    return query.join(Customer, Customer.id == car.owner_id).where(
        car.next_service_date.between(day, day + timedelta(days=days))
    )


def complaints(first: date, day: date, category: str, **_: Any) -> AnySelect:
    case_ = Complaint
    query = _customer_rows("case", case_.id, case_.received_at, case_.case_no)
    return query.join(Customer, Customer.id == case_.customer_id).where(
        case_.received_at.between(*day_bounds(first, day)), case_.category == category
    )


def dormant(band: DormantBand, **_: Any) -> AnySelect:
    last = last_service_visits()
    query = _customer_rows("customer", Customer.id, last.c.last, literal(""))
    return query.join(last, last.c.customer_id == Customer.id).where(in_band(last.c.last, band))


def segment(segment: str, **_: Any) -> AnySelect:
    value = CustomerValue
    query = _customer_rows("customer", Customer.id, value.computed_at, value.level)
    return query.join(Customer, Customer.id == value.customer_id).where(value.segment == segment)


QUERIES: dict[Figure, Callable[..., AnySelect]] = {
    Figure.VISITS: visits,
    Figure.ORDERS: orders,
    Figure.FOLLOWUPS_DONE: followups_done,
    Figure.FOLLOWUPS_OVERDUE: followups_overdue,
    Figure.SERVICE_VISITS: service_visits,
    Figure.NEXT_DUE: next_due,
    Figure.COMPLAINTS: complaints,
    Figure.DORMANT: dormant,
    Figure.SEGMENT: segment,
}


def drill_row(row: Any, masked: Callable[[str | None], str]) -> DrillRow:
    when = row.when.date() if isinstance(row.when, datetime) else row.when
    if isinstance(when, str):  # SQLite hands back max() of a datetime column as text
        when = datetime.fromisoformat(when).date()
    return DrillRow(
        row.kind, row.id, row.customer_id, row.name, masked(row.mobile), when, str(row.detail)
    )
