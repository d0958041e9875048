"""The odometer history of a car, its corrections, and the predictions and reminders it feeds."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from .. import settings
from ..errors import NotFoundError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    Delivery,
    FollowUpTask,
    OdometerReading,
    RepairOrderStatus,
    ServiceType,
    ServiceVisit,
    StaffUser,
    TaskStatus,
    Vehicle,
    WorkItemStatus,
)
from ..rules import maintenance, mileage
from ..rules.maintenance import IntervalRules, Milestone, NextMaintenance
from ..rules.mileage import MileageLimits, Reading
from ..validation import (
    clean_text,
)
from . import maintenance_plans
from .checkin_orders import get_visit
from .checkin_types import ReadingInterval, RepairOrderForm
from .task_store import TaskStore


# --- odometer history -------------------------------------------------------------------
def reading_rows(session: Session, vehicle_id: int) -> list[OdometerReading]:
    query = (
        select(OdometerReading)
        .where(OdometerReading.vehicle_id == vehicle_id)
        .order_by(OdometerReading.read_at, OdometerReading.id)
    )
    return list(session.scalars(query))


def reading_history(session: Session, vehicle_id: int) -> list[Reading]:
    """Every reading, starting from the delivery when we delivered the car."""
    readings = [Reading(r.read_at, r.km) for r in reading_rows(session, vehicle_id)]
    vehicle = session.get(Vehicle, vehicle_id)
    if vehicle is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "该车辆不存在或已被删除。"))
    delivered = vehicle.delivery_date
    if delivered is None or any(r.read_at.date() <= delivered for r in readings):
        return readings
    start = Reading(datetime.combine(delivered, time()), delivery_km(session, vehicle_id))
    return [start, *readings]


def delivery_km(session: Session, vehicle_id: int) -> int:
    query = select(Delivery.odometer_km).where(Delivery.vehicle_id == vehicle_id).limit(1)
    return session.scalar(query) or 0


def reading_intervals(session: Session, vehicle_id: int) -> list[ReadingInterval]:
    rows = reading_rows(session, vehicle_id)
    orders = order_numbers(session, [r.service_visit_id for r in rows if r.service_visit_id])
    intervals = []
    for previous, row in zip([None, *rows], rows, strict=False):
        intervals.append(interval(previous, row, orders.get(row.service_visit_id)))
    return intervals


def interval(
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


def order_numbers(session: Session, visit_ids: list[int]) -> dict[int | None, str]:
    if not visit_ids:
        return {}
    query = select(ServiceVisit.id, ServiceVisit.order_no).where(ServiceVisit.id.in_(visit_ids))
    return {visit_id: order_no for visit_id, order_no in session.execute(query)}


def mileage_limits(session: Session) -> MileageLimits:
    return MileageLimits(
        long_trip_ratio=float(settings.get(session, "service.long_trip_ratio")),
        absurd_km_per_day=settings.get(session, "service.absurd_km_per_day"),
        long_idle_days=settings.get(session, "service.long_idle_days"),
    )


def interval_rules(session: Session, vehicle: Vehicle) -> IntervalRules:
    """The car's model's plan, the store's default where the model has none."""
    return maintenance_plans.for_model(session, vehicle.model_id).intervals


def accept_reading(session: Session, vehicle_id: int, now: datetime, form: RepairOrderForm) -> None:
    limits = mileage_limits(session)
    comparison = mileage.compare(
        reading_history(session, vehicle_id), Reading(now, form.odometer_km), limits
    )
    mileage.require_acceptable(
        comparison,
        limits,
        correction_reason=form.correction_reason,
        jump_confirmed=form.jump_confirmed,
    )


