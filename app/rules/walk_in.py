"""Rules for every walk-in (domain.md): departure-care SMS that day, callback that evening."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from ..models import Channel
from .tasks import TaskDraft

DEPARTURE_CARE = "departure_care"
SAME_EVENING_CALLBACK = "same_evening_callback"


def departure_tasks(
    visit_id: int, departed_at: datetime, callback_hour: int, sms_text: str
) -> list[TaskDraft]:
    """The two tasks a departure makes. A departure after the callback hour still gets
    its callback that evening: due an hour after leaving, never the next day."""
    evening = datetime.combine(departed_at.date(), time(hour=callback_hour))
    callback_at = max(evening, min(departed_at + timedelta(hours=1), _end_of_day(departed_at)))
    return [
        TaskDraft(
            kind=DEPARTURE_CARE,
            dedupe_key=f"{DEPARTURE_CARE}:visit:{visit_id}",
            due_date=departed_at.date(),
            due_at=departed_at,
            channel=Channel.SMS,
            owner_role="sales_consultant",
            message=sms_text,
        ),
        TaskDraft(
            kind=SAME_EVENING_CALLBACK,
            dedupe_key=f"{SAME_EVENING_CALLBACK}:visit:{visit_id}",
            due_date=departed_at.date(),
            due_at=callback_at,
            channel=Channel.PHONE,
            owner_role="sales_consultant",
        ),
    ]


def _end_of_day(moment: datetime) -> datetime:
    return datetime.combine(moment.date(), time(23, 59))
