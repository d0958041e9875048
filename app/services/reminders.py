"""Reminder generation: the rules fill the follow-up calendar, once, incrementally,
within what each customer consented to. Also consent per kind of contact and the
managers' rule settings."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from .. import settings
from ..db import Database
from ..errors import NotFoundError, ValidationError
from ..models import (
    AuditEntry,
    CarModel,
    Complaint,
    ComplaintStatus,
    ConsentKind,
    ContactConsent,
    Customer,
    FollowUpTask,
    ServiceVisit,
    StaffUser,
    TaskStatus,
    Vehicle,
)
from ..permissions import Actor, Permission, require_actor
from ..rules import prospects, reminders, vehicle_dates
from ..rules.dates import Window
from ..rules.reminders import ReminderRule
from ..rules.tasks import render_template
from . import complaints_calendar
from .complaints_data import load_policy
from .reminder_sources import SOURCES, Candidate, Run, date_text

CHUNK = 500
NO_CONSULTANT = "我们"


@dataclass(frozen=True)
class GenerationReport:
    made: int
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


@dataclass(frozen=True)
class _Who:
    name: str
    stage: str
    level: str
    consultant_id: int | None
    consultant: str | None


def chunks(items: list, size: int = CHUNK) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class ReminderService:
    def __init__(
        self, db: Database, actor: Actor, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        self.db = db
        self.actor = require_actor(actor)
        self.clock = clock

    # --- generation ----------------------------------------------------------------------
    def generate(self, today: date | None = None) -> GenerationReport:
        """Make the tasks due from `today` to the end of the window; safe to run at any
        time and as often as wanted (nothing is made twice)."""
        now, wall = self.clock(), datetime.now()
        with self.db.transaction(self.actor) as session:
            run = start_run(session, today or now.date())
            retired = retire_stale(session, run, now)
            candidates = [c for source in SOURCES for c in source(run)]
            kept, refused, not_prospects = _admissible(session, run, candidates)
            made = _insert(session, run, kept)
            _finish(session, run, now, wall)
        return GenerationReport(
            made=len(made),
            by_kind=dict(Counter(c.draft.kind for c in made)),
            refused_by_consent=refused,
            not_prospects=not_prospects,
            retired=retired,
            window_start=run.window.start,
            window_end=run.window.end,
            incremental=run.since is not None,
        )

    # --- consent -------------------------------------------------------------------------
    def set_consent(
        self, customer_id: int, kind: str, granted: bool, reason: str | None = None
    ) -> ConsentState:
        """Record a customer's yes or no to one kind of contact, with the date and reason.
        A refusal skips the open tasks of that kind at once (service-necessary ones stay)."""
        if kind not in set(ConsentKind):
            raise ValidationError("kind", f"联系类型“{kind}”无效。")
        now = self.clock()
        with self.db.transaction(self.actor) as session:
            if session.get(Customer, customer_id) is None:
                raise NotFoundError("找不到该客户。")
            row = _consent_row(session, customer_id, kind)
            old = None if row.granted is None else row.granted
            row.granted, row.changed_at, row.reason = granted, now, (reason or "").strip() or None
            _audit_consent(session, row, old, now)
            if not granted:
                _skip_refused(session, customer_id, kind, now)
            return ConsentState(customer_id, kind, granted, now, row.reason)

    def consents(self, customer_id: int) -> list[ConsentState]:
        """One state per kind; no row means not refused (consent given at the desk)."""
        with self.db.transaction(self.actor) as session:
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
            raise ValidationError("campaign", "请填写召回活动编号（不超过 40 个字符）。")
        with self.db.transaction(self.actor) as session:
            run = start_run(session, due or self.clock().date())
            rule = run.rules["recall"]
            cars = session.execute(
                select(Vehicle.id, Vehicle.owner_id).where(Vehicle.vin.in_(vins))
            ).all()
            candidates = [
                Candidate(reminders.draft(rule, f"vehicle:{vid}", code, run.today), owner, vid)
                for vid, owner in cars
            ]
            kept, _refused, _not = _admissible(session, run, candidates)
            return len(_insert(session, run, kept))

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
def _parse_time(text: str) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def start_run(session: Session, today: date) -> Run:
    since = _parse_time(settings.get(session, "reminders.last_generated_at"))
    until_text = settings.get(session, "reminders.generated_until")
    until = date.fromisoformat(until_text) if until_text else None
    window = Window.ahead(today, settings.get(session, "reminders.window_days"))
    return Run(
        session=session,
        today=today,
        window=window,
        fresh=_fresh_days(window, since, until),
        since=since,
        changed_since=_parse_time(settings.get(session, "reminders.rows_seen_at")),
        rules={key: settings.rule(session, key) for key in reminders.RULE_KEYS},
    )


def _fresh_days(window: Window, since: datetime | None, until: date | None) -> Window | None:
    if since is None or until is None or until < window.start:
        return window
    if until >= window.end:
        return None
    return Window(until + timedelta(days=1), window.end)


def _finish(session: Session, run: Run, now: datetime, wall: datetime) -> None:
    """Rows are stamped by the wall clock: changes made during this run are seen again
    next time (harmless: nothing is made twice)."""
    settings.put(session, "reminders.last_generated_at", now.isoformat())
    settings.put(session, "reminders.rows_seen_at", wall.isoformat())
    until_text = settings.get(session, "reminders.generated_until")
    until = max(run.window.end, date.fromisoformat(until_text)) if until_text else run.window.end
    settings.put(session, "reminders.generated_until", until.isoformat())


# --- who may be contacted -------------------------------------------------------------------
def _admissible(
    session: Session, run: Run, candidates: list[Candidate]
) -> tuple[list[Candidate], int, int]:
    """Drop what is disabled, past, duplicated, no longer a prospect's, or refused."""
    unique = {c.draft.dedupe_key: c for c in candidates if _wanted(run, c)}
    ids = sorted({c.customer_id for c in unique.values()})
    who, refusals = _who(session, ids), _refusals(session, ids)
    names = {sid: name for sid, name in session.execute(select(StaffUser.id, StaffUser.name))}
    kept, refused, not_prospects = [], 0, 0
    for c in unique.values():
        person = who.get(c.customer_id)
        if person is None:
            continue
        if c.draft.kind in prospects.PROSPECT_KINDS and not prospects.still_prospect(
            person.stage, person.level
        ):
            not_prospects += 1
        elif _refused(run.rules[c.draft.kind], c.customer_id, refusals):
            refused += 1
        else:
            kept.append(_rendered(c, person, names))
    return kept, refused, not_prospects


