"""The appointment book (预约): book, move, confirm, cancel, arrival and no-shows; a day
and a week of slots per advisor; the photos a customer sends; figures for the board.

Who may book: BOOK_APPOINTMENTS (service advisors, the 预约专员, the store manager);
everyone may read the book. Follow-ups go through the task store only
(app.services.appointment_tasks)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import settings
from ..db import Database
from ..errors import StaleRecordError, UserError, ValidationError
from ..i18n import ERRORS, QT_TRANSLATE_NOOP, Phrase, term
from ..models import Appointment, AppointmentStatus, Attachment, StaffUser
from ..permissions import Actor, Permission, require_actor
from ..rules import appointments as rules
from ..rules.appointments import Wanted
from ..validation import clean_text
from . import appointment_tasks as tasks
from . import appointment_views as views
from . import appointments_data as data
from .appointment_types import (
    Advisor,
    AppointmentFigures,
    AppointmentRow,
    BookingForm,
    BookingRefused,
    DayPlan,
    FollowUpBooking,
    PhotoRow,
    PhotoUpload,
)
from .attachments import (
    NewFile,
    attach,
    attachments_of,
    checked_size,
    file_store_for,
    get_attachment,
    image_kind,
)
from .checkin_orders import get_vehicle
from .task_store import TaskStore

MAX_PHOTOS = 9
MAX_MINUTES = 600
PHOTO_NAMED = QT_TRANSLATE_NOOP("Errors", "照片“{name}”")  # a photo in the size checks


class AppointmentService:
    def __init__(
        self, db: Database, actor: Actor, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        self.db = db
        self.actor = require_actor(actor)
        self.clock = clock
        self.files = file_store_for(db)

    @property
    def may_book(self) -> bool:
        return self.actor.can(Permission.BOOK_APPOINTMENTS)

    # --- reading (without a lock: the book is shown while a background job may write) ----
    def day(self, day: date, advisor_id: int | None = None) -> list[AppointmentRow]:
        with self.db.reading(self.actor) as session:
            return data.rows_between(session, day, day, self.clock(), advisor_id)

    def week(self, day: date, advisor_id: int | None = None) -> list[AppointmentRow]:
        monday = day - timedelta(days=day.weekday())
        with self.db.reading(self.actor) as session:
            return data.rows_between(session, monday, monday + timedelta(6), self.clock(),
                                     advisor_id)  # fmt: skip

    def get(self, appointment_id: int) -> AppointmentRow:
        with self.db.reading(self.actor) as session:
            return data.one_row(session, appointment_id, self.clock())

    def advisors(self) -> list[Advisor]:
        with self.db.reading(self.actor) as session:
            return data.advisors(session)

    def advisor_named(self, name: str) -> Advisor:
        """An advisor by name or username (the command line's --advisor)."""
        wanted = name.strip()
        with self.db.transaction(self.actor) as session:
            username = session.scalar(select(StaffUser.id).where(StaffUser.username == wanted))
            found = [a for a in data.advisors(session) if wanted == a.name or a.id == username]
        if not found:
            raise ValidationError(
                "advisor", QT_TRANSLATE_NOOP("Errors", "找不到在职的服务顾问“{name}”。"), name=name
            )
        return found[0]

    def plan(self, day: date) -> DayPlan:
        """The day's slots with their load per advisor, and its technician-minutes."""
        with self.db.reading(self.actor) as session:
            return views.day_plan(session, day, self.clock())

    def week_plans(self, day: date) -> list[DayPlan]:
        monday = day - timedelta(days=day.weekday())
        with self.db.reading(self.actor) as session:
            return views.week_plans(session, monday, self.clock())

    def default_minutes(self) -> int:
        with self.db.reading(self.actor) as session:
            return int(settings.get(session, "appointments.default_minutes"))

    def slot_starts(self, day: date) -> list[datetime]:
        with self.db.reading(self.actor) as session:
            plan_rules = data.booking_rules(session)
        if not plan_rules.is_open_day(day):
            return []
        return rules.slots_of_day(day, plan_rules.hours, plan_rules.capacity.slot_minutes)

    def next_free(
        self, vehicle_id: int, start: datetime, minutes: int | None = None,
        advisor_id: int | None = None, count: int = 5, replacing: int | None = None,
    ) -> list[datetime]:  # fmt: skip
        with self.db.transaction(self.actor) as session:
            wanted = Wanted(vehicle_id, start, minutes or _default(session), advisor_id, replacing)
            return _next_free(session, wanted, count)

    def expected_today(self) -> list[AppointmentRow]:
        """Today's cars still to come (late ones included), in order of time."""
        today = self.clock().date()
        return [row for row in self.day(today) if row.waiting]

    def for_check_in(self, vehicle_id: int) -> AppointmentRow | None:
        """Today's booking of this car not yet arrived (a no-show of today still counts:
        the customer came after all)."""
        today = self.clock().date()
        start, end = data.day_bounds(today, today)
        waiting = (AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED, AppointmentStatus.NO_SHOW)
        with self.db.transaction(self.actor) as session:
            found = data.rows_where(
                session, self.clock(), Appointment.vehicle_id == vehicle_id,
                Appointment.start_at >= start, Appointment.start_at < end,
                Appointment.status.in_(waiting),
            )  # fmt: skip
        return found[0] if found else None

    def photos(self, appointment_id: int) -> list[PhotoRow]:
        with self.db.transaction(self.actor) as session:
            data.get_appointment(session, appointment_id)
            rows = attachments_of(session, data.OWNER, [appointment_id])
            return [PhotoRow(r.id, r.file_name, r.media_type, r.size_bytes, r.thumbnail)
                    for r in rows]  # fmt: skip

    def photo_content(self, photo_id: int) -> bytes:
        with self.db.transaction(self.actor) as session:
            row = get_attachment(session, photo_id)
            if row.owner_type != data.OWNER:
                raise ValidationError("photo", QT_TRANSLATE_NOOP("Errors", "该文件不是预约照片。"))
            return self.files.read(row)

    def follow_up(self, task_id: int) -> FollowUpBooking:
        """What a reminder says about the booking that would answer it."""
        with self.db.transaction(self.actor) as session:
            store = TaskStore(session, self.actor, self.clock())
            task = tasks.answered_follow_up(store, task_id, None)
            return views.follow_up_booking(session, task)

    def figures(self, first: date, last: date) -> AppointmentFigures:
        with self.db.reading(self.actor) as session:
            return views.figures(session, first, last, self.clock())

    # --- writing ---------------------------------------------------------------------------
    def book(self, form: BookingForm) -> AppointmentRow:
        """Book the car, if the day, the hours, the slot and the day's capacity allow;
        else BookingRefused with the next free slots. From a follow-up: it is completed
        as 已预约 in the same step."""
        self.actor.require(Permission.BOOK_APPOINTMENTS)
        kind, channel = rules.parse_kind(form.kind), rules.parse_channel(form.channel)
        description = clean_text(form.description, "description", max_length=2000)
        planned = clean_text(form.planned_work, "planned_work", max_length=2000)
        now = self.clock()
        with self.db.transaction(self.actor) as session:
            store = TaskStore(session, self.actor, now)
            task = (tasks.answered_follow_up(store, form.from_task_id, None)
                    if form.from_task_id is not None else None)  # fmt: skip
            vehicle = get_vehicle(session, form.vehicle_id)
            minutes = _checked_minutes(form.minutes or _default(session))
            advisor_id = _admitted(session, Wanted(vehicle.id, form.start, minutes,
                                                   form.advisor_id), now)  # fmt: skip
            appointment = Appointment(
                vehicle_id=vehicle.id, customer_id=vehicle.owner_id, advisor_id=advisor_id,
                start_at=form.start, minutes=minutes,
                end_at=rules.work_end(form.start, minutes, data.working_hours(session)),
                kind=kind, channel=channel, description=description, planned_work=planned,
                status=AppointmentStatus.BOOKED, booked_by_id=self.actor.staff_id,
                from_task_id=task.id if task else None,
            )  # fmt: skip
            session.add(appointment)
            session.flush()
            self._attach_all(session, appointment.id, form.photos)
            tasks.ask_confirmation(store, appointment, data.store_days(session).is_open_day)
            if task is not None:
                tasks.complete_follow_up(store, task, appointment, self.actor.staff_id)
            return data.one_row(session, appointment.id, now)

    def reschedule(
        self, appointment_id: int, start: datetime, minutes: int | None = None,
        advisor_id: int | None = None, version: int | None = None,
    ) -> AppointmentRow:  # fmt: skip
        """Move a booking (and its confirmation call) to another time or advisor."""
        self.actor.require(Permission.BOOK_APPOINTMENTS)
        now = self.clock()
        with self.db.transaction(self.actor) as session:
            appointment = _waiting(session, appointment_id, version, now)
            minutes = _checked_minutes(minutes or appointment.minutes)
            wanted = Wanted(appointment.vehicle_id, start, minutes, advisor_id, appointment.id)
            appointment.advisor_id = _admitted(session, wanted, now)
            appointment.start_at, appointment.minutes = start, minutes
            appointment.end_at = rules.work_end(start, minutes, data.working_hours(session))
            appointment.status, appointment.confirmed_at = AppointmentStatus.BOOKED, None
            session.flush()
            store = TaskStore(session, self.actor, now)
            tasks.ask_confirmation(store, appointment, data.store_days(session).is_open_day)
            return data.one_row(session, appointment.id, now)

    def confirm(self, appointment_id: int, version: int | None = None) -> AppointmentRow:
        """The customer confirmed on the call: the confirmation task is done."""
        self.actor.require(Permission.BOOK_APPOINTMENTS)
        now = self.clock()
        with self.db.transaction(self.actor) as session:
            appointment = _waiting(session, appointment_id, version, now)
            appointment.status, appointment.confirmed_at = AppointmentStatus.CONFIRMED, now
            session.flush()
            tasks.close_confirmation(
                TaskStore(session, self.actor, now), appointment, "客户已确认预约。"
            )
            return data.one_row(session, appointment.id, now)

    def cancel(
        self, appointment_id: int, reason: str | None = None, version: int | None = None
    ) -> AppointmentRow:
        self.actor.require(Permission.BOOK_APPOINTMENTS)
        why = clean_text(reason, "cancel_reason", max_length=200)
        now = self.clock()
        with self.db.transaction(self.actor) as session:
            appointment = data.get_appointment(session, appointment_id)
            _check_version(appointment, version)
            if appointment.status in (AppointmentStatus.ARRIVED, AppointmentStatus.CANCELLED):
                label = rules.STATUS_LABELS[AppointmentStatus(appointment.status)]
                raise UserError(
                    QT_TRANSLATE_NOOP("Errors", "该预约{status}，不能取消。"),
                    status=term("Appointments", label),
                )
            appointment.status, appointment.cancel_reason = AppointmentStatus.CANCELLED, why
            session.flush()
            store = TaskStore(session, self.actor, now)
            tasks.drop_open_tasks(store, appointment, tasks.CONFIRMATION, "预约已取消。")
            return data.one_row(session, appointment.id, now)

    def mark_arrived(self, appointment_id: int) -> AppointmentRow:
        """The car is here (before its repair order is opened)."""
        self.actor.require(Permission.BOOK_APPOINTMENTS)
        now = self.clock()
        with self.db.transaction(self.actor) as session:
            appointment = data.get_appointment(session, appointment_id)
            arrive(TaskStore(session, self.actor, now), appointment)
            return data.one_row(session, appointment.id, now)

    def sweep_no_shows(self) -> int:
        """Bookings not kept by their day's end become no-shows, each with a call for its
        advisor. Run by the window (and any time: a booking is swept once)."""
        self.actor.require(Permission.BOOK_APPOINTMENTS)
        now = self.clock()
        with self.db.transaction(self.actor) as session:
            hours, grace = data.working_hours(session), data.grace_minutes(session)
            waiting = session.scalars(
                select(Appointment).where(
                    Appointment.status.in_(rules.WAITING), Appointment.start_at <= now
                )
            ).all()
            store = TaskStore(session, self.actor, now)
            missed = [
                a for a in waiting if rules.is_no_show(a.status, a.start_at, now, grace, hours)
            ]
            for appointment in missed:
                appointment.status = AppointmentStatus.NO_SHOW
                session.flush()
                tasks.call_after_no_show(store, appointment)
            return len(missed)

    def add_photo(self, appointment_id: int, upload: PhotoUpload) -> PhotoRow:
        self.actor.require(Permission.BOOK_APPOINTMENTS)
        with self.db.transaction(self.actor) as session:
            data.get_appointment(session, appointment_id)
            row = self._attach_all(session, appointment_id, [upload])[0]
            return PhotoRow(row.id, row.file_name, row.media_type, row.size_bytes, row.thumbnail)

    def _attach_all(
        self, session: Session, appointment_id: int, photos: list[PhotoUpload]
    ) -> list[Attachment]:
        existing = len(attachments_of(session, data.OWNER, [appointment_id]))
        if existing + len(photos) > MAX_PHOTOS:
            raise ValidationError(
                "photo",
                QT_TRANSLATE_NOOP("Errors", "每个预约最多 {most} 张照片。"),
                most=MAX_PHOTOS,
            )
        cap = int(settings.get(session, "appointments.photo_max_mb")) * 1024 * 1024
        checked = []
        for photo in photos:  # all checked before any is kept
            what = Phrase(ERRORS, PHOTO_NAMED, {"name": photo.file_name})
            checked_size(photo.content, cap, what)
            checked.append((photo, image_kind(photo.content)))
        return [
            attach(session, self.files,
                   NewFile(data.OWNER, appointment_id, p.file_name, p.content, p.thumbnail), kind)
            for p, kind in checked
        ]  # fmt: skip


# --- helpers ---------------------------------------------------------------------------------
def arrive(store: TaskStore, appointment: Appointment) -> None:
    """A booked car is here: arrived, its confirmation call no longer needed. Also what a
    check-in of a booked car does (app.services.checkin)."""
    if appointment.status not in (*rules.WAITING, AppointmentStatus.NO_SHOW):
        label = rules.STATUS_LABELS[AppointmentStatus(appointment.status)]
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "该预约{status}，不能再登记到店。"),
            status=term("Appointments", label),
        )
    if appointment.start_at.date() != store.now.date():
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "这是 {day:%m-%d} 的预约，不是今天的，请改约后再登记。"),
            day=appointment.start_at,
        )
    appointment.status, appointment.arrived_at = AppointmentStatus.ARRIVED, store.now
    store.session.flush()
    tasks.close_confirmation(store, appointment, "客户已到店。")
    tasks.drop_open_tasks(store, appointment, tasks.NO_SHOW, "客户当天到店了。")


