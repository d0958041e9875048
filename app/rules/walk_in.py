"""Rules for every walk-in (domain.md): departure-care SMS that day, callback that evening."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ..models import Channel

DEPARTURE_CARE = "departure_care"
SAME_EVENING_CALLBACK = "same_evening_callback"


@dataclass(frozen=True)
class TaskDraft:
    """A follow-up a rule asks for; the follow-up store turns it into a task once."""

    kind: str
    dedupe_key: str
    due_date: date
    due_at: datetime
    channel: Channel
    owner_role: str
    message: str | None = None


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


def render_template(template: str, values: dict[str, str]) -> str:
    """Fill {姓名}-style placeholders; unknown ones are left as typed."""
    text = template
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text
