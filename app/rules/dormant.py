"""Dormant customers (不回厂): not back for 6 months, 1 year, 2 years."""

from __future__ import annotations

from datetime import date, timedelta

from .dates import Window, add_months
from .reminders import ReminderRule, draft
from .tasks import TaskDraft


def rule_key(months: int) -> str:
    return f"dormant_{months}m"


def dormant_drafts(
    rules: dict[int, ReminderRule], vehicle_id: int, last_seen: date, window: Window
) -> list[TaskDraft]:
    """For each threshold (months -> rule), a reminder when the car has been away that
    long, if that day is in the window. The last visit is the occurrence."""
    drafts = []
    for months, rule in sorted(rules.items()):
        due = window.due_for(add_months(last_seen, months), rule.lead_days)
        if due is not None:
            drafts.append(draft(rule, f"vehicle:{vehicle_id}", last_seen.isoformat(), due))
    return drafts


def seen_between(window: Window, months: int, lead_days: int) -> tuple[date, date]:
    """Last-visit dates whose `months` anniversary falls due in the window (for the query)."""
    return (
        add_months(window.start, -months) - timedelta(days=3),
        add_months(window.end + timedelta(days=lead_days), -months) + timedelta(days=3),
    )
