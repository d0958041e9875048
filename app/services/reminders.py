"""Reminder generation: the rules fill the follow-up calendar, once, incrementally,
within what each customer consented to. Also consent per kind of contact and the
managers' rule settings."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from .. import audit, settings
from ..db import Database
from ..errors import NotFoundError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    ConsentKind,
    ContactConsent,
    Customer,
    FollowUpTask,
    ServiceVisit,
    TaskStatus,
    Vehicle,
)
from ..permissions import Actor, Permission, require_actor
from ..rules import prospects, reminders, vehicle_dates
from ..rules.dates import Window
from ..rules.reminders import ReminderRule
from .reminder_sources import SEASONS_TO_MARK, SOURCES, Run, consent_given_again
from .task_store import Candidate, TaskStore, chunks, not_made_yet

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class GenerationReport:
    made: int
    considered: int  # drafts the rules proposed from what the run read (most made before)
    by_kind: dict[str, int]
    refused_by_consent: int
    not_prospects: int
    retired: int  # open tasks skipped because they no longer apply
    window_start: date
    window_end: date
    incremental: bool


@dataclass(frozen=True)
class ConsentState:
    customer_id: int
    kind: str
    granted: bool
    changed_at: datetime | None
    reason: str | None


class ReminderService:
    def __init__(
        self, db: Database, actor: Actor, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        self.db = db
        self.actor = require_actor(actor)
        self.clock = clock

    # --- generation ----------------------------------------------------------------------
    def generate(self) -> GenerationReport:
        """Make the tasks due from today (the service's clock, never a day someone looks
        at) to the end of the window; safe to run at any time and as often as wanted
        (nothing is made twice).

        What the sources propose, less what earlier runs made, is read first, taking no
        lock; the tasks are then written in parts of ~0.2 s (WRITE_PARTS), each in a
        transaction of its own: a save at a desk waits for a part, never for the run.
        A run cut off half-way leaves its parts made and the watermarks where they
        were: the next run reads the same again and makes the rest."""
        now, wall = self.clock(), datetime.now()
        with self.db.reading(self.actor) as session:
            run = start_run(session, now)
            stale = stale_of(run)
            candidates = _unique(drafts_of(run))
            wanted = not_made_yet(session, [c for c in candidates if _wanted(run, c)])
        retired = sum(self._in_parts(stale.customers, _retire_prospect_calls, now))
        retired += sum(self._in_parts(stale.vehicles, _retire_after_service, now))
        made = self._in_parts(wanted, TaskStore.make_in_bulk, now)
        with self.db.transaction(self.actor) as session:
            _finish(session, run, now, wall)
        return GenerationReport(
            made=sum(len(part.made) for part in made),
            considered=len(candidates),
            by_kind=dict(Counter(c.draft.kind for part in made for c in part.made)),
            refused_by_consent=sum(part.refused_by_consent for part in made),
            not_prospects=sum(part.not_prospects for part in made),
            retired=retired,
            window_start=run.window.start,
            window_end=run.window.end,
            incremental=run.since is not None,
        )

    def _in_parts(
        self,
        items: list[T],
        write: Callable[[TaskStore, list[T]], R],
        now: datetime,
    ) -> list[R]:
        """`write` the items through the task store a part at a time, each part in a
        transaction of its own, sized so that it takes about WRITE_PARTS.seconds."""
        done, size, start = [], WRITE_PARTS.first, 0
        while start < len(items):
            if start:
                self.db.between_writes()
            part = items[start : start + size]
            began = time.perf_counter()
            with self.db.transaction(self.actor) as session:
                done.append(write(TaskStore(session, self.actor, now), part))
            size = WRITE_PARTS.next(len(part), time.perf_counter() - began)
            start += len(part)
        return done

    def fills(self, day: date) -> bool:
        """Whether a run now can add tasks due on `day`: today up to the window's end. A
        past day or one beyond the window is only looked at, never generated for."""
        today = self.clock().date()
        with self.db.reading(self.actor) as session:
            window = Window.ahead(today, settings.get(session, "reminders.window_days"))
        return window.start <= day <= window.end

    # --- consent -------------------------------------------------------------------------
    def set_consent(
        self, customer_id: int, kind: str, granted: bool, reason: str | None = None
    ) -> ConsentState:
        """Record a customer's yes or no to one kind of contact, with the date and reason.
        A refusal skips the open tasks of that kind at once (service-necessary ones stay)."""
        if kind not in set(ConsentKind):
            raise ValidationError(
                "kind", QT_TRANSLATE_NOOP("Errors", "联系类型“{kind}”无效。"), kind=kind
            )
        now = self.clock()
        with self.db.transaction(self.actor) as session:
            if session.get(Customer, customer_id) is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到该客户。"))
            store = TaskStore(session, self.actor, now)
            row = _consent_row(session, customer_id, kind)
            old = None if row.granted is None else row.granted
            row.granted, row.changed_at, row.reason = granted, now, (reason or "").strip() or None
            _audit_consent(store, row, old)
            if not granted:
                store.skip_refused(customer_id, kind)
            return ConsentState(customer_id, kind, granted, now, row.reason)

    def consents(self, customer_id: int) -> list[ConsentState]:
        """One state per kind; no row means not refused (consent given at the desk)."""
        with self.db.reading(self.actor) as session:  # rows read before the read ends
            rows = {
                r.kind: r
                for r in session.scalars(
                    select(ContactConsent).where(ContactConsent.customer_id == customer_id)
                )
            }
            return [
                ConsentState(customer_id, kind, rows[kind].granted, rows[kind].changed_at,
                             rows[kind].reason)
                if kind in rows
                else ConsentState(customer_id, kind, True, None, None)
                for kind in ConsentKind
            ]  # fmt: skip

    # --- recalls -------------------------------------------------------------------------
    def add_recall(self, campaign: str, vins: list[str], due: date | None = None) -> int:
        """A maker's recall campaign: one call per affected car we know, whatever the
        owner's marketing consent (service-necessary). Returns how many were made."""
        code = (campaign or "").strip()
        if not code or len(code) > 40:
            raise ValidationError(
                "campaign", QT_TRANSLATE_NOOP("Errors", "请填写召回活动编号（不超过 40 个字符）。")
            )
        now = self.clock()
        with self.db.transaction(self.actor) as session:
            rule = settings.rule(session, "recall")
            if not rule.enabled:
                return 0
            cars = session.execute(
                select(Vehicle.id, Vehicle.owner_id).where(Vehicle.vin.in_(vins))
            ).all()
            day = due or now.date()
            candidates = [
                Candidate(reminders.draft(rule, f"vehicle:{vid}", code, day), owner, vid)
                for vid, owner in cars
            ]
            return len(TaskStore(session, self.actor, now).make_in_bulk(candidates).made)

    # --- rule settings ---------------------------------------------------------------------
    def rules(self) -> list[ReminderRule]:
        with self.db.transaction(self.actor) as session:
            return [settings.rule(session, key) for key in reminders.RULE_KEYS]

    def save_rule(self, key: str, changes: dict) -> ReminderRule:
        """A manager's change to one rule (lead time, owner role, channel, template…)."""
        self.actor.require(Permission.EDIT_SETTINGS)
        with self.db.transaction(self.actor) as session:
            return settings.put_rule(session, key, changes)


