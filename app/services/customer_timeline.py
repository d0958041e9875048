"""One customer's history as a single timeline, newest first, a page at a time.

Every source (showroom visits, orders, handovers, service visits, declined work items,
follow-ups with their outcome, complaints, key-customer weeks) gives (moment, kind, id)
for the customer through its own customer index; the sources are joined by UNION ALL,
ordered and cut with LIMIT/OFFSET in the database. Each source is itself cut to the
first offset + limit rows, so a customer with years of history reads only what the page
needs. Then the page's rows are read by id, one query per kind present on the page.

Loyalty changes are not recorded anywhere (the badges are computed when asked), so they
have no entries here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeAlias

from sqlalchemy import (
    BindParameter,
    DateTime,
    Integer,
    Select,
    String,
    bindparam,
    cast,
    literal_column,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    CarModel,
    Complaint,
    Delivery,
    FollowUpTask,
    KeyCustomerEntry,
    SalesOrder,
    ServiceVisit,
    ShowroomVisit,
    StaffUser,
    TaskStatus,
    Vehicle,
    WorkItem,
    WorkItemStatus,
)
from ..rules import orders, repair_order
from ..rules.complaints import STATUS_LABELS as COMPLAINT_STATUS_LABELS
from .calendar import kind_label
from .complaints_data import load_policy
from .key_customers import OUTCOME_LABELS as KEY_OUTCOME_LABELS


class TimelineKind(StrEnum):
    SHOWROOM_VISIT = "showroom_visit"
    ORDER = "order"
    HANDOVER = "handover"
    SERVICE_VISIT = "service_visit"
    DECLINED_WORK = "declined_work"
    FOLLOW_UP = "follow_up"
    COMPLAINT = "complaint"
    KEY_CUSTOMER = "key_customer"


TIMELINE_KIND_LABELS = {
    TimelineKind.SHOWROOM_VISIT: QT_TRANSLATE_NOOP("Timeline", "展厅到店"),
    TimelineKind.ORDER: QT_TRANSLATE_NOOP("Timeline", "订单"),
    TimelineKind.HANDOVER: QT_TRANSLATE_NOOP("Timeline", "交车"),
    TimelineKind.SERVICE_VISIT: QT_TRANSLATE_NOOP("Timeline", "维修保养"),
    TimelineKind.DECLINED_WORK: QT_TRANSLATE_NOOP("Timeline", "客户未做项目"),
    TimelineKind.FOLLOW_UP: QT_TRANSLATE_NOOP("Timeline", "回访"),
    TimelineKind.COMPLAINT: QT_TRANSLATE_NOOP("Timeline", "投诉"),
    TimelineKind.KEY_CUSTOMER: QT_TRANSLATE_NOOP("Timeline", "重点客户"),
}

SERVICE_TYPE_LABELS = {
    "maintenance": "保养", "repair": "维修", "warranty": "质保", "accident": "事故",
    "recall": "召回", "pdi": "PDI",
}  # fmt: skip
TASK_STATUS_LABELS = {
    TaskStatus.REACHED: "已联系", TaskStatus.NOT_REACHED: "未接通",
    TaskStatus.RESCHEDULED: "已改期", TaskStatus.DONE: "已完成", TaskStatus.SKIPPED: "已跳过",
}  # fmt: skip
SUMMARY_LENGTH = 60  # a complaint's words, as much as a table cell shows


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    kind: TimelineKind
    ref_id: int
    summary: str
    outcome: str
    amount_yuan: Decimal | None
    staff: str | None

    @property
    def kind_label(self) -> str:
        return TIMELINE_KIND_LABELS[self.kind]


# --- which rows, in which order -------------------------------------------------------------
Key = tuple[datetime, str, int]
KeySelect = Select[datetime, str, int]


def _key(at: Any, kind: TimelineKind, ref_id: Any) -> KeySelect:
    """The kind is CAST so PostgreSQL gives the literal a type inside the UNION; the
    columns are only typed (on SQLite, CAST AS DATETIME would make a number of a date)."""
    return select(
        type_coerce(at, DateTime).label("at"),
        cast(literal_column(f"'{kind.value}'"), String(20)).label("kind"),
        type_coerce(ref_id, Integer).label("ref_id"),
    )


def _sources(mine: BindParameter[int]) -> list[KeySelect]:
    return [
        _key(ShowroomVisit.arrived_at, TimelineKind.SHOWROOM_VISIT, ShowroomVisit.id)
        .where(ShowroomVisit.customer_id == mine),
        _key(SalesOrder.ordered_at, TimelineKind.ORDER, SalesOrder.id)
        .where(SalesOrder.customer_id == mine),
        _key(Delivery.delivered_at, TimelineKind.HANDOVER, Delivery.id)
        .join(SalesOrder, SalesOrder.id == Delivery.order_id)
        .where(SalesOrder.customer_id == mine, Delivery.delivered_at.is_not(None)),
        _key(ServiceVisit.checked_in_at, TimelineKind.SERVICE_VISIT, ServiceVisit.id)
        .where(ServiceVisit.customer_id == mine),
        _key(ServiceVisit.checked_in_at, TimelineKind.DECLINED_WORK, WorkItem.id)
        .join(ServiceVisit, ServiceVisit.id == WorkItem.service_visit_id)
        .where(ServiceVisit.customer_id == mine, WorkItem.status == WorkItemStatus.DECLINED),
        _key(FollowUpTask.completed_at, TimelineKind.FOLLOW_UP, FollowUpTask.id)
        .where(
            FollowUpTask.customer_id == mine,
            FollowUpTask.status != TaskStatus.OPEN,
            FollowUpTask.completed_at.is_not(None),
        ),
        _key(Complaint.received_at, TimelineKind.COMPLAINT, Complaint.id)
        .where(Complaint.customer_id == mine),
        _key(KeyCustomerEntry.created_at, TimelineKind.KEY_CUSTOMER, KeyCustomerEntry.id)
        .where(KeyCustomerEntry.customer_id == mine),
    ]  # fmt: skip


def _page_keys_statement() -> KeySelect:
    """Built once: the statement is the same for every customer and page, only its
    parameters change (building and caching a UNION of eight costs more than running it)."""
    enough = bindparam("enough", type_=Integer)  # offset + limit: what each source gives
    parts = []
    for source in _sources(bindparam("customer_id", type_=Integer)):
        columns = source.selected_columns
        cut = source.order_by(columns.at.desc(), columns.ref_id.desc()).limit(enough).subquery()
        parts.append(select(cut.c.at, cut.c.kind, cut.c.ref_id))
    merged = union_all(*parts).subquery()
    return (
        select(merged.c.at, merged.c.kind, merged.c.ref_id)
        .order_by(merged.c.at.desc(), merged.c.kind, merged.c.ref_id.desc())
        .offset(bindparam("offset", type_=Integer))
        .limit(bindparam("limit", type_=Integer))
    )


PAGE_KEYS = _page_keys_statement()


def page_keys(session: Session, customer_id: int, offset: int, limit: int) -> list[Key]:
    """The page's (moment, kind, id), newest first; ties in a fixed order."""
    parameters = {
        "customer_id": customer_id, "enough": offset + limit, "offset": offset, "limit": limit,
    }  # fmt: skip
    rows = session.execute(PAGE_KEYS, parameters).all()
    return [(row.at, str(row.kind), int(row.ref_id)) for row in rows]


