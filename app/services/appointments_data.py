"""Reading for the appointment book: the rules as the settings make them, the bookings of
a range of days (as the rules see them and as the desk shows them), and the photos."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from .. import settings
from ..errors import NotFoundError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    Appointment,
    Attachment,
    CarModel,
    Customer,
    StaffRole,
    StaffUser,
    Vehicle,
)
from ..rules.appointments import Booked, Capacity, Rules, WorkingHours, is_late, is_no_show
from ..rules.complaints_clock import StoreHours, parse_time
from ..validation import mask_mobile
from .appointment_types import Advisor, AppointmentRow

OWNER = Appointment.__tablename__  # the attachments' owner_type of a booking's photos
MAX_DAYS = 62  # a list of bookings spans at most about two months


# --- the rules, from settings ------------------------------------------------------------
def _time(session: Session, key: str) -> time:
    return parse_time(settings.get(session, key), key)


def working_hours(session: Session) -> WorkingHours:
    return WorkingHours(
        _time(session, "appointments.advisor_start"),
        _time(session, "appointments.advisor_end"),
        _time(session, "appointments.lunch_start"),
        _time(session, "appointments.lunch_end"),
    )


def _number(session: Session, key: str) -> int:
    return int(settings.get(session, key))


def capacity(session: Session) -> Capacity:
    return Capacity(
        slot_minutes=_number(session, "appointments.slot_minutes"),
        arrivals_per_slot=_number(session, "appointments.arrivals_per_slot"),
        per_advisor_per_slot=_number(session, "appointments.per_advisor_per_slot"),
        technician_minutes=_number(session, "appointments.technician_hours") * 60,
    )


def store_days(session: Session) -> StoreHours:
    """The store's calendar: China's working days, with its own closed and open days."""
    return StoreHours(
        _time(session, "store.opening_time"),
        _time(session, "store.closing_time"),
        closed_days=_days(session, "store.extra_closed_days"),
        open_days=_days(session, "store.extra_open_days"),
    )


def _days(session: Session, key: str) -> frozenset[date]:
    return frozenset(_iso_days(settings.get(session, key), key))


def _iso_days(values: list[str], key: str) -> list[date]:
    try:
        return [date.fromisoformat(v) for v in values]
    except (TypeError, ValueError):
        raise ValidationError(
            key, QT_TRANSLATE_NOOP("Errors", "门店营业日设置中有无效日期（应为 YYYY-MM-DD）。")
        ) from None


def advisors(session: Session) -> list[Advisor]:
    """Who receives booked cars: the active service advisors."""
    query = (
        select(StaffUser.id, StaffUser.name)
        .where(StaffUser.active, StaffUser.role == StaffRole.SERVICE_ADVISOR)
        .order_by(StaffUser.id)
    )
    return [Advisor(staff_id, name) for staff_id, name in session.execute(query)]


def booking_rules(session: Session) -> Rules:
    return Rules(
        working_hours(session),
        capacity(session),
        store_days(session).is_open_day,
        tuple(a.id for a in advisors(session)),
    )


def grace_minutes(session: Session) -> int:
    return _number(session, "appointments.no_show_grace_minutes")


# --- bookings ------------------------------------------------------------------------------
DAY_LOCK_BASE = 0x5949_594B_0000_0000  # "YIYK": this module's advisory locks, one per day


def lock_day(session: Session, day: date) -> None:
    """Two workstations booking the same day take turns, so the last place of a slot is
    given once. SQLite already writes one transaction at a time (BEGIN IMMEDIATE); on
    PostgreSQL a transaction-scoped advisory lock per day does it."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(DAY_LOCK_BASE + day.toordinal())))


def day_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    if (last - first).days > MAX_DAYS:
        raise ValidationError(
            "date", QT_TRANSLATE_NOOP("Errors", "一次最多查看 {days} 天的预约。"), days=MAX_DAYS
        )
    return datetime.combine(first, time.min), datetime.combine(last + timedelta(days=1), time.min)


def booked_between(session: Session, first: date, last: date) -> list[Booked]:
    """Every booking of the days first..last, as the rules see them."""
    start, end = day_bounds(first, last)
    rows = session.execute(
        select(Appointment.id, Appointment.vehicle_id, Appointment.advisor_id,
               Appointment.start_at, Appointment.minutes, Appointment.status)
        .where(Appointment.start_at >= start, Appointment.start_at < end)
    )  # fmt: skip
    return [Booked(*row) for row in rows]


Advisor_ = aliased(StaffUser)


def _rows_query() -> Select[*tuple[Any, ...]]:
    photos = (
        select(func.count(Attachment.id))
        .where(Attachment.owner_type == OWNER, Attachment.owner_id == Appointment.id)
        .scalar_subquery()
    )
    return (
        select(Appointment, Vehicle.plate, Vehicle.vin, CarModel.name, Customer.name,
               Customer.mobile, Advisor_.name, photos)
        .join(Vehicle, Vehicle.id == Appointment.vehicle_id)
        .join(Customer, Customer.id == Appointment.customer_id)
        .outerjoin(CarModel, CarModel.id == Vehicle.model_id)
        .outerjoin(Advisor_, Advisor_.id == Appointment.advisor_id)
    )  # fmt: skip


def rows_between(
    session: Session, first: date, last: date, now: datetime, advisor_id: int | None = None
) -> list[AppointmentRow]:
    start, end = day_bounds(first, last)
    query = _rows_query().where(Appointment.start_at >= start, Appointment.start_at < end)
    if advisor_id is not None:
        query = query.where(Appointment.advisor_id == advisor_id)
    rows = session.execute(query.order_by(Appointment.start_at, Appointment.id)).all()
    return _to_rows(session, rows, now)


def one_row(session: Session, appointment_id: int, now: datetime) -> AppointmentRow:
    row = session.execute(_rows_query().where(Appointment.id == appointment_id)).first()
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到该预约。"))
    return _to_rows(session, [row], now)[0]


def rows_where(session: Session, now: datetime, *conditions: Any) -> list[AppointmentRow]:
    query = _rows_query().where(*conditions).order_by(Appointment.start_at, Appointment.id)
    return _to_rows(session, session.execute(query).all(), now)


def _to_rows(session: Session, rows: Sequence[Any], now: datetime) -> list[AppointmentRow]:
    if not rows:
        return []
    hours, grace = working_hours(session), grace_minutes(session)
    return [_to_row(row, hours, grace, now) for row in rows]


def _to_row(row: Any, hours: WorkingHours, grace: int, now: datetime) -> AppointmentRow:
    a, plate, vin, model, customer, mobile, advisor, photos = row
    no_show = is_no_show(a.status, a.start_at, now, grace, hours)
    return AppointmentRow(
        id=a.id, version=a.version, vehicle_id=a.vehicle_id, plate=plate, vin=vin, model=model,
        customer_id=a.customer_id, customer=customer, phone=mask_mobile(mobile),
        advisor_id=a.advisor_id, advisor=advisor, start=a.start_at, end=a.end_at,
        minutes=a.minutes, kind=a.kind, channel=a.channel, description=a.description,
        planned_work=a.planned_work, status="no_show" if no_show else a.status,
        late=is_late(a.status, a.start_at, now, grace) and not no_show,
        service_visit_id=a.service_visit_id, from_task_id=a.from_task_id, photo_count=photos or 0,
        confirmed_at=a.confirmed_at, arrived_at=a.arrived_at,
    )  # fmt: skip


def get_appointment(session: Session, appointment_id: int) -> Appointment:
    found = session.get(Appointment, appointment_id)
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到该预约。"))
    return found
