"""The task store: the one module that makes, skips, completes, moves and retires
follow-up tasks (style.md, practice 15). Every way into the calendar comes through here
(a walk-in's departure, the next step after a call, a handover, a check-in handover,
the reminder run, a complaint's deadline, the demo's history), so one set of rules holds:

- consent per kind of contact, as the rule catalogue declares it (`contact_kind`;
  recall, warranty and complaint deadlines always go), and calls that exist only to win
  a sale are made only for customers who are still prospects;
- one task per dedupe key, and never two open tasks for the same customer, kind,
  source, vehicle and due day;
- the message is written when the task is made, so a calendar page needs no query per row;
- every change bumps the optimistic-lock version and is in the audit trail under the
  actor (a bulk run: one summary entry).

tests/test_task_store_is_the_only_writer.py fails if another module writes the table.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Select,
    any_,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from .. import audit, settings
from ..bulk_load import BulkLoader
from ..models import (
    AuditEntry,
    CarModel,
    ContactConsent,
    Customer,
    FollowUpTask,
    StaffUser,
    TaskStatus,
    Vehicle,
)
from ..models.base import table_of
from ..permissions import Actor, require_actor
from ..rules import prospects
from ..rules.reminders import DEFAULT_RULES, SALES, merged
from ..rules.tasks import ESCALATION_TASK, TaskDraft, date_text, render_template

CHUNK = 500
ENTITY = FollowUpTask.__tablename__
NO_CONSULTANT = "我们"
NO_VEHICLE = "爱车"
NO_MODEL_OF_INTEREST = "心仪的车型"
# The store's own work (a manager chasing an overdue complaint): no contact with the
# customer, so no consent is needed.
INTERNAL_KINDS = frozenset({ESCALATION_TASK})
CONSENT_LABELS = {"marketing": "营销", "greetings": "问候", "service": "服务提醒"}

Source = tuple[str, int]


@dataclass(frozen=True)
class Candidate:
    """A draft with whom it concerns, before consent and de-duplication decide."""

    draft: TaskDraft
    customer_id: int | None
    vehicle_id: int | None = None
    owner_id: int | None = None
    values: dict[str, str] = field(default_factory=dict)  # extra placeholder values
    source: Source | None = None


@dataclass(frozen=True)
class BulkResult:
    made: list[Candidate]
    refused_by_consent: int
    not_prospects: int


class PastTask(NamedTuple):
    """A task of the past, already dealt with or left open (the demo's history): a
    candidate with its outcome. Made by the million, so a named tuple."""

    draft: TaskDraft
    customer_id: int | None
    vehicle_id: int | None
    owner_id: int | None
    values: dict[str, str]  # extra placeholder values
    source: Source | None
    created_at: datetime
    status: TaskStatus
    completed_at: datetime | None = None
    completed_by_id: int | None = None
    outcome_note: str | None = None

    @property
    def candidate(self) -> Candidate:
        return Candidate(self.draft, self.customer_id, self.vehicle_id, self.owner_id,
                         self.values, self.source)  # fmt: skip


def needed_consent(kind: str) -> str | None:
    """The consent a kind of task needs; None: it goes whatever the customer refused."""
    if kind in INTERNAL_KINDS:
        return None
    rule = DEFAULT_RULES.get(kind)
    if rule is None:
        raise ValueError(f"no reminder rule declares the task kind {kind!r}")
    return None if rule.always_goes else rule.contact_kind


def kinds_needing(consent_kind: str) -> list[str]:
    """The kinds of task a refusal of this kind of contact stops."""
    return [kind for kind in DEFAULT_RULES if needed_consent(kind) == consent_kind]


def chunks(items: list, size: int = CHUNK) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass(frozen=True)
class _Who:
    name: str
    stage: str
    level: str
    consultant_id: int | None
    consultant: str | None


NOBODY = _Who("", "", "", None, None)


@dataclass(frozen=True)
class _Ready:
    candidate: Candidate
    owner_id: int | None
    person: _Who
    consultant: str | None  # the owner's name, for a sales consultant's task

    @property
    def values(self) -> dict[str, str]:
        """The template's placeholders (only a task without its message needs them)."""
        return _placeholders(self.candidate, self.person, self.consultant)

    @property
    def key(self) -> str:
        return self.candidate.draft.dedupe_key

    @property
    def identity(self) -> tuple:
        c = self.candidate
        source = c.source or (None, None)
        return (c.customer_id, c.draft.kind, *source, c.vehicle_id, c.draft.due_date)


@dataclass(frozen=True)
class _Admission:
    ready: list[_Ready]
    refused_by_consent: int
    not_prospects: int


class TaskStore:
    """Follow-up tasks, in the caller's transaction, for the actor the caller acts for.

    `now` is the caller's clock: when a task is completed, skipped or retired."""

    def __init__(self, session: Session, actor: Actor, now: datetime) -> None:
        self.session = session
        self.actor = require_actor(actor)
        self.now = now

    # --- making ---------------------------------------------------------------------------
    def make(
        self,
        drafts: Iterable[TaskDraft],
        *,
        customer_id: int | None,
        owner_id: int | None = None,
        vehicle_id: int | None = None,
        source: Source | None = None,
        values: Mapping[str, str] | None = None,
    ) -> list[FollowUpTask]:
        """Make the drafts the customer's consent allows and the calendar lacks; returns
        the tasks made now (none: refused, or already there)."""
        extra = dict(values or {})
        candidates = [
            Candidate(d, customer_id, vehicle_id, owner_id, extra, source) for d in drafts
        ]
        rows, _admission = self._prepared(candidates)
        tasks = [FollowUpTask(**_orm_fields(row)) for _ready, row in rows]
        self.session.add_all(tasks)
        self.session.flush()
        for task in tasks:
            self._audit("create", task.id, detail=task.kind)
        return tasks

    def make_in_bulk(self, candidates: list[Candidate]) -> BulkResult:
        """The reminder run: the same rules, set-based (a query per 500 customers, the
        rows loaded in bulk, one audit entry for the run)."""
        rows, admission = self._prepared(candidates)
        self._insert([row for _ready, row in rows])
        if rows:
            self._audit("create", None, detail=f"提醒生成：新建 {len(rows)} 条回访任务")
        return BulkResult(
            [ready.candidate for ready, _row in rows],
            admission.refused_by_consent,
            admission.not_prospects,
        )

    def record_history(self, past: list[PastTask]) -> int:
        """Tasks of the past (the demo's years, millions of them): consent, keys and
        messages as for new ones, their outcome as it was, loaded in bulk (COPY on
        PostgreSQL); a key already taken keeps its task. Returns how many were written."""
        by_key: dict[str, PastTask] = {}
        for p in past:
            by_key.setdefault(p.draft.dedupe_key, p)
        ids = sorted({p.customer_id for p in by_key.values() if p.customer_id is not None})
        session = _flushed(self.session)
        who, refusals = _who(session, ids), _refusals(session, ids)
        consent = {kind: needed_consent(kind) for kind in {p.draft.kind for p in by_key.values()}}
        allowed = [
            (p, person)
            for p in by_key.values()
            if (person := NOBODY if p.customer_id is None else who.get(p.customer_id))
            and (p.customer_id, consent[p.draft.kind]) not in refusals
        ]
        allowed = self._open_once(allowed)
        writing = _HistoryWriting(
            names=_staff_names(self.session, {p.owner_id for p, _ in allowed if p.owner_id}),
            vehicles=_vehicles(self.session, sorted(
                {p.vehicle_id for p, _ in allowed if p.vehicle_id and p.draft.message is None}
            )),
            templates=message_templates(self.session),
        )  # fmt: skip
        rows = [writing.row(p, person) for p, person in allowed]
        loader = BulkLoader(self.session)
        written = loader.load_new(table_of(FollowUpTask), rows, "dedupe_key", TASK_COLUMNS)
        if written:
            self._audit("create", None, detail=f"演示数据：写入 {written} 条回访记录")
        return written

    def _open_once(self, allowed: list[tuple[PastTask, _Who]]) -> list[tuple[PastTask, _Who]]:
        """Of the history, only the tasks left open could be a second open task."""
        still_open = [
            _Ready(p.candidate, _owner(p.candidate, person), person, None)
            for p, person in allowed
            if p.status == TaskStatus.OPEN
        ]
        kept = {r.key for r in self._not_twice(still_open)}
        return [
            (p, w) for p, w in allowed if p.status != TaskStatus.OPEN or p.draft.dedupe_key in kept
        ]

    # --- changing -------------------------------------------------------------------------
    def complete(
        self, task: FollowUpTask, outcome: TaskStatus, *, note: str | None, staff_id: int | None
    ) -> None:
        """Record what came of an open task: when, by whom, with the note."""
        old = task.status
        task.status, task.outcome_note = TaskStatus(outcome), note
        task.completed_at, task.completed_by_id = self.now, staff_id
        self._audit("edit", task.id, field="status", old=old, new=task.status, detail=note)

    def move(
        self,
        task: FollowUpTask,
        due_date: date,
        *,
        due_at: datetime | None = None,
        message: str | None = None,
    ) -> None:
        """Put an open task on another day (and time); `message`: its new wording."""
        old = task.due_date
        task.due_date, task.due_at = due_date, due_at
        if message is not None:
            task.message = message
        if old != due_date:
            self._audit("edit", task.id, field="due_date", old=old, new=due_date)

    def skip(self, condition: ColumnElement[bool], reason: str) -> int:
        """Skip the open tasks the condition picks (they no longer apply), with the reason."""
        return len(self._close(condition, TaskStatus.SKIPPED, reason))

    def retire(self, condition: ColumnElement[bool], reason: str) -> int:
        """Close the open tasks the condition picks as done: their moment has passed
        (a complaint's step answered or paused)."""
        return len(self._close(condition, TaskStatus.DONE, reason))

    def skip_refused(self, customer_id: int, consent_kind: str) -> int:
        """A customer refused a kind of contact: their open tasks of that kind go."""
        label = CONSENT_LABELS.get(consent_kind, consent_kind)
        reason = f"客户于 {self.now:%Y-%m-%d} 拒绝{label}类联系。"
        kinds = FollowUpTask.kind.in_(kinds_needing(consent_kind))
        return self.skip((FollowUpTask.customer_id == customer_id) & kinds, reason)

    def discard_untouched(self, condition: ColumnElement[bool], why: str) -> int:
        """Delete the open tasks the condition picks that nobody has worked on (version 1):
        what an undone import takes back with the customers it made. Audited."""
        untouched = condition & (FollowUpTask.status == TaskStatus.OPEN)
        ids = list(self.session.scalars(
            select(FollowUpTask.id).where(untouched, FollowUpTask.version == 1)
        ))  # fmt: skip
        if ids:
            self.session.execute(delete(FollowUpTask).where(FollowUpTask.id.in_(ids)))
            self._audit("delete", None, detail=f"{why}：{len(ids)} 条未处理的回访任务")
        return len(ids)

    def reassign_customer(self, condition: ColumnElement[bool], customer_id: int | None) -> int:
        """The tasks the condition picks concern another customer now (a case re-linked)."""
        ids = self._update(condition, {"customer_id": customer_id})
        self._audit_each(ids, field="customer_id", new=customer_id)
        return len(ids)

    def _prepared(
        self, candidates: list[Candidate], prospects_only: bool = True
    ) -> tuple[list[tuple[_Ready, tuple]], _Admission]:
        """New keys first (one query, so a rerun costs little), then consent, then no
        second open task for the same thing, then the rows with their message."""
        _flushed(self.session)
        fresh = self._new_keys(candidates)
        if not fresh:
            return [], _Admission([], 0, 0)
        admission = self._admit(fresh, prospects_only)
        return self._rows(self._not_twice(admission.ready)), admission

    # --- who may be contacted ---------------------------------------------------------------
    def _admit(self, candidates: list[Candidate], prospects_only: bool) -> _Admission:
        ids = sorted({c.customer_id for c in candidates if c.customer_id is not None})
        who, refusals = _who(self.session, ids), _refusals(self.session, ids)
        owners = {c.owner_id for c in candidates if c.owner_id is not None}
        names = _staff_names(self.session, owners)
        ready, refused, not_prospects = [], 0, 0
        for c in candidates:
            person = NOBODY if c.customer_id is None else who.get(c.customer_id)
            if person is None:
                continue  # the customer is gone
            if prospects_only and _not_a_prospect(c, person):
                not_prospects += 1
            elif (c.customer_id, needed_consent(c.draft.kind)) in refusals:
                refused += 1
            else:
                ready.append(_rendered(c, person, names))
        return _Admission(ready, refused, not_prospects)

    # --- de-duplication ---------------------------------------------------------------------
    def _new_keys(self, candidates: list[Candidate]) -> list[Candidate]:
        """One candidate per key (the first), and only keys never made before."""
        unique: dict[str, Candidate] = {}
        for c in candidates:
            unique.setdefault(c.draft.dedupe_key, c)
        taken = _existing_keys(self.session, list(unique))
        return [c for key, c in unique.items() if key not in taken]

    def _not_twice(self, ready: list[_Ready]) -> list[_Ready]:
        """No second open task for the same customer, kind, source, vehicle and day."""
        seen = _open_identities(self.session, ready)
        kept = []
        for r in ready:
            if (identity := r.identity) not in seen:
                kept.append(r)
                seen.add(identity)
        return kept

    # --- writing ----------------------------------------------------------------------------
    def _rows(self, ready: list[_Ready]) -> list[tuple[_Ready, tuple]]:
        if not ready:
            return []
        ids = sorted({r.candidate.vehicle_id for r in ready if r.candidate.vehicle_id is not None})
        vehicles = _vehicles(self.session, ids)
        templates = message_templates(self.session)
        now = datetime.now()  # rows are stamped by the wall clock (reminders.rows_seen_at)
        return [(r, _task_row(r, vehicles, templates, now)) for r in ready]

    def _insert(self, rows: list[tuple]) -> None:
        """A concurrent writer's rows are ignored, never doubled (the key is unique).
        Loaded as the history is (an executemany of tuples, COPY on PostgreSQL): the
        rows are complete, and SQLAlchemy's per-value conversions were most of a
        78,000-task seasonal run's insert."""
        loader = BulkLoader(self.session)
        loader.load_new(table_of(FollowUpTask), rows, "dedupe_key", TASK_COLUMNS)

    def _close(self, condition: ColumnElement[bool], status: TaskStatus, note: str) -> list[int]:
        values = {"status": status.value, "outcome_note": note, "completed_at": self.now}
        ids = self._update((FollowUpTask.status == TaskStatus.OPEN) & condition, values)
        self._audit_each(ids, field="status", old=TaskStatus.OPEN, new=status, detail=note)
        return ids

    def _update(self, condition: ColumnElement[bool], values: dict) -> list[int]:
        """One UPDATE; the version goes up, loaded copies are refreshed."""
        statement = (
            update(FollowUpTask)
            .where(condition)
            .values(**values, updated_at=datetime.now(), version=FollowUpTask.version + 1)
            .returning(FollowUpTask.id)
            .execution_options(synchronize_session="fetch")
        )
        return list(self.session.scalars(statement))

    # --- audit ------------------------------------------------------------------------------
    def _audit(self, action: str, task_id: int | None, **details) -> None:
        audit.record(
            self.session, self.actor, action, at=self.now, entity=ENTITY, entity_id=task_id,
            **details,
        )  # fmt: skip

    def _audit_each(self, ids: list[int], *, field: str, old=None, new=None, detail=None) -> None:
        rows = [
            {"at": self.now, "staff_id": self.actor.staff_id, "action": "edit", "entity": ENTITY,
             "entity_id": task_id, "field": field, "old_value": _text(old),
             "new_value": _text(new), "detail": detail}
            for task_id in ids
        ]  # fmt: skip
        for part in chunks(rows):
            self.session.execute(insert(AuditEntry), part)


# --- reading what the rules need ---------------------------------------------------------------
def _not_a_prospect(candidate: Candidate, person: _Who) -> bool:
    return (
        candidate.draft.kind in prospects.PROSPECT_KINDS
        and candidate.customer_id is not None
        and not prospects.still_prospect(person.stage, person.level)
    )


# The lookups read the Core tables: rows as plain tuples, no ORM rows to build for the
# tens of thousands a seasonal run asks about. The ORM's autoflush does not run for
# them: the store flushes before it reads (`_flushed`).
CUSTOMERS, CONSENTS, STAFF = table_of(Customer), table_of(ContactConsent), table_of(StaffUser)
TASKS, VEHICLES, MODELS = table_of(FollowUpTask), table_of(Vehicle), table_of(CarModel)


def _flushed(session: Session) -> Session:
    """The session, with what the caller added so far written (the reads below see it)."""
    session.flush()
    return session


def _read(session: Session, statement: Select[Any]) -> Sequence[Any]:
    return session.execute(statement).all()


# On PostgreSQL a lookup's values go as one array (`= ANY(%s)`): an IN list of 500 values
# is expanded by SQLAlchemy and parsed again by psycopg for every statement (a third of
# a 19,000-task seasonal run at 50,000 customers), and an array holds many more values a
# round trip. SQLite keeps IN lists of CHUNK values (its limit on parameters).
ARRAY_CHUNK = 10_000


def _among(session: Session, column: Any, values: list) -> Iterator[ColumnElement[bool]]:
    """`column IN values`, as the conditions of a few statements."""
    if session.get_bind().dialect.name != "postgresql":
        yield from (column.in_(part) for part in chunks(values))
        return
    for part in chunks(values, ARRAY_CHUNK):
        yield column == any_(bindparam(None, part, type_=ARRAY(column.type)))


def _who(session: Session, ids: list[int]) -> dict[int, _Who]:
    found: dict[int, _Who] = {}
    c = CUSTOMERS.c
    for among in _among(session, c.id, ids):
        rows = _read(
            session,
            select(c.id, c.name, c.stage, c.intent_level, c.consultant_id, STAFF.c.name)
            .outerjoin(STAFF, STAFF.c.id == c.consultant_id)
            .where(among),
        )
        found.update({r[0]: _Who(*r[1:]) for r in rows})
    return found


def _refusals(session: Session, ids: list[int]) -> set[tuple[int, str]]:
    found: set[tuple[int, str]] = set()
    c = CONSENTS.c
    for among in _among(session, c.customer_id, ids):
        rows = _read(session, select(c.customer_id, c.kind).where(among, c.granted.is_(False)))
        found.update((customer_id, kind) for customer_id, kind in rows)
    return found


def refused_kinds(session: Session, customer_id: int) -> set[str]:
    """The kinds of contact one customer refused."""
    return {kind for _customer, kind in _refusals(_flushed(session), [customer_id])}


def _staff_names(session: Session, ids: set[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for among in _among(session, STAFF.c.id, sorted(ids)):
        rows = _read(session, select(STAFF.c.id, STAFF.c.name).where(among))
        found.update({staff_id: name for staff_id, name in rows})
    return found


def not_made_yet(session: Session, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates whose key no task has (a read: the run drops what earlier runs made
    before it writes; make_in_bulk checks again in its own transaction)."""
    taken = _existing_keys(session, [c.draft.dedupe_key for c in candidates])
    return [c for c in candidates if c.draft.dedupe_key not in taken]


def _existing_keys(session: Session, keys: list[str]) -> set[str]:
    found: set[str] = set()
    for among in _among(session, TASKS.c.dedupe_key, keys):
        rows = _read(session, select(TASKS.c.dedupe_key).where(among))
        found.update(key for (key,) in rows)
    return found


# A customer's read probes their tasks, done or open (tens after a few years): reading
# the open tasks of the days instead pays off below this many of them per customer.
TASKS_LOOKED_AT_PER_CUSTOMER = 10
IDENTITY = (
    TASKS.c.customer_id, TASKS.c.kind, TASKS.c.source_type, TASKS.c.source_id,
    TASKS.c.vehicle_id, TASKS.c.due_date,
)  # fmt: skip


def _open_identities(session: Session, ready: list[_Ready]) -> set[tuple]:
    """Open tasks of these customers on these days, as (customer, kind, source, vehicle, day).
    Read by customer (a few open tasks each, but every task of theirs looked at), or, for
    many customers, by day (index on status and day) when the days hold fewer open tasks
    than the customers' reads would look at: a seasonal run's 78,000 customers on one day."""
    with_customer = [r for r in ready if r.candidate.customer_id is not None]
    days = sorted({r.candidate.draft.due_date for r in with_customer})
    customers = {c for r in with_customer if (c := r.candidate.customer_id) is not None}
    many = len(customers) > CHUNK  # a single read by customer is cheap whatever the days
    if many and len(customers) * TASKS_LOOKED_AT_PER_CUSTOMER >= _open_on(session, days):
        return _open_by_day(session, days, customers)
    found: set[tuple] = set()
    wanted = set(days)
    for among in _among(session, TASKS.c.customer_id, sorted(customers)):
        rows = _read(
            session, select(*IDENTITY).where(among, TASKS.c.status == TaskStatus.OPEN.value)
        )
        found.update(tuple(row) for row in rows if row.due_date in wanted)
    return found


def _open_on(session: Session, days: list[date]) -> int:
    """How many open tasks fall due on these days (counted in the index alone)."""
    return sum(
        session.scalar(
            select(func.count())
            .select_from(TASKS)
            .where(TASKS.c.status == TaskStatus.OPEN.value, among)
        )
        or 0
        for among in _among(session, TASKS.c.due_date, days)
    )


def _open_by_day(session: Session, days: list[date], customers: set[int]) -> set[tuple]:
    found: set[tuple] = set()
    for among in _among(session, TASKS.c.due_date, days):
        rows = _read(
            session, select(*IDENTITY).where(TASKS.c.status == TaskStatus.OPEN.value, among)
        )
        found.update(tuple(row) for row in rows if row.customer_id in customers)
    return found


def _vehicles(session: Session, ids: list[int]) -> dict[int, tuple[str, str]]:
    found: dict[int, tuple[str, str]] = {}
    for among in _among(session, VEHICLES.c.id, ids):
        rows = _read(
            session,
            select(VEHICLES.c.id, VEHICLES.c.plate, MODELS.c.name)
            .outerjoin(MODELS, MODELS.c.id == VEHICLES.c.model_id)
            .where(among),
        )
        found.update({vid: (plate or "", model or "") for vid, plate, model in rows})
    return found


def message_templates(session: Session) -> dict[str, str]:
    """Each rule's wording with the manager's changes (one settings read)."""
    overrides = settings.get(session, "reminders.rules")
    return {key: merged(key, overrides.get(key)).template for key in DEFAULT_RULES}


# --- one row ----------------------------------------------------------------------------------
def _owner(c: Candidate | PastTask, person: _Who) -> int | None:
    """The task's owner; a sales consultant's task without one: the customer's consultant."""
    if c.owner_id is None and c.draft.owner_role == SALES:
        return person.consultant_id
    return c.owner_id


def _rendered(c: Candidate, person: _Who, names: dict[int, str]) -> _Ready:
    owner = _owner(c, person)
    consultant = names.get(owner or 0) if c.draft.owner_role == SALES else None
    return _Ready(c, owner, person, consultant)


def _placeholders(c: Candidate | PastTask, person: _Who, consultant: str | None) -> dict[str, str]:
    return {
        "姓名": person.name,
        "顾问": consultant or person.consultant or NO_CONSULTANT,
        "日期": date_text(c.draft.due_date),
        **c.values,
    }


def _message(ready: _Ready, vehicles: dict[int, tuple[str, str]], templates: dict) -> str | None:
    """The rule's wording with the customer's, the car's and the staff member's names."""
    c = ready.candidate
    return _worded(c.draft.kind, c.vehicle_id, ready.values, vehicles, templates)


def _worded(
    kind: str, vehicle_id: int | None, values: dict[str, str],
    vehicles: dict[int, tuple[str, str]], templates: dict,
) -> str | None:  # fmt: skip
    template = templates.get(kind)
    if not template:
        return None
    plate, model = vehicles.get(vehicle_id or 0, ("", ""))
    no_model = NO_MODEL_OF_INTEREST if kind in prospects.PROSPECT_KINDS else NO_VEHICLE
    return render_template(template, {"车牌": plate, "车型": model or no_model, **values})


def _task_row(
    ready: _Ready, vehicles: dict[int, tuple[str, str]], templates: dict, now: datetime
) -> tuple:
    """One new task, as TASK_COLUMNS."""
    c, d = ready.candidate, ready.candidate.draft
    source_type, source_id = c.source or (None, None)
    return (
        d.kind, d.dedupe_key, c.customer_id, c.vehicle_id, ready.owner_id, d.owner_role,
        d.channel.value, d.due_date, d.due_at, TaskStatus.OPEN.value,
        d.message or _message(ready, vehicles, templates), None, None, None, d.attempt,
        source_type, source_id, now, now, 1,
    )  # fmt: skip


def _orm_fields(row: tuple) -> dict:
    bookkeeping = {"created_at", "updated_at", "version"}
    return {name: value for name, value in zip(TASK_COLUMNS, row, strict=True)
            if name not in bookkeeping}  # fmt: skip


# The columns a task is loaded with (a new one or one of the past), in the table's
# order (the id is the database's next one; a column added later gets its default).
TASK_COLUMNS = (
    "kind", "dedupe_key", "customer_id", "vehicle_id", "owner_id", "owner_role", "channel",
    "due_date", "due_at", "status", "message", "outcome_note", "completed_at",
    "completed_by_id", "attempt", "source_type", "source_id", "created_at", "updated_at",
    "version",
)  # fmt: skip


@dataclass(frozen=True)
class _HistoryWriting:
    """What writing the rows of past tasks reads once per batch."""

    names: dict[int, str]  # staff
    vehicles: dict[int, tuple[str, str]]  # plate, model
    templates: dict[str, str]

    def row(self, p: PastTask, person: _Who) -> tuple:
        """One task of the past, as TASK_COLUMNS; updated when it was dealt with."""
        d = p.draft
        owner = _owner(p, person)
        message = d.message
        if message is None:
            consultant = self.names.get(owner or 0) if d.owner_role == SALES else None
            values = _placeholders(p, person, consultant)
            message = _worded(d.kind, p.vehicle_id, values, self.vehicles, self.templates)
        source_type, source_id = p.source or (None, None)
        return (
            d.kind, d.dedupe_key, p.customer_id, p.vehicle_id, owner, d.owner_role,
            d.channel.value, d.due_date, d.due_at, p.status.value, message,
            p.outcome_note, p.completed_at, p.completed_by_id, d.attempt,
            source_type, source_id, p.created_at, p.completed_at or p.created_at, 1,
        )  # fmt: skip


def _text(value: object) -> str | None:
    return None if value is None else str(value)
