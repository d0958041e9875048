"""Complaint deadlines on the follow-up calendar: the owner's task, the manager's escalation.
Written through the task store (deadlines go whatever the customer refused).

The complaint desk owns these tasks: every change to a case syncs them in the same
transaction (app.services.complaints), so the reminder run never looks at complaints."""

from __future__ import annotations

from sqlalchemy import ColumnElement, select

from ..models import Channel, Complaint, ComplaintStatus, FollowUpTask, TaskStatus
from ..rules import complaints as rules
from ..rules.complaints import Step
from ..rules.tasks import ESCALATION_TASK, TaskDraft
from .complaints_data import (
    DEADLINE_TASK,
    Policy,
    add_event,
    deadlines_of,
    read_case_clock,
)
from .task_store import Candidate, TaskStore

STEP_PASSED = "投诉已进入下一步、暂停或结案，此时限不再适用。"


def deadline_task(case: Complaint) -> Candidate | None:
    """The calendar task of the deadline the case runs against now (None: no step is
    due, the case waits on the customer's verdict or is closed)."""
    step = rules.NEXT_STEP[ComplaintStatus(case.status)]
    if step is None:
        return None
    due = deadlines_of(case).of(step)
    draft = TaskDraft(
        kind=DEADLINE_TASK,
        dedupe_key=_deadline_key(case, step),
        due_date=due.date(),
        due_at=due,
        channel=Channel.PHONE,
        owner_role="customer_service",
        message=f"投诉 {case.case_no}：{rules.STEP_LABELS[step]}时限 {due:%m-%d %H:%M}",
    )
    return Candidate(draft, case.customer_id, owner_id=case.owner_id, source=_source(case))


def sync_tasks(store: TaskStore, case: Complaint) -> None:
    """One open calendar task per case: the deadline it runs against now."""
    wanted = deadline_task(case)
    key = wanted.draft.dedupe_key if wanted else ""
    store.retire(_open_deadlines_of(case) & (FollowUpTask.dedupe_key != key), STEP_PASSED)
    if wanted is not None:
        _put_deadline_task(store, wanted)


def _put_deadline_task(store: TaskStore, wanted: Candidate) -> None:
    draft = wanted.draft
    made = store.make(
        [draft], customer_id=wanted.customer_id, owner_id=wanted.owner_id, source=wanted.source
    )
    if made:
        return
    task = store.session.scalar(
        select(FollowUpTask).where(
            FollowUpTask.dedupe_key == draft.dedupe_key, FollowUpTask.status == TaskStatus.OPEN
        )
    )
    if task is not None:  # already there: keep its due time in step with a pause
        store.move(task, draft.due_date, due_at=draft.due_at, message=draft.message)


def retarget_tasks(store: TaskStore, case: Complaint) -> None:
    """An anonymous case linked to its customer: its tasks follow."""
    store.reassign_customer(
        (FollowUpTask.source_type == "complaint") & (FollowUpTask.source_id == case.id),
        case.customer_id,
    )


def escalate(store: TaskStore, case: Complaint, policy: Policy) -> None:
    reading = read_case_clock(case, policy, store.now)
    if reading.step is None:
        return
    draft = TaskDraft(
        kind=ESCALATION_TASK,
        dedupe_key=f"{ESCALATION_TASK}:complaint:{case.id}:{reading.step}:{case.extra_rounds}",
        due_date=store.now.date(),
        due_at=store.now,
        channel=Channel.PHONE,
        owner_role="store_manager",
        message=f"投诉 {case.case_no} {rules.STEP_LABELS[reading.step]}已逾期，请督办。",
    )
    made = store.make([draft], customer_id=case.customer_id, source=_source(case))
    if made:
        label = rules.STEP_LABELS[reading.step]
        add_event(store.session, case, "escalated", None, f"{label}逾期", at=store.now)


def _source(case: Complaint) -> tuple[str, int]:
    return ("complaint", case.id)


def _deadline_key(case: Complaint, step: Step) -> str:
    return f"{DEADLINE_TASK}:complaint:{case.id}:{step}:{case.extra_rounds}"


def _open_deadlines_of(case: Complaint) -> ColumnElement[bool]:
    """The case's open deadline tasks, found by their source (indexed)."""
    return (
        (FollowUpTask.source_type == "complaint")
        & (FollowUpTask.source_id == case.id)
        & (FollowUpTask.kind == DEADLINE_TASK)
        & (FollowUpTask.status == TaskStatus.OPEN)
    )
