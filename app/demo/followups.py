"""The follow-up calendar of the past years, made by the store's own rules (app.rules) so
the dedupe keys and messages are the ones the app would make: a rule running later finds
them and adds nothing. The task store writes them (consent, keys, messages).

What fell due before now was dealt with (reached, not reached, done; prospect calls
skipped once the customer bought or was lost), a few of the last two weeks are left
open (the overdue list), and what falls due later is open. Date-driven reminders go
as far as the reminder run would have made them (window_days ahead).
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import NamedTuple

from ..models import TaskStatus
from ..rules import prospects, walk_in
from ..rules.handover import HandoverFacts, handover_tasks
from ..rules.reminders import SALES
from ..rules.tasks import TaskDraft
from ..rules.vehicle_dates import FIRST_MAINTENANCE
from .context import Demo, Member
from .sales import Purchase
from .showroom import Visit

OVERDUE_DAYS, OVERDUE_SHARE, NOT_REACHED_SHARE = 14, 0.15, 0.1
PACED_AFTER_LAST_VISIT = 6  # level-paced calls after the last visit, then the lead rests
DONE_BY_CHANNEL = {"phone": TaskStatus.REACHED}  # SMS and WeChat messages are just sent
S = TaskStatus
NOTHING_SAID: dict[str, str] = {}  # only read


class Closed(NamedTuple):
    """How a task ended (made by the thousand: a named tuple)."""

    status: TaskStatus
    at: datetime
    note: str | None = None


class Subject:
    """One customer's follow-ups: who, their consultant, what the templates say.

    `stopped`: when and why open prospect follow-ups were stopped (a deal, a loss), as
    the sales desk notes it; None while the customer is still a prospect."""

    def __init__(
        self, demo: Demo, customer_id: int, name: str, consultant: Member | None,
        stopped: Closed | None = None,
    ) -> None:  # fmt: skip
        self.demo = demo
        self.customer_id = customer_id
        self.consultant = consultant
        self.stopped = stopped
        self.values = {"姓名": name, **({"顾问": consultant.name} if consultant else {})}

    def add(
        self, task: TaskDraft, created_at: datetime, vehicle_id: int | None = None,
        source: tuple[str, int] | None = None, closed: Closed | None = None,
        values: dict[str, str] | None = None,
    ) -> None:  # fmt: skip
        """Queued for the task store, which writes them when the demo flushes."""
        demo = self.demo
        created_at = min(created_at, demo.now)
        owner = self.consultant if task.owner_role == SALES else demo.member(task.owner_role)
        if closed is None:
            closed = _outcome(demo, task)
        stopped = self.stopped
        if closed.status == S.OPEN and stopped and task.kind in prospects.PROSPECT_KINDS:
            closed = stopped
        dealt_at = None if closed.status == S.OPEN else max(closed.at, created_at)
        owner_id = owner.id if owner else None
        # The task store words a message from the customer's row (name, consultant) and
        # these: only what the row does not know goes (a dict per task costs its making
        # and its pickling to the writer, millions of times).
        said = values or NOTHING_SAID
        due_at: datetime | str | None = task.due_at
        made_at: datetime | str = created_at
        done_at: datetime | str | None = dealt_at
        as_text = demo.out.moment_text  # as demo.out.stored, a few million times
        if as_text is not None:
            made_at = as_text(created_at)
            due_at = None if task.due_at is None else as_text(task.due_at)
            done_at = None if dealt_at is None else as_text(dealt_at)
        demo.tasks.append((  # a FlatTask (app.demo.loading): a PastTask, flat
            task.kind, task.dedupe_key, task.due_date.toordinal(), due_at,
            task.channel, task.owner_role, task.message, task.attempt,
            self.customer_id, vehicle_id, owner_id, said, source, made_at,
            closed.status, done_at, owner_id if done_at else None, closed.note,
        ))  # fmt: skip


OPEN = Closed(S.OPEN, datetime.max)


def _outcome(demo: Demo, task: TaskDraft) -> Closed:
    """Due later: open. Due already: dealt with then, a few recent ones still open."""
    if task.due_date > demo.today:
        return OPEN
    due = task.due_at or demo.moment(task.due_date, 9.5, 18)
    if due > demo.now:
        return OPEN
    draw = demo.rng.random()
    if draw < OVERDUE_SHARE and (demo.today - task.due_date).days <= OVERDUE_DAYS:
        return OPEN
    if draw > 1 - NOT_REACHED_SHARE and task.channel == "phone":
        return Closed(S.NOT_REACHED, due)
    return Closed(DONE_BY_CHANNEL.get(task.channel, S.DONE), due)


# --- the showroom ---------------------------------------------------------------------------
def add_visit_tasks(subject: Subject, visits: list[Visit], model: str, until: date | None) -> None:
    """Every visit: the departure SMS and evening callback, the 24-hour follow-up, then
    calls paced by the visit's level until the next visit, the deal or the loss (`until`;
    None: still a prospect)."""
    interest = {"车型": model}  # the task store words the calls with it
    for n, visit in enumerate(visits):
        if visit.departed_at is not None:
            _departure(subject, visit, visit.departed_at, {**subject.values, **interest})
        _first_follow_up(subject, visit, interest)
        later = visits[n + 1].arrived_at.date() if n + 1 < len(visits) else until
        _paced(subject, visit, interest, later)


def _departure(subject: Subject, visit: Visit, departed_at: datetime, values: dict) -> None:
    rules = subject.demo.rules
    for task in walk_in.departure_tasks(
        visit.id, departed_at, rules.callback_hour, rules.reminders, values
    ):
        subject.add(task, departed_at, source=("showroom_visit", visit.id))


def _first_follow_up(subject: Subject, visit: Visit, values: dict) -> None:
    rule = subject.demo.rules.reminders[prospects.FIRST]
    if rule.enabled:
        task = prospects.first_follow_up(
            rule, subject.customer_id, visit.id, visit.arrived_at.date()
        )
        subject.add(task, visit.arrived_at, source=("showroom_visit", visit.id), values=values)


def _paced(subject: Subject, visit: Visit, values: dict, until: date | None) -> None:
    """Each call sets the next one at the level's pace (a level the store does not pace,
    none); after the last visit the consultant tries a few times, then lets the lead rest."""
    demo = subject.demo
    rule = demo.rules.reminders[prospects.PACED]
    contact = visit.arrived_at.date()
    for _ in range(PACED_AFTER_LAST_VISIT if until is None else 60):
        task = prospects.next_follow_up(
            rule, subject.customer_id, visit.intent_level, contact, demo.rules.levels
        )
        if not rule.enabled or task is None or (until is not None and task.due_date >= until):
            return
        made = max(visit.arrived_at, datetime.combine(contact, time(18)))
        subject.add(task, made, source=("showroom_visit", visit.id), values=values)
        if task.due_date > demo.today:
            return  # the next call is on the calendar
        contact = task.due_date


# --- the handover ---------------------------------------------------------------------------
def add_handover_tasks(subject: Subject, purchase: Purchase) -> None:
    """The 24h callback, care calls and first-maintenance reminder of a handover; the
    reminder is done once the car came for it."""
    if purchase.vehicle is None or purchase.delivered_at is None:
        return
    values = {**subject.values, "车型": purchase.model.name, "车牌": purchase.vehicle.plate}
    facts = HandoverFacts(purchase.vehicle.id, purchase.delivered_at, values)
    serviced = purchase.history.first_maintenance_at if purchase.history else None
    source = ("delivery", purchase.delivery_id or 0)
    for task in handover_tasks(facts, subject.demo.rules.handover):
        done = Closed(S.DONE, serviced) if serviced and task.kind == FIRST_MAINTENANCE else None
        subject.add(task, purchase.delivered_at, purchase.vehicle.id, source, done)