def _refused(rule: ReminderRule, customer_id: int, refusals: set[tuple[int, str]]) -> bool:
    return not rule.always_goes and (customer_id, rule.contact_kind) in refusals


def _wanted(run: Run, candidate: Candidate) -> bool:
    return run.rules[candidate.draft.kind].enabled and candidate.draft.due_date >= run.floor


def _who(session: Session, ids: list[int]) -> dict[int, _Who]:
    found: dict[int, _Who] = {}
    for part in chunks(ids):
        rows = session.execute(
            select(Customer.id, Customer.name, Customer.stage, Customer.intent_level,
                   Customer.consultant_id, StaffUser.name)
            .outerjoin(StaffUser, StaffUser.id == Customer.consultant_id)
            .where(Customer.id.in_(part))
        ).all()  # fmt: skip
        found.update({r[0]: _Who(*r[1:]) for r in rows})
    return found


def _refusals(session: Session, ids: list[int]) -> set[tuple[int, str]]:
    found: set[tuple[int, str]] = set()
    for part in chunks(ids):
        rows = session.execute(
            select(ContactConsent.customer_id, ContactConsent.kind).where(
                ContactConsent.customer_id.in_(part), ContactConsent.granted.is_(False)
            )
        )
        found.update((customer_id, kind) for customer_id, kind in rows)
    return found


@dataclass(frozen=True)
class _Ready:
    candidate: Candidate
    owner_id: int | None
    values: dict[str, str]


