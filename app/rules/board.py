"""The managers' board: the windows and bands its figures count over (pure date rules)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from .dates import add_months


@dataclass(frozen=True)
class DormantBand:
    """Customers whose last service visit was at least `months` ago and, unless this is
    the last band, less than `until_months` ago: seen in [seen_from, seen_before)."""

    months: int
    until_months: int | None
    seen_from: date | None
    seen_before: date


def dormant_bands(day: date, thresholds: list[int]) -> list[DormantBand]:
    """6/12/24 months -> [6,12), [12,24), [24,∞): each customer counts in one band."""
    ordered = sorted(set(thresholds))
    bands = []
    for n, months in enumerate(ordered):
        until = ordered[n + 1] if n + 1 < len(ordered) else None
        seen_from = add_months(day, -until) if until is not None else None
        bands.append(DormantBand(months, until, seen_from, add_months(day, -months)))
    return bands


def window_days(day: date, days: int) -> list[date]:
    """The `days` days ending with `day`, oldest first."""
    return [day - timedelta(days=back) for back in range(days - 1, -1, -1)]


def day_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    """From the first day's midnight to the last day's last moment (for BETWEEN)."""
    return datetime.combine(first, time.min), datetime.combine(last, time.max)


def as_date(value: date | str) -> date:
    """A grouped day: SQLite's date() gives text, PostgreSQL's a date."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0
