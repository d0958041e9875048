"""Service check-in (接车问诊): find or register the car, its card, the repair order from
check-in to handover, and the odometer history with its corrections."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import settings
from ..db import Database
from ..errors import NotFoundError, UserError, ValidationError
from ..models import (
    Complaint,
    ComplaintStatus,
    ConsentKind,
    ContactConsent,
    Customer,
    CustomerStage,
    Delivery,
    FollowUpTask,
    OdometerReading,
    RepairOrderStatus,
    ServiceType,
    ServiceVisit,
    StaffUser,
    TaskStatus,
    Vehicle,
    WorkItem,
    WorkItemStatus,
)
from ..pinyin import name_keys
from ..rules import maintenance, mileage, repair_order
from ..rules.maintenance import IntervalRules, Milestone, NextMaintenance
from ..rules.mileage import MileageComparison, MileageLimits, Reading
from ..validation import (
    PROVINCES,
    clean_text,
    mask_mobile,
    normalize_plate,
    validate_mobile,
    validate_name,
    validate_plate,
    validate_vin,
)
from . import followups
from .search import find_customer_ids

MAX_AMOUNT = Decimal("10000000")
CARD_HISTORY_LIMIT = 50
CARD_REMINDER_LIMIT = 10
CARD_DECLINED_LIMIT = 20


# --- what the desk gets back ------------------------------------------------------------
@dataclass(frozen=True)
class VehicleHit:
    id: int
    plate: str | None
    vin: str
    model: str | None
    colour: str | None
    owner_name: str
    owner_phone: str  # masked


@dataclass(frozen=True)
class HistoryEntry:
    visit_id: int
    order_no: str
    day: date
    km: int
    service_type: str
    work: str
    amount: Decimal | None
    status: str


@dataclass(frozen=True)
class DeclinedWork:
    description: str
    day: date
    order_no: str


@dataclass(frozen=True)
class Reminder:
    kind: str
    due_date: date
    message: str | None


@dataclass(frozen=True)
class VehicleCard:
    id: int
    plate: str | None
    vin: str
    model: str | None
    colour: str | None
    purchase_date: date | None
    delivery_date: date | None
    warranty_end_date: date | None
    warranty_end_km: int | None
    insurance_expiry: date | None
    owner_id: int
    owner_name: str
    owner_phone: str  # masked
    marketing_allowed: bool | None  # None: never asked
    open_complaints: int
    due_reminders: list[Reminder]
    history: list[HistoryEntry]
    declined_work: list[DeclinedWork]
    last_km: int | None
    daily_km_average: float | None
    next_service_date: date | None
    next_service_km: int | None
    open_order_id: int | None


@dataclass(frozen=True)
class ReadingInterval:
    """One odometer reading with what changed since the one before it."""

    reading_id: int
    read_at: datetime
    km: int
    days_since_previous: int | None
    km_since_previous: int | None
    daily_average: float | None
    corrected_from_km: int | None
    correction_reason: str | None
    order_no: str | None


@dataclass(frozen=True)
class WorkItemRow:
    id: int
    description: str
    labour: Decimal
    parts: Decimal
    status: str
    suggested: bool
    consent_at: datetime | None
    consent_note: str | None

    @property
    def total(self) -> Decimal:
        return self.labour + self.parts

    @property
    def counts(self) -> bool:
        return self.status == WorkItemStatus.AGREED


@dataclass(frozen=True)
class RepairOrder:
    id: int
    order_no: str
    status: str
    vehicle_id: int
    plate: str | None
    vin: str
    model: str | None
    colour: str | None
    customer_name: str
    customer_phone: str  # masked
    checked_in_at: datetime
    odometer_km: int
    fuel_level: int | None
    description: str | None
    inspection_notes: str | None
    service_type: str
    items: list[WorkItemRow]
    promised_at: datetime | None
    advisor: str | None
    settlement_total: Decimal | None
    handed_over_at: datetime | None
    next_service_date: date | None
    next_service_km: int | None

    @property
    def estimate(self) -> Decimal:
        return sum((i.total for i in self.items if i.counts), Decimal(0))

    @property
    def pending(self) -> list[WorkItemRow]:
        return [i for i in self.items if i.status == WorkItemStatus.PENDING_CONSENT]

    @property
    def next_statuses(self) -> tuple[str, ...]:
        return repair_order.next_statuses(self.status)


# --- what the desk sends ----------------------------------------------------------------
@dataclass
class NewVehicleForm:
    vin: str
    plate: str | None
    owner_name: str = ""
    owner_mobile: str = ""
    owner_id: int | None = None
    model_id: int | None = None
    colour: str | None = None
    purchase_date: date | None = None
    delivery_date: date | None = None
    warranty_end_date: date | None = None
    warranty_end_km: int | None = None
    insurance_expiry: date | None = None
    check_digit_confirmed: bool = False


@dataclass
class WorkItemDraft:
    description: str
    labour: Decimal | str | int = Decimal(0)
    parts: Decimal | str | int = Decimal(0)
    suggested: bool = False
    declined: bool = False


@dataclass
class RepairOrderForm:
    vehicle_id: int
    odometer_km: int
    service_type: str = ServiceType.MAINTENANCE
    fuel_level: int | None = None
    description: str | None = None
    inspection_notes: str | None = None
    items: list[WorkItemDraft] = field(default_factory=list)
    promised_at: datetime | None = None
    advisor_id: int | None = None
    correction_reason: str | None = None
    jump_confirmed: bool = False


class VinCheckDigitWarning(UserError):
    """The 9th character does not match: the advisor confirms (not every maker uses it)."""

    def __init__(self, vin: str) -> None:
        super().__init__(f"车架号 {vin} 的校验位不符。部分厂家不使用校验位，请核对后确认登记。")
        self.vin = vin


# --- the service ------------------------------------------------------------------------
class CheckInService:
    def __init__(self, db: Database, clock: Callable[[], datetime] = datetime.now) -> None:
        self.db = db
        self.clock = clock

    # finding and registering the car
    def find(self, query: str, limit: int = 20) -> list[VehicleHit]:
        """Plate, VIN (full or last six), owner's phone (full or last four) or name."""
        limit = max(1, min(limit, 200))
        with self.db.transaction() as session:
            vehicles = _direct_vehicles(session, query, limit)
            if not vehicles:
                owners = find_customer_ids(session, query, limit)
                vehicles = _vehicles_of(session, owners, limit)
            return [_hit(v) for v in vehicles]

    def find_one(self, plate_or_vin: str) -> VehicleHit:
        hits = self.find(plate_or_vin, limit=2)
        if len(hits) != 1:
            raise NotFoundError(
                f"没有找到车牌或车架号为“{plate_or_vin}”的车辆。"
                if not hits
                else f"“{plate_or_vin}”对应多辆车，请输入完整车牌或车架号。"
            )
        return hits[0]

    def register_vehicle(self, form: NewVehicleForm) -> VehicleHit:
        check = validate_vin(form.vin)
        plate = validate_plate(form.plate) if (form.plate or "").strip() else None
        if not check.check_digit_ok and not form.check_digit_confirmed:
            raise VinCheckDigitWarning(check.vin)
        with self.db.transaction() as session:
            _refuse_taken(session, check.vin, plate)
            owner = _owner_for(session, form)
            vehicle = _new_vehicle(form, check.vin, plate)
            vehicle.owner = owner
            session.add(vehicle)
            session.flush()
            return _hit(vehicle)

    # the card
    def card(self, vehicle_id: int) -> VehicleCard:
        with self.db.transaction() as session:
            return _card(session, _vehicle(session, vehicle_id))

    def readings(self, vehicle_id: int) -> list[ReadingInterval]:
        with self.db.transaction() as session:
            _vehicle(session, vehicle_id)
            return _intervals(session, vehicle_id)

    # the mileage comparison, live while the advisor types
    def compare_reading(self, vehicle_id: int, km: int) -> MileageComparison:
        with self.db.transaction() as session:
            history = _history(session, vehicle_id)
            return mileage.compare(history, Reading(self.clock(), km), _limits(session))

    def predict_next(self, vehicle_id: int) -> NextMaintenance | None:
        with self.db.transaction() as session:
            return _predict(session, _vehicle(session, vehicle_id))

    # the repair order
    def open_order(self, form: RepairOrderForm) -> RepairOrder:
        now = self.clock()
        items = [_checked_item(d) for d in form.items]
        with self.db.transaction() as session:
            vehicle = _vehicle(session, form.vehicle_id)
            _refuse_second_open_order(session, vehicle.id)
            _accept_reading(session, vehicle.id, now, form)
            visit = _new_visit(session, vehicle, form, now)
            visit.items = [_item(d) for d in items]
            session.add(visit)
            session.flush()
            _record_reading(session, vehicle, visit, now, form)
            vehicle.owner.last_visit_at = now
            return _order(session, visit)

    def order(self, order_id: int) -> RepairOrder:
        with self.db.transaction() as session:
            return _order(session, _visit(session, order_id))

    def add_extra_work(self, order_id: int, draft: WorkItemDraft) -> RepairOrder:
        """Work found later: pending until the customer's consent is recorded."""
        item = _item(_checked_item(draft), WorkItemStatus.PENDING_CONSENT)
        with self.db.transaction() as session:
            visit = _visit(session, order_id)
            _require_open(visit)
            visit.items.append(item)
            session.flush()
            return _order(session, visit)

    def record_consent(self, item_id: int, note: str | None = None) -> RepairOrder:
        with self.db.transaction() as session:
            item = _pending_item(session, item_id)
            item.status = WorkItemStatus.AGREED
            item.consent_at = self.clock()
            item.consent_note = clean_text(note, "consent_note", max_length=200)
            session.flush()
            return _order(session, _visit(session, item.service_visit_id))

    def decline_item(self, item_id: int) -> RepairOrder:
        """The customer says no: kept on the car, offered again at the next check-in."""
        with self.db.transaction() as session:
            item = session.get(WorkItem, item_id)
            if item is None:
                raise NotFoundError("该维修项目不存在。")
            _require_open(_visit(session, item.service_visit_id))
            item.status = WorkItemStatus.DECLINED
            session.flush()
            return _order(session, _visit(session, item.service_visit_id))

    def move(self, order_id: int, target: str) -> RepairOrder:
        if target == RepairOrderStatus.HANDED_OVER:
            return self.handover(order_id)
        with self.db.transaction() as session:
            visit = _visit(session, order_id)
            repair_order.require_move(visit.status, target)
            visit.status = RepairOrderStatus(target)
            session.flush()
            return _order(session, visit)

    def preview_handover(self, order_id: int) -> NextMaintenance:
        """The next service date and km the handover will record (shown before confirming)."""
        with self.db.transaction() as session:
            visit = _visit(session, order_id)
            return _predict(session, visit.vehicle, counting=visit)

    def handover(self, order_id: int, settlement_total: Decimal | str | None = None) -> RepairOrder:
        now = self.clock()
        with self.db.transaction() as session:
            visit = _visit(session, order_id)
            repair_order.require_move(visit.status, RepairOrderStatus.HANDED_OVER)
            if any(i.status == WorkItemStatus.PENDING_CONSENT for i in visit.items):
                raise UserError("还有追加项目未取得客户同意，请先记录同意或标记为客户拒绝。")
            _settle(visit, settlement_total, now)
            session.flush()
            due = _refresh_predictions(session, visit.vehicle)
            _leave_tasks(session, visit, due)
            return _order(session, visit)

    # corrections
    def correct_reading(self, reading_id: int, new_km: int, reason: str) -> NextMaintenance | None:
        """Fix a reading entered wrongly; every prediction depending on it recomputes."""
        why = clean_text(reason, "correction_reason", max_length=200)
        if not why:
            raise ValidationError("correction_reason", "请填写更正原因。")
        if not 0 <= new_km <= mileage.MAX_ODOMETER_KM:
            raise ValidationError("odometer_km", "里程表读数不正确，请重新输入。")
        with self.db.transaction() as session:
            reading = session.get(OdometerReading, reading_id)
            if reading is None:
                raise NotFoundError("该里程记录不存在。")
            _apply_correction(session, reading, new_km, why)
            vehicle = _vehicle(session, reading.vehicle_id)
            due = _refresh_predictions(session, vehicle)
            _move_open_maintenance_task(session, vehicle, due)
            return due