def _rendered(c: Candidate, person: _Who, names: dict[int, str]) -> _Ready:
    owner = c.owner_id
    if owner is None and c.draft.owner_role == "sales_consultant":
        owner = person.consultant_id
    consultant = names.get(owner or 0) if c.draft.owner_role == "sales_consultant" else None
    values = {
        "姓名": person.name,
        "顾问": consultant or person.consultant or NO_CONSULTANT,
        "日期": date_text(c.draft.due_date),
        **c.values,
    }
    return _Ready(c, owner, values)


# --- writing --------------------------------------------------------------------------------
def _insert(session: Session, run: Run, ready: list[_Ready]) -> list[Candidate]:
    """Insert the new keys only; a concurrent run's rows are ignored, never doubled."""
    fresh = _new_keys(session, [r.candidate.draft.dedupe_key for r in ready])
    todo = [r for r in ready if r.candidate.draft.dedupe_key in fresh]
    vehicles = _vehicles(session, sorted({r.candidate.vehicle_id for r in todo} - {None}))
    templates = {key: rule.template for key, rule in run.rules.items()}
    rows = [_task_row(r, vehicles, templates) for r in todo]
    for part in chunks(rows):
        session.execute(_insert_ignoring_duplicates(session), part)
    return [r.candidate for r in todo]


def _new_keys(session: Session, keys: list[str]) -> set[str]:
    existing: set[str] = set()
    for part in chunks(keys):
        existing.update(
            session.scalars(
                select(FollowUpTask.dedupe_key).where(FollowUpTask.dedupe_key.in_(part))
            )
        )
    return set(keys) - existing


def _insert_ignoring_duplicates(session: Session):
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(FollowUpTask).on_conflict_do_nothing(index_elements=["dedupe_key"])
    if dialect == "sqlite":
        return sqlite.insert(FollowUpTask).on_conflict_do_nothing(index_elements=["dedupe_key"])
    return insert(FollowUpTask)


def _vehicles(session: Session, ids: list[int]) -> dict[int, tuple[str, str]]:
    found: dict[int, tuple[str, str]] = {}
    for part in chunks(ids):
        rows = session.execute(
            select(Vehicle.id, Vehicle.plate, CarModel.name)
            .outerjoin(CarModel, CarModel.id == Vehicle.model_id)
            .where(Vehicle.id.in_(part))
        )
        found.update({vid: (plate or "", model or "") for vid, plate, model in rows})
    return found


def _task_row(ready: _Ready, vehicles: dict[int, tuple[str, str]], templates: dict) -> dict:
    c, d = ready.candidate, ready.candidate.draft
    plate, model = vehicles.get(c.vehicle_id or 0, ("", ""))
    values = {"车牌": plate, "车型": model or "爱车", **ready.values}
    now = datetime.now()
    return {
        "kind": d.kind, "dedupe_key": d.dedupe_key, "customer_id": c.customer_id,
        "vehicle_id": c.vehicle_id, "owner_id": ready.owner_id, "owner_role": d.owner_role,
        "channel": d.channel.value, "due_date": d.due_date, "due_at": d.due_at,
        "status": TaskStatus.OPEN.value, "attempt": 1,
        "message": d.message or render_template(templates[d.kind], values),
        "source_type": c.source[0] if c.source else None,
        "source_id": c.source[1] if c.source else None,
        "created_at": now, "updated_at": now, "version": 1,
    }  # fmt: skip


# --- tasks that no longer apply -------------------------------------------------------------
NOT_A_PROSPECT = "客户已订车、成交或战败，停止潜客跟进。"
BACK_IN_WORKSHOP = "车辆已回厂，提醒不再需要。"
STEP_PASSED = "投诉已进入下一步、暂停或结案，此时限不再适用。"


def skip_open(session: Session, condition, reason: str, now: datetime) -> int:
    result = session.execute(
        update(FollowUpTask)
        .where(FollowUpTask.status == TaskStatus.OPEN, condition)
        .values(status=TaskStatus.SKIPPED.value, outcome_note=reason, completed_at=now,
                updated_at=now, version=FollowUpTask.version + 1)
        .execution_options(synchronize_session=False)
    )  # fmt: skip
    return result.rowcount or 0


