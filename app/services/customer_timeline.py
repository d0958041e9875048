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

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    DateTime,
    Integer,
    Select,
    String,
    cast,
    literal,
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
    """The kind is CAST so PostgreSQL knows the parameter's type inside the UNION; the
    columns are only typed (on SQLite, CAST AS DATETIME would make a number of a date)."""
    return select(
        type_coerce(at, DateTime).label("at"),
        cast(literal(kind.value), String(20)).label("kind"),
        type_coerce(ref_id, Integer).label("ref_id"),
    )


def _sources(customer_id: int) -> list[KeySelect]:
    mine = customer_id
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


def page_keys(session: Session, customer_id: int, offset: int, limit: int) -> list[Key]:
    """The page's (moment, kind, id), newest first; ties in a fixed order."""
    enough = offset + limit
    parts = []
    for source in _sources(customer_id):
        columns = source.selected_columns
        cut = source.order_by(columns.at.desc(), columns.ref_id.desc()).limit(enough).subquery()
        parts.append(select(cut.c.at, cut.c.kind, cut.c.ref_id))
    merged = union_all(*parts).subquery()
    rows = session.execute(
        select(merged.c.at, merged.c.kind, merged.c.ref_id)
        .order_by(merged.c.at.desc(), merged.c.kind, merged.c.ref_id.desc())
        .offset(offset)
        .limit(limit)
    ).all()
    return [(row.at, str(row.kind), int(row.ref_id)) for row in rows]


def page(session: Session, customer_id: int, offset: int, limit: int) -> list[TimelineEntry]:
    keys = page_keys(session, customer_id, offset, limit)
    wanted: dict[TimelineKind, list[int]] = {}
    for _at, kind, ref_id in keys:
        wanted.setdefault(TimelineKind(kind), []).append(ref_id)
    found: dict[tuple[TimelineKind, int], TimelineEntry] = {}
    for kind, ids in wanted.items():
        for entry in _READERS[kind](session, ids):
            found[(kind, entry.ref_id)] = entry
    return [found[(TimelineKind(kind), ref_id)] for _at, kind, ref_id in keys]


# --- what each row says ---------------------------------------------------------------------
Staff = aliased(StaffUser)


def _joined(*parts: object) -> str:
    return " · ".join(str(p) for p in parts if p not in (None, ""))


def _visits(session: Session, ids: Sequence[int]) -> list[TimelineEntry]:
    rows = session.execute(
        select(ShowroomVisit, CarModel.name, Staff.name)
        .outerjoin(CarModel, CarModel.id == ShowroomVisit.model_of_interest_id)
        .outerjoin(Staff, Staff.id == ShowroomVisit.consultant_id)
        .where(ShowroomVisit.id.in_(ids))
    ).all()
    return [
        TimelineEntry(
            at=visit.arrived_at,
            kind=TimelineKind.SHOWROOM_VISIT,
            ref_id=visit.id,
            summary=_joined(
                "首次到店" if visit.is_first_visit else "再次到店",
                model,
                f"{visit.party_size}人",
                "试驾" if visit.test_drive else None,
                visit.test_drive_feedback,
            ),
            outcome=f"意向 {visit.intent_level}",
            amount_yuan=None,
            staff=consultant,
        )
        for visit, model, consultant in rows
    ]


def _orders(session: Session, ids: Sequence[int]) -> list[TimelineEntry]:
    rows = session.execute(
        select(SalesOrder, CarModel.name, Staff.name)
        .join(CarModel, CarModel.id == SalesOrder.model_id)
        .outerjoin(Staff, Staff.id == SalesOrder.consultant_id)
        .where(SalesOrder.id.in_(ids))
    ).all()
    return [
        TimelineEntry(
            at=order.ordered_at,
            kind=TimelineKind.ORDER,
            ref_id=order.id,
            summary=_joined(order.order_no, model, order.configuration, order.colour),
            outcome=orders.STATUS_LABELS[order.status],
            amount_yuan=Decimal(order.price),
            staff=consultant,
        )
        for order, model, consultant in rows
    ]


def _handovers(session: Session, ids: Sequence[int]) -> list[TimelineEntry]:
    rows = session.execute(
        select(Delivery, SalesOrder.order_no, CarModel.name, Vehicle.plate, Vehicle.vin, Staff.name)
        .join(SalesOrder, SalesOrder.id == Delivery.order_id)
        .join(CarModel, CarModel.id == SalesOrder.model_id)
        .outerjoin(Vehicle, Vehicle.id == Delivery.vehicle_id)
        .outerjoin(Staff, Staff.id == Delivery.consultant_id)
        .where(Delivery.id.in_(ids))
    ).all()
    return [
        TimelineEntry(
            at=delivery.delivered_at or delivery.created_at,  # handed over: never None here
            kind=TimelineKind.HANDOVER,
            ref_id=delivery.id,
            summary=_joined(order_no, model, plate or vin),
            outcome="已交车",
            amount_yuan=None,
            staff=consultant,
        )
        for delivery, order_no, model, plate, vin, consultant in rows
    ]