# --- one run ------------------------------------------------------------------------------
# A change saved while a run reads (at another workstation, or at a desk of this one: the
# run reads before it writes, taking no lock) may commit after the run read it, stamped
# before the run's watermark, and a workstation's clock may run a little behind: rows
# stamped in these last minutes are read again (nothing is made twice).
SHARED_DATABASE_SLACK = timedelta(minutes=5)


@dataclass(frozen=True)
class PartSizes:
    """How many items a part of a run's writes holds: SQLite has one writer at a time,
    and a save at a desk waits for the part being written, so each part should take
    about `seconds`; the next part's size follows from how long the last one took (a
    task's insert costs ~0.1 ms on one PC, several times that on a busy one).

    Each part costs ~25 ms more (its reads, commit and pause): at 0.05 s a part the
    seasonal trigger day's 78,000 tasks (200,000 customers) took 2.5x as long as in one
    transaction; at 0.2 s about 1.25x, and a save waits at most about that long. The
    daily run's parts are few and small (what earlier runs made is left out first)."""

    first: int = 500
    least: int = 50
    most: int = 20_000
    seconds: float = 0.2

    def next(self, size: int, took: float) -> int:
        wanted = size * self.seconds / max(took, 0.001)
        return int(min(self.most, max(self.least, (size + wanted) / 2)))