def retire_stale(session: Session, run: Run, now: datetime) -> int:
    return (
        _retire_non_prospects(session, now)
        + _retire_after_service(session, run, now)
        + _sync_complaint_deadlines(session, now)
    )


def _sync_complaint_deadlines(session: Session, now: datetime) -> int:
    """The complaint desk owns its deadline tasks (one per case, the step it runs against
    now); this run only makes sure cases entered without the desk have theirs."""
    with_open_task = select(FollowUpTask.source_id).where(
        FollowUpTask.kind == complaints_calendar.DEADLINE_TASK,
        FollowUpTask.status == TaskStatus.OPEN,
        FollowUpTask.source_type == "complaint",
    )
    cases = session.scalars(
        select(Complaint).where(
            (Complaint.status != ComplaintStatus.CLOSED) | Complaint.id.in_(with_open_task)
        )
    )
    policy = load_policy(session)
    for case in cases:
        complaints_calendar.sync_tasks(session, case, policy, now)
    return 0


def _retire_non_prospects(session: Session, now: datetime) -> int:
    """A prospect who ordered, bought or was lost gets no more prospect calls. Found from
    the open prospect tasks (index on status), then skipped by customer (indexed)."""
    kinds = FollowUpTask.kind.in_(prospects.PROSPECT_KINDS)
    gone = session.scalars(
        select(FollowUpTask.customer_id)
        .join(Customer, Customer.id == FollowUpTask.customer_id)
        .where(FollowUpTask.status == TaskStatus.OPEN, kinds)
        .where((Customer.stage != "prospect") | Customer.intent_level.in_(["O", "F"]))
        .distinct()
    ).all()
    return sum(
        skip_open(session, kinds & FollowUpTask.customer_id.in_(part), NOT_A_PROSPECT, now)
        for part in chunks(list(gone))
    )


def _retire_after_service(session: Session, run: Run, now: datetime) -> int:
    """A car back in the workshop since the last run needs none of the maintenance or
    dormant reminders made before (this runs before the new ones are made)."""
    since = run.since or run.events_since(settings.get(session, "reminders.lookback_days"))
    vehicles = session.scalars(
        select(ServiceVisit.vehicle_id).where(ServiceVisit.checked_in_at > since).distinct()
    ).all()
    kinds = [*vehicle_dates.MAINTENANCE_KINDS, "dormant_6m", "dormant_12m", "dormant_24m"]
    done = 0
    for part in chunks(list(vehicles)):
        condition = FollowUpTask.vehicle_id.in_(part) & FollowUpTask.kind.in_(kinds)
        done += skip_open(session, condition, BACK_IN_WORKSHOP, now)
    return done


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


def _audit_consent(session: Session, row: ContactConsent, old: bool | None, now: datetime) -> None:
    """Every change kept in the audit log; the consent row holds the latest."""
    session.add(
        AuditEntry(
            at=now, action="consent", entity="customer", entity_id=row.customer_id,
            field=row.kind, old_value=None if old is None else str(old),
            new_value=str(row.granted), detail=row.reason,
        )
    )  # fmt: skip


def _skip_refused(session: Session, customer_id: int, kind: str, now: datetime) -> None:
    """Open tasks of the refused kind (by each rule's current contact kind) are skipped."""
    rules = [settings.rule(session, key) for key in reminders.RULE_KEYS]
    keys = [r.key for r in rules if r.contact_kind == kind and not r.always_goes]
    label = {"marketing": "营销", "greetings": "问候", "service": "服务提醒"}.get(kind, kind)
    reason = f"客户于 {now:%Y-%m-%d} 拒绝{label}类联系。"
    skip_open(
        session,
        (FollowUpTask.customer_id == customer_id) & FollowUpTask.kind.in_(keys),
        reason,
        now,
    )


def refused_kinds(session: Session, customer_id: int) -> set[str]:
    return {kind for _cid, kind in _refusals(session, [customer_id])}