def record_reading(
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
    vehicle.daily_km_average = mileage.usual_daily_average(reading_history(session, vehicle.id))


def apply_correction(session: Session, reading: OdometerReading, new_km: int, why: str) -> None:
    if reading.corrected_from_km is None:
        reading.corrected_from_km = reading.km  # the first value typed is what we keep
    reading.km = new_km
    reading.correction_reason = why
    if reading.service_visit_id is not None:
        get_visit(session, reading.service_visit_id).odometer_km = new_km
    session.flush()


# --- predictions and the tasks they leave -----------------------------------------------
def last_maintenance(
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


def predict_next(
    session: Session, vehicle: Vehicle, counting: ServiceVisit | None = None
) -> NextMaintenance | None:
    return predict_from(
        reading_history(session, vehicle.id),
        last_maintenance(session, vehicle.id, counting),
        vehicle.delivery_date,
        interval_rules(session, vehicle),
    )


def predict_from(
    history: list[Reading],
    last: Milestone | None,
    delivery_date: date | None,
    rules: IntervalRules,
) -> NextMaintenance | None:
    """The next maintenance from a car's readings and its last maintenance (None: the
    first one, counted from delivery when we delivered the car)."""
    first = last is None and delivery_date is not None
    base = last or first_base(delivery_date, history)
    if base is None:
        return None
    base = maintenance.rebased(base, [Milestone(r.read_at.date(), r.km) for r in history])
    latest = max(history, key=lambda r: r.read_at) if history else None
    latest_point = Milestone(latest.read_at.date(), latest.km) if latest else base
    average = mileage.usual_daily_average(history)
    return maintenance.predict(base, latest_point, average, rules, first=first)


def first_base(delivery_date: date | None, history: list[Reading]) -> Milestone | None:
    """From delivery when we delivered the car, else from the first reading we have."""
    if delivery_date is not None:
        delivered = [r for r in history if r.read_at.date() <= delivery_date]
        return Milestone(delivery_date, delivered[-1].km if delivered else 0)
    return Milestone(history[0].read_at.date(), history[0].km) if history else None


def refresh_predictions(session: Session, vehicle: Vehicle) -> NextMaintenance | None:
    """Recompute the cached average and the next due, on the car and its last handover."""
    vehicle.daily_km_average = mileage.usual_daily_average(reading_history(session, vehicle.id))
    due = predict_next(session, vehicle)
    vehicle.next_service_date = due.due_date if due else None
    vehicle.next_service_km = due.due_km if due else None
    last = last_handed_over(session, vehicle.id)
    if last is not None:
        last.next_service_date = vehicle.next_service_date
        last.next_service_km = vehicle.next_service_km
    session.flush()
    return due


def last_handed_over(session: Session, vehicle_id: int) -> ServiceVisit | None:
    return session.scalar(
        select(ServiceVisit)
        .where(
            ServiceVisit.vehicle_id == vehicle_id,
            ServiceVisit.status == RepairOrderStatus.HANDED_OVER,
        )
        .order_by(ServiceVisit.handed_over_at.desc(), ServiceVisit.id.desc())
        .limit(1)
    )


def template_values(session: Session, vehicle: Vehicle, advisor_id: int | None) -> dict:
    advisor = session.get(StaffUser, advisor_id) if advisor_id else None
    return {
        "姓名": vehicle.owner.name,
        "车牌": vehicle.plate or vehicle.vin,
        "车型": vehicle.model.name if vehicle.model else "爱车",
        "顾问": advisor.name if advisor else "服务顾问",
    }


def _open_maintenance(vehicle: Vehicle) -> ColumnElement[bool]:
    return (
        (FollowUpTask.customer_id == vehicle.owner_id)
        & (FollowUpTask.vehicle_id == vehicle.id)
        & (FollowUpTask.kind == maintenance.MAINTENANCE_DUE)
        & (FollowUpTask.status == TaskStatus.OPEN)
    )


def open_maintenance_tasks(session: Session, vehicle: Vehicle) -> list[FollowUpTask]:
    return list(session.scalars(select(FollowUpTask).where(_open_maintenance(vehicle))))


def leave_tasks(store: TaskStore, visit: ServiceVisit, due: NextMaintenance | None) -> None:
    """The reminders a handed-over repair order leaves: the next maintenance (replacing
    the one predicted before) and the work the customer declined, as far as the
    customer's consent allows."""
    session, vehicle = store.session, visit.vehicle
    values = template_values(session, vehicle, visit.advisor_id)
    drafts = []
    rule = settings.rule(session, maintenance.MAINTENANCE_DUE)
    if due is not None and rule.enabled:
        store.skip(_open_maintenance(vehicle), f"已由维修委托书 {visit.order_no} 的保养预测取代")
        drafts.append(maintenance.maintenance_task(visit.id, due, rule, values))
    declined = [i.description for i in visit.items if i.status == WorkItemStatus.DECLINED]
    declined_rule = settings.rule(session, maintenance.DECLINED_WORK)
    if declined and declined_rule.enabled and visit.handed_over_at is not None:
        day = visit.handed_over_at.date()
        drafts.append(
            maintenance.declined_work_task(visit.id, day, declined, declined_rule, values)
        )
    store.make(
        drafts,
        customer_id=vehicle.owner_id,
        owner_id=visit.advisor_id,
        vehicle_id=vehicle.id,
        source=("service_visit", visit.id),
    )


def move_open_maintenance_task(
    store: TaskStore, vehicle: Vehicle, due: NextMaintenance | None
) -> None:
    if due is None:
        return
    session = store.session
    rule = settings.rule(session, maintenance.MAINTENANCE_DUE)
    for task in open_maintenance_tasks(session, vehicle):
        visit_id = task.source_id if task.source_type == "service_visit" else None
        visit = get_visit(session, visit_id) if visit_id is not None else None
        values = template_values(session, vehicle, visit.advisor_id if visit else None)
        store.move(
            task,
            maintenance.reminder_date(due, rule),
            message=maintenance.maintenance_message(rule, due, values),
        )
