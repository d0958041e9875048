"""Key customers (重点客户): each consultant's prospects expected to close this week, the
Monday list, the outcome of each (成交 / 战败 / 延期), the director's weekly review."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from .. import audit
from ..db import Database
from ..errors import NotFoundError, StaleRecordError, ValidationError
from ..models import (
    CarModel,
    Customer,
    CustomerStage,
    FollowUpTask,
    KeyCustomerEntry,
    KeyCustomerOutcome,
    ShowroomVisit,
    StaffRole,
    StaffUser,
    TaskStatus,
)
from ..permissions import Actor, Permission, PermissionDenied, require_actor
from ..validation import clean_text, mask_mobile

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
SUGGESTED_LEVEL = "H"
OUTCOME_LABELS = {
    KeyCustomerOutcome.OPEN: "进行中",
    KeyCustomerOutcome.DEAL: "成交",
    KeyCustomerOutcome.LOST: "战败",
    KeyCustomerOutcome.POSTPONED: "延期",
}


def parse_week(text: str) -> tuple[int, int]:
    """'2026-W47' -> (2026, 47); anything else is refused in Chinese."""
    match = _WEEK.match(text.strip())
    try:
        year, week = int(match[1]), int(match[2])  # type: ignore[index]
        date.fromisocalendar(year, week, 1)
    except (TypeError, ValueError):
        raise ValidationError(
            "week", f"周次“{text}”格式不对，应为 2026-W47 这样的 ISO 周。"
        ) from None
    return year, week


def week_of(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def monday_of(week: str) -> date:
    return date.fromisocalendar(*parse_week(week), 1)


def next_week(week: str) -> str:
    return week_of(monday_of(week) + timedelta(days=7))


@dataclass(frozen=True)
class KeyCustomerRow:
    entry_id: int
    version: int
    week: str
    customer_id: int
    customer: str
    phone: str | None
    consultant_id: int
    consultant: str
    model_of_interest: str | None
    budget: str | None
    intent_level: str
    last_contact: date | None
    next_step: str | None
    outcome: str
    outcome_reason: str | None

    @property
    def outcome_label(self) -> str:
        return OUTCOME_LABELS[KeyCustomerOutcome(self.outcome)]


@dataclass(frozen=True)
class ConsultantWeek:
    """One line of the director's review."""

    consultant_id: int
    consultant: str
    listed: int
    closed: int
    lost: int
    postponed: int

    @property
    def open(self) -> int:
        return self.listed - self.closed - self.lost - self.postponed

    @property
    def closing_rate(self) -> float:
        return self.closed / self.listed if self.listed else 0.0

    @property
    def needs_coaching(self) -> bool:
        return bool(self.lost or self.postponed)


@dataclass(frozen=True)
class Prospect:
    customer_id: int
    name: str
    phone: str | None
    intent_level: str


@dataclass(frozen=True)
class KeyCustomerSheet:
    """Everything the Excel sheet shows for one week."""

    week: str
    review: list[ConsultantWeek]
    rows: dict[int, list[KeyCustomerRow]]  # consultant id -> that consultant's list


