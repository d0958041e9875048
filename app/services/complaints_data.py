"""The complaint desk's plain data: forms, rows, case details, the policy from settings."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import Select, case, select
from sqlalchemy.orm import Session, aliased

from .. import settings
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Complaint, ComplaintEvent, ComplaintStatus, Customer, StaffUser
from ..rules import complaints as rules
from ..rules.complaints import CaseClock, ClockReading, DeadlineHours, Deadlines, Step
from ..rules.complaints_analysis import AnalysisCase, month_bounds
from ..rules.complaints_clock import BusinessClock, DeadlineClock, StoreHours, WallClock, parse_time
from ..validation import clean_text, mask_mobile

S = ComplaintStatus
CASE_NO_TYPED = re.compile(r"[A-Za-z]{1,6}\d[\d-]*")
OPEN_STATES = [s for s in S if s != S.CLOSED]
BACKDATE_TOLERANCE = timedelta(minutes=10)
MAX_SCORE = 5
DEADLINE_TASK = "complaint_deadline"

EVENT_LABELS = {
    "intake": QT_TRANSLATE_NOOP("Complaints", "受理投诉"),
    "respond": QT_TRANSLATE_NOOP("Complaints", "响应客户"),
    "first_proposal": QT_TRANSLATE_NOOP("Complaints", "提出初步方案"),
    "final_proposal": QT_TRANSLATE_NOOP("Complaints", "提出最终方案"),
    "satisfied": QT_TRANSLATE_NOOP("Complaints", "客户满意，结案"),
    "not_satisfied": QT_TRANSLATE_NOOP("Complaints", "客户不满意，重新调查"),
    "pause": QT_TRANSLATE_NOOP("Complaints", "暂停计时"),
    "resume": QT_TRANSLATE_NOOP("Complaints", "恢复计时"),
    "reopen": QT_TRANSLATE_NOOP("Complaints", "重新打开"),
    "link_customer": QT_TRANSLATE_NOOP("Complaints", "关联客户"),
    "escalated": QT_TRANSLATE_NOOP("Complaints", "逾期升级至店长"),
}

_DUE_COLUMNS = {
    Step.RESPONSE: Complaint.response_due_at,
    Step.FIRST_PROPOSAL: Complaint.first_proposal_due_at,
    Step.FINAL_PROPOSAL: Complaint.final_proposal_due_at,
}
# The next deadline of each state, as SQL (from the same table as the rules).
NEXT_DUE = case(
    *[(Complaint.status == st, _DUE_COLUMNS[step]) for st, step in rules.NEXT_STEP.items() if step],
    else_=None,
)


@dataclass
class ComplaintForm:
    """What the officer records. No `customer_id`: anonymous, linked later."""

    channel: str
    category: str
    content: str
    cause: str | None = None
    severity: int = 2
    customer_id: int | None = None
    vehicle_id: int | None = None
    sales_order_id: int | None = None
    service_visit_id: int | None = None
    received_at: datetime | None = None
    backdate_reason: str | None = None
    department: str | None = None
    owner_id: int | None = None
    contact_phone: str | None = None
    staff_id: int | None = None  # who takes the complaint


@dataclass(frozen=True)
class CustomerLinks:
    """(id, label) choices: the customer's vehicles, sales orders and repair orders."""

    vehicles: list[tuple[int, str]]
    sales_orders: list[tuple[int, str]]
    repair_orders: list[tuple[int, str]]


