"""Service check-in (接车问诊): find or register the car, its card, the repair order from
check-in to handover, and the odometer history with its corrections."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from .. import audit, settings
from ..db import Database
from ..errors import NotFoundError, UserError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    OdometerReading,
    RepairOrderStatus,
    WorkItem,
    WorkItemStatus,
)
from ..permissions import Actor, Permission, require_actor
from ..rules import mileage, repair_order
from ..rules.maintenance import NextMaintenance
from ..rules.mileage import MileageComparison, Reading
from ..rules.search_modes import phone_query
from ..validation import (
    clean_text,
    normalize_plate,
    validate_plate,
    validate_vin,
)
from .appointment_checkin import arrived_for
from .checkin_odometer import (
    accept_reading,
    apply_correction,
    leave_tasks,
    mileage_limits,
    move_open_maintenance_task,
    predict_next,
    reading_history,
    reading_intervals,
    record_reading,
    refresh_predictions,
)
from .checkin_orders import (
    checked_item,
    get_vehicle,
    get_visit,
    new_item,
    new_visit,
    order_copy,
    pending_item,
    refuse_second_open_order,
    require_open,
    settle_visit,
)
from .checkin_types import (
    NewVehicleForm,
    ReadingInterval,
    RepairOrder,
    RepairOrderDocument,
    RepairOrderForm,
    VehicleCard,
    VehicleHit,
    VinCheckDigitWarning,
    WorkItemDraft,
)
from .checkin_vehicles import (
    build_card,
    new_vehicle,
    owner_for,
    refuse_taken,
    vehicle_hit,
)
from .store_profile import printed_logo
from .task_store import TaskStore
from .vehicle_search import find_direct, find_vehicles, read_vehicles

ORDER_NO_ATTEMPTS = 3


# --- the service ------------------------------------------------------------------------
class CheckInService:
    def __init__(
        self, db: Database, actor: Actor, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        self.db = db
        self.actor = require_actor(actor)
        self.clock = clock

    @property
    def may_work_orders(self) -> bool:
        """Whether this desk's person may open and work repair orders (service advisors
        and the store manager); everyone may look the car up and read its card."""
        return self.actor.can(Permission.WORK_REPAIR_ORDERS)

    def _require_order_work(self) -> None:
        self.actor.require(Permission.WORK_REPAIR_ORDERS)

    # finding and registering the car
    def find(self, query: str, limit: int = 20) -> list[VehicleHit]:
        """Plate, VIN (full or last six), owner's phone (full or last four) or name."""
        limit = max(1, min(limit, 200))
        if phone_query(query) is None:
            return read_vehicles(self.db, query, limit, self.actor)
        with self.db.transaction(self.actor) as session:  # the search's audit entry
            return find_vehicles(session, query, limit, self.actor)

    def find_one(self, plate_or_vin: str) -> VehicleHit:
        """One car by its exact plate, full VIN or a VIN tail only one car has."""
        with self.db.reading(self.actor) as session:
            found = find_direct(session, plate_or_vin, 2, self.actor)
        text = normalize_plate(plate_or_vin)
        exact = [v for v in found if text in (v.plate, v.vin)]
        if len(exact or found) != 1:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "“{typed}”对应多辆车，请输入完整车牌或车架号。")
                if found
                else QT_TRANSLATE_NOOP("Errors", "没有找到车牌或车架号为“{typed}”的车辆。"),
                typed=plate_or_vin,
            )
        return (exact or found)[0]

    def register_vehicle(self, form: NewVehicleForm) -> VehicleHit:
        check = validate_vin(form.vin)
        plate = validate_plate(form.plate) if (form.plate or "").strip() else None
        if not check.check_digit_ok and not form.check_digit_confirmed:
            raise VinCheckDigitWarning(check.vin)
        with self.db.transaction(self.actor) as session:
            refuse_taken(session, check.vin, plate)
            owner = owner_for(session, form)
            vehicle = new_vehicle(form, check.vin, plate)
            vehicle.owner = owner
            session.add(vehicle)
            session.flush()
            return vehicle_hit(vehicle)

    # the card
    def card(self, vehicle_id: int) -> VehicleCard:
        with self.db.reading(self.actor) as session:
            return build_card(session, get_vehicle(session, vehicle_id))

    def readings(self, vehicle_id: int) -> list[ReadingInterval]:
        with self.db.reading(self.actor) as session:
            get_vehicle(session, vehicle_id)
            return reading_intervals(session, vehicle_id)

    # the mileage comparison, live while the advisor types
    def compare_reading(self, vehicle_id: int, km: int) -> MileageComparison:
        with self.db.transaction(self.actor) as session:
            history = reading_history(session, vehicle_id)
            return mileage.compare(history, Reading(self.clock(), km), mileage_limits(session))

    def predict_next(self, vehicle_id: int) -> NextMaintenance | None:
        with self.db.transaction(self.actor) as session:
            return predict_next(session, get_vehicle(session, vehicle_id))

    # the repair order
    def open_order(self, form: RepairOrderForm) -> RepairOrder:
        """Open the repair order. Two workstations may take the same number at once (or
        one with a skewed clock): the loser tries the next number."""
        self._require_order_work()
        for attempt in range(ORDER_NO_ATTEMPTS):
            try:
                return self._open_order(form, attempt)
            except IntegrityError as exc:
                if "order_no" not in str(exc.orig) or attempt == ORDER_NO_ATTEMPTS - 1:
                    raise
        raise AssertionError("unreachable")

    def _open_order(self, form: RepairOrderForm, attempt: int) -> RepairOrder:
        now = self.clock()
        items = [checked_item(d) for d in form.items]
        with self.db.transaction(self.actor) as session:
            vehicle = get_vehicle(session, form.vehicle_id)
            refuse_second_open_order(session, vehicle.id)
            accept_reading(session, vehicle.id, now, form)
            visit = new_visit(session, vehicle, form, now, skip=attempt)
            visit.items = [new_item(d) for d in items]
            session.add(visit)
            session.flush()
            record_reading(session, vehicle, visit, now, form)
            vehicle.owner.last_visit_at = now
            if form.appointment_id is not None:
                arrived_for(TaskStore(session, self.actor, now), form.appointment_id, visit)
            return order_copy(session, visit)

    def order(self, order_id: int) -> RepairOrder:
        with self.db.transaction(self.actor) as session:
            return order_copy(session, get_visit(session, order_id))

    def export_repair_order(
        self, order_id: int, write: Callable[[RepairOrderDocument], Path]
    ) -> Path:
        """The repair order as printed for the customer's signature, written by `write`
        (saved, or previewed for printing) and recorded as an export once it exists."""
        with self.db.transaction(self.actor) as session:
            document = RepairOrderDocument(
                store_name=settings.get(session, "store.name"),
                store_address=settings.get(session, "store.address"),
                store_phone=settings.get(session, "store.phone"),
                logo=printed_logo(session),
                order=order_copy(session, get_visit(session, order_id)),
                printed_at=self.clock(),
            )
            return audit.exported(
                session, self.actor, write, document, at=self.clock(),
                entity="service_visits", entity_id=order_id,
                detail=f"维修委托书 {document.order.order_no}",
            )  # fmt: skip

    def add_extra_work(self, order_id: int, draft: WorkItemDraft) -> RepairOrder:
        """Work found later: pending until the customer's consent is recorded."""
        self._require_order_work()
        item = new_item(checked_item(draft), WorkItemStatus.PENDING_CONSENT)
        with self.db.transaction(self.actor) as session:
            visit = get_visit(session, order_id)
            require_open(visit)
            visit.items.append(item)
            session.flush()
            return order_copy(session, visit)

    def record_consent(self, item_id: int, note: str | None = None) -> RepairOrder:
        self._require_order_work()
        with self.db.transaction(self.actor) as session:
            item = pending_item(session, item_id)
            item.status = WorkItemStatus.AGREED
            item.consent_at = self.clock()
            item.consent_note = clean_text(note, "consent_note", max_length=200)
            session.flush()
            return order_copy(session, get_visit(session, item.service_visit_id))

    def decline_item(self, item_id: int) -> RepairOrder:
        """The customer says no: kept on the car, offered again at the next check-in."""
        self._require_order_work()
        with self.db.transaction(self.actor) as session:
            item = session.get(WorkItem, item_id)
            if item is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "该维修项目不存在。"))
            require_open(get_visit(session, item.service_visit_id))
            item.status = WorkItemStatus.DECLINED
            session.flush()
            return order_copy(session, get_visit(session, item.service_visit_id))

    def move(self, order_id: int, target: str) -> RepairOrder:
        self._require_order_work()
        if target == RepairOrderStatus.HANDED_OVER:
            return self.handover(order_id)
        with self.db.transaction(self.actor) as session:
            visit = get_visit(session, order_id)
            repair_order.require_move(visit.status, target)
            visit.status = RepairOrderStatus(target)
            if target == RepairOrderStatus.IN_PROGRESS and visit.work_started_at is None:
                visit.work_started_at = self.clock()  # the wait from arrival ends here
            session.flush()
            return order_copy(session, visit)

    def preview_handover(self, order_id: int) -> NextMaintenance | None:
        """The next service date and km the handover will record (shown before confirming);
        None when the car has neither a delivery date nor a reading to count from."""
        with self.db.transaction(self.actor) as session:
            visit = get_visit(session, order_id)
            return predict_next(session, visit.vehicle, counting=visit)

    def handover(self, order_id: int, settlement_total: Decimal | str | None = None) -> RepairOrder:
        self._require_order_work()
        now = self.clock()
        with self.db.transaction(self.actor) as session:
            visit = get_visit(session, order_id)
            repair_order.require_move(visit.status, RepairOrderStatus.HANDED_OVER)
            if any(i.status == WorkItemStatus.PENDING_CONSENT for i in visit.items):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "还有追加项目未取得客户同意，请先记录同意或标记为客户拒绝。"
                    )
                )
            settle_visit(visit, settlement_total, now)
            session.flush()
            due = refresh_predictions(session, visit.vehicle)
            leave_tasks(TaskStore(session, self.actor, now), visit, due)
            return order_copy(session, visit)

    # corrections
    def correct_reading(self, reading_id: int, new_km: int, reason: str) -> NextMaintenance | None:
        """Fix a reading entered wrongly; every prediction depending on it recomputes."""
        self._require_order_work()
        why = clean_text(reason, "correction_reason", max_length=200)
        if not why:
            raise ValidationError(
                "correction_reason", QT_TRANSLATE_NOOP("Errors", "请填写更正原因。")
            )
        if not 0 <= new_km <= mileage.MAX_ODOMETER_KM:
            raise ValidationError(
                "odometer_km", QT_TRANSLATE_NOOP("Errors", "里程表读数不正确，请重新输入。")
            )
        with self.db.transaction(self.actor) as session:
            reading = session.get(OdometerReading, reading_id)
            if reading is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "该里程记录不存在。"))
            apply_correction(session, reading, new_km, why)
            vehicle = get_vehicle(session, reading.vehicle_id)
            due = refresh_predictions(session, vehicle)
            store = TaskStore(session, self.actor, self.clock())
            move_open_maintenance_task(store, vehicle, due)
            return due
