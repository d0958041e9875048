"""Complaint deadlines on the follow-up calendar: the step the case runs against now
(respond in 2 h, first proposal in 24 h, final in 48 h; app.rules.complaints)."""

from __future__ import annotations

from datetime import datetime

from ..models import ComplaintStatus
from .complaints import NEXT_STEP, STEP_LABELS, Step
from .reminders import ReminderRule, draft
from .tasks import TaskDraft


def deadline_draft(
    rule: ReminderRule,
    complaint_id: int,
    status: ComplaintStatus,
    deadlines: dict[Step, datetime],
    paused: bool = False,
) -> TaskDraft | None:
    """The task for the pending step, due at its deadline; none while the clock is paused
    or nothing is due from the store. Step and deadline are the occurrence: a new round
    (a new deadline) is a new task."""
    step = NEXT_STEP.get(ComplaintStatus(status))
    if step is None or paused:
        return None
    due_at = deadlines[step]
    occurrence = f"{step.value}-{due_at:%Y%m%d%H%M}"
    return draft(rule, f"complaint:{complaint_id}", occurrence, due_at.date(), due_at=due_at)


def step_label(status: ComplaintStatus) -> str:
    step = NEXT_STEP.get(ComplaintStatus(status))
    return STEP_LABELS[step] if step else ""