# --- lookups ----------------------------------------------------------------------------
def _direct_vehicles(session: Session, query: str, limit: int) -> list[Vehicle]:
    text = normalize_plate(query)
    if len(text) == 17:
        return list(session.scalars(select(Vehicle).where(Vehicle.vin == text)))
    if len(text) == 6 and text.isascii() and text.isalnum():
        found = list(session.scalars(select(Vehicle).where(Vehicle.vin_last6 == text).limit(limit)))
        if found:
            return found
    if text and text[0] in PROVINCES:
        upper = text[:-1] + chr(ord(text[-1]) + 1)
        condition = (Vehicle.plate >= text) & (Vehicle.plate < upper)
        return list(session.scalars(select(Vehicle).where(condition).limit(limit)))
    return []


def _vehicles_of(session: Session, owner_ids: list[int], limit: int) -> list[Vehicle]:
    if not owner_ids:
        return []
    query = select(Vehicle).where(Vehicle.owner_id.in_(owner_ids)).limit(limit)
    order = {owner: i for i, owner in enumerate(owner_ids)}
    return sorted(session.scalars(query), key=lambda v: (order[v.owner_id], v.id))


def _hit(vehicle: Vehicle) -> VehicleHit:
    return VehicleHit(
        id=vehicle.id,
        plate=vehicle.plate,
        vin=vehicle.vin,
        model=vehicle.model.name if vehicle.model else None,
        colour=vehicle.colour,
        owner_name=vehicle.owner.name,
        owner_phone=mask_mobile(vehicle.owner.mobile),
    )