def page(session: Session, customer_id: int, offset: int, limit: int) -> list[TimelineEntry]:
    keys = page_keys(session, customer_id, offset, limit)
    wanted: dict[TimelineKind, list[int]] = {}
    for _at, kind, ref_id in keys:
        wanted.setdefault(TimelineKind(kind), []).append(ref_id)
    found: dict[tuple[TimelineKind, int], TimelineEntry] = {}
    for kind, ids in wanted.items():
        statement, entry = _READERS[kind]
        rows = session.execute(statement, {"ids": ids}).all()
        context = _Context(session)
        for row in rows:
            found[(kind, row.id)] = entry(row, context)
    return [found[(TimelineKind(kind), ref_id)] for _at, kind, ref_id in keys]


# --- what each row says ---------------------------------------------------------------------
# One statement per kind, built once, reading only the columns shown, by id.
Staff = aliased(StaffUser)
IDS = "ids"


class _Context:
    """What some rows need besides their own columns (the store's complaint classes)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._class_labels: dict[str, str] | None = None

    @property
    def class_labels(self) -> dict[str, str]:
        if self._class_labels is None:
            self._class_labels = load_policy(self._session).class_labels
        return self._class_labels


def _by_id(column: Any) -> Any:
    return column.in_(bindparam(IDS, expanding=True))


def _joined(*parts: object) -> str:
    return " · ".join(str(p) for p in parts if p not in (None, ""))


def _entry(row: Any, kind: TimelineKind, at: datetime, summary: str, outcome: str,
           amount: Decimal | None = None) -> TimelineEntry:  # fmt: skip
    return TimelineEntry(at, kind, row.id, summary, outcome, amount, row.staff)


VISITS = (
    select(
        ShowroomVisit.id, ShowroomVisit.arrived_at, ShowroomVisit.is_first_visit,
        ShowroomVisit.party_size, ShowroomVisit.test_drive, ShowroomVisit.test_drive_feedback,
        ShowroomVisit.intent_level, CarModel.name.label("model"), Staff.name.label("staff"),
    )
    .outerjoin(CarModel, CarModel.id == ShowroomVisit.model_of_interest_id)
    .outerjoin(Staff, Staff.id == ShowroomVisit.consultant_id)
    .where(_by_id(ShowroomVisit.id))
)  # fmt: skip


def _visit(row: Any, _context: _Context) -> TimelineEntry:
    summary = _joined(
        "首次到店" if row.is_first_visit else "再次到店",
        row.model,
        f"{row.party_size}人",
        "试驾" if row.test_drive else None,
        row.test_drive_feedback,
    )
    return _entry(row, TimelineKind.SHOWROOM_VISIT, row.arrived_at, summary,
                  f"意向 {row.intent_level}")  # fmt: skip


ORDERS = (
    select(
        SalesOrder.id, SalesOrder.ordered_at, SalesOrder.order_no, SalesOrder.configuration,
        SalesOrder.colour, SalesOrder.status, SalesOrder.price, CarModel.name.label("model"),
        Staff.name.label("staff"),
    )
    .join(CarModel, CarModel.id == SalesOrder.model_id)
    .outerjoin(Staff, Staff.id == SalesOrder.consultant_id)
    .where(_by_id(SalesOrder.id))
)  # fmt: skip


def _order(row: Any, _context: _Context) -> TimelineEntry:
    summary = _joined(row.order_no, row.model, row.configuration, row.colour)
    return _entry(row, TimelineKind.ORDER, row.ordered_at, summary,
                  orders.STATUS_LABELS[row.status], Decimal(row.price))  # fmt: skip


HANDOVERS = (
    select(
        Delivery.id, Delivery.delivered_at, SalesOrder.order_no, CarModel.name.label("model"),
        Vehicle.plate, Vehicle.vin, Staff.name.label("staff"),
    )
    .join(SalesOrder, SalesOrder.id == Delivery.order_id)
    .join(CarModel, CarModel.id == SalesOrder.model_id)
    .outerjoin(Vehicle, Vehicle.id == Delivery.vehicle_id)
    .outerjoin(Staff, Staff.id == Delivery.consultant_id)
    .where(_by_id(Delivery.id))
)  # fmt: skip


def _handover(row: Any, _context: _Context) -> TimelineEntry:
    summary = _joined(row.order_no, row.model, row.plate or row.vin)
    return _entry(row, TimelineKind.HANDOVER, row.delivered_at, summary, "已交车")


SERVICE_VISITS = (
    select(
        ServiceVisit.id, ServiceVisit.checked_in_at, ServiceVisit.order_no,
        ServiceVisit.service_type, ServiceVisit.odometer_km, ServiceVisit.status,
        ServiceVisit.settlement_total, Vehicle.plate, Vehicle.vin, Staff.name.label("staff"),
    )
    .join(Vehicle, Vehicle.id == ServiceVisit.vehicle_id)
    .outerjoin(Staff, Staff.id == ServiceVisit.advisor_id)
    .where(_by_id(ServiceVisit.id))
)  # fmt: skip


def _service_visit(row: Any, _context: _Context) -> TimelineEntry:
    summary = _joined(
        row.order_no,
        SERVICE_TYPE_LABELS.get(row.service_type, row.service_type),
        row.plate or row.vin[-6:],
        f"{row.odometer_km:,} km",
    )
    outcome = repair_order.STATUS_LABELS.get(row.status, row.status)
    return _entry(row, TimelineKind.SERVICE_VISIT, row.checked_in_at, summary, outcome,
                  row.settlement_total)  # fmt: skip


DECLINED = (
    select(
        WorkItem.id, WorkItem.description, WorkItem.labour, WorkItem.parts,
        WorkItem.consent_note, ServiceVisit.order_no, ServiceVisit.checked_in_at,
        Staff.name.label("staff"),
    )
    .join(ServiceVisit, ServiceVisit.id == WorkItem.service_visit_id)
    .outerjoin(Staff, Staff.id == ServiceVisit.advisor_id)
    .where(_by_id(WorkItem.id))
)  # fmt: skip


def _declined(row: Any, _context: _Context) -> TimelineEntry:
    return _entry(row, TimelineKind.DECLINED_WORK, row.checked_in_at,
                  _joined(row.description, row.order_no), _joined("客户不做", row.consent_note),
                  row.labour + row.parts)  # fmt: skip


FOLLOW_UPS = (
    select(
        FollowUpTask.id, FollowUpTask.completed_at, FollowUpTask.kind, FollowUpTask.status,
        FollowUpTask.outcome_note, Staff.name.label("staff"),
    )
    .outerjoin(Staff, Staff.id == FollowUpTask.completed_by_id)
    .where(_by_id(FollowUpTask.id))
)  # fmt: skip


def _follow_up(row: Any, _context: _Context) -> TimelineEntry:
    outcome = _joined(TASK_STATUS_LABELS.get(row.status, row.status), row.outcome_note)
    return _entry(row, TimelineKind.FOLLOW_UP, row.completed_at, kind_label(row.kind), outcome)


COMPLAINTS = (
    select(
        Complaint.id, Complaint.received_at, Complaint.case_no, Complaint.category,
        Complaint.content, Complaint.status, Staff.name.label("staff"),
    )
    .outerjoin(Staff, Staff.id == Complaint.owner_id)
    .where(_by_id(Complaint.id))
)  # fmt: skip


def _complaint(row: Any, context: _Context) -> TimelineEntry:
    category = context.class_labels.get(row.category, row.category)
    return _entry(row, TimelineKind.COMPLAINT, row.received_at,
                  _joined(row.case_no, category, _short(row.content)),
                  COMPLAINT_STATUS_LABELS[row.status])  # fmt: skip


KEY_WEEKS = (
    select(
        KeyCustomerEntry.id, KeyCustomerEntry.created_at, KeyCustomerEntry.week,
        KeyCustomerEntry.next_step, KeyCustomerEntry.outcome, KeyCustomerEntry.outcome_reason,
        Staff.name.label("staff"),
    )
    .join(Staff, Staff.id == KeyCustomerEntry.consultant_id)
    .where(_by_id(KeyCustomerEntry.id))
)  # fmt: skip


def _key_week(row: Any, _context: _Context) -> TimelineEntry:
    outcome = _joined(KEY_OUTCOME_LABELS[row.outcome], row.outcome_reason)
    return _entry(row, TimelineKind.KEY_CUSTOMER, row.created_at,
                  _joined(row.week, row.next_step), outcome)  # fmt: skip


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SUMMARY_LENGTH else flat[: SUMMARY_LENGTH - 1] + "…"


Reader: TypeAlias = "tuple[Select[*tuple[Any, ...]], Callable[[Any, _Context], TimelineEntry]]"
_READERS: dict[TimelineKind, Reader] = {
    TimelineKind.SHOWROOM_VISIT: (VISITS, _visit),
    TimelineKind.ORDER: (ORDERS, _order),
    TimelineKind.HANDOVER: (HANDOVERS, _handover),
    TimelineKind.SERVICE_VISIT: (SERVICE_VISITS, _service_visit),
    TimelineKind.DECLINED_WORK: (DECLINED, _declined),
    TimelineKind.FOLLOW_UP: (FOLLOW_UPS, _follow_up),
    TimelineKind.COMPLAINT: (COMPLAINTS, _complaint),
    TimelineKind.KEY_CUSTOMER: (KEY_WEEKS, _key_week),
}