@dataclass(frozen=True)
class IntakeOptions:
    channels: dict[str, str]
    classes: list[dict]
    causes: dict[str, list[str]]
    severities: list[dict]
    departments: list[str]


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    case_no: str
    status: str
    customer_id: int | None
    customer: str | None
    customer_mobile: str | None
    category: str
    category_label: str
    cause: str | None
    severity: int
    channel: str
    received_at: datetime
    response_due_at: datetime
    first_proposal_due_at: datetime
    final_proposal_due_at: datetime
    next_step: str | None
    next_deadline: datetime | None
    time_left_minutes: int | None
    urgency: str
    paused: bool
    owner: str | None
    department: str | None
    closed_at: datetime | None
    satisfaction_score: int | None

    @property
    def status_label(self) -> str:
        return rules.STATUS_LABELS[S(self.status)]

    def as_json(self) -> dict:
        iso = lambda moment: moment.isoformat(timespec="minutes") if moment else None  # noqa: E731
        return {
            "case_no": self.case_no,
            "status": self.status,
            "customer": self.customer,
            "category": self.category,
            "cause": self.cause,
            "received_at": iso(self.received_at),
            "response_due_at": iso(self.response_due_at),
            "first_proposal_due_at": iso(self.first_proposal_due_at),
            "final_proposal_due_at": iso(self.final_proposal_due_at),
            "next_deadline": iso(self.next_deadline),
            "time_left_minutes": self.time_left_minutes,
            "urgency": self.urgency,
            "paused": self.paused,
        }


@dataclass(frozen=True)
class EventRow:
    kind: str
    at: datetime
    staff: str | None
    text: str | None

    @property
    def label(self) -> str:
        return EVENT_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class CaseDetail:
    row: ComplaintRow
    content: str
    backdate_reason: str | None
    pause_reason: str | None
    contact_phone: str | None
    vehicle_plate: str | None
    sales_order_no: str | None
    repair_order_no: str | None
    reopened_count: int
    events: list[EventRow] = field(default_factory=list)

    @property
    def is_archived(self) -> bool:
        return self.row.status == S.CLOSED


@dataclass(frozen=True)
class ArchiveQuery:
    """Search of all cases: text matches the case number (prefix) or the customer's name."""

    text: str = ""
    closed_only: bool = False
    category: str | None = None
    month: date | None = None


@dataclass(frozen=True)
class Policy:
    hours: DeadlineHours
    clock: DeadlineClock
    amber_fraction: float
    prefix: str
    classes: list[dict]
    causes: dict[str, list[str]]
    severities: list[dict]
    departments: list[str]

    @property
    def class_labels(self) -> dict[str, str]:
        return {c["code"]: c["label"] for c in self.classes}


def load_policy(session: Session) -> Policy:
    get = lambda key: settings.get(session, key)  # noqa: E731
    hours = DeadlineHours(
        get("complaints.response_hours"),
        get("complaints.first_proposal_hours"),
        get("complaints.final_proposal_hours"),
        get("complaints.new_round_hours"),
    )
    return Policy(
        hours=hours,
        clock=_deadline_clock(session) if get("complaints.business_hours_only") else WallClock(),
        amber_fraction=get("complaints.amber_fraction"),
        prefix=get("complaints.case_prefix"),
        classes=get("complaints.classes"),
        causes=get("complaints.causes"),
        severities=get("complaints.severity_levels"),
        departments=get("complaints.departments"),
    )


def _deadline_clock(session: Session) -> BusinessClock:
    days = lambda key: frozenset(_iso_days(settings.get(session, key), key))  # noqa: E731
    return BusinessClock(
        StoreHours(
            parse_time(settings.get(session, "store.opening_time"), "store.opening_time"),
            parse_time(settings.get(session, "store.closing_time"), "store.closing_time"),
            closed_days=days("store.extra_closed_days"),
            open_days=days("store.extra_open_days"),
        )
    )


def _iso_days(values: list[str], key: str) -> list[date]:
    try:
        return [date.fromisoformat(v) for v in values]
    except (TypeError, ValueError):
        raise ValidationError(
            key, QT_TRANSLATE_NOOP("Errors", "门店营业日设置中有无效日期（应为 YYYY-MM-DD）。")
        ) from None


def deadlines_of(case: Complaint) -> Deadlines:
    return Deadlines(case.response_due_at, case.first_proposal_due_at, case.final_proposal_due_at)