def _vehicle(session: Session, vehicle_id: int) -> Vehicle:
    vehicle = session.get(Vehicle, vehicle_id)
    if vehicle is None:
        raise NotFoundError("该车辆不存在或已被删除。")
    return vehicle


def _visit(session: Session, order_id: int) -> ServiceVisit:
    visit = session.get(ServiceVisit, order_id)
    if visit is None:
        raise NotFoundError("该维修委托书不存在。")
    return visit


# --- registering ------------------------------------------------------------------------
def _refuse_taken(session: Session, vin: str, plate: str | None) -> None:
    same_vin = session.scalar(select(Vehicle).where(Vehicle.vin == vin))
    if same_vin is not None:
        raise ValidationError(
            "vin", f"车架号 {vin} 已登记在客户“{same_vin.owner.name}”名下，不能重复登记。"
        )
    same_plate = plate and session.scalar(select(Vehicle).where(Vehicle.plate == plate))
    if same_plate:
        raise ValidationError(
            "plate", f"车牌 {plate} 已登记在客户“{same_plate.owner.name}”名下的另一辆车上。"
        )


def _owner_for(session: Session, form: NewVehicleForm) -> Customer:
    if form.owner_id is not None:
        owner = session.get(Customer, form.owner_id)
        if owner is None:
            raise NotFoundError("车主不存在或已被删除。")
        return owner
    name = validate_name(form.owner_name, "owner_name")
    mobile = validate_mobile(form.owner_mobile, "owner_mobile")
    existing = session.scalar(select(Customer).where(Customer.mobile == mobile))
    if existing is not None:
        return existing  # the same phone is the same customer
    initials, full = name_keys(name)
    # Owns a car and comes to us for service: not a prospect to sell to.
    return Customer(
        name=name,
        name_initials=initials,
        name_pinyin=full,
        mobile=mobile,
        mobile_last4=mobile[-4:],
        stage=CustomerStage.DEAL,
        source_channel="售后接车",
    )


