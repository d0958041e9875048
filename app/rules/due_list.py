"""The month-end due list (月底应到未到): which cars fall due in a month and have not come.

A car's due date is `Vehicle.next_service_date`, which every reading keeps up to date
(app/services/checkin_odometer.refresh_predictions): the earlier of the months limit and
the day the km limit is reached at the car's daily average (app/rules/maintenance.predict).

A car counts as come in when it was checked in on or after the month's first day less the
"came in early" days: a car due on 12-20 that came in on 11-23 for anything is not called
again. A car counts as booked when it has a booking (booked or confirmed) for a day from that same
day on; cancelled and no-show bookings do not count.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models.appointments import AppointmentStatus
from .maintenance import add_months

_MONTH = re.compile(r"^\s*(\d{4})-(\d{2})\s*$")
BOOKED_STATUSES = (AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED)

FIRST, SECOND, THIRD, REGULAR = "首保", "二保", "三保", "定保"
DUE_KIND_LABELS = {
    FIRST: QT_TRANSLATE_NOOP("Service", "首保"),
    SECOND: QT_TRANSLATE_NOOP("Service", "二保"),
    THIRD: QT_TRANSLATE_NOOP("Service", "三保"),
    REGULAR: QT_TRANSLATE_NOOP("Service", "定保"),
}


def parse_month(text: str) -> date:
    """'2026-12' -> date(2026, 12, 1); anything else is refused in Chinese."""
    match = _MONTH.match(text or "")
    try:
        return date(int(match[1]), int(match[2]), 1)  # type: ignore[index]
    except (TypeError, ValueError):
        raise ValidationError(
            "month",
            QT_TRANSLATE_NOOP("Errors", "月份“{text}”格式不对，应为 2026-12 这样的年-月。"),
            text=text,
        ) from None


def month_text(first: date) -> str:
    return f"{first:%Y-%m}"


def month_span(first: date) -> tuple[date, date]:
    """The month's first day and the next month's first day (end excluded)."""
    return first, add_months(first, 1)


def previous_month(first: date) -> date:
    return add_months(first, -1)


def came_in_since(first: date, early_days: int) -> date:
    """A visit on or after this day means the car has come for this month's due."""
    return first - timedelta(days=early_days)


def came_in(last_visit: date | None, first: date, early_days: int) -> bool:
    return last_visit is not None and last_visit >= came_in_since(first, early_days)


def due_kind(maintenances_done: int, delivered_by_us: bool) -> str:
    """首保 counts from our delivery; after it 二保, 三保, then 定保. A car we did not
    deliver and never serviced is on the regular plan from its first reading."""
    if not delivered_by_us:
        return REGULAR
    return {0: FIRST, 1: SECOND, 2: THIRD}.get(maintenances_done, REGULAR)


def advisor_for(dedicated_advisor_id: int | None, last_visit_advisor_id: int | None) -> int | None:
    """The dedicated advisor calls their customers; otherwise whoever received the car last."""
    return dedicated_advisor_id if dedicated_advisor_id is not None else last_visit_advisor_id
