"""When the next maintenance falls due: km or months, whichever comes first.

The first maintenance (首保) counts from delivery; regular ones (定保) from the last
maintenance. The km limit becomes a date through the car's daily average.
"""

from __future__ import annotations

import calendar
import math
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from .reminders import ReminderRule, channel_of
from .tasks import TaskDraft, render_template

MAINTENANCE_DUE = "maintenance_due"
DECLINED_WORK = "declined_work"
FIRST = "first"
REGULAR = "regular"


@dataclass(frozen=True)
class IntervalRules:
    first_km: int = 5_000
    first_months: int = 6
    regular_km: int = 10_000
    regular_months: int = 12


class Milestone(NamedTuple):
    """A known (day, km) point: the delivery, the last maintenance, the latest reading.
    (Named tuples, this and the next: the demo makes millions of them.)"""

    day: date
    km: int


class NextMaintenance(NamedTuple):
    kind: str  # FIRST or REGULAR
    due_date: date
    due_km: int
    by: str  # "km" or "months": which limit comes first
    months_date: date
    km_date: date | None  # None: no daily average yet


@lru_cache(maxsize=65536)  # pure, asked for the same days again and again
def add_months(day: date, months: int) -> date:
    """Same day of the month, clamped: 31 Aug + 6 months = 28/29 Feb."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def date_km_reached(latest: Milestone, target_km: int, daily_average: float | None) -> date | None:
    if daily_average is None or daily_average <= 0:
        return None
    remaining = max(target_km - latest.km, 0)
    return latest.day + timedelta(days=math.ceil(remaining / daily_average))


def rebased(base: Milestone, readings: list[Milestone]) -> Milestone:
    """After the odometer was replaced (a reading since the base, below its km), the km
    interval counts from the first reading on the new odometer; months from the base."""
    since = sorted((m for m in readings if m.day >= base.day), key=lambda m: m.day)
    on_new_odometer = [m for m in since if m.km < base.km]
    return Milestone(base.day, on_new_odometer[0].km) if on_new_odometer else base


def predict(
    base: Milestone,
    latest: Milestone,
    daily_average: float | None,
    rules: IntervalRules,
    *,
    first: bool,
) -> NextMaintenance:
    """`base` is the delivery (first maintenance) or the last maintenance (regular)."""
    km_step, months = (
        (rules.first_km, rules.first_months) if first else (rules.regular_km, rules.regular_months)
    )
    due_km = base.km + km_step
    months_date = add_months(base.day, months)
    km_date = date_km_reached(max(latest, base, key=lambda m: m.day), due_km, daily_average)
    due_date = months_date if km_date is None else min(km_date, months_date)
    by_km = due_date != months_date
    return NextMaintenance(
        kind=FIRST if first else REGULAR,
        due_date=due_date,
        due_km=due_km,
        by="km" if by_km else "months",
        months_date=months_date,
        km_date=km_date,
    )


def maintenance_task(
    visit_id: int, due: NextMaintenance, rule: ReminderRule, values: dict[str, str]
) -> TaskDraft:
    """The reminder a handover leaves on the calendar, the rule's lead days before it."""
    return TaskDraft(
        kind=MAINTENANCE_DUE,
        dedupe_key=f"{MAINTENANCE_DUE}:visit:{visit_id}",
        due_date=reminder_date(due, rule),
        due_at=None,
        channel=channel_of(rule.channel),
        owner_role=rule.owner_role,
        message=maintenance_message(rule, due, values),
    )


def reminder_date(due: NextMaintenance, rule: ReminderRule) -> date:
    return due.due_date - timedelta(days=rule.lead_days)


def maintenance_message(rule: ReminderRule, due: NextMaintenance, values: dict[str, str]) -> str:
    filled = render_template(rule.template, {**values, "日期": due.due_date.isoformat()})
    return f"{filled}（或行驶至 {due.due_km:,} km，以先到者为准）"


def declined_work_task(
    visit_id: int, handed_over: date, items: list[str], rule: ReminderRule, values: dict[str, str]
) -> TaskDraft:
    """Suggested work the customer declined comes back as a call, lead days after handover."""
    filled = render_template(rule.template, {**values, "日期": handed_over.isoformat()})
    return TaskDraft(
        kind=DECLINED_WORK,
        dedupe_key=f"{DECLINED_WORK}:visit:{visit_id}",
        due_date=handed_over + timedelta(days=rule.lead_days),
        due_at=None,
        channel=channel_of(rule.channel),
        owner_role=rule.owner_role,
        message=f"{filled}（未做项目：{'、'.join(items)}）",
    )