def _new_vehicle(form: NewVehicleForm, vin: str, plate: str | None) -> Vehicle:
    if form.warranty_end_km is not None and form.warranty_end_km < 0:
        raise ValidationError("warranty_end_km", "质保里程不能为负数。")
    return Vehicle(
        vin=vin,
        vin_last6=vin[-6:],
        plate=plate,
        model_id=form.model_id,
        colour=clean_text(form.colour, "colour", max_length=20),
        purchase_date=form.purchase_date,
        delivery_date=form.delivery_date,
        warranty_end_date=form.warranty_end_date,
        warranty_end_km=form.warranty_end_km,
        insurance_expiry=form.insurance_expiry,
    )


# --- the card ---------------------------------------------------------------------------
def _card(session: Session, vehicle: Vehicle) -> VehicleCard:
    owner = vehicle.owner
    readings = _history(session, vehicle.id)
    return VehicleCard(
        id=vehicle.id,
        plate=vehicle.plate,
        vin=vehicle.vin,
        model=vehicle.model.name if vehicle.model else None,
        colour=vehicle.colour,
        purchase_date=vehicle.purchase_date,
        delivery_date=vehicle.delivery_date,
        warranty_end_date=vehicle.warranty_end_date,
        warranty_end_km=vehicle.warranty_end_km,
        insurance_expiry=vehicle.insurance_expiry,
        owner_id=owner.id,
        owner_name=owner.name,
        owner_phone=mask_mobile(owner.mobile),
        marketing_allowed=_marketing_allowed(session, owner.id),
        open_complaints=_open_complaints(session, owner.id),
        due_reminders=_due_reminders(session, owner.id),
        history=_service_history(session, vehicle.id),
        declined_work=_declined_work(session, vehicle.id),
        last_km=max(readings, key=lambda r: r.read_at).km if readings else None,
        daily_km_average=vehicle.daily_km_average,
        next_service_date=vehicle.next_service_date,
        next_service_km=vehicle.next_service_km,
        open_order_id=_open_order_id(session, vehicle.id),
    )


