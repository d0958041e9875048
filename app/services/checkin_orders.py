"""The repair order (维修委托书): its number, items, consent, settlement, and its plain copy."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import settings
from ..errors import NotFoundError, UserError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    RepairOrderStatus,
    ServiceType,
    ServiceVisit,
    StaffUser,
    Vehicle,
    WorkItem,
    WorkItemStatus,
)
from ..validation import (
    clean_text,
    mask_mobile,
)
from .checkin_types import RepairOrder, RepairOrderForm, WorkItemDraft, WorkItemRow

MAX_AMOUNT = Decimal("10000000")


# --- the repair order -------------------------------------------------------------------
@dataclass(frozen=True)
class CheckedItem:
    description: str
    labour: Decimal
    parts: Decimal
    suggested: bool
    declined: bool


def amount(value: Decimal | str | int | None, field_name: str) -> Decimal:
    try:
        amount = Decimal(str(value if value not in (None, "") else 0)).quantize(Decimal("0.01"))
    except InvalidOperation:
        raise ValidationError(
            field_name, QT_TRANSLATE_NOOP("Errors", "金额格式不正确，请输入数字。")
        ) from None
    if not Decimal(0) <= amount < MAX_AMOUNT:
        raise ValidationError(
            field_name, QT_TRANSLATE_NOOP("Errors", "金额应在 0 到 1000 万元之间。")
        )
    return amount


def checked_item(draft: WorkItemDraft) -> CheckedItem:
    description = clean_text(draft.description, "description", max_length=200)
    if not description:
        raise ValidationError("description", QT_TRANSLATE_NOOP("Errors", "请填写维修项目名称。"))
    return CheckedItem(
        description,
        amount(draft.labour, "labour"),
        amount(draft.parts, "parts"),
        draft.suggested,
        draft.declined,
    )


def new_item(checked: CheckedItem, status: WorkItemStatus | None = None) -> WorkItem:
    if status is None:
        status = WorkItemStatus.DECLINED if checked.declined else WorkItemStatus.AGREED
    return WorkItem(
        description=checked.description,
        labour=checked.labour,
        parts=checked.parts,
        suggested=checked.suggested,
        status=status,
    )


def checked_form(form: RepairOrderForm, now: datetime) -> RepairOrderForm:
    if form.fuel_level is not None and not 0 <= form.fuel_level <= 100:
        raise ValidationError(
            "fuel_level", QT_TRANSLATE_NOOP("Errors", "油量应在 0% 到 100% 之间。")
        )
    if form.service_type not in set(ServiceType):
        raise ValidationError("service_type", QT_TRANSLATE_NOOP("Errors", "请选择服务类型。"))
    if form.promised_at is not None and form.promised_at < now:
        raise ValidationError(
            "promised_at", QT_TRANSLATE_NOOP("Errors", "承诺交车时间不能早于接车时间。")
        )
    return replace(
        form,
        description=clean_text(form.description, "description"),
        inspection_notes=clean_text(form.inspection_notes, "inspection_notes"),
    )


def new_visit(
    session: Session, vehicle: Vehicle, form: RepairOrderForm, now: datetime, skip: int = 0
) -> ServiceVisit:
    checked = checked_form(form, now)
    return ServiceVisit(
        order_no=next_order_no(session, now, skip),
        vehicle_id=vehicle.id,
        customer_id=vehicle.owner_id,
        advisor_id=checked.advisor_id,
        service_type=ServiceType(checked.service_type),
        status=RepairOrderStatus.CHECKED_IN,
        checked_in_at=now,
        odometer_km=checked.odometer_km,
        fuel_level=checked.fuel_level,
        customer_description=checked.description,
        inspection_notes=checked.inspection_notes,
        promised_at=checked.promised_at,
    )


def refuse_second_open_order(session: Session, vehicle_id: int) -> None:
    open_id = open_order_id(session, vehicle_id)
    if open_id is not None:
        order_no = get_visit(session, open_id).order_no
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "该车已有未交车的维修委托书 {order_no}，请在原委托书上追加项目。"
            ),
            order_no=order_no,
        )


def next_order_no(session: Session, now: datetime, skip: int = 0) -> str:
    """WX20261123-0001: the day's orders numbered in sequence. Found through the indexed
    check-in time, not a range on order_no: under a PostgreSQL locale collation "-" and
    "." are ignored when comparing, so a string range would miss the day's orders.
    `skip` steps past numbers found taken when saving (another workstation, a clock)."""
    stem = f"{settings.get(session, 'service.order_prefix')}{now:%Y%m%d}-"
    day = datetime.combine(now.date(), time())
    numbers = session.scalars(
        select(ServiceVisit.order_no).where(
            ServiceVisit.checked_in_at >= day,
            ServiceVisit.checked_in_at < day + timedelta(days=1),
            ServiceVisit.order_no.startswith(stem, autoescape=True),
        )
    )
    last = max((int(n.rsplit("-", 1)[1]) for n in numbers), default=0)
    return f"{stem}{last + 1 + skip:04d}"


def pending_item(session: Session, item_id: int) -> WorkItem:
    item = session.get(WorkItem, item_id)
    if item is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "该维修项目不存在。"))
    if item.status != WorkItemStatus.PENDING_CONSENT:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "该项目不是待客户同意的追加项目。"))
    require_open(get_visit(session, item.service_visit_id))
    return item


def require_open(visit: ServiceVisit) -> None:
    if visit.status == RepairOrderStatus.HANDED_OVER:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "维修委托书 {order_no} 已交车，不能再修改项目。"),
            order_no=visit.order_no,
        )


def settle_visit(visit: ServiceVisit, total: Decimal | str | None, now: datetime) -> None:
    agreed = [i for i in visit.items if i.status == WorkItemStatus.AGREED]
    estimate = sum((i.labour + i.parts for i in agreed), Decimal(0))
    visit.settlement_total = estimate if total in (None, "") else amount(total, "settlement")
    visit.status = RepairOrderStatus.HANDED_OVER
    visit.handed_over_at = now


def order_copy(session: Session, visit: ServiceVisit) -> RepairOrder:
    vehicle = visit.vehicle
    advisor = session.get(StaffUser, visit.advisor_id) if visit.advisor_id else None
    return RepairOrder(
        id=visit.id,
        order_no=visit.order_no,
        status=visit.status,
        vehicle_id=vehicle.id,
        plate=vehicle.plate,
        vin=vehicle.vin,
        model=vehicle.model.name if vehicle.model else None,
        colour=vehicle.colour,
        customer_name=vehicle.owner.name,
        customer_phone=mask_mobile(vehicle.owner.mobile),
        checked_in_at=visit.checked_in_at,
        odometer_km=visit.odometer_km,
        fuel_level=visit.fuel_level,
        description=visit.customer_description,
        inspection_notes=visit.inspection_notes,
        service_type=visit.service_type,
        items=[item_row(i) for i in sorted(visit.items, key=lambda i: i.id)],
        promised_at=visit.promised_at,
        advisor=advisor.name if advisor else None,
        settlement_total=visit.settlement_total,
        handed_over_at=visit.handed_over_at,
        next_service_date=visit.next_service_date,
        next_service_km=visit.next_service_km,
    )


def item_row(item: WorkItem) -> WorkItemRow:
    return WorkItemRow(
        id=item.id,
        description=item.description,
        labour=item.labour,
        parts=item.parts,
        status=item.status,
        suggested=item.suggested,
        consent_at=item.consent_at,
        consent_note=item.consent_note,
    )


def open_order_id(session: Session, vehicle_id: int) -> int | None:
    return session.scalar(
        select(ServiceVisit.id)
        .where(
            ServiceVisit.vehicle_id == vehicle_id,
            ServiceVisit.status != RepairOrderStatus.HANDED_OVER,
        )
        .order_by(ServiceVisit.checked_in_at.desc())
        .limit(1)
    )


def get_vehicle(session: Session, vehicle_id: int) -> Vehicle:
    vehicle = session.get(Vehicle, vehicle_id)
    if vehicle is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "该车辆不存在或已被删除。"))
    return vehicle


def get_visit(session: Session, order_id: int) -> ServiceVisit:
    visit = session.get(ServiceVisit, order_id)
    if visit is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "该维修委托书不存在。"))
    return visit