def _default(session: Session) -> int:
    return int(settings.get(session, "appointments.default_minutes"))


def _checked_minutes(minutes: int) -> int:
    if not 10 <= minutes <= MAX_MINUTES:
        raise ValidationError(
            "minutes",
            QT_TRANSLATE_NOOP("Errors", "预计时长应在 10 到 {most} 分钟之间。"),
            most=MAX_MINUTES,
        )
    return minutes


def _admitted(session: Session, wanted: Wanted, now: datetime) -> int | None:
    """The advisor who receives the car, once the rules admit the booking."""
    if wanted.start < now - timedelta(minutes=1):
        raise ValidationError("start", QT_TRANSLATE_NOOP("Errors", "预约时间不能早于现在。"))
    plan_rules = data.booking_rules(session)
    if wanted.advisor_id is not None and wanted.advisor_id not in plan_rules.advisors:
        raise ValidationError(
            "advisor", QT_TRANSLATE_NOOP("Errors", "所选员工不是在职的服务顾问。")
        )
    day = wanted.start.date()
    data.lock_day(session, day)
    bookings = data.booked_between(session, day, day)
    reason = rules.refusal(wanted, bookings, plan_rules)
    if reason is not None:
        raise BookingRefused(reason, _next_free(session, wanted, 5))
    if wanted.advisor_id is not None or not plan_rules.advisors:
        return wanted.advisor_id
    slot = rules.slot_of(wanted.start, plan_rules.hours, plan_rules.capacity.slot_minutes)
    others = [b for b in bookings if b.id != wanted.replacing]
    return rules.free_advisor(others, plan_rules.advisors, slot, plan_rules.capacity)


def _next_free(session: Session, wanted: Wanted, count: int) -> list[datetime]:
    day = wanted.start.date()
    bookings = data.booked_between(session, day, day + timedelta(days=rules.HORIZON_DAYS))
    return rules.next_free_slots(wanted, bookings, data.booking_rules(session), count)


def _check_version(appointment: Appointment, version: int | None) -> None:
    if version is not None and appointment.version != version:
        raise StaleRecordError(QT_TRANSLATE_NOOP("Errors", "预约"))


def _waiting(
    session: Session, appointment_id: int, version: int | None, now: datetime
) -> Appointment:
    appointment = data.get_appointment(session, appointment_id)
    _check_version(appointment, version)
    if appointment.status not in rules.WAITING:
        label = rules.STATUS_LABELS[AppointmentStatus(appointment.status)]
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "该预约{status}，不能再修改。"),
            status=term("Appointments", label),
        )
    return appointment