WRITE_PARTS = PartSizes()


def drafts_of(run: Run) -> list[Candidate]:
    """What every source proposes, then, as on a first run, for each customer who gave a
    kind of contact again since the last run (a few at a time)."""
    candidates = [c for source in SOURCES for c in source(run)]
    for part in chunks(consent_given_again(run)):
        again = run.as_first_for(part)
        candidates += [c for source in SOURCES for c in source(again)]
    return candidates


def _parse_time(text: str) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _changed_since(seen: datetime | None) -> datetime | None:
    return None if seen is None else seen - SHARED_DATABASE_SLACK


def start_run(session: Session, now: datetime) -> Run:
    """A run at `now`. Watermarks beyond today (left by a run for another day, or by a
    clock running ahead) are not trusted: the whole window is looked at again."""
    today = now.date()
    since = _until_today(_parse_time(settings.get(session, "reminders.last_generated_at")), today)
    until_text = settings.get(session, "reminders.generated_until")
    until = date.fromisoformat(until_text) if until_text else None
    window = Window.ahead(today, settings.get(session, "reminders.window_days"))
    seen = _parse_time(settings.get(session, "reminders.rows_seen_at"))
    overrides = settings.get(session, "reminders.rules")  # read once for every rule
    return Run(
        session=session,
        today=today,
        window=window,
        fresh=_fresh_days(window, since, until),
        since=since,
        changed_since=_changed_since(seen),
        rules={key: reminders.merged(key, overrides.get(key)) for key in reminders.RULE_KEYS},
    )


def _until_today(moment: datetime | None, today: date) -> datetime | None:
    return moment if moment is not None and moment.date() <= today else None


def _fresh_days(window: Window, since: datetime | None, until: date | None) -> Window | None:
    if since is None or until is None or not window.start <= until <= window.end:
        return window
    if until >= window.end:
        return None
    return Window(until + timedelta(days=1), window.end)


def _finish(session: Session, run: Run, now: datetime, wall: datetime) -> None:
    """The watermarks never go back (a workstation whose clock is a little behind keeps
    the later run) and never past today: the window ends today + window_days.
    Rows are stamped by the wall clock: changes made during this run are seen again
    next time (harmless: nothing is made twice)."""
    settings.put(session, "reminders.last_generated_at", max(run.since or now, now).isoformat())
    settings.put(session, "reminders.rows_seen_at", wall.isoformat())
    settings.put(session, "reminders.generated_until", run.window.end.isoformat())
    if SEASONS_TO_MARK in run.cache:  # the seasons whose calls were all made just now
        settings.put(session, "reminders.seasons_made", run.cache[SEASONS_TO_MARK])


# --- who may be contacted -------------------------------------------------------------------
def _unique(candidates: list[Candidate]) -> list[Candidate]:
    """Two sources asking for the same key (a departure, a visit): the last one counts."""
    return list({c.draft.dedupe_key: c for c in candidates}.values())


def _wanted(run: Run, candidate: Candidate) -> bool:
    """Rules switched off make nothing; history before the first run stays history."""
    return run.rules[candidate.draft.kind].enabled and candidate.draft.due_date >= run.floor


# --- tasks that no longer apply -------------------------------------------------------------
NOT_A_PROSPECT = "客户已订车、成交或战败，停止潜客跟进。"
BACK_IN_WORKSHOP = "车辆已回厂，提醒不再需要。"


