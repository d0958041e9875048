"""Service appointments (预约) as small pure functions: the advisors' working hours with
their lunch break, slots and their capacity, the day's technician-hours, the next free
slots, one booking per car and day, when the confirmation call falls due, and when a
booking not kept becomes a no-show. Numbers come from settings (appointments.*); working
days come from the caller (the store's calendar: China's holidays and make-up working
days, and its own closed or open days, app.rules.complaints_clock.StoreHours).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ..errors import ValidationError
from ..i18n import ERRORS, QT_TRANSLATE_NOOP, Phrase, terms
from ..models import AppointmentKind, AppointmentStatus, ServiceType

OpenDay = Callable[[date], bool]
HORIZON_DAYS = 30  # how far the next free slots are looked for
MAX_CLOSED_RUN_DAYS = 366

ACTIVE = frozenset(
    {AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED, AppointmentStatus.ARRIVED}
)
WAITING = frozenset({AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED})

KIND_LABELS = {
    AppointmentKind.MAINTENANCE: QT_TRANSLATE_NOOP("Appointments", "保养"),
    AppointmentKind.REPAIR: QT_TRANSLATE_NOOP("Appointments", "维修"),
    AppointmentKind.BODY_PAINT: QT_TRANSLATE_NOOP("Appointments", "钣喷"),
    AppointmentKind.INSURANCE: QT_TRANSLATE_NOOP("Appointments", "保险"),
    AppointmentKind.RECALL: QT_TRANSLATE_NOOP("Appointments", "召回"),
    AppointmentKind.OTHER: QT_TRANSLATE_NOOP("Appointments", "其他"),
}
CHANNEL_LABELS = {
    "phone": QT_TRANSLATE_NOOP("Appointments", "电话"),
    "wechat": QT_TRANSLATE_NOOP("Appointments", "微信"),
    "app": QT_TRANSLATE_NOOP("Appointments", "APP"),
    "walk_in": QT_TRANSLATE_NOOP("Appointments", "到店"),
}
STATUS_LABELS = {
    AppointmentStatus.BOOKED: QT_TRANSLATE_NOOP("Appointments", "已预约"),
    AppointmentStatus.CONFIRMED: QT_TRANSLATE_NOOP("Appointments", "已确认"),
    AppointmentStatus.ARRIVED: QT_TRANSLATE_NOOP("Appointments", "已到店"),
    AppointmentStatus.NO_SHOW: QT_TRANSLATE_NOOP("Appointments", "未到店"),
    AppointmentStatus.CANCELLED: QT_TRANSLATE_NOOP("Appointments", "已取消"),
}
# The repair order a booking becomes at check-in.
SERVICE_TYPES = {
    AppointmentKind.MAINTENANCE: ServiceType.MAINTENANCE,
    AppointmentKind.REPAIR: ServiceType.REPAIR,
    AppointmentKind.BODY_PAINT: ServiceType.ACCIDENT,
    AppointmentKind.INSURANCE: ServiceType.ACCIDENT,
    AppointmentKind.RECALL: ServiceType.RECALL,
    AppointmentKind.OTHER: ServiceType.REPAIR,
}
# Follow-ups a booking answers (their message ends "欢迎预约"), and the work it books.
BOOKABLE_FOLLOW_UPS = {
    "first_maintenance": AppointmentKind.MAINTENANCE,
    "regular_maintenance": AppointmentKind.MAINTENANCE,
    "maintenance_due": AppointmentKind.MAINTENANCE,
    "recall": AppointmentKind.RECALL,
    "dormant_6m": AppointmentKind.MAINTENANCE,
    "dormant_12m": AppointmentKind.MAINTENANCE,
    "dormant_24m": AppointmentKind.MAINTENANCE,
    "declined_work": AppointmentKind.REPAIR,
}


def parse_kind(text: str) -> AppointmentKind:
    """A kind by its code (maintenance) or the store's word for it (保养)."""
    wanted = text.strip()
    for kind, label in KIND_LABELS.items():
        if wanted in (kind.value, label):
            return kind
    raise ValidationError(
        "kind",
        QT_TRANSLATE_NOOP("Errors", "预约类型“{text}”无效，可选：{names}。"),
        text=text,
        names=terms("Appointments", list(KIND_LABELS.values())),
    )


