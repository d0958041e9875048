"""The board's aggregate statements: each figure one grouped SELECT, never rows to Python."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement, Subquery

from ..models import (
    Complaint,
    ComplaintStatus,
    FollowUpTask,
    ServiceVisit,
    StaffUser,
    TaskStatus,
    Vehicle,
)
from ..rules.board import DormantBand, day_bounds
from .board_data import ComplaintClass, DormantCount, OwnerFollowUps, ServiceFigures

FINISHED = (TaskStatus.REACHED, TaskStatus.DONE, TaskStatus.BOOKED, TaskStatus.NOT_REACHED)


def followups_by_owner(session: Session, day: date) -> list[OwnerFollowUps]:
    """Per owner, the day's list (tasks due that day, and how many of them are done) and
    the open tasks overdue from before. Two grouped statements, each along an index (the
    due date; the status and due date): a third of a million tasks a year at a store."""
    listed = _day_list_by_owner(session, day)
    late = _overdue_by_owner(session, day)
    names = {owner: name for owner, name, *_counts in listed + late}
    day_list = {owner: (due, done) for owner, _name, due, done in listed}
    overdue = {owner: n for owner, _name, n in late}
    rows = [OwnerFollowUps(owner, names[owner], *day_list.get(owner, (0, 0)),
                           overdue.get(owner, 0))
            for owner in names]  # fmt: skip
    return sorted(rows, key=lambda row: (row.owner is None, row.owner or ""))


def _day_list_by_owner(session: Session, day: date) -> list[Any]:
    task = FollowUpTask
    return list(session.execute(
        select(task.owner_id, StaffUser.name, func.count(),
               func.count().filter(task.status.in_(FINISHED)))
        .outerjoin(StaffUser, StaffUser.id == task.owner_id)
        .where(task.due_date == day, task.status != TaskStatus.SKIPPED)
        .group_by(task.owner_id, StaffUser.name)
    ).all())  # fmt: skip


def _overdue_by_owner(session: Session, day: date) -> list[Any]:
    task = FollowUpTask
    return list(session.execute(
        select(task.owner_id, StaffUser.name, func.count())
        .outerjoin(StaffUser, StaffUser.id == task.owner_id)
        .where(task.status == TaskStatus.OPEN, task.due_date < day)
        .group_by(task.owner_id, StaffUser.name)
    ).all())  # fmt: skip


def service_figures(session: Session, day: date, first: date, due_days: int) -> ServiceFigures:
    start, end = day_bounds(day, day)
    visit = ServiceVisit
    visits = session.execute(
        select(
            func.count().filter(visit.checked_in_at.between(start, end)),
            func.count(),
            func.count().filter(visit.handed_over_at.between(start, end)),
        ).where(visit.checked_in_at.between(day_bounds(first, day)[0], end))
    ).one()
    due = session.scalar(
        select(func.count(Vehicle.id)).where(
            Vehicle.next_service_date.between(day, day + timedelta(days=due_days))
        )
    )
    return ServiceFigures(visits[0], visits[1], visits[2], due or 0, due_days)


def complaints_by_class(
    session: Session, first: date, day: date, now: datetime, labels: dict[str, str]
) -> list[ComplaintClass]:
    """Cases received in the window, per class: open, response in time, response late."""
    case_ = Complaint
    answered_late = case_.responded_at > case_.response_due_at
    unanswered_late = and_(case_.responded_at.is_(None), case_.response_due_at < now)
    rows = session.execute(
        select(
            case_.category, func.count(),
            func.count().filter(case_.status != ComplaintStatus.CLOSED),
            func.count().filter(case_.responded_at <= case_.response_due_at),
            func.count().filter(or_(answered_late, unanswered_late)),
        )
        .where(case_.received_at.between(*day_bounds(first, day)))
        .group_by(case_.category)
        .order_by(func.count().desc(), case_.category)
    ).all()  # fmt: skip
    return [ComplaintClass(c, labels.get(c, c), n, o, k, late) for c, n, o, k, late in rows]


def last_service_visits() -> Subquery:
    """Each customer's latest check-in (a subquery)."""
    return (
        select(ServiceVisit.customer_id, func.max(ServiceVisit.checked_in_at).label("last"))
        .group_by(ServiceVisit.customer_id)
        .subquery()
    )


def in_band(last: ColumnElement[datetime], band: DormantBand) -> ColumnElement[bool]:
    before = last < day_bounds(band.seen_before, band.seen_before)[0]
    if band.seen_from is None:
        return before
    return and_(before, last >= day_bounds(band.seen_from, band.seen_from)[0])


def dormant_counts(session: Session, bands: list[DormantBand]) -> list[DormantCount]:
    """Customers per band of time since their last service visit: one statement."""
    last = last_service_visits().c.last
    columns = [func.count(case((in_band(last, band), 1))) for band in bands]
    counts = session.execute(select(*columns).select_from(last.table)).one()
    return [DormantCount(b.months, b.until_months, n) for b, n in zip(bands, counts, strict=True)]
