"""Complaint deadlines on the follow-up calendar: the owner's task, the manager's escalation."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from ..models import Channel, Complaint, FollowUpTask, TaskStatus
from ..rules import complaints as rules
from ..rules.complaints import ClockReading, Step
from ..rules.tasks import TaskDraft
from . import followups
from .complaints_data import DEADLINE_TASK, ESCALATION_TASK, Policy, add_event, read_case_clock


def sync_tasks(session: Session, case: Complaint, policy: Policy, now: datetime) -> None:
    """One open calendar task per case: the deadline it runs against now."""
    reading = read_case_clock(case, policy, now)
    key = _deadline_key(case, reading.step) if reading.step else None
    session.execute(
        update(FollowUpTask)
        .where(*_open_tasks_of(case), FollowUpTask.dedupe_key != (key or ""))
        .values(status=TaskStatus.DONE, completed_at=now)
    )
    if key is None or reading.due is None:
        return
    _put_deadline_task(session, case, reading, key)


def _put_deadline_task(session: Session, case: Complaint, reading: ClockReading, key: str) -> None:
    assert reading.step is not None and reading.due is not None
    message = (
        f"投诉 {case.case_no}：{rules.STEP_LABELS[reading.step]}时限 {reading.due:%m-%d %H:%M}"
    )
    draft = TaskDraft(
        kind=DEADLINE_TASK,
        dedupe_key=key,
        due_date=reading.due.date(),
        due_at=reading.due,
        channel=Channel.PHONE,
        owner_role="customer_service",
        message=message,
    )
    made = followups.add_tasks(
        session,
        [draft],
        customer_id=case.customer_id,
        owner_id=case.owner_id,
        source=_source(case),
    )
    if not made:  # already there: keep its due time in step with a pause
        session.execute(
            update(FollowUpTask)
            .where(FollowUpTask.dedupe_key == key, FollowUpTask.status == TaskStatus.OPEN)
            .values(due_date=reading.due.date(), due_at=reading.due, message=message)
        )


def retarget_tasks(session: Session, case: Complaint) -> None:
    session.execute(
        update(FollowUpTask)
        .where(FollowUpTask.source_type == "complaint", FollowUpTask.source_id == case.id)
        .values(customer_id=case.customer_id)
    )


def escalate(session: Session, case: Complaint, policy: Policy, now: datetime) -> None:
    reading = read_case_clock(case, policy, now)
    if reading.step is None:
        return
    draft = TaskDraft(
        kind=ESCALATION_TASK,
        dedupe_key=f"{ESCALATION_TASK}:complaint:{case.id}:{reading.step}:{case.extra_rounds}",
        due_date=now.date(),
        due_at=now,
        channel=Channel.PHONE,
        owner_role="store_manager",
        message=f"投诉 {case.case_no} {rules.STEP_LABELS[reading.step]}已逾期，请督办。",
    )
    made = followups.add_tasks(
        session, [draft], customer_id=case.customer_id, owner_id=None, source=_source(case)
    )
    if made:
        label = rules.STEP_LABELS[reading.step]
        add_event(session, case, "escalated", None, f"{label}逾期", at=now)


def _source(case: Complaint) -> tuple[str, int]:
    return ("complaint", case.id)


def _deadline_key(case: Complaint, step: Step) -> str:
    return f"{DEADLINE_TASK}:complaint:{case.id}:{step}:{case.extra_rounds}"


def _open_tasks_of(case: Complaint) -> list:
    return [
        FollowUpTask.source_type == "complaint",
        FollowUpTask.source_id == case.id,
        FollowUpTask.kind == DEADLINE_TASK,
        FollowUpTask.status == TaskStatus.OPEN,
    ]
