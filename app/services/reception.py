"""Showroom reception: walk-ins, departures, today's traffic."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from .. import settings
from ..db import Database
from ..errors import NotFoundError, UserError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Customer, SalesOrder, ShowroomVisit, StaffUser, VehicleUse
from ..permissions import Actor, require_actor
from ..rules import intent, walk_in
from ..rules.board import as_date
from ..search_keys import customer_search_keys
from ..validation import clean_text, mask_mobile, validate_mobile, validate_name
from .search import CustomerHit, load_hits
from .task_store import TaskStore

T = TypeVar("T")
MAX_PARTY_SIZE = 20
MAX_BUDGET = 100_000_000


@dataclass(frozen=True)
class VisitValues:
    """What a visit starts from: a customer's own level and consultant, and what they
    wanted at their latest visit. A new customer starts from the defaults."""

    intent_level: str = intent.UNKNOWN
    consultant_id: int | None = None
    model_of_interest_id: int | None = None
    budget_min: int | None = None
    budget_max: int | None = None
    vehicle_use: str | None = None
    priorities: tuple[str, ...] = ()


@dataclass
class WalkInForm:
    """What the receptionist fills in. `customer_id` set: a customer already on file.

    The customer's own values (level, consultant, model of interest, budget, use,
    priorities) are None unless the receptionist changed them in this visit: None keeps
    what the customer has (a new customer gets the defaults). The budget is one answer:
    both bounds None keeps it, either given sets both as given."""

    name: str
    mobile: str
    arrived_at: datetime
    customer_id: int | None = None
    consultant_id: int | None = None
    receptionist_id: int | None = None
    party_size: int = 1
    source_channel: str | None = None
    model_of_interest_id: int | None = None
    budget_min: int | None = None
    budget_max: int | None = None
    vehicle_use: str | None = None
    priorities: list[str] | None = None
    test_drive: bool = False
    test_drive_route: str | None = None
    test_drive_feedback: str | None = None
    intent_level: str | None = None
    notes: str | None = None
    # The receptionist has seen the same-name customers and says this is someone else.
    not_a_duplicate: bool = False
    # The receptionist says the typed person shares this phone with that customer (a
    # family member or colleague): a new customer, linked to them, without the number.
    shares_phone_with: int | None = None


class PossibleDuplicate(UserError):
    """Customers with the same name but another phone: the same person, perhaps."""

    def __init__(self, candidates: list[CustomerHit]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "已有 {count} 位同名客户（手机号不同），请确认是否为同一人。"
            ),
            count=len(candidates),
        )
        self.candidates = candidates


class PhoneBelongsToSomeoneElse(UserError):
    """The typed phone is on file under another name. Nothing is written until the
    receptionist says who this is: the same person, someone sharing the phone, a typo."""

    def __init__(self, card: CustomerCard, typed_name: str) -> None:
        owner = card.customer
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "手机号 {mobile} 已登记在“{owner}”名下，与填写的“{typed_name}”不同。"
            ),
            mobile=owner.mobile,
            owner=owner.name,
            typed_name=typed_name,
        )
        self.card = card
        self.typed_name = typed_name


@dataclass(frozen=True)
class VisitRow:
    id: int
    customer_id: int
    customer_name: str
    mobile: str | None
    arrived_at: datetime
    departed_at: datetime | None
    party_size: int
    is_first_visit: bool
    consultant: str | None
    model_of_interest: str | None
    intent_level: str
    test_drive: bool
    source_channel: str | None


@dataclass(frozen=True)
class VisitFilter:
    day: date
    consultant_id: int | None = None
    intent_level: str | None = None


@dataclass(frozen=True)
class Traffic:
    visits: int
    first_visits: int
    return_visits: int
    test_drives: int
    in_showroom: int
    orders: int

    @property
    def conversion(self) -> float:
        """Orders signed today by today's visitors, per visitor."""
        return self.orders / self.visits if self.visits else 0.0


NO_TRAFFIC = Traffic(0, 0, 0, 0, 0, 0)