def parse_channel(text: str) -> str:
    wanted = text.strip()
    for code, label in CHANNEL_LABELS.items():
        if wanted in (code, label):
            return code
    raise ValidationError(
        "channel",
        QT_TRANSLATE_NOOP("Errors", "预约渠道“{text}”无效，可选：{names}。"),
        text=text,
        names=terms("Appointments", list(CHANNEL_LABELS.values())),
    )


# --- hours -------------------------------------------------------------------------------
@dataclass(frozen=True)
class WorkingHours:
    """When advisors receive cars and the workshop works: start to end, less lunch."""

    start: time
    end: time
    lunch_start: time
    lunch_end: time

    def __post_init__(self) -> None:
        if not self.start < self.end:
            raise ValidationError(
                "appointments.advisor_end",
                QT_TRANSLATE_NOOP("Errors", "顾问下班时间必须晚于上班时间。"),
            )
        if not self.start <= self.lunch_start <= self.lunch_end <= self.end:
            raise ValidationError(
                "appointments.lunch_start",
                QT_TRANSLATE_NOOP("Errors", "午休时间必须在顾问上下班时间之内，且开始早于结束。"),
            )

    def at(self, day: date, moment: time) -> datetime:
        return datetime.combine(day, moment)

    def in_lunch(self, moment: datetime) -> bool:
        day = moment.date()
        return self.at(day, self.lunch_start) <= moment < self.at(day, self.lunch_end)

    def day_end(self, day: date) -> datetime:
        return self.at(day, self.end)


@dataclass(frozen=True)
class Capacity:
    slot_minutes: int
    arrivals_per_slot: int  # cars the store receives in one slot (bays, reception lanes)
    per_advisor_per_slot: int  # cars one advisor receives in one slot
    technician_minutes: int  # work the day's technicians can do (technician-hours × 60)


@dataclass(frozen=True)
class Booked:
    """A booking as the rules see it."""

    id: int
    vehicle_id: int
    advisor_id: int | None
    start: datetime
    minutes: int
    status: str

    @property
    def active(self) -> bool:
        return self.status in ACTIVE


@dataclass(frozen=True)
class Wanted:
    """A booking asked for: `advisor_id` None lets the store choose the advisor."""

    vehicle_id: int
    start: datetime
    minutes: int
    advisor_id: int | None = None
    replacing: int | None = None  # a reschedule: the booking it moves


def work_end(start: datetime, minutes: int, hours: WorkingHours) -> datetime:
    """When `minutes` of work from `start` are done: the lunch break does not count
    (11:00 + 120 min with lunch 12:00-13:30 ends at 14:30)."""
    end = start + timedelta(minutes=minutes)
    lunch_start = hours.at(start.date(), hours.lunch_start)
    lunch_end = hours.at(start.date(), hours.lunch_end)
    if start < lunch_start < end:
        end += lunch_end - lunch_start
    return end


def hours_problem(start: datetime, minutes: int, hours: WorkingHours) -> Phrase | None:
    """Why a booking does not fit the working day, or None."""
    if minutes <= 0:
        return _why(QT_TRANSLATE_NOOP("Errors", "预计时长必须大于 0 分钟。"))
    day = start.date()
    if start < hours.at(day, hours.start) or start >= hours.day_end(day):
        return _why(
            QT_TRANSLATE_NOOP("Errors", "预约时间应在顾问上班时间 {start}–{end} 之内。"),
            start=f"{hours.start:%H:%M}",
            end=f"{hours.end:%H:%M}",
        )
    if hours.in_lunch(start):
        return _why(
            QT_TRANSLATE_NOOP("Errors", "{start}–{end} 是午休时间，不能安排到店。"),
            start=f"{hours.lunch_start:%H:%M}",
            end=f"{hours.lunch_end:%H:%M}",
        )
    if work_end(start, minutes, hours) > hours.day_end(day):
        return _why(
            QT_TRANSLATE_NOOP(
                "Errors", "预计 {minutes} 分钟的工作在下班时间 {end} 前做不完，请提前或分两天。"
            ),
            minutes=minutes,
            end=f"{hours.end:%H:%M}",
        )
    return None


# --- slots and capacity ------------------------------------------------------------------
def slots_of_day(day: date, hours: WorkingHours, slot_minutes: int) -> list[datetime]:
    """The day's slot starts, from the start of hours, lunch left out."""
    step = timedelta(minutes=slot_minutes)
    moment, end, found = hours.at(day, hours.start), hours.day_end(day), []
    while moment < end:
        if not hours.in_lunch(moment):
            found.append(moment)
        moment += step
    return found


