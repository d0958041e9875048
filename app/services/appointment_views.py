"""What the appointment book shows besides its lists: a day's slots with their load,
the booking a follow-up asks for, and the figures for the managers' board."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import (
    Appointment,
    AppointmentStatus,
    Customer,
    FollowUpTask,
    ServiceVisit,
    Vehicle,
    WorkItem,
    WorkItemStatus,
)
from ..rules import appointments as rules
from . import appointments_data as data
from .appointment_types import (
    AppointmentFigures,
    AppointmentRow,
    DayPlan,
    FollowUpBooking,
    SlotLoad,
)
from .calendar import kind_label


def week_plans(session: Session, monday: date, now: datetime) -> list[DayPlan]:
    """Seven day plans from one reading of the rules and of the week's bookings."""
    plan_rules = data.booking_rules(session)
    rows = data.rows_between(session, monday, monday + timedelta(days=6), now)
    days = [monday + timedelta(days=n) for n in range(7)]
    return [day_plan(session, day, now, plan_rules, [r for r in rows if r.start.date() == day])
            for day in days]  # fmt: skip


def day_plan(
    session: Session, day: date, now: datetime, plan_rules: rules.Rules | None = None,
    rows: list[AppointmentRow] | None = None,
) -> DayPlan:  # fmt: skip
    plan_rules = plan_rules or data.booking_rules(session)
    rows = data.rows_between(session, day, day, now) if rows is None else rows
    capacity = plan_rules.capacity
    active = [r for r in rows if r.status in rules.ACTIVE]
    slots = []
    is_open = plan_rules.is_open_day(day)
    for start in (
        rules.slots_of_day(day, plan_rules.hours, capacity.slot_minutes) if is_open else []
    ):
        inside = [r for r in active if rules.slot_of(r.start, plan_rules.hours,
                                                       capacity.slot_minutes) == start]  # fmt: skip
        by_advisor: dict[int, int] = {}
        for r in inside:
            if r.advisor_id is not None:
                by_advisor[r.advisor_id] = by_advisor.get(r.advisor_id, 0) + 1
        slots.append(SlotLoad(start, len(inside), capacity.arrivals_per_slot, by_advisor))
    return DayPlan(day, is_open, slots, sum(r.minutes for r in active),
                   capacity.technician_minutes if is_open else 0, rows)  # fmt: skip


def follow_up_booking(session: Session, task: FollowUpTask) -> FollowUpBooking:
    vehicle_id = task.vehicle_id
    if vehicle_id is None and task.customer_id is not None:
        cars = list(session.scalars(select(Vehicle.id).where(Vehicle.owner_id == task.customer_id)))
        vehicle_id = cars[0] if len(cars) == 1 else None
    customer = session.get(Customer, task.customer_id) if task.customer_id else None
    planned = None
    if task.kind == "declined_work" and vehicle_id is not None:
        declined = session.scalars(
            select(WorkItem.description)
            .join(ServiceVisit, ServiceVisit.id == WorkItem.service_visit_id)
            .where(
                ServiceVisit.vehicle_id == vehicle_id, WorkItem.status == WorkItemStatus.DECLINED
            )
            .order_by(WorkItem.id.desc())
            .limit(10)
        )
        planned = "\n".join(dict.fromkeys(declined)) or None
    advisor_ids = {a.id for a in data.advisors(session)}
    return FollowUpBooking(
        task_id=task.id, task_version=task.version, kind_label=kind_label(task.kind),
        customer_id=task.customer_id, customer=customer.name if customer else None,
        vehicle_id=vehicle_id, kind=rules.BOOKABLE_FOLLOW_UPS[task.kind],
        advisor_id=task.owner_id if task.owner_id in advisor_ids else None,
        planned_work=planned, message=task.message,
    )  # fmt: skip


def figures(session: Session, first: date, last: date, now: datetime) -> AppointmentFigures:
    start, end = data.day_bounds(first, last)
    rows = data.rows_between(session, first, last, now)
    per_day: dict[date, int] = {}
    for r in rows:
        if r.status != AppointmentStatus.CANCELLED:
            per_day[r.start.date()] = per_day.get(r.start.date(), 0) + 1
    in_range = (ServiceVisit.checked_in_at >= start, ServiceVisit.checked_in_at < end)
    visits = session.scalar(select(func.count(ServiceVisit.id)).where(*in_range)) or 0
    booked = session.scalar(
        select(func.count(func.distinct(Appointment.service_visit_id)))
        .join(ServiceVisit, ServiceVisit.id == Appointment.service_visit_id)
        .where(*in_range)
    ) or 0  # fmt: skip
    spans = session.execute(
        select(ServiceVisit.checked_in_at, ServiceVisit.work_started_at)
        .where(*in_range, ServiceVisit.work_started_at.is_not(None))
    ).all()  # fmt: skip
    return AppointmentFigures(
        start=first, end=last, bookings_per_day=dict(sorted(per_day.items())),
        arrived=sum(1 for r in rows if r.status == AppointmentStatus.ARRIVED),
        no_show=sum(1 for r in rows if r.status == AppointmentStatus.NO_SHOW),
        service_visits=visits, booked_visits=booked,
        average_wait_minutes=rules.average_minutes([(a, b) for a, b in spans if b is not None]),
    )  # fmt: skip
