"""Date arithmetic shared by the reminder rules (months, windows)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache


@lru_cache(maxsize=65536)  # pure, and the reminder run and the demo ask for the same days
def add_months(day: date, months: int) -> date:
    """Same day `months` later; the 31st becomes the month's last day (Jan 31 -> Feb 28)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


@dataclass(frozen=True)
class Window:
    """The days a generation run looks at: tasks falling due from `start` to `end`."""

    start: date
    end: date

    @classmethod
    def ahead(cls, today: date, days: int) -> Window:
        return cls(today, today + timedelta(days=days))

    def due_for(self, event: date, lead_days: int) -> date | None:
        """When the reminder of an `event` falls due, or None if not in this window.

        An event still ahead whose lead time has already begun is due today (start)."""
        due = event - timedelta(days=lead_days)
        if event < self.start or due > self.end:
            return None
        return max(due, self.start)