def traffic_by_day(session: Session, first: date, last: date) -> dict[date, Traffic]:
    """Each day's traffic from `first` to `last` (days without a visit left out): two
    grouped statements, whatever the number of days. The reception tab reads one day,
    the managers' board thirty."""
    start, end = _day_bounds(first)[0], _day_bounds(last)[1]
    day = func.date(ShowroomVisit.arrived_at)
    counts: Sequence[Any] = session.execute(
        select(
            day,
            func.count(ShowroomVisit.id),
            func.count(ShowroomVisit.id).filter(ShowroomVisit.is_first_visit),
            func.count(ShowroomVisit.id).filter(ShowroomVisit.test_drive),
            func.count(ShowroomVisit.id).filter(ShowroomVisit.departed_at.is_(None)),
        )
        .where(ShowroomVisit.arrived_at.between(start, end))
        .group_by(day)
    ).all()
    orders = _orders_by_visit_day(session, start, end)
    return {
        as_date(when): Traffic(n, first_, n - first_, drives, inside, orders.get(as_date(when), 0))
        for when, n, first_, drives, inside in counts
    }


def _orders_by_visit_day(session: Session, start: datetime, end: datetime) -> dict[date, int]:
    """Customers who signed an order on a day they visited the showroom, per day."""
    day = func.date(SalesOrder.ordered_at)
    visited = (
        select(ShowroomVisit.id)
        .where(ShowroomVisit.customer_id == SalesOrder.customer_id)
        .where(ShowroomVisit.arrived_at.between(start, end))
        .where(func.date(ShowroomVisit.arrived_at) == day)
    )
    rows: Sequence[Any] = session.execute(
        select(day, func.count(func.distinct(SalesOrder.customer_id)))
        .where(SalesOrder.ordered_at.between(start, end), visited.exists())
        .group_by(day)
    ).all()
    return {as_date(when): n for when, n in rows}


@dataclass(frozen=True)
class CustomerCard:
    customer: CustomerHit
    gender: str
    source_channel: str | None
    has_open_complaint: bool
    visits: list[VisitRow]
    open_tasks: int
    usual: VisitValues = VisitValues()  # what a return visit starts from


