"""Chinese public holidays (the `holidays` package, which knows 调休 make-up days)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from .dates import Window
from .reminders import ReminderRule, draft
from .tasks import TaskDraft


@lru_cache(maxsize=8)
def _china(year: int) -> dict[date, str]:
    import holidays  # only when greetings are due: the window's launch does without it

    return dict(holidays.country_holidays("CN", years=year, language="zh_CN").items())


def is_day_off(day: date) -> bool:
    """A public holiday or a rest day moved by 调休 (weekends are not counted here)."""
    return day in _china(day.year)


def first_days(year: int, names: list[str]) -> list[tuple[str, date]]:
    """The first day of each named holiday that year (春节 → its first day, not 补假)."""
    return list(_first_days(year, tuple(names)))


@lru_cache(maxsize=64)
def _first_days(year: int, names: tuple[str, ...]) -> tuple[tuple[str, date], ...]:
    first: dict[str, date] = {}
    for day, name in sorted(_china(year).items()):
        if name in names and name not in first:
            first[name] = day
    return tuple(sorted(first.items(), key=lambda item: item[1]))


def holidays_in(window: Window, names: list[str], lead_days: int) -> list[tuple[str, date]]:
    years = range(window.start.year, window.end.year + 2)
    found = [h for y in years for h in first_days(y, names)]
    return [(name, day) for name, day in found if window.due_for(day, lead_days)]


def holiday_drafts(
    rule: ReminderRule, customer_id: int, window: Window, names: list[str]
) -> list[tuple[str, TaskDraft]]:
    """(holiday name, draft): one greeting per customer and holiday, keyed by its date."""
    subject = f"customer:{customer_id}"
    return [
        (name, draft(rule, subject, day.isoformat(), _due(window, day, rule.lead_days)))
        for name, day in holidays_in(window, names, rule.lead_days)
    ]


def _due(window: Window, day: date, lead_days: int) -> date:
    due = window.due_for(day, lead_days)
    assert due is not None  # holidays_in kept only those in the window
    return due