def _marketing_allowed(session: Session, customer_id: int) -> bool | None:
    return session.scalar(
        select(ContactConsent.granted).where(
            ContactConsent.customer_id == customer_id,
            ContactConsent.kind == ConsentKind.MARKETING,
        )
    )


def _open_complaints(session: Session, customer_id: int) -> int:
    query = select(func.count(Complaint.id)).where(
        Complaint.customer_id == customer_id, Complaint.status != ComplaintStatus.CLOSED
    )
    return session.scalar(query) or 0


def _due_reminders(session: Session, customer_id: int) -> list[Reminder]:
    query = (
        select(FollowUpTask)
        .where(FollowUpTask.customer_id == customer_id, FollowUpTask.status == TaskStatus.OPEN)
        .order_by(FollowUpTask.due_date, FollowUpTask.id)
        .limit(CARD_REMINDER_LIMIT)
    )
    return [Reminder(t.kind, t.due_date, t.message) for t in session.scalars(query)]


def _service_history(session: Session, vehicle_id: int) -> list[HistoryEntry]:
    visits = session.scalars(
        select(ServiceVisit)
        .where(ServiceVisit.vehicle_id == vehicle_id)
        .order_by(ServiceVisit.checked_in_at.desc())
        .limit(CARD_HISTORY_LIMIT)
    ).all()
    items = _items_by_visit(session, [v.id for v in visits])
    return [_history_entry(v, items.get(v.id, [])) for v in visits]


def _items_by_visit(session: Session, visit_ids: list[int]) -> dict[int, list[WorkItem]]:
    found: dict[int, list[WorkItem]] = {}
    query = select(WorkItem).where(WorkItem.service_visit_id.in_(visit_ids)).order_by(WorkItem.id)
    for item in session.scalars(query) if visit_ids else []:
        found.setdefault(item.service_visit_id, []).append(item)
    return found


def _history_entry(visit: ServiceVisit, items: list[WorkItem]) -> HistoryEntry:
    agreed = [i for i in items if i.status == WorkItemStatus.AGREED]
    estimate = sum((i.labour + i.parts for i in agreed), Decimal(0))
    return HistoryEntry(
        visit_id=visit.id,
        order_no=visit.order_no,
        day=visit.checked_in_at.date(),
        km=visit.odometer_km,
        service_type=visit.service_type,
        work="、".join(i.description for i in agreed),
        amount=visit.settlement_total if visit.settlement_total is not None else estimate,
        status=visit.status,
    )


def _declined_work(session: Session, vehicle_id: int) -> list[DeclinedWork]:
    rows = session.execute(
        select(WorkItem.description, ServiceVisit.checked_in_at, ServiceVisit.order_no)
        .join(ServiceVisit, ServiceVisit.id == WorkItem.service_visit_id)
        .where(ServiceVisit.vehicle_id == vehicle_id, WorkItem.status == WorkItemStatus.DECLINED)
        .order_by(ServiceVisit.checked_in_at.desc(), WorkItem.id)
        .limit(CARD_DECLINED_LIMIT)
    )
    return [DeclinedWork(d, at.date(), no) for d, at, no in rows]


def _open_order_id(session: Session, vehicle_id: int) -> int | None:
    return session.scalar(
        select(ServiceVisit.id)
        .where(
            ServiceVisit.vehicle_id == vehicle_id,
            ServiceVisit.status != RepairOrderStatus.HANDED_OVER,
        )
        .order_by(ServiceVisit.checked_in_at.desc())
        .limit(1)
    )


# --- odometer history -------------------------------------------------------------------
def _reading_rows(session: Session, vehicle_id: int) -> list[OdometerReading]:
    query = (
        select(OdometerReading)
        .where(OdometerReading.vehicle_id == vehicle_id)
        .order_by(OdometerReading.read_at, OdometerReading.id)
    )
    return list(session.scalars(query))


def _history(session: Session, vehicle_id: int) -> list[Reading]:
    """Every reading, starting from the delivery when we delivered the car."""
    readings = [Reading(r.read_at, r.km) for r in _reading_rows(session, vehicle_id)]
    delivered = session.get(Vehicle, vehicle_id).delivery_date
    if delivered is None or any(r.read_at.date() <= delivered for r in readings):
        return readings
    start = Reading(datetime.combine(delivered, time()), _delivery_km(session, vehicle_id))
    return [start, *readings]


def _delivery_km(session: Session, vehicle_id: int) -> int:
    query = select(Delivery.odometer_km).where(Delivery.vehicle_id == vehicle_id).limit(1)
    return session.scalar(query) or 0