@dataclass(frozen=True)
class Stale:
    """Open tasks that no longer apply, found by a run's read: prospect calls of these
    customers, maintenance and dormant reminders of these vehicles."""

    customers: list[int]  # no prospect any more: ordered, bought or lost
    vehicles: list[int]  # back in the workshop since the last run


def _retire_prospect_calls(store: TaskStore, customers: list[int]) -> int:
    kinds = FollowUpTask.kind.in_(prospects.PROSPECT_KINDS)
    return sum(
        store.skip(kinds & FollowUpTask.customer_id.in_(part), NOT_A_PROSPECT)
        for part in chunks(customers)
    )


def _retire_after_service(store: TaskStore, vehicles: list[int]) -> int:
    after_service = FollowUpTask.kind.in_(AFTER_SERVICE_KINDS)
    return sum(
        store.skip(FollowUpTask.vehicle_id.in_(part) & after_service, BACK_IN_WORKSHOP)
        for part in chunks(vehicles)
    )


AFTER_SERVICE_KINDS = [*vehicle_dates.MAINTENANCE_KINDS, "dormant_6m", "dormant_12m", "dormant_24m"]


def stale_of(run: Run) -> Stale:
    """Read only: those of them with an open task to skip (most have none)."""
    prospect_kinds = FollowUpTask.kind.in_(prospects.PROSPECT_KINDS)
    after_service = FollowUpTask.kind.in_(AFTER_SERVICE_KINDS)
    return Stale(
        _with_open_tasks(run, FollowUpTask.customer_id, _no_longer_prospects(run), prospect_kinds),
        _with_open_tasks(run, FollowUpTask.vehicle_id, _back_in_workshop(run), after_service),
    )


def _with_open_tasks(
    run: Run, column: InstrumentedAttribute[Any], ids: list[int], kinds: ColumnElement[bool]
) -> list[int]:
    found: set[int] = set()
    for part in chunks(ids):
        open_ones = select(column).where(FollowUpTask.status == TaskStatus.OPEN, kinds)
        found.update(run.session.scalars(open_ones.where(column.in_(part))))
    return sorted(found)


def _no_longer_prospects(run: Run) -> list[int]:
    """A prospect who ordered, bought or was lost gets no more prospect calls. The first
    run finds them from the open prospect tasks (index on status); later runs among the
    customers changed since (index on updated_at)."""
    kinds = FollowUpTask.kind.in_(prospects.PROSPECT_KINDS)
    no_prospect = (Customer.stage != "prospect") | Customer.intent_level.in_(["O", "F"])
    found = (
        select(Customer.id).where(Customer.updated_at > run.changed_since, no_prospect)
        if run.incremental
        else select(Customer.id)
        .join(FollowUpTask, FollowUpTask.customer_id == Customer.id)
        .where(FollowUpTask.status == TaskStatus.OPEN, kinds, no_prospect)
        .distinct()
    )
    return list(run.session.scalars(found))


def _back_in_workshop(run: Run) -> list[int]:
    """A car back in the workshop since the last run needs none of the maintenance or
    dormant reminders made before (skipped before the new ones are made)."""
    since = run.since or run.events_since(run.setting("reminders.lookback_days"))
    back = select(ServiceVisit.vehicle_id).where(ServiceVisit.checked_in_at > since)
    return sorted(set(run.session.scalars(back)))  # DISTINCT in SQL scans an index


# --- consent helpers ------------------------------------------------------------------------
def _consent_row(session: Session, customer_id: int, kind: str) -> ContactConsent:
    row = session.scalar(
        select(ContactConsent).where(
            ContactConsent.customer_id == customer_id, ContactConsent.kind == kind
        )
    )
    if row is None:
        row = ContactConsent(customer_id=customer_id, kind=kind)
        session.add(row)
    return row


def _audit_consent(store: TaskStore, row: ContactConsent, old: bool | None) -> None:
    """Every change kept in the audit log under who recorded it; the row holds the latest."""
    audit.record(
        store.session, store.actor, "consent", at=store.now, entity="customer",
        entity_id=row.customer_id, field=row.kind, old=old, new=row.granted, detail=row.reason,
    )  # fmt: skip