class KeyCustomerService:
    def __init__(
        self, db: Database, actor: Actor, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        self.db = db
        self.actor = require_actor(actor)
        self.clock = clock

    def current_week(self) -> str:
        return week_of(self.clock().date())

    # --- the list ---------------------------------------------------------------------------
    def mark(
        self, customer_id: int, consultant_id: int, week: str | None = None,
        next_step: str | None = None,
    ) -> int:  # fmt: skip
        """Put a prospect on a consultant's key-customer list for a week (this week). A
        consultant lists their own prospects on their own list; the sales director and
        the store manager list anyone's prospect for any consultant."""
        week = week or self.current_week()
        parse_week(week)
        step = clean_text(next_step, "next_step", max_length=200)
        with self.db.transaction(self.actor) as session:
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFoundError("找不到该客户。")
            if customer.stage != CustomerStage.PROSPECT or customer.intent_level in ("O", "F"):
                raise ValidationError(
                    "customer", f"{customer.name}已不是潜在客户，不能列为重点客户。"
                )
            _ensure_consultant(session, consultant_id)
            _require_may_list(self.actor, customer, consultant_id)
            return _add_entry(session, customer, consultant_id, week, step)

    def suggestions(self, consultant_id: int, week: str | None = None, limit: int = 50):
        """This consultant's H-level prospects not yet on the week's list."""
        week = week or self.current_week()
        listed = select(KeyCustomerEntry.customer_id).where(KeyCustomerEntry.week == week)
        query = (
            select(Customer.id, Customer.name, Customer.mobile, Customer.intent_level)
            .where(
                Customer.consultant_id == consultant_id,
                Customer.stage == CustomerStage.PROSPECT,
                Customer.intent_level == SUGGESTED_LEVEL,
                Customer.id.not_in(listed),
            )
            .order_by(Customer.last_visit_at.desc(), Customer.id)
            .limit(limit)
        )
        with self.db.reading(self.actor) as session:
            return [
                Prospect(cid, name, mask_mobile(mobile), level)
                for cid, name, mobile, level in session.execute(query)
            ]

    def count(self, week: str, consultant_id: int | None = None) -> int:
        parse_week(week)
        query = _entries(select(func.count(KeyCustomerEntry.id)), week, consultant_id)
        with self.db.reading(self.actor) as session:
            return session.scalar(query) or 0

    def page(
        self, week: str, consultant_id: int | None = None, offset: int = 0, limit: int = 200
    ) -> list[KeyCustomerRow]:
        """The Monday list: one consultant's (or everyone's) key customers of a week."""
        parse_week(week)
        query = (
            _entries(_row_columns(), week, consultant_id)
            .order_by(StaffUser.name, KeyCustomerEntry.id)
            .offset(offset)
            .limit(limit)
        )
        with self.db.reading(self.actor) as session:
            return _to_rows(session, session.execute(query).all())

    # --- the week's end ---------------------------------------------------------------------
    def set_outcome(
        self, entry_id: int, outcome: str, reason: str | None = None,
        version: int | None = None, next_step: str | None = None,
    ) -> KeyCustomerRow:  # fmt: skip
        """成交, 战败 (a reason is required) or 延期 (carried to next week's list)."""
        if outcome not in set(KeyCustomerOutcome):
            raise ValidationError("outcome", f"结果“{outcome}”无效。")
        reason = clean_text(reason, "reason", max_length=200)
        if outcome == KeyCustomerOutcome.LOST and not reason:
            raise ValidationError("reason", "战败请填写原因。")
        with self.db.transaction(self.actor) as session:
            entry = _entry(session, entry_id, version)
            entry.outcome, entry.outcome_reason = KeyCustomerOutcome(outcome), reason
            if next_step is not None:
                entry.next_step = clean_text(next_step, "next_step", max_length=200)
            if outcome == KeyCustomerOutcome.POSTPONED:
                _carry_over(session, entry)
            session.flush()
            return _one(session, entry.id)

    def review(self, week: str) -> list[ConsultantWeek]:
        """Per consultant: listed, closed, lost, postponed (closing rate derived)."""
        parse_week(week)
        with self.db.reading(self.actor) as session:
            return _review(session, week)

    def export_sheet(self, week: str, write: Callable[[KeyCustomerSheet], Path]) -> Path:
        """The week's Excel workbook, read, written by `write` and recorded as an export in
        one transaction, once the file exists. Phones are whole only for staff allowed to
        see them. A consultant exports their own list (to hand to the director); the whole
        store's sheet needs the permission to export customer lists."""
        parse_week(week)
        with self.db.transaction(self.actor) as session:
            review = _visible_to(self.actor, _review(session, week))
            rows = {
                c.consultant_id: _to_rows(
                    session,
                    session.execute(_entries(_row_columns(), week, c.consultant_id)
                                    .order_by(KeyCustomerEntry.id)).all(),
                    self.actor.exported_mobile,
                )
                for c in review
            }  # fmt: skip
            listed = sum(c.listed for c in review)
            return audit.exported(
                session, self.actor, write, KeyCustomerSheet(week, review, rows),
                at=self.clock(), entity="key_customers",
                detail=f"重点客户管理表 {week}，{listed} 位客户（含手机号）",
            )  # fmt: skip

    def consultants(self) -> list[tuple[int, str]]:
        query = (
            select(StaffUser.id, StaffUser.name)
            .where(StaffUser.role == StaffRole.SALES_CONSULTANT, StaffUser.active)
            .order_by(StaffUser.name)
        )
        with self.db.reading(self.actor) as session:
            return [(sid, name) for sid, name in session.execute(query)]


# --- helpers ----------------------------------------------------------------------------------
def _ensure_consultant(session: Session, consultant_id: int) -> None:
    if session.get(StaffUser, consultant_id) is None:
        raise NotFoundError("找不到该销售顾问。")


def _require_may_list(actor: Actor, customer: Customer, consultant_id: int) -> None:
    if actor.can(Permission.LIST_ANY_KEY_CUSTOMER):
        return
    own = actor.role == StaffRole.SALES_CONSULTANT and actor.staff_id is not None
    if not own or actor.staff_id != consultant_id or customer.consultant_id != consultant_id:
        raise PermissionDenied(Permission.LIST_ANY_KEY_CUSTOMER)


def _add_entry(
    session: Session, customer: Customer, consultant_id: int, week: str, step: str | None
) -> int:
    exists = session.scalar(
        select(KeyCustomerEntry.id).where(
            KeyCustomerEntry.customer_id == customer.id, KeyCustomerEntry.week == week
        )
    )
    if exists:
        raise ValidationError("customer", f"{customer.name}已在 {week} 的重点客户名单中。")
    entry = KeyCustomerEntry(
        customer_id=customer.id, consultant_id=consultant_id, week=week, next_step=step
    )
    session.add(entry)
    session.flush()
    return entry.id


def _entry(session: Session, entry_id: int, version: int | None) -> KeyCustomerEntry:
    entry = session.get(KeyCustomerEntry, entry_id)
    if entry is None:
        raise NotFoundError("找不到该重点客户记录。")
    if version is not None and entry.version != version:
        raise StaleRecordError("重点客户记录")
    return entry


def _carry_over(session: Session, entry: KeyCustomerEntry) -> None:
    """延期: the customer goes on the same consultant's list next week (once)."""
    week = next_week(entry.week)
    already = session.scalar(
        select(KeyCustomerEntry.id).where(
            KeyCustomerEntry.customer_id == entry.customer_id, KeyCustomerEntry.week == week
        )
    )
    if already is None:
        session.add(
            KeyCustomerEntry(
                customer_id=entry.customer_id, consultant_id=entry.consultant_id, week=week,
                next_step=entry.next_step,
            )
        )  # fmt: skip


def _entries(query: Select, week: str, consultant_id: int | None) -> Select:
    query = query.where(KeyCustomerEntry.week == week)
    if consultant_id is not None:
        query = query.where(KeyCustomerEntry.consultant_id == consultant_id)
    return query


def _row_columns() -> Select:
    return (
        select(KeyCustomerEntry, Customer.name, Customer.mobile, Customer.intent_level,
               StaffUser.name)
        .join(Customer, Customer.id == KeyCustomerEntry.customer_id)
        .join(StaffUser, StaffUser.id == KeyCustomerEntry.consultant_id)
    )  # fmt: skip


def _one(session: Session, entry_id: int) -> KeyCustomerRow:
    row = session.execute(_row_columns().where(KeyCustomerEntry.id == entry_id)).one()
    return _to_rows(session, [row])[0]


def _to_rows(
    session: Session, rows: Sequence[Any], phone: Callable[[str | None], str] = mask_mobile
) -> list[KeyCustomerRow]:
    ids = [row[0].customer_id for row in rows]
    visits, contacts = _latest_visits(session, ids), _last_contacts(session, ids)
    return [_row(row, visits.get(row[0].customer_id), contacts, phone) for row in rows]


def _row(
    row, visit, contacts: dict[int, date], phone: Callable[[str | None], str]
) -> KeyCustomerRow:
    entry, name, mobile, level, consultant = row
    model, budget, visited = visit or (None, None, None)
    last = max([d for d in (visited, contacts.get(entry.customer_id)) if d], default=None)
    return KeyCustomerRow(
        entry_id=entry.id, version=entry.version, week=entry.week,
        customer_id=entry.customer_id, customer=name, phone=phone(mobile),
        consultant_id=entry.consultant_id, consultant=consultant, model_of_interest=model,
        budget=budget, intent_level=level, last_contact=last, next_step=entry.next_step,
        outcome=entry.outcome, outcome_reason=entry.outcome_reason,
    )  # fmt: skip


def _latest_visits(session: Session, ids: list[int]) -> dict[int, tuple]:
    """Model of interest, budget and day of each customer's latest showroom visit."""
    if not ids:
        return {}
    rows = session.execute(
        select(ShowroomVisit.customer_id, CarModel.name, ShowroomVisit.budget_min,
               ShowroomVisit.budget_max, ShowroomVisit.arrived_at)
        .outerjoin(CarModel, CarModel.id == ShowroomVisit.model_of_interest_id)
        .where(ShowroomVisit.customer_id.in_(ids))
        .order_by(ShowroomVisit.arrived_at)
    ).all()  # fmt: skip
    latest: dict[int, tuple] = {}
    for customer_id, model, low, high, arrived in rows:
        latest[customer_id] = (model, budget_text(low, high), arrived.date())
    return latest


def _last_contacts(session: Session, ids: list[int]) -> dict[int, date]:
    """The last follow-up that reached the customer."""
    if not ids:
        return {}
    rows = session.execute(
        select(FollowUpTask.customer_id, func.max(FollowUpTask.completed_at))
        .where(FollowUpTask.customer_id.in_(ids),
               FollowUpTask.status.in_([TaskStatus.REACHED, TaskStatus.DONE]))
        .group_by(FollowUpTask.customer_id)
    ).all()  # fmt: skip
    return {customer_id: at.date() for customer_id, at in rows if customer_id is not None and at}


def budget_text(low: int | None, high: int | None) -> str | None:
    """Yuan to 万 as the showroom says it: 15-20万, 15万以上, 20万以内."""

    def wan(value: int) -> str:
        return f"{value / 10_000:g}"

    if low and high:
        return f"{wan(low)}-{wan(high)}万"
    if low:
        return f"{wan(low)}万以上"
    if high:
        return f"{wan(high)}万以内"
    return None


def _visible_to(actor: Actor, review: list[ConsultantWeek]) -> list[ConsultantWeek]:
    if actor.can(Permission.EXPORT_CUSTOMERS):
        return review
    own = [week for week in review if week.consultant_id == actor.staff_id]
    if actor.role != StaffRole.SALES_CONSULTANT:
        raise PermissionDenied(Permission.EXPORT_CUSTOMERS)
    return own


def _review(session: Session, week: str) -> list[ConsultantWeek]:
    outcome = KeyCustomerEntry.outcome
    query = (
        select(
            StaffUser.id, StaffUser.name, func.count(KeyCustomerEntry.id),
            func.count().filter(outcome == KeyCustomerOutcome.DEAL),
            func.count().filter(outcome == KeyCustomerOutcome.LOST),
            func.count().filter(outcome == KeyCustomerOutcome.POSTPONED),
        )
        .join(StaffUser, StaffUser.id == KeyCustomerEntry.consultant_id)
        .where(KeyCustomerEntry.week == week)
        .group_by(StaffUser.id, StaffUser.name)
        .order_by(StaffUser.name)
    )  # fmt: skip
    return [ConsultantWeek(*row) for row in session.execute(query)]