def _intervals(session: Session, vehicle_id: int) -> list[ReadingInterval]:
    rows = _reading_rows(session, vehicle_id)
    orders = _order_numbers(session, [r.service_visit_id for r in rows if r.service_visit_id])
    intervals = []
    for previous, row in zip([None, *rows], rows, strict=False):
        intervals.append(_interval(previous, row, orders.get(row.service_visit_id)))
    return intervals


def _interval(
    previous: OdometerReading | None, row: OdometerReading, order_no: str | None
) -> ReadingInterval:
    days = mileage.days_between(previous.read_at, row.read_at) if previous else None
    km = row.km - previous.km if previous else None
    average = km / days if days and km is not None and km >= 0 else None
    return ReadingInterval(
        reading_id=row.id,
        read_at=row.read_at,
        km=row.km,
        days_since_previous=days,
        km_since_previous=km,
        daily_average=average,
        corrected_from_km=row.corrected_from_km,
        correction_reason=row.correction_reason,
        order_no=order_no,
    )


def _order_numbers(session: Session, visit_ids: list[int]) -> dict[int | None, str]:
    if not visit_ids:
        return {}
    query = select(ServiceVisit.id, ServiceVisit.order_no).where(ServiceVisit.id.in_(visit_ids))
    return {visit_id: order_no for visit_id, order_no in session.execute(query)}


def _limits(session: Session) -> MileageLimits:
    return MileageLimits(
        long_trip_ratio=float(settings.get(session, "service.long_trip_ratio")),
        absurd_km_per_day=settings.get(session, "service.absurd_km_per_day"),
        long_idle_days=settings.get(session, "service.long_idle_days"),
    )


def _interval_rules(session: Session) -> IntervalRules:
    return IntervalRules(
        first_km=settings.get(session, "service.first_maintenance_km"),
        first_months=settings.get(session, "service.first_maintenance_months"),
        regular_km=settings.get(session, "service.regular_maintenance_km"),
        regular_months=settings.get(session, "service.regular_maintenance_months"),
    )


def _accept_reading(
    session: Session, vehicle_id: int, now: datetime, form: RepairOrderForm
) -> None:
    limits = _limits(session)
    comparison = mileage.compare(
        _history(session, vehicle_id), Reading(now, form.odometer_km), limits
    )
    mileage.require_acceptable(
        comparison,
        limits,
        correction_reason=form.correction_reason,
        jump_confirmed=form.jump_confirmed,
    )


def _record_reading(
    session: Session, vehicle: Vehicle, visit: ServiceVisit, now: datetime, form: RepairOrderForm
) -> None:
    reason = clean_text(form.correction_reason, "correction_reason", max_length=200)
    session.add(
        OdometerReading(
            vehicle_id=vehicle.id,
            service_visit_id=visit.id,
            read_at=now,
            km=form.odometer_km,
            correction_reason=reason,
        )
    )
    session.flush()
    vehicle.daily_km_average = mileage.usual_daily_average(_history(session, vehicle.id))


def _apply_correction(session: Session, reading: OdometerReading, new_km: int, why: str) -> None:
    if reading.corrected_from_km is None:
        reading.corrected_from_km = reading.km  # the first value typed is what we keep
    reading.km = new_km
    reading.correction_reason = why
    if reading.service_visit_id is not None:
        _visit(session, reading.service_visit_id).odometer_km = new_km
    session.flush()


# --- the repair order -------------------------------------------------------------------
@dataclass(frozen=True)
class _CheckedItem:
    description: str
    labour: Decimal
    parts: Decimal
    suggested: bool
    declined: bool


def _amount(value: Decimal | str | int | None, field_name: str) -> Decimal:
    try:
        amount = Decimal(str(value if value not in (None, "") else 0)).quantize(Decimal("0.01"))
    except InvalidOperation:
        raise ValidationError(field_name, "金额格式不正确，请输入数字。") from None
    if not Decimal(0) <= amount < MAX_AMOUNT:
        raise ValidationError(field_name, "金额应在 0 到 1000 万元之间。")
    return amount


def _checked_item(draft: WorkItemDraft) -> _CheckedItem:
    description = clean_text(draft.description, "description", max_length=200)
    if not description:
        raise ValidationError("description", "请填写维修项目名称。")
    return _CheckedItem(
        description,
        _amount(draft.labour, "labour"),
        _amount(draft.parts, "parts"),
        draft.suggested,
        draft.declined,
    )


