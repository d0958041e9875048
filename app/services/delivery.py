"""Delivery desk (交车): the PDI and handover checklist, the handover itself (the car's
record, its warranty and insurance dates, the follow-ups it makes) and the printed
checklist's content (HandoverDocument, plain data for reports/)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit, settings
from ..db import Database
from ..errors import NotFoundError, UserError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP, term
from ..models import (
    Delivery,
    DeliveryChecklistItem,
    OdometerReading,
    OrderStatus,
    SalesOrder,
    StaffRole,
    StaffUser,
    Vehicle,
)
from ..permissions import Actor, require_actor
from ..rules import handover, orders
from ..validation import clean_text, validate_plate, validate_vin
from . import maintenance_plans
from .handover_document import HandoverDocument, build_document
from .task_store import TaskStore

MAX_DELIVERY_KM = 99_999


@dataclass(frozen=True)
class ChecklistLine:
    id: int
    section: str
    position: int
    label: str
    checked: bool
    remarks: str | None

    @property
    def section_title(self) -> str:
        return handover.SECTION_TITLES.get(self.section, self.section)


@dataclass(frozen=True)
class DeliveryView:
    id: int
    order_id: int
    delivered_at: datetime | None
    odometer_km: int
    notes: str | None
    items: list[ChecklistLine]

    @property
    def handed_over(self) -> bool:
        return self.delivered_at is not None


@dataclass
class HandoverForm:
    odometer_km: int
    plate: str | None = None
    delivered_at: datetime | None = None
    notes: str | None = None


@dataclass(frozen=True)
class HandoverResult:
    delivery: DeliveryView
    vehicle_id: int
    task_ids: list[int]


class DeliveryService:
    def __init__(
        self, db: Database, actor: Actor, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        self.db = db
        self.actor = require_actor(actor)
        self.clock = clock

    # --- the checklist -----------------------------------------------------------------
    def start(self, order_id: int, consultant_id: int | None = None) -> DeliveryView:
        """Prepare the delivery: the checklist from the settings' item lists (charging
        only for new-energy cars). Starting twice returns the same delivery."""
        with self.db.transaction(self.actor) as session:
            order = _order(session, order_id)
            existing = _delivery_of(session, order.id)
            if existing is not None:
                return _view(session, existing)
            if order.status not in (OrderStatus.OPEN, OrderStatus.ALLOCATED):
                label = orders.STATUS_LABELS[OrderStatus(order.status)]
                raise UserError(
                    QT_TRANSLATE_NOOP("Errors", "订单{label}，不能开始交车。"),
                    label=term("Sales", label),
                )
            delivery = Delivery(
                order_id=order.id,
                vehicle_id=order.vehicle_id,
                consultant_id=consultant_id or order.consultant_id,
                checklist=[
                    DeliveryChecklistItem(section=d.section, position=d.position, label=d.label)
                    for d in handover.checklist(_item_lists(session), order.model.is_new_energy)
                ],
            )
            session.add(delivery)
            session.flush()
            return _view(session, delivery)

    def tick(self, item_id: int, checked: bool, remarks: str | None = None) -> ChecklistLine:
        clean = clean_text(remarks, "remarks", max_length=200)
        with self.db.transaction(self.actor) as session:
            item = session.get(DeliveryChecklistItem, item_id)
            if item is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到该检查项目。"))
            delivery = session.get(Delivery, item.delivery_id)
            if delivery is None:  # the item goes with its delivery (ON DELETE CASCADE)
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到该检查项目。"))
            if delivery.delivered_at is not None:
                raise UserError(QT_TRANSLATE_NOOP("Errors", "车辆已交付，交车清单不能再修改。"))
            item.checked = checked
            item.remarks = clean
            session.flush()
            return _line(item)

    def delivery(self, order_id: int) -> DeliveryView | None:
        with self.db.transaction(self.actor) as session:
            found = _delivery_of(session, _order(session, order_id).id)
            return None if found is None else _view(session, found)

    # --- the handover ------------------------------------------------------------------
    def hand_over(self, order_id: int, form: HandoverForm) -> HandoverResult:
        """Hand the car over: needs the VIN allocated and every item ticked or explained.
        Records the odometer, completes the car's record (owner, plate, dates, warranty,
        insurance) and makes, by rule, the follow-ups of a handover."""
        delivered_at = self._checked_time(form)
        _check_km(form.odometer_km)
        plate = validate_plate(form.plate) if form.plate and form.plate.strip() else None
        with self.db.transaction(self.actor) as session:
            order = _order(session, order_id)
            delivery = self._ready(session, order)
            vehicle = session.get(Vehicle, order.vehicle_id)
            if vehicle is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "该车辆不存在或已被删除。"))
            _check_plate_free(session, plate, vehicle.id)
            _complete_vehicle(session, vehicle, order, delivered_at, plate)
            delivery.vehicle_id = vehicle.id
            delivery.delivered_at = delivered_at
            delivery.odometer_km = form.odometer_km
            delivery.notes = clean_text(form.notes, "notes")
            order.status = OrderStatus.DELIVERED
            session.add(
                OdometerReading(
                    vehicle_id=vehicle.id,
                    read_at=delivered_at,
                    km=form.odometer_km,
                    source="delivery",
                )
            )
            store = TaskStore(session, self.actor, self.clock())
            task_ids = _handover_tasks(store, order, vehicle, delivery, delivered_at)
            return HandoverResult(_view(session, delivery), vehicle.id, task_ids)

    def _checked_time(self, form: HandoverForm) -> datetime:
        now = self.clock()
        when = form.delivered_at or now
        if when > now + timedelta(minutes=5):
            raise ValidationError(
                "delivered_at", QT_TRANSLATE_NOOP("Errors", "交车时间不能晚于现在。")
            )
        return when

    def _ready(self, session: Session, order: SalesOrder) -> Delivery:
        if order.vehicle_id is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "订单尚未配车，请先录入车架号（VIN）再交车。")
            )
        orders.check_transition(order.status, OrderStatus.DELIVERED)
        delivery = _delivery_of(session, order.id)
        if delivery is None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "请先开始交车，完成交车检查清单。"))
        states = [handover.ItemState(i.label, i.checked, i.remarks) for i in delivery.checklist]
        missing = handover.unexplained(states)
        if missing:
            raise handover.unexplained_refusal(missing)
        return delivery

    # --- the printed checklist --------------------------------------------------------
    def find_order(self, *, vin: str | None = None, order_no: str | None = None) -> int:
        """The order of a car (by VIN) or by its number, for the CLI and the search box."""
        with self.db.transaction(self.actor) as session:
            if vin:
                query = select(SalesOrder.id).join(Vehicle, Vehicle.id == SalesOrder.vehicle_id)
                query = query.where(Vehicle.vin == validate_vin(vin).vin)
            else:
                query = select(SalesOrder.id).where(SalesOrder.order_no == (order_no or "").strip())
            found = session.scalar(query.order_by(SalesOrder.id.desc()).limit(1))
            if found is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "找不到车架号 {vin} 对应的订单。")
                    if vin
                    else QT_TRANSLATE_NOOP("Errors", "找不到订单 {order_no}。"),
                    vin=vin,
                    order_no=order_no,
                )
            return found

    def export_handover(self, order_id: int, write: Callable[[HandoverDocument], Path]) -> Path:
        """The delivery checklist written by `write` (saved, or previewed for printing),
        and the export recorded under whoever made it once the file exists."""
        with self.db.transaction(self.actor) as session:
            document = _handover_document(session, order_id, self.clock())
            return audit.exported(
                session, self.actor, write, document, at=self.clock(), entity="sales_orders",
                entity_id=order_id, detail=f"交车清单 {document.order_no}",
            )  # fmt: skip


# --- helpers -------------------------------------------------------------------------------
def _handover_document(session: Session, order_id: int, now: datetime) -> HandoverDocument:
    order = _order(session, order_id)
    delivery = _delivery_of(session, order.id)
    if delivery is None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "该订单尚未开始交车，没有交车清单。"))
    return build_document(session, order, delivery, now)


def _order(session: Session, order_id: int) -> SalesOrder:
    order = session.get(SalesOrder, order_id)
    if order is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到该订单。"))
    return order


def _delivery_of(session: Session, order_id: int) -> Delivery | None:
    return session.scalar(select(Delivery).where(Delivery.order_id == order_id))


def _item_lists(session: Session) -> dict[str, list[dict]]:
    return {
        section: settings.get(session, key) for section, key in handover.SECTION_SETTINGS.items()
    }


def _check_km(km: int) -> None:
    if not 0 <= km <= MAX_DELIVERY_KM:
        raise ValidationError(
            "odometer_km", QT_TRANSLATE_NOOP("Errors", "交车里程不合理，请核对仪表读数。")
        )


def _check_plate_free(session: Session, plate: str | None, vehicle_id: int) -> None:
    if plate is None:
        return
    other = session.scalar(
        select(Vehicle.id).where(Vehicle.plate == plate, Vehicle.id != vehicle_id)
    )
    if other is not None:
        raise ValidationError(
            "plate", QT_TRANSLATE_NOOP("Errors", "车牌号 {plate} 已登记在其他车辆上。"), plate=plate
        )


def _complete_vehicle(
    session: Session, vehicle: Vehicle, order: SalesOrder, delivered_at: datetime, plate: str | None
) -> None:
    day = delivered_at.date()
    plan = maintenance_plans.for_model(session, order.model_id)
    vehicle.owner_id = order.customer_id
    vehicle.model_id = order.model_id
    vehicle.colour = order.colour or vehicle.colour
    vehicle.plate = plate or vehicle.plate
    vehicle.purchase_date = order.ordered_at.date()
    vehicle.delivery_date = day
    vehicle.warranty_end_date = handover.last_day_covered(day, plan.warranty_years)
    vehicle.warranty_end_km = plan.warranty_km
    vehicle.insurance_expiry = handover.last_day_covered(
        day, settings.get(session, "delivery.insurance_years")
    )


def _handover_tasks(
    store: TaskStore,
    order: SalesOrder,
    vehicle: Vehicle,
    delivery: Delivery,
    delivered_at: datetime,
) -> list[int]:
    session = store.session
    facts = handover.HandoverFacts(
        vehicle.id, delivered_at, _template_values(session, order, vehicle)
    )
    drafts = handover.handover_tasks(facts, _handover_rules(session, order.model_id))
    made = []
    # The consultant's own calls go to them; the others to whoever holds the role.
    for owner_id, owned in (
        (order.consultant_id, [d for d in drafts if d.owner_role == StaffRole.SALES_CONSULTANT]),
        (None, [d for d in drafts if d.owner_role != StaffRole.SALES_CONSULTANT]),
    ):
        made += store.make(
            owned, customer_id=order.customer_id, owner_id=owner_id, vehicle_id=vehicle.id,
            source=("delivery", delivery.id),
        )  # fmt: skip
    return [task.id for task in made]


def _template_values(session: Session, order: SalesOrder, vehicle: Vehicle) -> dict[str, str]:
    consultant = session.get(StaffUser, order.consultant_id) if order.consultant_id else None
    return {
        "姓名": order.customer.name,
        "车型": order.model.name,
        "车牌": vehicle.plate or "",
        "顾问": consultant.name if consultant else "我们",
    }


def _handover_rules(session: Session, model_id: int) -> handover.HandoverRules:
    care_days = settings.get(session, "reminders.consultant_care_days")
    rules = {key: settings.rule(session, key) for key in handover.HANDOVER_RULE_KEYS}
    plan = maintenance_plans.for_model(session, model_id).intervals
    return handover.HandoverRules(
        rules=rules,
        consultant_care_days=tuple(care_days) or (rules[handover.CONSULTANT_CARE].lead_days,),
        first_maintenance_months=plan.first_months,
        first_maintenance_km=plan.first_km,
    )


def _line(item: DeliveryChecklistItem) -> ChecklistLine:
    return ChecklistLine(
        item.id, item.section, item.position, item.label, item.checked, item.remarks
    )


def _view(session: Session, delivery: Delivery) -> DeliveryView:
    items = sorted(
        delivery.checklist, key=lambda i: (handover.section_order(i.section), i.position)
    )
    return DeliveryView(
        id=delivery.id,
        order_id=delivery.order_id,
        delivered_at=delivery.delivered_at,
        odometer_km=delivery.odometer_km,
        notes=delivery.notes,
        items=[_line(i) for i in items],
    )
