"""The follow-up calendar, made by the store's own rules (app.rules) so the dedupe keys
are the ones the app would make: a rule running later finds them and adds nothing.

Only the recent past is kept (older tasks would be archived); what fell due before
today is mostly done, a few are left open: the overdue list.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from ..models import TaskStatus
from ..rules import prospects, walk_in
from ..rules.dates import Window
from ..rules.handover import HandoverFacts, handover_tasks
from ..rules.maintenance import maintenance_task
from ..rules.orders import PROSPECT_TASK_KINDS
from ..rules.reminders import SALES
from ..rules.tasks import TaskDraft, render_template
from ..rules.vehicle_dates import FIRST_MAINTENANCE, date_drafts
from ..services.task_store import Candidate, PastTask
from .context import Demo, Member
from .sales import Purchase
from .showroom import Visit

DEPARTURE_DAYS = 30  # departure tasks are kept for visits this recent
PROSPECT_DAYS = 60
HANDOVER_DAYS = 120
REMINDERS_FROM, REMINDERS_UNTIL = -30, 14  # date-driven reminders due this near today
OVERDUE_DAYS, OVERDUE_SHARE, NOT_REACHED_SHARE = 14, 0.15, 0.1


class Subject:
    """One customer's follow-ups: who, their consultant, what the templates say.

    `stopped`: why open prospect follow-ups were stopped (a deal, a loss), as the sales
    desk notes it; None while the customer is still a prospect."""

    def __init__(
        self, demo: Demo, customer_id: int, name: str, consultant: Member, stopped: str | None
    ) -> None:
        self.demo = demo
        self.customer_id = customer_id
        self.consultant = consultant
        self.stopped = stopped
        self.values = {"姓名": name, "顾问": consultant.name}

    def add(
        self, task: TaskDraft, created_at: datetime, vehicle_id=None, source=None, done_at=None
    ) -> None:
        """`done_at`: the task was done then, whatever its due date (a visit came first).
        Queued for the task store, which writes them when the demo flushes."""
        demo = self.demo
        owner = self.consultant if task.owner_role == SALES else demo.member(task.owner_role)
        status, done_at = (TaskStatus.DONE, done_at) if done_at else _outcome(demo, task)
        note = None
        if status == TaskStatus.OPEN and self.stopped and task.kind in PROSPECT_TASK_KINDS:
            status, done_at, note = TaskStatus.SKIPPED, min(created_at, demo.now), self.stopped
        candidate = Candidate(task, self.customer_id, vehicle_id, owner.id, self.values, source)
        demo.tasks.append(
            PastTask(
                candidate,
                min(created_at, demo.now),
                status,
                completed_at=done_at,
                completed_by_id=owner.id if done_at else None,
                outcome_note=note,
            )
        )


def _outcome(demo: Demo, task: TaskDraft) -> tuple[TaskStatus, datetime | None]:
    due = task.due_at or demo.at(task.due_date, 9.5, 18)
    if due > demo.now:
        return TaskStatus.OPEN, None
    draw = demo.rng.random()
    if draw < OVERDUE_SHARE and (demo.today - task.due_date).days <= OVERDUE_DAYS:
        return TaskStatus.OPEN, None
    if draw > 1 - NOT_REACHED_SHARE and task.channel == "phone":
        return TaskStatus.NOT_REACHED, due
    return (TaskStatus.REACHED if task.channel == "phone" else TaskStatus.DONE), due


def add_visit_tasks(subject: Subject, visits: list[Visit], model: str, prospect: bool) -> None:
    demo = subject.demo
    for visit in visits:
        if visit.departed_at and visit.departed_at.date() >= demo.days_ago(DEPARTURE_DAYS):
            _departure(subject, visit, visit.departed_at)
    last = visits[-1]
    if prospect and last.arrived_at.date() >= demo.days_ago(PROSPECT_DAYS):
        _prospect(subject, last, model)


def _departure(subject: Subject, visit: Visit, departed_at: datetime) -> None:
    rules = subject.demo.rules
    tasks = walk_in.departure_tasks(
        visit.id, departed_at, rules.callback_hour, rules.reminders, subject.values
    )
    for task in tasks:
        subject.add(task, departed_at, source=("showroom_visit", visit.id))


def _prospect(subject: Subject, visit: Visit, model: str) -> None:
    """The 24-hour first follow-up, then the next one paced by the intent level."""
    demo, day = subject.demo, visit.arrived_at.date()
    values = {**subject.values, "车型": model}
    rules = demo.rules.reminders
    first = prospects.first_follow_up(rules[prospects.FIRST], subject.customer_id, visit.id, day)
    paced = prospects.next_follow_up(
        rules[prospects.PACED], subject.customer_id, visit.intent_level, day, demo.rules.levels
    )
    for task in (first, paced):
        if task is not None and rules[task.kind].enabled:
            message = render_template(rules[task.kind].template, values)
            subject.add(replace(task, message=message), visit.arrived_at,
                        source=("showroom_visit", visit.id))  # fmt: skip


def add_purchase_tasks(subject: Subject, purchase: Purchase) -> None:
    if purchase.vehicle is None or purchase.delivered_at is None:
        return
    demo = subject.demo
    values = {**subject.values, "车型": purchase.model.name, "车牌": purchase.vehicle.plate}
    vehicle_id = purchase.vehicle.id
    if purchase.delivered_at.date() >= demo.days_ago(HANDOVER_DAYS):
        facts = HandoverFacts(vehicle_id, purchase.delivered_at, values)
        serviced = purchase.history.first_maintenance_at if purchase.history else None
        for task in handover_tasks(facts, demo.rules.handover):
            done = serviced if task.kind == FIRST_MAINTENANCE else None
            source = ("delivery", purchase.delivery_id)
            subject.add(task, purchase.delivered_at, vehicle_id, source, done_at=done)
    _maintenance(subject, purchase, vehicle_id, values)
    _insurance(subject, purchase, vehicle_id, values)


def _maintenance(
    subject: Subject, purchase: Purchase, vehicle_id: int, values: dict[str, str]
) -> None:
    history, demo = purchase.history, subject.demo
    if history is None or history.last_maintenance_visit is None:
        return  # the handover's first-maintenance reminder stands
    rule = demo.rules.reminders["maintenance_due"]
    task = maintenance_task(history.last_maintenance_visit, history.next, rule, values)
    if _near_today(demo, task.due_date):
        subject.add(task, _made_before(demo, task.due_date), vehicle_id,
                    ("service_visit", history.last_maintenance_visit))  # fmt: skip


def _insurance(
    subject: Subject, purchase: Purchase, vehicle_id: int, values: dict[str, str]
) -> None:
    demo, expiry = subject.demo, purchase.insurance_expiry
    rule = demo.rules.reminders["insurance_expiry"]
    window = Window(demo.days_ago(-REMINDERS_FROM), demo.days_ago(-REMINDERS_UNTIL))
    message = render_template(rule.template, {**values, "日期": f"{expiry:%Y-%m-%d}"})
    for task in date_drafts(rule, vehicle_id, expiry, window) if rule.enabled else []:
        subject.add(replace(task, message=message), _made_before(demo, task.due_date),
                    vehicle_id)  # fmt: skip


def _near_today(demo: Demo, due: date) -> bool:
    return REMINDERS_FROM <= (due - demo.today).days <= REMINDERS_UNTIL


def _made_before(demo: Demo, due: date) -> datetime:
    """Date-driven reminders are made a window ahead of their due date."""
    return datetime.combine(due - timedelta(days=REMINDERS_UNTIL), time(6))