class ReceptionService:
    def __init__(
        self, db: Database, actor: Actor, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        self.db = db
        self.actor = require_actor(actor)
        self.clock = clock

    # --- lookups -------------------------------------------------------------------
    def card(self, customer_id: int, visits_limit: int = 20) -> CustomerCard:
        with self.db.reading(self.actor) as session:
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到该客户。"))
            return _card(session, customer, visits_limit)

    def find_by_mobile(self, mobile: str) -> CustomerHit | None:
        digits = validate_mobile(mobile)
        with self.db.reading(self.actor) as session:
            found = session.scalar(select(Customer.id).where(Customer.mobile == digits))
            return load_hits(session, [found], self.actor)[0] if found else None

    def same_name_customers(self, name: str, mobile: str | None) -> list[CustomerHit]:
        clean = validate_name(name)
        with self.db.reading(self.actor) as session:
            return self._same_name(session, clean, mobile)

    def _same_name(self, session: Session, name: str, mobile: str | None) -> list[CustomerHit]:
        query = select(Customer.id).where(Customer.name == name).limit(20)
        if mobile:
            query = query.where((Customer.mobile != mobile) | Customer.mobile.is_(None))
        return load_hits(session, list(session.scalars(query)), self.actor)

    # --- actions ---------------------------------------------------------------------
    def register_walk_in(self, form: WalkInForm) -> int:
        """Save the visit (and the customer, if new) in one transaction; returns the visit
        id. Writes one visit and no follow-up task (those come with the departure and the
        reminder run). A phone on file under another name raises PhoneBelongsToSomeoneElse
        and writes nothing."""
        clean = self._validated(form)
        with self.db.transaction(self.actor) as session:
            customer = self._customer_for(session, clean)
            values = _answered(clean, _usual_values(session, customer))
            first_visit = customer.id is None or not session.scalar(
                select(func.count()).where(ShowroomVisit.customer_id == customer.id)
            )
            session.add(customer)
            session.flush()
            visit = _visit(clean, values, customer.id, first_visit)
            session.add(visit)
            customer.intent_level = values.intent_level
            customer.consultant_id = values.consultant_id
            customer.last_visit_at = clean.arrived_at
            session.flush()
            return visit.id

    def record_departure(self, visit_id: int, departed_at: datetime | None = None) -> list[int]:
        """Close the visit and make, by rule, the departure-care SMS and the evening
        callback, as far as the customer's consent allows. Returns the ids of the tasks
        made (none if already made or refused)."""
        departed_at = departed_at or self.clock()
        with self.db.transaction(self.actor) as session:
            visit = session.get(ShowroomVisit, visit_id)
            if visit is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到这次接待记录。"))
            if departed_at < visit.arrived_at:
                raise ValidationError(
                    "departed_at", QT_TRANSLATE_NOOP("Errors", "离店时间不能早于到店时间。")
                )
            visit.departed_at = departed_at
            drafts = walk_in.departure_tasks(
                visit.id,
                departed_at,
                settings.get(session, "reception.callback_hour"),
                {key: settings.rule(session, key) for key in walk_in.RULE_KEYS},
                self._message_values(session, visit),
            )
            tasks = TaskStore(session, self.actor, self.clock()).make(
                drafts,
                customer_id=visit.customer_id,
                owner_id=visit.consultant_id,
                source=("showroom_visit", visit.id),
            )
            return [t.id for t in tasks]

    def _message_values(self, session: Session, visit: ShowroomVisit) -> dict[str, str]:
        consultant = session.get(StaffUser, visit.consultant_id) if visit.consultant_id else None
        model = visit.model_of_interest.name if visit.model_of_interest else "心仪的车型"
        return {
            "姓名": visit.customer.name,
            "顾问": consultant.name if consultant else "我们",
            "车型": model,
        }

    # --- today's visits --------------------------------------------------------------
    def visits(self, filters: VisitFilter, offset: int = 0, limit: int = 100) -> list[VisitRow]:
        query = _filtered(_visit_rows(), filters).order_by(
            ShowroomVisit.arrived_at.desc(), ShowroomVisit.id.desc()
        )
        with self.db.reading(self.actor) as session:
            rows = session.execute(query.offset(offset).limit(limit)).all()
            return [_to_row(r) for r in rows]

    def count_visits(self, filters: VisitFilter) -> int:
        query = _filtered(select(func.count(ShowroomVisit.id)), filters)
        with self.db.reading(self.actor) as session:
            return session.scalar(query) or 0

    def traffic(self, day: date) -> Traffic:
        with self.db.reading(self.actor) as session:
            return traffic_by_day(session, day, day).get(day, NO_TRAFFIC)

    def intent_levels(self) -> list[intent.IntentLevel]:
        with self.db.reading(self.actor) as session:
            return intent.levels_from_setting(settings.get(session, "sales.intent_levels"))

    # --- validation ------------------------------------------------------------------
    def _validated(self, form: WalkInForm) -> WalkInForm:
        levels = self.intent_levels()
        errors = _check_form(form, levels, self.clock())
        if errors:
            raise errors[0]
        return WalkInForm(
            **{
                **form.__dict__,
                "name": validate_name(form.name),
                "mobile": form.mobile
                if form.customer_id is not None
                else validate_mobile(form.mobile),
                "source_channel": clean_text(form.source_channel, "source_channel", max_length=30),
                "test_drive_route": clean_text(form.test_drive_route, "route", max_length=120),
                "test_drive_feedback": clean_text(form.test_drive_feedback, "feedback"),
                "notes": clean_text(form.notes, "notes"),
            }
        )

    def _customer_for(self, session: Session, form: WalkInForm) -> Customer:
        """The customer the visit is for, locked for this transaction: on PostgreSQL a
        profile saved at another desk meanwhile waits for this walk-in instead of making
        it fail as a stale save (SQLite takes its write lock at BEGIN already)."""
        if form.customer_id is not None:
            customer = session.get(Customer, form.customer_id, with_for_update=True)
            if customer is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到该客户，可能已被删除。"))
            return customer
        owner = session.scalar(
            select(Customer).where(Customer.mobile == form.mobile).with_for_update()
        )
        if owner is not None and owner.name == form.name:
            return owner  # same phone, same name: the same customer, never a duplicate
        if owner is not None and owner.id != form.shares_phone_with:
            raise PhoneBelongsToSomeoneElse(_card(session, owner), form.name)
        if not form.not_a_duplicate:
            same_name = self._same_name(session, form.name, form.mobile)
            if same_name:
                raise PossibleDuplicate(same_name)
        return _new_customer(form, sharing_with=owner)


def _new_customer(form: WalkInForm, sharing_with: Customer | None) -> Customer:
    """A customer from the form. Sharing another customer's phone (a family member, a
    colleague): the number stays theirs (one number, one customer); the link is kept
    (shares_mobile_with_id) and noted for whoever reads the notes."""
    mobile = None if sharing_with is not None else form.mobile
    return Customer(
        name=form.name,
        mobile=mobile,
        **customer_search_keys(form.name, mobile),
        source_channel=form.source_channel,
        notes=shared_phone_note(sharing_with) if sharing_with is not None else None,
        shares_mobile_with_id=sharing_with.id if sharing_with is not None else None,
    )


def shared_phone_note(owner: Customer) -> str:
    return (
        f"与客户“{owner.name}”（编号 {owner.id}）共用手机号 {mask_mobile(owner.mobile)}，"
        "联系请拨该号码。"
    )


def _card(session: Session, customer: Customer, visits_limit: int = 20) -> CustomerCard:
    from ..models import FollowUpTask, TaskStatus  # local: only the card needs them

    visits = session.execute(
        _visit_rows()
        .where(ShowroomVisit.customer_id == customer.id)
        .order_by(ShowroomVisit.arrived_at.desc(), ShowroomVisit.id.desc())
        .limit(visits_limit)
    ).all()
    open_tasks = session.scalar(
        select(func.count()).where(
            FollowUpTask.customer_id == customer.id,
            FollowUpTask.status == TaskStatus.OPEN,
        )
    )
    return CustomerCard(
        customer=load_hits(session, [customer.id])[0],
        gender=customer.gender,
        source_channel=customer.source_channel,
        has_open_complaint=customer.has_open_complaint,
        visits=[_to_row(r) for r in visits],
        open_tasks=open_tasks or 0,
        usual=_usual_values(session, customer),
    )


def _usual_values(session: Session, customer: Customer) -> VisitValues:
    """The customer's own level and consultant, and the wishes of their latest visit."""
    if customer.id is None:
        return VisitValues()
    latest = session.scalar(
        select(ShowroomVisit)
        .where(ShowroomVisit.customer_id == customer.id)
        .order_by(ShowroomVisit.arrived_at.desc(), ShowroomVisit.id.desc())
        .limit(1)
    )
    own = VisitValues(intent_level=customer.intent_level, consultant_id=customer.consultant_id)
    if latest is None:
        return own
    return replace(
        own,
        model_of_interest_id=latest.model_of_interest_id,
        budget_min=latest.budget_min,
        budget_max=latest.budget_max,
        vehicle_use=latest.vehicle_use,
        priorities=tuple(filter(None, (latest.priorities or "").split(","))),
    )


def _answered(form: WalkInForm, usual: VisitValues) -> VisitValues:
    """The usual values, with what the receptionist changed in this visit."""
    budget_given = form.budget_min is not None or form.budget_max is not None
    return VisitValues(
        intent_level=_given(form.intent_level, usual.intent_level),
        consultant_id=_given(form.consultant_id, usual.consultant_id),
        model_of_interest_id=_given(form.model_of_interest_id, usual.model_of_interest_id),
        budget_min=form.budget_min if budget_given else usual.budget_min,
        budget_max=form.budget_max if budget_given else usual.budget_max,
        vehicle_use=_given(form.vehicle_use, usual.vehicle_use),
        priorities=usual.priorities if form.priorities is None else tuple(form.priorities),
    )


def _given(answer: T | None, usual: T) -> T:
    return usual if answer is None else answer


def _visit(form: WalkInForm, values: VisitValues, customer_id: int, first: bool) -> ShowroomVisit:
    return ShowroomVisit(
        customer_id=customer_id,
        consultant_id=values.consultant_id,
        receptionist_id=form.receptionist_id,
        arrived_at=form.arrived_at,
        party_size=form.party_size,
        is_first_visit=first,
        source_channel=form.source_channel,
        model_of_interest_id=values.model_of_interest_id,
        budget_min=values.budget_min,
        budget_max=values.budget_max,
        vehicle_use=values.vehicle_use,
        priorities=",".join(values.priorities) or None,
        test_drive=form.test_drive,
        test_drive_route=form.test_drive_route,
        test_drive_feedback=form.test_drive_feedback,
        intent_level=values.intent_level,
        notes=form.notes,
    )


def _check_form(form: WalkInForm, levels: list, now: datetime) -> list[ValidationError]:
    """Every field's problem, in form order, so the first one can be shown at its field."""
    errors: list[ValidationError] = []
    for check in (
        lambda: validate_name(form.name),
        # A chosen customer keeps their stored number (the form shows it masked).
        lambda: form.customer_id is not None or validate_mobile(form.mobile),
    ):
        try:
            check()
        except ValidationError as exc:
            errors.append(exc)
    if form.arrived_at > now + timedelta(minutes=5):
        errors.append(
            ValidationError("arrived_at", QT_TRANSLATE_NOOP("Errors", "到店时间不能晚于现在。"))
        )
    if not 1 <= form.party_size <= MAX_PARTY_SIZE:
        errors.append(
            ValidationError(
                "party_size",
                QT_TRANSLATE_NOOP("Errors", "来店人数应在 1 到 {largest} 之间。"),
                largest=MAX_PARTY_SIZE,
            )
        )
    errors += _check_budget(form.budget_min, form.budget_max)
    if form.vehicle_use and form.vehicle_use not in set(VehicleUse):
        errors.append(
            ValidationError("vehicle_use", QT_TRANSLATE_NOOP("Errors", "用途不在可选范围内。"))
        )
    if form.intent_level is not None and not intent.is_known(
        form.intent_level, intent.prospect_levels(levels)
    ):
        errors.append(
            ValidationError(
                "intent_level",
                QT_TRANSLATE_NOOP("Errors", "意向级别“{intent_level}”无效。"),
                intent_level=form.intent_level,
            )
        )
    return errors


def _check_budget(low: int | None, high: int | None) -> list[ValidationError]:
    for value in (low, high):
        if value is not None and not 0 <= value <= MAX_BUDGET:
            return [ValidationError("budget", QT_TRANSLATE_NOOP("Errors", "预算金额不合理。"))]
    if low is not None and high is not None and low > high:
        return [ValidationError("budget", QT_TRANSLATE_NOOP("Errors", "预算下限不能高于上限。"))]
    return []


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time.min)
    return start, start + timedelta(days=1) - timedelta(microseconds=1)