def read_case_clock(case: Complaint, policy: Policy, now: datetime) -> ClockReading:
    clock_case = CaseClock(case.status, deadlines_of(case), case.extra_rounds, case.paused_since)
    return rules.read_clock(clock_case, now, policy.hours, policy.clock, policy.amber_fraction)


def store_deadlines(case: Complaint, deadlines: Deadlines) -> None:
    case.response_due_at = deadlines.response
    case.first_proposal_due_at = deadlines.first_proposal
    case.final_proposal_due_at = deadlines.final_proposal


def rows_query() -> Select:
    owner = aliased(StaffUser)
    return (
        select(Complaint, Customer.name, Customer.mobile, owner.name.label("owner_name"))
        .outerjoin(Customer, Customer.id == Complaint.customer_id)
        .outerjoin(owner, owner.id == Complaint.owner_id)
    )


def required(text: str | None, field_name: str, message: str, max_length: int = 2000) -> str:
    clean = clean_text(text, field_name, max_length=max_length)
    if not clean:
        raise ValidationError(field_name, message)
    return clean


def to_row(
    row, policy: Policy, now: datetime, phone: Callable[[str | None], str] = mask_mobile
) -> ComplaintRow:
    case: Complaint = row[0]
    reading = read_case_clock(case, policy, now)
    left = None if reading.time_left is None else int(reading.time_left // 60)
    return ComplaintRow(
        id=case.id,
        case_no=case.case_no,
        status=case.status,
        customer_id=case.customer_id,
        customer=row.name,
        customer_mobile=phone(row.mobile or case.contact_phone),
        category=case.category,
        category_label=policy.class_labels.get(case.category, case.category),
        cause=case.cause,
        severity=case.severity,
        channel=case.channel,
        received_at=case.received_at,
        response_due_at=case.response_due_at,
        first_proposal_due_at=case.first_proposal_due_at,
        final_proposal_due_at=case.final_proposal_due_at,
        next_step=reading.step,
        next_deadline=reading.due,
        time_left_minutes=left,
        urgency=reading.urgency,
        paused=reading.paused,
        owner=row.owner_name,
        department=case.department,
        closed_at=case.closed_at,
        satisfaction_score=case.satisfaction_score,
    )


def add_event(
    session: Session,
    case: Complaint,
    kind: str,
    staff_id: int | None,
    text: str | None,
    at: datetime,
) -> None:
    session.add(
        ComplaintEvent(complaint_id=case.id, kind=kind, at=at, staff_id=staff_id, text=text)
    )


def joined(*parts: str | None) -> str | None:
    return "；".join(p for p in parts if p) or None


def archive_filter(query: Select, filters: ArchiveQuery) -> Select:
    if filters.closed_only:
        query = query.where(Complaint.status == S.CLOSED)
    if filters.category:
        query = query.where(Complaint.category == filters.category)
    if filters.month:
        start, end = month_bounds(filters.month.year, filters.month.month)
        query = query.where(Complaint.received_at >= start, Complaint.received_at < end)
    text = filters.text.strip()
    if text:
        query = query.where(_text_condition(text))
    return query


def _text_condition(text: str):
    """A case number (prefix) or a customer's name (prefix): one plan, not an OR of both."""
    if CASE_NO_TYPED.fullmatch(text):
        return Complaint.case_no.startswith(text.upper(), autoescape=True)
    names = select(Customer.id).where(Customer.name >= text, Customer.name < text + "\uffff")
    return Complaint.customer_id.in_(names)


def analysis_case(case: Complaint, customer_name: str | None) -> AnalysisCase:
    return AnalysisCase(
        customer_id=case.customer_id,
        customer_name=customer_name,
        category=case.category,
        cause=case.cause,
        status=case.status,
        received_at=case.received_at,
        response_due_at=case.response_due_at,
        first_proposal_due_at=case.first_proposal_due_at,
        final_proposal_due_at=case.final_proposal_due_at,
        responded_at=case.responded_at,
        first_proposal_at=case.first_proposal_at,
        final_proposal_at=case.final_proposal_at,
        closed_at=case.closed_at,
    )