def _item(checked: _CheckedItem, status: WorkItemStatus | None = None) -> WorkItem:
    if status is None:
        status = WorkItemStatus.DECLINED if checked.declined else WorkItemStatus.AGREED
    return WorkItem(
        description=checked.description,
        labour=checked.labour,
        parts=checked.parts,
        suggested=checked.suggested,
        status=status,
    )


def _checked_form(form: RepairOrderForm, now: datetime) -> RepairOrderForm:
    if form.fuel_level is not None and not 0 <= form.fuel_level <= 100:
        raise ValidationError("fuel_level", "油量应在 0% 到 100% 之间。")
    if form.service_type not in set(ServiceType):
        raise ValidationError("service_type", "请选择服务类型。")
    if form.promised_at is not None and form.promised_at < now:
        raise ValidationError("promised_at", "承诺交车时间不能早于接车时间。")
    return replace(
        form,
        description=clean_text(form.description, "description"),
        inspection_notes=clean_text(form.inspection_notes, "inspection_notes"),
    )


def _new_visit(
    session: Session, vehicle: Vehicle, form: RepairOrderForm, now: datetime
) -> ServiceVisit:
    checked = _checked_form(form, now)
    return ServiceVisit(
        order_no=_next_order_no(session, now),
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


def _refuse_second_open_order(session: Session, vehicle_id: int) -> None:
    open_id = _open_order_id(session, vehicle_id)
    if open_id is not None:
        order_no = _visit(session, open_id).order_no
        raise UserError(f"该车已有未交车的维修委托书 {order_no}，请在原委托书上追加项目。")


def _next_order_no(session: Session, now: datetime) -> str:
    """WX20261123-0001: the day's orders numbered in sequence (index range on order_no)."""
    stem = f"{settings.get(session, 'service.order_prefix')}{now:%Y%m%d}-"
    last = session.scalar(
        select(func.max(ServiceVisit.order_no)).where(
            ServiceVisit.order_no >= stem, ServiceVisit.order_no < stem[:-1] + "."
        )
    )
    number = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{stem}{number:04d}"


def _pending_item(session: Session, item_id: int) -> WorkItem:
    item = session.get(WorkItem, item_id)
    if item is None:
        raise NotFoundError("该维修项目不存在。")
    if item.status != WorkItemStatus.PENDING_CONSENT:
        raise UserError("该项目不是待客户同意的追加项目。")
    _require_open(_visit(session, item.service_visit_id))
    return item


def _require_open(visit: ServiceVisit) -> None:
    if visit.status == RepairOrderStatus.HANDED_OVER:
        raise UserError(f"维修委托书 {visit.order_no} 已交车，不能再修改项目。")


def _settle(visit: ServiceVisit, total: Decimal | str | None, now: datetime) -> None:
    agreed = [i for i in visit.items if i.status == WorkItemStatus.AGREED]
    estimate = sum((i.labour + i.parts for i in agreed), Decimal(0))
    visit.settlement_total = estimate if total in (None, "") else _amount(total, "settlement")
    visit.status = RepairOrderStatus.HANDED_OVER
    visit.handed_over_at = now


def _order(session: Session, visit: ServiceVisit) -> RepairOrder:
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
        items=[_item_row(i) for i in sorted(visit.items, key=lambda i: i.id)],
        promised_at=visit.promised_at,
        advisor=advisor.name if advisor else None,
        settlement_total=visit.settlement_total,
        handed_over_at=visit.handed_over_at,
        next_service_date=visit.next_service_date,
        next_service_km=visit.next_service_km,
    )


def _item_row(item: WorkItem) -> WorkItemRow:
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


# --- predictions and the tasks they leave -----------------------------------------------
def _last_maintenance(
    session: Session, vehicle_id: int, counting: ServiceVisit | None = None
) -> Milestone | None:
    done = (
        select(ServiceVisit.checked_in_at, ServiceVisit.odometer_km)
        .where(
            ServiceVisit.vehicle_id == vehicle_id,
            ServiceVisit.service_type == ServiceType.MAINTENANCE,
            ServiceVisit.status == RepairOrderStatus.HANDED_OVER,
        )
        .order_by(ServiceVisit.checked_in_at.desc())
        .limit(1)
    )
    found = [Milestone(at.date(), km) for at, km in session.execute(done)]
    if counting is not None and counting.service_type == ServiceType.MAINTENANCE:
        found.append(Milestone(counting.checked_in_at.date(), counting.odometer_km))
    return max(found, key=lambda m: m.day) if found else None


