"""A vehicle's dates: handover care calls, maintenance, warranty, insurance, 年审."""

from __future__ import annotations

from datetime import date, timedelta

from .dates import Window, add_months
from .reminders import ReminderRule, draft
from .tasks import TaskDraft

HANDOVER_CALLBACK = "handover_callback_24h"
CARE_CALL = "care_call_15d"
CONSULTANT_CARE = "consultant_care"
FIRST_MAINTENANCE = "first_maintenance"
REGULAR_MAINTENANCE = "regular_maintenance"
MAINTENANCE_KINDS = (FIRST_MAINTENANCE, REGULAR_MAINTENANCE)
# Rules driven by a date column of the vehicle: rule key -> Vehicle attribute.
DATE_RULES = {
    "pre_expiry_inspection": "warranty_end_date",
    "warranty_expiry": "warranty_end_date",
    "insurance_expiry": "insurance_expiry",
    "annual_inspection": "annual_inspection_due",
}


def _subject(vehicle_id: int) -> str:
    return f"vehicle:{vehicle_id}"


def handover_drafts(
    rules: dict[str, ReminderRule], vehicle_id: int, delivered_on: date, care_days: list[int]
) -> list[TaskDraft]:
    """24h callback, customer service's 15-day call, the consultant's care calls."""
    subject, on = _subject(vehicle_id), delivered_on.isoformat()
    drafts = [
        draft(rules[key], subject, on, delivered_on + timedelta(days=rules[key].lead_days))
        for key in (HANDOVER_CALLBACK, CARE_CALL)
    ]
    care = rules[CONSULTANT_CARE]
    drafts += [
        draft(care, subject, f"{on}-day{days}", delivered_on + timedelta(days=days))
        for days in care_days
    ]
    return drafts


def date_drafts(rule: ReminderRule, vehicle_id: int, event: date | None, window: Window) -> list:
    """Warranty end, insurance expiry, annual inspection: `lead_days` before the date.
    The date is the occurrence: a renewed policy makes a new reminder."""
    if event is None:
        return []
    due = window.due_for(event, rule.lead_days)
    if due is None:
        return []
    return [draft(rule, _subject(vehicle_id), event.isoformat(), due)]


def daily_km(readings: list[tuple[date, int]]) -> float | None:
    """Average km a day between the first and last reading; None without two readings
    on different days (a vehicle with no mileage history)."""
    if len(readings) < 2:
        return None
    ordered = sorted(readings)
    (first_day, first_km), (last_day, last_km) = ordered[0], ordered[-1]
    days = (last_day - first_day).days
    if days <= 0 or last_km < first_km:
        return None
    return (last_km - first_km) / days


def next_maintenance(
    since: date, interval_km: int, interval_months: int, km_per_day: float | None
) -> date:
    """Whichever comes first: `interval_months` later, or `interval_km` at the daily
    average. Without a daily average, the months alone decide."""
    by_months = add_months(since, interval_months)
    if not km_per_day:
        return by_months
    by_km = since + timedelta(days=int(interval_km / km_per_day))
    return min(by_months, by_km)


def maintenance_draft(
    rule: ReminderRule, vehicle_id: int, since: date, due_on: date, today: date
) -> TaskDraft:
    """Reminder `lead_days` before the predicted date (today at the earliest).
    The occurrence is the date counted from (delivery or last service)."""
    due = max(due_on - timedelta(days=rule.lead_days), today)
    return draft(rule, _subject(vehicle_id), since.isoformat(), due)
