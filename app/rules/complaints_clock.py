"""The complaint clock: deadlines in plain hours or in the store's business hours.

Business hours count only the time the store is open on working days. Working days
follow the Chinese calendar of the `holidays` package, which knows the public holidays
and the 调休 make-up working days (a Sunday that is a working day), plus the store's
own extra closed or open days.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP

# A business-hours deadline never lies more than a year of closed days away.
MAX_CLOSED_RUN_DAYS = 366


class DeadlineClock(Protocol):
    def add(self, start: datetime, seconds: float) -> datetime: ...

    def between(self, start: datetime, end: datetime) -> float: ...


class WallClock:
    """Plain hours: every hour counts, night and holidays included."""

    def add(self, start: datetime, seconds: float) -> datetime:
        return start + timedelta(seconds=seconds)

    def between(self, start: datetime, end: datetime) -> float:
        return (end - start).total_seconds()


if TYPE_CHECKING:
    from holidays import HolidayBase

# China's calendar class, once imported: it comes with every country of the `holidays`
# package (~250 modules, 0.1-0.2 s on a busy PC), so the window imports it on a worker
# at sign-in (ui.main_window) and the booking tab waits for it rather than stall.
_CHINA: list[type[HolidayBase]] = []
_LOADING = threading.Lock()


def load_china_calendar() -> None:
    """Import China's calendar (once; a second caller waits for the first)."""
    with _LOADING:
        if not _CHINA:
            from holidays.countries.china import China

            _CHINA.append(China)


def china_calendar_loaded() -> bool:
    """True once counting working days no longer imports anything (takes < 1 ms a year)."""
    return bool(_CHINA)


@lru_cache(maxsize=8)
def _china(year: int) -> HolidayBase:
    load_china_calendar()
    return _CHINA[0](years=year)


def is_china_working_day(day: date) -> bool:
    """Mon-Fri except public holidays, plus the make-up working days (调休上班)."""
    return _china(day.year).is_working_day(day)


def parse_time(text: str, field: str) -> time:
    try:
        return time.fromisoformat(text)
    except (TypeError, ValueError):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "营业时间“{text}”格式不正确（例：08:30）。"),
            text=text,
        ) from None


@dataclass(frozen=True)
class StoreHours:
    opening: time
    closing: time
    closed_days: frozenset[date] = frozenset()
    open_days: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        if self.opening >= self.closing:
            raise ValidationError(
                "store.closing_time", QT_TRANSLATE_NOOP("Errors", "打烊时间必须晚于开门时间。")
            )

    def is_open_day(self, day: date) -> bool:
        if day in self.open_days:
            return True
        return day not in self.closed_days and is_china_working_day(day)

    def opens(self, day: date) -> datetime:
        return datetime.combine(day, self.opening)

    def closes(self, day: date) -> datetime:
        return datetime.combine(day, self.closing)

    def next_open_day(self, day: date) -> date:
        for offset in range(1, MAX_CLOSED_RUN_DAYS + 1):
            candidate = day + timedelta(days=offset)
            if self.is_open_day(candidate):
                return candidate
        raise ValidationError(
            "store", QT_TRANSLATE_NOOP("Errors", "一年内没有营业日，请检查门店营业日设置。")
        )


class BusinessClock:
    """Only open hours on open days count."""

    def __init__(self, hours: StoreHours) -> None:
        self.hours = hours

    def open_moment(self, moment: datetime) -> datetime:
        """`moment` if the store is open then, else the next opening."""
        day = moment.date()
        if self.hours.is_open_day(day):
            if moment < self.hours.opens(day):
                return self.hours.opens(day)
            if moment < self.hours.closes(day):
                return moment
        return self.hours.opens(self.hours.next_open_day(day))

    def add(self, start: datetime, seconds: float) -> datetime:
        moment, remaining = self.open_moment(start), seconds
        while True:
            available = (self.hours.closes(moment.date()) - moment).total_seconds()
            if remaining <= available:
                return moment + timedelta(seconds=remaining)
            remaining -= available
            moment = self.hours.opens(self.hours.next_open_day(moment.date()))

    def between(self, start: datetime, end: datetime) -> float:
        if end < start:
            return -self.between(end, start)
        total, day = 0.0, start.date()
        while day <= end.date():
            total += self._open_seconds(day, start, end)
            day += timedelta(days=1)
        return total

    def _open_seconds(self, day: date, start: datetime, end: datetime) -> float:
        if not self.hours.is_open_day(day):
            return 0.0
        low = max(start, self.hours.opens(day))
        high = min(end, self.hours.closes(day))
        return max(0.0, (high - low).total_seconds())
