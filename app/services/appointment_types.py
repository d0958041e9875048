"""What the appointment book sends and gets back: plain data, never live rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ..errors import UserError
from ..i18n import ERRORS, QT_TRANSLATE_NOOP, Phrase
from ..models import AppointmentChannel, AppointmentKind
from ..rules.appointments import WAITING

MINUTE = "%Y-%m-%d %H:%M"  # how the command line reads and prints a booking's times


@dataclass(frozen=True)
class PhotoUpload:
    """An image attached to a booking: its bytes as read or pasted, and a small PNG the
    window made of it (app/ knows nothing of images beyond their kind and size)."""

    file_name: str
    content: bytes
    thumbnail: bytes | None = None


@dataclass
class BookingForm:
    vehicle_id: int
    start: datetime
    minutes: int | None = None  # None: the store's default duration
    advisor_id: int | None = None  # None: the least busy advisor free then
    kind: str = AppointmentKind.MAINTENANCE
    channel: str = AppointmentChannel.PHONE
    description: str | None = None
    planned_work: str | None = None  # one work item a line
    photos: list[PhotoUpload] = field(default_factory=list)
    from_task_id: int | None = None  # the follow-up this booking answers


@dataclass(frozen=True)
class AppointmentRow:
    id: int
    version: int
    vehicle_id: int
    plate: str | None
    vin: str
    model: str | None
    customer_id: int
    customer: str
    phone: str  # masked
    advisor_id: int | None
    advisor: str | None
    start: datetime
    end: datetime
    minutes: int
    kind: str
    channel: str
    description: str | None
    planned_work: str | None
    status: str  # as of the reader's clock: a booking not kept by the day's end is a no-show
    late: bool  # not arrived and past the grace
    service_visit_id: int | None
    from_task_id: int | None
    photo_count: int
    confirmed_at: datetime | None
    arrived_at: datetime | None

    @property
    def waiting(self) -> bool:
        return self.status in WAITING

    @property
    def planned_items(self) -> list[str]:
        return [line.strip() for line in (self.planned_work or "").splitlines() if line.strip()]

    def as_json(self) -> dict[str, object]:
        """The shape `appointments --json` and `appointment add --json` promise."""
        return {
            "id": self.id,
            "start": self.start.strftime(MINUTE),
            "end": self.end.strftime(MINUTE),
            "plate": self.plate,
            "customer": self.customer,
            "advisor": self.advisor,
            "kind": self.kind,
            "status": self.status,
            "channel": self.channel,
            "description": self.description,
        }


@dataclass(frozen=True)
class PhotoRow:
    id: int
    file_name: str
    media_type: str
    size_bytes: int
    thumbnail: bytes | None


@dataclass(frozen=True)
class Advisor:
    id: int
    name: str


@dataclass(frozen=True)
class SlotLoad:
    """One slot of a day: how many cars come, against how many it takes."""

    start: datetime
    booked: int
    capacity: int
    by_advisor: dict[int, int]  # advisor id -> cars they receive then

    @property
    def full(self) -> bool:
        return self.booked >= self.capacity


@dataclass(frozen=True)
class DayPlan:
    day: date
    open: bool  # a working day
    slots: list[SlotLoad]
    booked_minutes: int
    capacity_minutes: int
    bookings: list[AppointmentRow]

    @property
    def free_minutes(self) -> int:
        return max(self.capacity_minutes - self.booked_minutes, 0)


@dataclass(frozen=True)
class FollowUpBooking:
    """What a follow-up says about the booking that answers it."""

    task_id: int
    task_version: int
    kind_label: str
    customer_id: int | None
    customer: str | None
    vehicle_id: int | None
    kind: str
    advisor_id: int | None
    planned_work: str | None
    message: str | None


@dataclass(frozen=True)
class AppointmentFigures:
    """Figures for the managers' board and the daily report, over days start..end."""

    start: date
    end: date
    bookings_per_day: dict[date, int]  # not cancelled
    arrived: int
    no_show: int
    service_visits: int
    booked_visits: int  # visits that came from a booking
    average_wait_minutes: float | None  # arrival (check-in) to work start

    @property
    def bookings(self) -> int:
        return sum(self.bookings_per_day.values())

    @property
    def show_rate(self) -> float | None:
        settled = self.arrived + self.no_show
        return None if settled == 0 else self.arrived / settled

    @property
    def booked_share(self) -> float | None:
        return None if self.service_visits == 0 else self.booked_visits / self.service_visits


class BookingRefused(UserError):
    """A booking the book cannot take as asked, with the next slots that would take it."""

    def __init__(self, reason: Phrase, next_free: list[datetime]) -> None:
        if next_free:
            offered = [f"{moment:%m-%d %H:%M}" for moment in next_free]
            hint = Phrase(ERRORS, QT_TRANSLATE_NOOP("Errors", "可预约的时间：{offered}。"),
                          {"offered": offered})  # fmt: skip
        else:
            hint = Phrase(ERRORS, QT_TRANSLATE_NOOP("Errors", "近 30 天内没有可预约的时间。"))
        super().__init__(QT_TRANSLATE_NOOP("Errors", "{reason}{hint}"), reason=reason, hint=hint)
        self.reason = str(reason)  # the store's words (the command line's JSON)
        self.next_free = next_free