def slot_of(moment: datetime, hours: WorkingHours, slot_minutes: int) -> datetime:
    """The start of the slot a moment falls in (slots count from the start of hours)."""
    first = hours.at(moment.date(), hours.start)
    steps = int((moment - first).total_seconds() // (slot_minutes * 60))
    return first + timedelta(minutes=steps * slot_minutes)


def _in_slot(booking: Booked, slot: datetime, slot_minutes: int) -> bool:
    return booking.active and slot <= booking.start < slot + timedelta(minutes=slot_minutes)


def slot_load(bookings: Sequence[Booked], slot: datetime, slot_minutes: int) -> int:
    return sum(1 for b in bookings if _in_slot(b, slot, slot_minutes))


def advisor_load(
    bookings: Sequence[Booked], advisor_id: int, slot: datetime, slot_minutes: int
) -> int:
    return sum(
        1 for b in bookings if b.advisor_id == advisor_id and _in_slot(b, slot, slot_minutes)
    )


def day_minutes(bookings: Sequence[Booked], day: date) -> int:
    """Work minutes the day's active bookings take."""
    return sum(b.minutes for b in bookings if b.active and b.start.date() == day)


def same_car_same_day(
    bookings: Sequence[Booked], vehicle_id: int, day: date, ignoring: int | None = None
) -> Booked | None:
    """The car's other active booking that day, if any: one car, one booking a day."""
    for b in bookings:
        if b.vehicle_id == vehicle_id and b.start.date() == day and b.active and b.id != ignoring:
            return b
    return None


def free_advisor(
    bookings: Sequence[Booked], advisors: Sequence[int], slot: datetime, capacity: Capacity
) -> int | None:
    """The advisor free in the slot with the fewest bookings that day (first listed on a
    tie); None when every one is taken."""
    free = [
        a for a in advisors
        if advisor_load(bookings, a, slot, capacity.slot_minutes) < capacity.per_advisor_per_slot
    ]  # fmt: skip
    day = slot.date()
    load = {a: sum(1 for b in bookings if b.advisor_id == a and b.active and
                   b.start.date() == day) for a in free}  # fmt: skip
    return min(free, key=lambda a: (load[a], advisors.index(a))) if free else None


@dataclass(frozen=True)
class Rules:
    """Everything the rules need to judge a booking, but the bookings themselves."""

    hours: WorkingHours
    capacity: Capacity
    is_open_day: OpenDay
    advisors: tuple[int, ...] = ()  # who may receive cars (empty: advisors not checked)


def _why(template: str, **params: object) -> Phrase:
    """A refusal's reason: `template` marked under "Errors" where it is written."""
    return Phrase(ERRORS, template, params)


def refusal(wanted: Wanted, bookings: Sequence[Booked], rules: Rules) -> Phrase | None:
    """Why the booking cannot be made as asked (str() is the store's words), or None."""
    others = [b for b in bookings if b.id != wanted.replacing]
    day = wanted.start.date()
    if not rules.is_open_day(day):
        return _why(
            QT_TRANSLATE_NOOP("Errors", "{day} 不是工作日（节假日或门店休息日），不能预约。"),
            day=f"{day:%Y-%m-%d}",
        )
    problem = hours_problem(wanted.start, wanted.minutes, rules.hours)
    if problem:
        return problem
    twin = same_car_same_day(others, wanted.vehicle_id, day)
    if twin is not None:
        return _why(
            QT_TRANSLATE_NOOP(
                "Errors", "这辆车 {day} 已有 {time} 的预约，同一辆车一天只能预约一次。"
            ),
            day=f"{day:%m-%d}",
            time=f"{twin.start:%H:%M}",
        )
    return capacity_problem(wanted, others, rules)


def capacity_problem(wanted: Wanted, others: Sequence[Booked], rules: Rules) -> Phrase | None:
    capacity = rules.capacity
    slot = slot_of(wanted.start, rules.hours, capacity.slot_minutes)
    if slot_load(others, slot, capacity.slot_minutes) >= capacity.arrivals_per_slot:
        return _why(
            QT_TRANSLATE_NOOP("Errors", "{slot} 时段已约满（每时段 {cars} 辆）。"),
            slot=f"{slot:%m-%d %H:%M}",
            cars=capacity.arrivals_per_slot,
        )
    if wanted.advisor_id is not None:
        load = advisor_load(others, wanted.advisor_id, slot, capacity.slot_minutes)
        if load >= capacity.per_advisor_per_slot:
            return _why(
                QT_TRANSLATE_NOOP("Errors", "该顾问 {slot} 时段已有预约。"),
                slot=f"{slot:%m-%d %H:%M}",
            )
    elif rules.advisors and free_advisor(others, rules.advisors, slot, capacity) is None:
        return _why(
            QT_TRANSLATE_NOOP("Errors", "{slot} 时段所有服务顾问都已有预约。"),
            slot=f"{slot:%m-%d %H:%M}",
        )
    used = day_minutes(others, wanted.start.date())
    if used + wanted.minutes > capacity.technician_minutes:
        left = max(capacity.technician_minutes - used, 0)
        return _why(
            QT_TRANSLATE_NOOP(
                "Errors", "{day} 的技师工时已约满（剩余 {left} 分钟，本次需要 {needed} 分钟）。"
            ),
            day=f"{wanted.start:%m-%d}",
            left=left,
            needed=wanted.minutes,
        )
    return None


def next_free_slots(
    wanted: Wanted, bookings: Sequence[Booked], rules: Rules, count: int = 5
) -> list[datetime]:
    """The first `count` slot starts from the wanted time on (within HORIZON_DAYS) where
    the same booking could be made. `bookings` must cover those days."""
    by_day: dict[date, list[Booked]] = {}
    for b in bookings:
        by_day.setdefault(b.start.date(), []).append(b)
    found: list[datetime] = []
    day = wanted.start.date()
    for _ in range(HORIZON_DAYS):
        if rules.is_open_day(day):
            found += _free_that_day(wanted, day, by_day.get(day, []), rules, count - len(found))
            if len(found) == count:
                return found
        day += timedelta(days=1)
    return found


def _free_that_day(
    wanted: Wanted, day: date, bookings: list[Booked], rules: Rules, count: int
) -> list[datetime]:
    if same_car_same_day(bookings, wanted.vehicle_id, day, wanted.replacing):
        return []  # the car is booked that day already
    found = []
    for slot in slots_of_day(day, rules.hours, rules.capacity.slot_minutes):
        moved = Wanted(wanted.vehicle_id, slot, wanted.minutes, wanted.advisor_id,
                       wanted.replacing)  # fmt: skip
        if slot >= wanted.start and refusal(moved, bookings, rules) is None:
            found.append(slot)
            if len(found) == count:
                break
    return found


# --- confirmation and no-shows -----------------------------------------------------------
def previous_working_day(day: date, is_open_day: OpenDay) -> date:
    """The last working day before `day` (Friday before a Monday; before a holiday, the
    last working day before it)."""
    for back in range(1, MAX_CLOSED_RUN_DAYS + 1):
        candidate = day - timedelta(days=back)
        if is_open_day(candidate):
            return candidate
    raise ValidationError(
        "store", QT_TRANSLATE_NOOP("Errors", "一年内没有营业日，请检查门店营业日设置。")
    )


def confirmation_due(start: datetime, today: date, is_open_day: OpenDay) -> date | None:
    """When to call and confirm a booking: the working day before it; today if that day
    has passed already; None for a booking of today (nothing left to confirm)."""
    if start.date() <= today:
        return None
    return max(previous_working_day(start.date(), is_open_day), today)


def is_late(status: str, start: datetime, now: datetime, grace_minutes: int) -> bool:
    """Not arrived and more than the grace past the booked time."""
    return status in WAITING and now > start + timedelta(minutes=grace_minutes)


def is_no_show(
    status: str, start: datetime, now: datetime, grace_minutes: int, hours: WorkingHours
) -> bool:
    """Not arrived at the day's end (and, for a booking near closing, the grace passed):
    the booking was not kept."""
    if status not in WAITING:
        return False
    settled = max(start + timedelta(minutes=grace_minutes), hours.day_end(start.date()))
    return now >= settled


# --- figures -----------------------------------------------------------------------------
def ratio(part: int, whole: int) -> float | None:
    return None if whole == 0 else part / whole


def average_minutes(spans: Sequence[tuple[datetime, datetime]]) -> float | None:
    """The average of (from, to) spans in minutes; spans running backwards are left out."""
    minutes = [(end - begin).total_seconds() / 60 for begin, end in spans if end >= begin]
    return sum(minutes) / len(minutes) if minutes else None