def _visit_rows() -> Select:
    from ..models import CarModel

    return (
        select(
            ShowroomVisit,
            Customer.name,
            Customer.mobile,
            StaffUser.name.label("consultant"),
            CarModel.name.label("model_name"),
        )
        .join(Customer, Customer.id == ShowroomVisit.customer_id)
        .outerjoin(StaffUser, StaffUser.id == ShowroomVisit.consultant_id)
        .outerjoin(CarModel, CarModel.id == ShowroomVisit.model_of_interest_id)
    )


def _filtered(query: Select, filters: VisitFilter) -> Select:
    start, end = _day_bounds(filters.day)
    query = query.where(ShowroomVisit.arrived_at.between(start, end))
    if filters.consultant_id is not None:
        query = query.where(ShowroomVisit.consultant_id == filters.consultant_id)
    if filters.intent_level:
        query = query.where(ShowroomVisit.intent_level == filters.intent_level)
    return query


def _to_row(row) -> VisitRow:
    visit: ShowroomVisit = row[0]
    return VisitRow(
        id=visit.id,
        customer_id=visit.customer_id,
        customer_name=row.name,
        mobile=mask_mobile(row.mobile),
        arrived_at=visit.arrived_at,
        departed_at=visit.departed_at,
        party_size=visit.party_size,
        is_first_visit=visit.is_first_visit,
        consultant=row.consultant,
        model_of_interest=row.model_name,
        intent_level=visit.intent_level,
        test_drive=visit.test_drive,
        source_channel=visit.source_channel,
    )