def _service_visits(session: Session, ids: Sequence[int]) -> list[TimelineEntry]:
    rows = session.execute(
        select(ServiceVisit, Vehicle.plate, Vehicle.vin, Staff.name)
        .join(Vehicle, Vehicle.id == ServiceVisit.vehicle_id)
        .outerjoin(Staff, Staff.id == ServiceVisit.advisor_id)
        .where(ServiceVisit.id.in_(ids))
    ).all()
    return [
        TimelineEntry(
            at=visit.checked_in_at,
            kind=TimelineKind.SERVICE_VISIT,
            ref_id=visit.id,
            summary=_joined(
                visit.order_no,
                SERVICE_TYPE_LABELS.get(visit.service_type, visit.service_type),
                plate or vin[-6:],
                f"{visit.odometer_km:,} km",
            ),
            outcome=repair_order.STATUS_LABELS.get(visit.status, visit.status),
            amount_yuan=visit.settlement_total,
            staff=advisor,
        )
        for visit, plate, vin, advisor in rows
    ]


def _declined(session: Session, ids: Sequence[int]) -> list[TimelineEntry]:
    rows = session.execute(
        select(WorkItem, ServiceVisit.order_no, ServiceVisit.checked_in_at, Staff.name)
        .join(ServiceVisit, ServiceVisit.id == WorkItem.service_visit_id)
        .outerjoin(Staff, Staff.id == ServiceVisit.advisor_id)
        .where(WorkItem.id.in_(ids))
    ).all()
    return [
        TimelineEntry(
            at=checked_in_at,
            kind=TimelineKind.DECLINED_WORK,
            ref_id=item.id,
            summary=_joined(item.description, order_no),
            outcome=_joined("客户不做", item.consent_note),
            amount_yuan=item.labour + item.parts,
            staff=advisor,
        )
        for item, order_no, checked_in_at, advisor in rows
    ]


def _follow_ups(session: Session, ids: Sequence[int]) -> list[TimelineEntry]:
    rows = session.execute(
        select(FollowUpTask, Staff.name)
        .outerjoin(Staff, Staff.id == FollowUpTask.completed_by_id)
        .where(FollowUpTask.id.in_(ids))
    ).all()
    return [
        TimelineEntry(
            at=task.completed_at or datetime.combine(task.due_date, datetime.min.time()),
            kind=TimelineKind.FOLLOW_UP,
            ref_id=task.id,
            summary=kind_label(task.kind),
            outcome=_joined(TASK_STATUS_LABELS.get(task.status, task.status), task.outcome_note),
            amount_yuan=None,
            staff=completer,
        )
        for task, completer in rows
    ]


def _complaints(session: Session, ids: Sequence[int]) -> list[TimelineEntry]:
    labels = load_policy(session).class_labels
    rows = session.execute(
        select(Complaint, Staff.name)
        .outerjoin(Staff, Staff.id == Complaint.owner_id)
        .where(Complaint.id.in_(ids))
    ).all()
    return [
        TimelineEntry(
            at=case.received_at,
            kind=TimelineKind.COMPLAINT,
            ref_id=case.id,
            summary=_joined(
                case.case_no, labels.get(case.category, case.category), _short(case.content)
            ),
            outcome=COMPLAINT_STATUS_LABELS[case.status],
            amount_yuan=None,
            staff=owner,
        )
        for case, owner in rows
    ]


def _key_weeks(session: Session, ids: Sequence[int]) -> list[TimelineEntry]:
    rows = session.execute(
        select(KeyCustomerEntry, Staff.name)
        .join(Staff, Staff.id == KeyCustomerEntry.consultant_id)
        .where(KeyCustomerEntry.id.in_(ids))
    ).all()
    return [
        TimelineEntry(
            at=entry.created_at,
            kind=TimelineKind.KEY_CUSTOMER,
            ref_id=entry.id,
            summary=_joined(entry.week, entry.next_step),
            outcome=_joined(KEY_OUTCOME_LABELS[entry.outcome], entry.outcome_reason),
            amount_yuan=None,
            staff=consultant,
        )
        for entry, consultant in rows
    ]


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SUMMARY_LENGTH else flat[: SUMMARY_LENGTH - 1] + "…"


_READERS: dict[TimelineKind, Callable[[Session, Sequence[int]], list[TimelineEntry]]] = {
    TimelineKind.SHOWROOM_VISIT: _visits,
    TimelineKind.ORDER: _orders,
    TimelineKind.HANDOVER: _handovers,
    TimelineKind.SERVICE_VISIT: _service_visits,
    TimelineKind.DECLINED_WORK: _declined,
    TimelineKind.FOLLOW_UP: _follow_ups,
    TimelineKind.COMPLAINT: _complaints,
    TimelineKind.KEY_CUSTOMER: _key_weeks,
}