def _predict(
    session: Session, vehicle: Vehicle, counting: ServiceVisit | None = None
) -> NextMaintenance | None:
    history = _history(session, vehicle.id)
    last = _last_maintenance(session, vehicle.id, counting)
    first = last is None and vehicle.delivery_date is not None
    base = last or _first_base(vehicle, history)
    if base is None:
        return None
    latest = max(history, key=lambda r: r.read_at) if history else None
    latest_point = Milestone(latest.read_at.date(), latest.km) if latest else base
    average = mileage.usual_daily_average(history)
    return maintenance.predict(base, latest_point, average, _interval_rules(session), first=first)


def _first_base(vehicle: Vehicle, history: list[Reading]) -> Milestone | None:
    """From delivery when we delivered the car, else from the first reading we have."""
    if vehicle.delivery_date is not None:
        delivered = [r for r in history if r.read_at.date() <= vehicle.delivery_date]
        return Milestone(vehicle.delivery_date, delivered[-1].km if delivered else 0)
    return Milestone(history[0].read_at.date(), history[0].km) if history else None


def _refresh_predictions(session: Session, vehicle: Vehicle) -> NextMaintenance | None:
    """Recompute the cached average and the next due, on the car and its last handover."""
    vehicle.daily_km_average = mileage.usual_daily_average(_history(session, vehicle.id))
    due = _predict(session, vehicle)
    vehicle.next_service_date = due.due_date if due else None
    vehicle.next_service_km = due.due_km if due else None
    last = _last_handed_over(session, vehicle.id)
    if last is not None:
        last.next_service_date = vehicle.next_service_date
        last.next_service_km = vehicle.next_service_km
    session.flush()
    return due


def _last_handed_over(session: Session, vehicle_id: int) -> ServiceVisit | None:
    return session.scalar(
        select(ServiceVisit)
        .where(
            ServiceVisit.vehicle_id == vehicle_id,
            ServiceVisit.status == RepairOrderStatus.HANDED_OVER,
        )
        .order_by(ServiceVisit.handed_over_at.desc(), ServiceVisit.id.desc())
        .limit(1)
    )


def _template_values(session: Session, vehicle: Vehicle, advisor_id: int | None) -> dict:
    advisor = session.get(StaffUser, advisor_id) if advisor_id else None
    return {
        "姓名": vehicle.owner.name,
        "车牌": vehicle.plate or vehicle.vin,
        "车型": vehicle.model.name if vehicle.model else "爱车",
        "顾问": advisor.name if advisor else "服务顾问",
    }


def _open_maintenance_tasks(session: Session, vehicle: Vehicle) -> list[FollowUpTask]:
    return list(
        session.scalars(
            select(FollowUpTask).where(
                FollowUpTask.customer_id == vehicle.owner_id,
                FollowUpTask.vehicle_id == vehicle.id,
                FollowUpTask.kind == maintenance.MAINTENANCE_DUE,
                FollowUpTask.status == TaskStatus.OPEN,
            )
        )
    )


def _leave_tasks(session: Session, visit: ServiceVisit, due: NextMaintenance | None) -> None:
    vehicle = visit.vehicle
    values = _template_values(session, vehicle, visit.advisor_id)
    drafts = []
    rule = settings.rule(session, maintenance.MAINTENANCE_DUE)
    if due is not None and rule.enabled:
        for old in _open_maintenance_tasks(session, vehicle):
            old.status = TaskStatus.SKIPPED
            old.outcome_note = f"已由维修委托书 {visit.order_no} 的保养预测取代"
        drafts.append(maintenance.maintenance_task(visit.id, due, rule, values))
    declined = [i.description for i in visit.items if i.status == WorkItemStatus.DECLINED]
    declined_rule = settings.rule(session, maintenance.DECLINED_WORK)
    if declined and declined_rule.enabled:
        day = visit.handed_over_at.date()
        drafts.append(
            maintenance.declined_work_task(visit.id, day, declined, declined_rule, values)
        )
    made = followups.add_tasks(
        session,
        drafts,
        customer_id=vehicle.owner_id,
        owner_id=visit.advisor_id,
        source=("service_visit", visit.id),
    )
    for task in made:
        task.vehicle_id = vehicle.id


def _move_open_maintenance_task(
    session: Session, vehicle: Vehicle, due: NextMaintenance | None
) -> None:
    rule = settings.rule(session, maintenance.MAINTENANCE_DUE)
    for task in _open_maintenance_tasks(session, vehicle) if due is not None else []:
        visit = _visit(session, task.source_id) if task.source_type == "service_visit" else None
        values = _template_values(session, vehicle, visit.advisor_id if visit else None)
        task.due_date = maintenance.reminder_date(due, rule)
        task.message = maintenance.maintenance_message(rule, due, values)
