"""Complaint deadlines on the follow-up calendar: the owner's task, the manager's escalation.
Written through the task store (deadlines go whatever the customer refused)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, select

from ..models import Channel, Complaint, FollowUpTask, TaskStatus
from ..rules import complaints as rules
from ..rules.complaints import ClockReading, Step
from ..rules.tasks import TaskDraft
from .complaints_data import DEADLINE_TASK, ESCALATION_TASK, Policy, add_event, read_case_clock
from .task_store import TaskStore

STEP_PASSED = "投诉已进入下一步、暂停或结案，此时限不再适用。"


def sync_tasks(store: TaskStore, case: Complaint, policy: Policy) -> None:
    """One open calendar task per case: the deadline it runs against now."""
    reading = read_case_clock(case, policy, store.now)
    key = _deadline_key(case, reading.step) if reading.step else None
    store.retire(_open_deadlines_of(case) & (FollowUpTask.dedupe_key != (key or "")), STEP_PASSED)
    if key is None or reading.due is None:
        return
    _put_deadline_task(store, case, reading, key)


def _put_deadline_task(store: TaskStore, case: Complaint, reading: ClockReading, key: str) -> None:
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
    made = store.make(
        [draft], customer_id=case.customer_id, owner_id=case.owner_id, source=_source(case)
    )
    if made:
        return
    task = store.session.scalar(
        select(FollowUpTask).where(
            FollowUpTask.dedupe_key == key, FollowUpTask.status == TaskStatus.OPEN
        )
    )
    if task is not None:  # already there: keep its due time in step with a pause
        store.move(task, reading.due.date(), due_at=reading.due, message=message)


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
    """The case's tasks follow its customer (retarget_tasks): found by the indexed
    customer, not by scanning every task for the source."""
    return (
        (FollowUpTask.customer_id == case.customer_id)
        & (FollowUpTask.source_type == "complaint")
        & (FollowUpTask.source_id == case.id)
        & (FollowUpTask.kind == DEADLINE_TASK)
        & (FollowUpTask.status == TaskStatus.OPEN)
    )
