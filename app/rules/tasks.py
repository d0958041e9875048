"""What a rule asks of the follow-up calendar, before it becomes a task."""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from ..models import Channel

# A manager's chase of an overdue complaint: the store's own work, not a contact with the
# customer (so no consent is asked). Here, not with the complaint services: the task
# store and the calendar name it without loading them.
ESCALATION_TASK = "complaint_escalation"


class TaskDraft(NamedTuple):
    """A follow-up a rule asks for; app.services.task_store.TaskStore makes it once.

    `dedupe_key` names the rule, the subject and the occurrence
    (e.g. "same_evening_callback:visit:42"); a key already present is never made again.
    A named tuple: the demo makes millions (a frozen dataclass sets each field through
    object.__setattr__, several times the cost); `_replace` makes a changed copy.
    """

    kind: str
    dedupe_key: str
    due_date: date
    due_at: datetime | None
    channel: Channel
    owner_role: str
    message: str | None = None
    attempt: int = 1  # the second try after "not reached" is attempt 2


def date_text(day: date) -> str:
    """A due date as a message says it: 11月23日."""
    return f"{day.month}月{day.day}日"


def render_template(template: str, values: dict[str, str]) -> str:
    """Fill {姓名}-style placeholders; unknown ones are left as typed."""
    text = template
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text
