"""Birthday greetings: solar or lunar (农历) birthdays, occurrences within a window."""

from __future__ import annotations

import calendar
from datetime import date
from functools import lru_cache

from lunardate import LunarDate

from .dates import Window
from .reminders import ReminderRule, draft
from .tasks import TaskDraft

# The lunar years lunardate knows. Outside them it raises, or (from a solar date) silently
# returns nonsense such as the 94th of a month: lunar birthdays there are not greeted.
LUNAR_YEARS = range(1900, 2100)


def solar_birthday_in(birthday: date, year: int) -> date:
    """Feb 29 birthdays are greeted on Feb 28 in common years."""
    try:
        return birthday.replace(year=year)
    except ValueError:
        return date(year, 2, 28)


@lru_cache(maxsize=8192)
def lunar_birthday_in(month: int, day: int, lunar_year: int) -> date:
    """The solar date of a lunar birthday in one lunar year. A day the month lacks
    that year (12-30 in most years: the twelfth month has 29 days) falls back to the
    month's last day (12-29)."""
    for candidate in (day, 29) if day == 30 else (day,):
        try:
            return LunarDate(lunar_year, month, candidate).to_solar_date()
        except ValueError:
            continue
    raise ValueError(f"no lunar date {lunar_year}-{month}-{day}")


def occurrences(
    window: Window, solar: date | None, lunar: tuple[int, int] | None
) -> list[tuple[str, date]]:
    """(occurrence label, solar date) of each birthday from window.start - 1 year on.
    A lunar birthday, when known, is the one the customer keeps."""
    years = range(window.start.year - 1, window.end.year + 1)
    if lunar is not None:
        known = (y for y in years if y in LUNAR_YEARS)
        return [(f"lunar-{y}", lunar_birthday_in(*lunar, y)) for y in known]
    if solar is not None:
        return [(str(y), solar_birthday_in(solar, y)) for y in years]
    return []


def birthday_drafts(
    rule: ReminderRule,
    customer_id: int,
    window: Window,
    solar: date | None,
    lunar: tuple[int, int] | None = None,
) -> list[TaskDraft]:
    drafts = []
    for label, day in occurrences(window, solar, lunar):
        due = window.due_for(day, rule.lead_days)
        if due is not None:
            drafts.append(draft(rule, f"customer:{customer_id}", label, due))
    return drafts


def solar_pairs(days: list[date]) -> set[tuple[int, int]]:
    """(month, day) of solar birthdays greeted on these days (Feb 29 on Feb 28)."""
    pairs = {(d.month, d.day) for d in days}
    for d in days:
        if (d.month, d.day) == (2, 28) and not calendar.isleap(d.year):
            pairs.add((2, 29))
    return pairs


def lunar_pairs(days: list[date]) -> set[tuple[int, int]]:
    """(lunar month, day) of lunar birthdays greeted on these days: the 29th of a month
    without a 30th also greets the 30th. Leap-month days greet nobody (the birthday
    was kept in the month's ordinary run)."""
    pairs: set[tuple[int, int]] = set()
    for d in days:
        lunar = _lunar_date(d)
        if lunar is None or lunar.is_leap_month:
            continue
        pairs.add((lunar.month, lunar.day))
        if lunar.day == 29 and not _has_day(lunar.year, lunar.month, 30):
            pairs.add((lunar.month, 30))
    return pairs


def _lunar_date(day: date) -> LunarDate | None:
    """The lunar date of a solar day, or None outside the lunar table."""
    lunar = LunarDate.from_solar_date(day.year, day.month, day.day)
    if lunar.year not in LUNAR_YEARS or not _has_day(lunar.year, lunar.month, lunar.day):
        return None
    return lunar


def _has_day(lunar_year: int, month: int, day: int) -> bool:
    try:
        LunarDate(lunar_year, month, day).to_solar_date()
    except ValueError:
        return False
    return True
