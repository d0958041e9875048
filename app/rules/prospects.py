"""Prospects (潜在客户): the 24-hour first follow-up, then follow-ups paced by intent level."""

from __future__ import annotations

from datetime import date, timedelta

from ..models import CustomerStage
from .intent import LOST, ORDERED, IntentLevel
from .reminders import ReminderRule, draft
from .tasks import TaskDraft

FIRST = "prospect_first_follow_up"
PACED = "prospect_follow_up"
# Every task that exists only to win a sale; they stop when the prospect buys or is lost.
PROSPECT_KINDS = ("same_evening_callback", FIRST, PACED)


def still_prospect(stage: str, level: str) -> bool:
    """An ordered (O) or lost (F) customer, or one past the prospect stage, is no prospect."""
    return stage == CustomerStage.PROSPECT and level not in (ORDERED, LOST)


def first_follow_up(
    rule: ReminderRule, customer_id: int, visit_id: int, visited_on: date
) -> TaskDraft:
    """Within 24 hours of a visit: due `lead_days` (1) after the visit day."""
    due = visited_on + timedelta(days=rule.lead_days)
    return draft(rule, f"customer:{customer_id}", f"visit-{visit_id}", due)


def interval_days(level: str, levels: list[IntentLevel]) -> int | None:
    """Days between follow-ups at this level; None: no pacing (ordered, lost, unknown)."""
    found = next((lv for lv in levels if lv.code == level), None)
    if found is None or not found.is_prospect:
        return None
    return found.follow_up_every_days


def next_follow_up(
    rule: ReminderRule,
    customer_id: int,
    level: str,
    last_contact: date,
    levels: list[IntentLevel],
) -> TaskDraft | None:
    """The next paced follow-up after a contact on `last_contact`. The level is part of
    the occurrence, so a level changed the same day re-paces with a new task."""
    every = interval_days(level, levels)
    if every is None:
        return None
    due = last_contact + timedelta(days=every)
    return draft(rule, f"customer:{customer_id}", f"{last_contact.isoformat()}-{level}", due)
