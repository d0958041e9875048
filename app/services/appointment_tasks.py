"""The follow-ups a booking makes and ends, all through the task store (consent,
de-duplication, audit): the confirmation call the working day before, the call after a
no-show, and the reminder a booking answers (completed as 已预约)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement

from .. import settings
from ..errors import NotFoundError, UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Appointment, FollowUpTask, TaskStatus
from ..rules import reminders
from ..rules.appointments import BOOKABLE_FOLLOW_UPS, OpenDay, confirmation_due
from ..rules.tasks import date_text
from .task_store import TaskStore

CONFIRMATION = "appointment_confirmation"
NO_SHOW = "appointment_no_show"
SOURCE = "appointment"


def _subject(appointment: Appointment) -> str:
    return f"appointment:{appointment.id}"


def _source(appointment: Appointment) -> tuple[str, int]:
    return (SOURCE, appointment.id)


def _when(moment: datetime) -> str:
    return f"{date_text(moment.date())} {moment:%H:%M}"


def ask_confirmation(
    store: TaskStore, appointment: Appointment, open_day: OpenDay
) -> FollowUpTask | None:
    """The confirmation call for this booking's time (none for a booking of today). A
    booking moved gets a new call; the call for its old time goes."""
    session = store.session
    drop_open_tasks(store, appointment, CONFIRMATION, "预约时间已改，按新时间确认。")
    due = confirmation_due(appointment.start_at, store.now.date(), open_day)
    if due is None:
        return None
    rule = settings.rule(session, CONFIRMATION)
    if not rule.enabled:
        return None
    occurrence = f"{appointment.start_at:%Y%m%d%H%M}"
    draft = reminders.draft(rule, _subject(appointment), occurrence, due)
    values = {
        "时间": _when(appointment.start_at),
        "地址": settings.get(session, "store.address") or settings.get(session, "store.name"),
        "携带": settings.get(session, "appointments.what_to_bring"),
    }
    made = store.make(
        [draft], customer_id=appointment.customer_id, owner_id=appointment.advisor_id,
        vehicle_id=appointment.vehicle_id, source=_source(appointment), values=values,
    )  # fmt: skip
    return made[0] if made else None


def close_confirmation(store: TaskStore, appointment: Appointment, note: str) -> None:
    """The customer confirmed (or the booking ended): the call is no longer to be made."""
    condition = _open_of(appointment, CONFIRMATION)
    store.retire(condition, note)


def drop_open_tasks(store: TaskStore, appointment: Appointment, kind: str, reason: str) -> int:
    return store.skip(_open_of(appointment, kind), reason)


def _open_of(appointment: Appointment, kind: str) -> ColumnElement[bool]:
    return (
        (FollowUpTask.kind == kind)
        & (FollowUpTask.source_type == SOURCE)
        & (FollowUpTask.source_id == appointment.id)
    )


def call_after_no_show(store: TaskStore, appointment: Appointment) -> FollowUpTask | None:
    """The advisor calls a customer who did not come, the day it is noticed."""
    rule = settings.rule(store.session, NO_SHOW)
    if not rule.enabled:
        return None
    draft = reminders.draft(rule, _subject(appointment), "no_show", store.now.date())
    made = store.make(
        [draft], customer_id=appointment.customer_id, owner_id=appointment.advisor_id,
        vehicle_id=appointment.vehicle_id, source=_source(appointment),
        values={"日期": date_text(appointment.start_at.date())},
    )  # fmt: skip
    close_confirmation(store, appointment, "客户未按预约到店。")
    return made[0] if made else None


def answered_follow_up(store: TaskStore, task_id: int, version: int | None) -> FollowUpTask:
    """The open reminder a booking answers (maintenance, recall, dormant, declined work)."""
    task = store.session.get(FollowUpTask, task_id)
    if task is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到该回访任务。"))
    if version is not None and task.version != version:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "该回访任务已被其他工作站处理，请刷新后再预约。")
        )
    if task.status != TaskStatus.OPEN:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "该回访任务已经处理过了。"))
    if task.kind not in BOOKABLE_FOLLOW_UPS:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "只有保养、召回、未回厂和未做项目的回访可以直接预约。")
        )
    return task


def complete_follow_up(
    store: TaskStore, task: FollowUpTask, appointment: Appointment, staff_id: int | None
) -> None:
    note = f"已预约 {_when(appointment.start_at)}"
    store.complete(task, TaskStatus.BOOKED, note=note, staff_id=staff_id)
