"""The follow-up calendar: counts per day, day/week/overdue lists (paged), and acting
on a task (reached, not reached with the next attempt, rescheduled, done, skipped)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, TypeVar

from sqlalchemy import BindParameter, ColumnElement, Dialect, Select, bindparam, func, or_, select
from sqlalchemy.orm import Session, aliased

from .. import settings
from ..db import Database
from ..driver_reads import driver_read
from ..errors import NotFoundError, StaleRecordError, UserError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Channel, Customer, FollowUpTask, StaffUser, TaskStatus, Vehicle
from ..permissions import Actor, require_actor
from ..rules import intent, prospects
from ..rules.reminders import DEFAULT_RULES
from ..rules.tasks import ESCALATION_TASK, TaskDraft, date_text, render_template
from ..validation import clean_text, mask_mobile
from .campaign_calls import follow_call
from .task_store import TaskStore, message_templates

S = TypeVar("S", bound="Select[*tuple[Any, ...]]")  # a SELECT of any columns

OUTCOMES = (
    TaskStatus.REACHED,
    TaskStatus.NOT_REACHED,
    TaskStatus.RESCHEDULED,
    TaskStatus.DONE,
    TaskStatus.SKIPPED,
)
REPACED = "意向级别调整，跟进重新排期。"


@dataclass(frozen=True)
class TaskFilter:
    """`owner_role` with `owner_id`: also the tasks of that role nobody owns yet (the
    customer-service pool, a new car's advisor reminders)."""

    owner_id: int | None = None
    kind: str | None = None
    channel: str | None = None
    owner_role: str | None = None
    customer_id: int | None = None


@dataclass(frozen=True)
class DayCount:
    day: date
    total: int
    open: int
    overdue: int  # open tasks of a day already past


@dataclass(frozen=True)
class MonthCounts:
    days: dict[date, DayCount]
    overdue_total: int  # every open task due before today, whatever the month


@dataclass(frozen=True)
class TaskRow:
    id: int
    version: int
    kind: str
    kind_label: str
    due_date: date
    due_at: datetime | None
    customer_id: int | None
    customer: str | None
    phone: str | None
    intent_level: str | None
    owner_id: int | None
    owner: str | None
    channel: str
    status: str
    attempt: int
    message: str | None
    outcome_note: str | None
    completed_at: datetime | None
    completed_by: str | None
    owner_role: str | None = None  # the role whose pool holds a task nobody owns yet

    @property
    def is_open(self) -> bool:
        return self.status == TaskStatus.OPEN

    @property
    def is_prospect_call(self) -> bool:
        return self.kind in prospects.PROSPECT_KINDS

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "due_date": self.due_date.isoformat(),
            "customer": self.customer,
            "phone": self.phone,
            "owner": self.owner,
            "channel": self.channel,
            "status": self.status,
            "message": self.message,
        }


@dataclass(frozen=True)
class TaskQuery:
    """Which tasks a list shows: a range of due dates, or the overdue ones."""

    start: date | None
    end: date
    filters: TaskFilter = TaskFilter()
    open_only: bool = False
    newest_first: bool = False

    @classmethod
    def history(cls, customer_id: int) -> TaskQuery:
        """Every follow-up of one customer, newest first: the card's history."""
        return cls(None, date.max, TaskFilter(customer_id=customer_id), newest_first=True)

    @classmethod
    def day(cls, day: date, filters: TaskFilter = TaskFilter()) -> TaskQuery:
        return cls(day, day, filters)

    @classmethod
    def week(cls, day: date, filters: TaskFilter = TaskFilter()) -> TaskQuery:
        monday = day - timedelta(days=day.weekday())
        return cls(monday, monday + timedelta(days=6), filters)

    @classmethod
    def overdue(cls, today: date, filters: TaskFilter = TaskFilter()) -> TaskQuery:
        return cls(None, today - timedelta(days=1), filters, open_only=True)


@dataclass
class TaskAction:
    """What the person at the desk decided about one task, in one step."""

    task_id: int
    outcome: str
    staff_id: int | None = None
    note: str | None = None
    version: int | None = None  # the version shown; a newer one means someone else acted
    new_date: date | None = None  # rescheduled: when; not reached: the next attempt
    new_level: str | None = None  # the intent level learnt, from any follow-up
    next_follow_up: date | None = None  # reached/done: the next call, if not the paced one
    rsvp: str | None = None  # a campaign's call reached: "accepted" or "declined"


@dataclass(frozen=True)
class ActResult:
    task: TaskRow
    next_task_id: int | None


ESCALATION_LABEL = QT_TRANSLATE_NOOP("FollowUps", "投诉逾期督办")


def kind_label(kind: str) -> str:
    """The rule's name, marked under "FollowUps" (the window shows it translated)."""
    if kind == ESCALATION_TASK:
        return ESCALATION_LABEL
    rule = DEFAULT_RULES.get(kind)
    return rule.label if rule else kind


class CalendarService:
    def __init__(
        self, db: Database, actor: Actor, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        self.db = db
        self.actor = require_actor(actor)
        self.clock = clock

    # --- reading --------------------------------------------------------------------------
    def month_counts(
        self, year: int, month: int, filters: TaskFilter = TaskFilter()
    ) -> MonthCounts:
        """Tasks per day of the month, counted from the calendar's indexes alone: one
        statement per range of owners (one owner's own and their role's unowned ones)."""
        first = date(year, month, 1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        today = self.clock().date()
        counts: dict[date, tuple[int, int]] = {}
        with self.db.reading(self.actor) as session:
            for whose in _owner_ranges(filters):
                for day, total, open_ in session.execute(_day_counts(first, last, filters, whose)):
                    before = counts.get(day, (0, 0))
                    counts[day] = (before[0] + total, before[1] + open_)
            overdue = session.scalar(_count(TaskQuery.overdue(today, filters))) or 0
        days = {
            day: DayCount(day, total, open_, open_ if day < today else 0)
            for day, (total, open_) in counts.items()
        }
        return MonthCounts(days, overdue)

    def count(self, query: TaskQuery) -> int:
        with self.db.reading(self.actor) as session:
            return session.scalar(_count(query)) or 0

    def page(self, query: TaskQuery, offset: int = 0, limit: int = 200) -> list[TaskRow]:
        statement = _rows(_where(select(), query)).order_by(*_order(query.newest_first))
        with self.db.reading(self.actor) as session:
            rows = session.execute(statement.offset(offset).limit(limit)).all()
            return _to_rows(session, rows)

    def listing(
        self, query: TaskQuery, offset: int = 0, limit: int = 200
    ) -> tuple[int, list[TaskRow]]:
        """How many tasks the list holds, and one page of them: what the tab's worker asks
        for. Both on the driver's cursor (app.driver_reads), the statements compiled once
        per shape of query: two Sessions cost more than the day list's SQL (issue 13)."""
        shaped = _shaped(_shape(query), self.db.engine.dialect)
        values = shaped.values(query)
        with driver_read(self.db) as reader:
            total = reader.rows(shaped.counting, values)[0][0]
            page = {**values, "offset": offset, "limit": limit}
            rows = [shaped.processed(row) for row in reader.rows(shaped.paging, page)]
        templates: dict[str, str] = {}
        if any(row[MESSAGE] is None for row in rows):
            with self.db.reading(self.actor) as session:
                templates = message_templates(session)
        return total, [_to_row(row, templates) for row in rows]

    def task(self, task_id: int) -> TaskRow:
        with self.db.reading(self.actor) as session:
            return _one_row(session, task_id)

    def falling_due(
        self, after: datetime, until: datetime, filters: TaskFilter = TaskFilter()
    ) -> list[TaskRow]:
        """Open tasks with a time that falls due in (after, until]: the desktop notice."""
        query = TaskQuery.day(until.date(), filters)
        statement = _rows(_where(select(), query)).where(
            FollowUpTask.status == TaskStatus.OPEN,
            FollowUpTask.due_at > after,
            FollowUpTask.due_at <= until,
        )
        with self.db.reading(self.actor) as session:
            return _to_rows(session, session.execute(statement.order_by(FollowUpTask.due_at)).all())

    def staff_filter(self, name: str) -> TaskFilter:
        """The list of one staff member, by name or username: theirs and their role's pool."""
        with self.db.reading(self.actor) as session:
            found = session.execute(
                select(StaffUser.id, StaffUser.role).where(
                    (StaffUser.name == name) | (StaffUser.username == name)
                )
            ).first()
        if found is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到员工“{name}”。"), name=name)
        return TaskFilter(owner_id=found[0], owner_role=found[1])

    # --- acting ---------------------------------------------------------------------------
    def act(self, action: TaskAction) -> ActResult:
        """Record the outcome (time and staff member kept) and make what follows: the next
        attempt, the rescheduled call, or the next paced follow-up at the new level."""
        if action.outcome not in OUTCOMES:
            raise ValidationError(
                "outcome",
                QT_TRANSLATE_NOOP("Errors", "处理结果“{outcome}”无效。"),
                outcome=action.outcome,
            )
        now = self.clock()
        note = clean_text(action.note, "note", max_length=500)
        with self.db.transaction(self.actor) as session:
            store = TaskStore(session, self.actor, now)
            task = _open_task(session, action)
            _check(action, note, now.date())
            store.complete(task, TaskStatus(action.outcome), note=note, staff_id=action.staff_id)
            next_id = _follow_on(store, task, action)
            follow_call(session, task, action.rsvp, next_id, now, action.staff_id)
            session.flush()
            return ActResult(_one_row(session, task.id), next_id)

    def message(self, task_id: int) -> str:
        return self.task(task_id).message or ""


# --- queries ----------------------------------------------------------------------------------
def _owner_ranges(filters: TaskFilter) -> list[ColumnElement[bool] | None]:
    """Whose tasks, as ranges of the owner index: one owner's, and with their role also
    the role's tasks nobody owns yet; [None]: everyone's."""
    if filters.owner_id is None:
        return [None]
    own = FollowUpTask.owner_id == filters.owner_id
    if not _given(filters.owner_role):
        return [own]
    pool = FollowUpTask.owner_id.is_(None) & (FollowUpTask.owner_role == filters.owner_role)
    return [own, pool]


def _filtered(statement: S, filters: TaskFilter, whose: list | None = None) -> S:
    """`whose`: the owner ranges to keep (default: all the filter's, either one)."""
    ranges = [r for r in (whose or _owner_ranges(filters)) if r is not None]
    if ranges:
        statement = statement.where(or_(*ranges))
    if filters.customer_id is not None:
        statement = statement.where(FollowUpTask.customer_id == filters.customer_id)
    if _given(filters.kind):
        statement = statement.where(FollowUpTask.kind == filters.kind)
    if _given(filters.channel):
        statement = statement.where(FollowUpTask.channel == filters.channel)
    return statement


def _given(value: object) -> bool:
    """A filter's text is set (a bound parameter stands for one: see _placeholder)."""
    return isinstance(value, BindParameter) or bool(value)


def _day_counts(
    first: date, last: date, filters: TaskFilter, whose: ColumnElement[bool] | None
) -> Select[date, int, int]:
    """Total and open tasks per day of one owner range (>= and <=, not BETWEEN: SQLite
    uses a range inside an OR only when it is written out)."""
    statement = select(
        FollowUpTask.due_date,
        func.count(),
        func.count().filter(FollowUpTask.status == TaskStatus.OPEN),
    ).where(FollowUpTask.due_date >= first, FollowUpTask.due_date <= last)
    return _filtered(statement, filters, [whose]).group_by(FollowUpTask.due_date)


def _where(statement: Select, query: TaskQuery) -> Select:
    if query.open_only:
        statement = statement.where(FollowUpTask.status == TaskStatus.OPEN)
    if query.start is not None:
        statement = statement.where(FollowUpTask.due_date >= query.start)
    statement = statement.where(FollowUpTask.due_date <= query.end)
    return _filtered(statement, query.filters)


def _count(query: TaskQuery) -> Select:
    return _where(select(func.count(FollowUpTask.id)), query)


def _order(newest_first: bool) -> list[ColumnElement[Any]]:
    columns = (FollowUpTask.due_date, FollowUpTask.due_at, FollowUpTask.id)
    return [column.desc() if newest_first else column.asc() for column in columns]


# --- the list on the driver's cursor (listing) -----------------------------------------------
Shape = tuple[bool, ...]  # which of a query's values are given (see _shape)


def _shape(query: TaskQuery) -> Shape:
    f = query.filters
    given = (f.owner_id, f.owner_role if f.owner_id is not None else None, f.customer_id)
    return (query.start is not None, query.open_only, query.newest_first,
            *(value is not None for value in given), bool(f.kind), bool(f.channel))  # fmt: skip


@dataclass(frozen=True)
class _Shaped:
    """A query shape's count and page, values as bound parameters (compiled once each),
    with the column types' conversions the driver's rows need (SQLite's dates are text)."""

    counting: Select
    paging: Select
    processors: tuple[Callable[[Any], Any] | None, ...]
    to_date: Callable[[Any], Any] | None

    def values(self, query: TaskQuery) -> dict[str, Any]:
        f, day = query.filters, self.to_date or (lambda value: value)
        return {"start": day(query.start) if query.start else None, "end": day(query.end),
                "owner_id": f.owner_id, "owner_role": f.owner_role,
                "customer_id": f.customer_id, "kind": f.kind, "channel": f.channel}  # fmt: skip

    def processed(self, row: tuple[Any, ...]) -> tuple[Any, ...]:
        pairs = zip(self.processors, row, strict=True)
        return tuple(value if go is None else go(value) for go, value in pairs)


@lru_cache(maxsize=64)
def _shaped(shape: Shape, dialect: Dialect) -> _Shaped:
    placeholder = _placeholder(shape)
    paging = _rows(_where(select(), placeholder)).order_by(*_order(shape[2]))
    paging = paging.offset(bindparam("offset")).limit(bindparam("limit"))
    processors = tuple(
        column.type.dialect_impl(dialect).result_processor(dialect, None)
        for column in paging.selected_columns
    )
    to_date = FollowUpTask.due_date.type.dialect_impl(dialect).bind_processor(dialect)
    return _Shaped(_count(placeholder), paging, processors, to_date)


def _placeholder(shape: Shape) -> TaskQuery:
    """A TaskQuery of that shape whose values are bound parameters."""
    start, open_only, newest_first, owner, role, customer, kind, channel = shape
    named: Any = lambda name, given: bindparam(name) if given else None  # noqa: E731
    filters = TaskFilter(named("owner_id", owner), named("kind", kind),
                         named("channel", channel), named("owner_role", role),
                         named("customer_id", customer))  # fmt: skip
    return TaskQuery(named("start", start), named("end", True), filters, open_only, newest_first)


Owner = aliased(StaffUser)
Completer = aliased(StaffUser)


# A list row's columns, not the FollowUpTask entity: a page of 200 entities (identity map,
# instance state) cost more than twice its SQL (calendar_today_all_owners, issue 13).
TASK_COLUMNS = (
    FollowUpTask.id, FollowUpTask.version, FollowUpTask.kind, FollowUpTask.due_date,
    FollowUpTask.due_at, FollowUpTask.customer_id, FollowUpTask.owner_id, FollowUpTask.channel,
    FollowUpTask.status, FollowUpTask.attempt, FollowUpTask.message, FollowUpTask.outcome_note,
    FollowUpTask.completed_at, FollowUpTask.owner_role,
)  # fmt: skip


def _rows(statement: Select) -> Select:
    return (
        statement.add_columns(
            *TASK_COLUMNS, Customer.name.label("customer"), Customer.mobile,
            Customer.intent_level, Owner.name.label("owner"),
            Completer.name.label("completer"), Vehicle.plate,
        )
        .select_from(FollowUpTask)
        .outerjoin(Customer, Customer.id == FollowUpTask.customer_id)
        .outerjoin(Owner, Owner.id == FollowUpTask.owner_id)
        .outerjoin(Completer, Completer.id == FollowUpTask.completed_by_id)
        .outerjoin(Vehicle, Vehicle.id == FollowUpTask.vehicle_id)
    )  # fmt: skip


def _one_row(session: Session, task_id: int) -> TaskRow:
    row = session.execute(_rows(select()).where(FollowUpTask.id == task_id)).first()
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到该回访任务。"))
    return _to_rows(session, [row])[0]


def _to_rows(session: Session, rows: Sequence[Any]) -> list[TaskRow]:
    """Messages are written when a task is made; a task from before that is worded from
    the templates read once for the whole page."""
    templates = message_templates(session) if any(r.message is None for r in rows) else {}
    return [_to_row(row, templates) for row in rows]


MESSAGE = 10  # a row's message, by position (see _to_row)


def _to_row(row, templates: dict[str, str]) -> TaskRow:
    # Unpacked by position: a Row's attributes by name cost twice the page's SQL.
    (id_, version, kind, due_date, due_at, customer_id, owner_id, channel, status, attempt,
     message, outcome_note, completed_at, owner_role, customer, mobile, level, owner,
     completer, plate) = row  # fmt: skip
    return TaskRow(
        id=id_, version=version, kind=kind, kind_label=kind_label(kind),
        due_date=due_date, due_at=due_at, customer_id=customer_id,
        customer=customer, phone=mask_mobile(mobile), intent_level=level,
        owner_id=owner_id, owner=owner, channel=channel, status=status, attempt=attempt,
        message=message or _worded(kind, due_date, templates, customer, owner, plate),
        outcome_note=outcome_note, completed_at=completed_at, completed_by=completer,
        owner_role=owner_role,
    )  # fmt: skip


def _worded(
    kind: str,
    due_date: date,
    templates: dict[str, str],
    name: str | None,
    owner: str | None,
    plate: str | None,
) -> str:
    if kind not in templates:
        return ""
    values = {"姓名": name or "", "顾问": owner or "我们", "车牌": plate or "", "车型": "爱车",
              "日期": date_text(due_date)}  # fmt: skip
    return render_template(templates[kind], values)


# --- acting -----------------------------------------------------------------------------------
def _open_task(session: Session, action: TaskAction) -> FollowUpTask:
    task = session.get(FollowUpTask, action.task_id)
    if task is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到该回访任务。"))
    if action.version is not None and task.version != action.version:
        raise StaleRecordError(QT_TRANSLATE_NOOP("Errors", "回访任务"))
    if task.status != TaskStatus.OPEN:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "该回访任务已经处理过了。"))
    return task


def _check(action: TaskAction, note: str | None, today: date) -> None:
    if action.outcome == TaskStatus.RESCHEDULED and action.new_date is None:
        raise ValidationError("new_date", QT_TRANSLATE_NOOP("Errors", "改期请选择新的日期。"))
    if action.new_date is not None and action.new_date < today:
        raise ValidationError("new_date", QT_TRANSLATE_NOOP("Errors", "新的日期不能早于今天。"))
    if action.outcome == TaskStatus.SKIPPED and not note:
        raise ValidationError("note", QT_TRANSLATE_NOOP("Errors", "跳过任务请填写原因。"))
    if action.next_follow_up is not None and action.next_follow_up < today:
        raise ValidationError(
            "next_follow_up", QT_TRANSLATE_NOOP("Errors", "下次跟进日期不能早于今天。")
        )


def _follow_on(store: TaskStore, task: FollowUpTask, action: TaskAction) -> int | None:
    if action.new_level and task.customer_id:
        _set_level(store.session, task.customer_id, action.new_level)
    if action.outcome == TaskStatus.NOT_REACHED:
        retry = settings.get(store.session, "reminders.not_reached_retry_days")
        due = action.new_date or store.now.date() + timedelta(days=retry)
        return _copy(store, task, due, f"#{task.attempt + 1}", task.attempt + 1)
    if action.outcome == TaskStatus.RESCHEDULED:
        assert action.new_date is not None  # _check made sure
        return _copy(store, task, action.new_date, f">{action.new_date:%Y%m%d}", task.attempt)
    if action.outcome in (TaskStatus.REACHED, TaskStatus.DONE) and task.customer_id:
        return _after_contact(store, task, action)
    return None


def _set_level(session: Session, customer_id: int, level: str) -> None:
    """The level learnt from any follow-up (a call, an SMS answered, a visit)."""
    levels = intent.levels_from_setting(settings.get(session, "sales.intent_levels"))
    if not intent.is_known(level, intent.prospect_levels(levels)):
        raise ValidationError(
            "new_level", QT_TRANSLATE_NOOP("Errors", "意向级别“{level}”无效。"), level=level
        )
    customer = session.get(Customer, customer_id)
    if customer is not None:
        customer.intent_level = level


def _copy(store: TaskStore, task: FollowUpTask, due: date, suffix: str, attempt: int):
    """The same task on another day: the next attempt, or the rescheduled one."""
    key = f"{task.dedupe_key}{suffix}"
    if store.session.scalar(select(FollowUpTask.id).where(FollowUpTask.dedupe_key == key)):
        key = f"{key}.{task.id}"
    draft = TaskDraft(
        kind=task.kind, dedupe_key=key[:120], due_date=due, due_at=None,
        channel=Channel(task.channel), owner_role=task.owner_role or "", message=task.message,
        attempt=attempt,
    )  # fmt: skip
    return _made_from(store, task, draft)


def _made_from(store: TaskStore, task: FollowUpTask, draft: TaskDraft) -> int | None:
    made = store.make(
        [draft], customer_id=task.customer_id, owner_id=task.owner_id, vehicle_id=task.vehicle_id,
        source=("follow_up_task", task.id),
    )  # fmt: skip
    return made[0].id if made else None


def _after_contact(store: TaskStore, task: FollowUpTask, action: TaskAction) -> int | None:
    """After a prospect call (or a level learnt from any task): the next paced call."""
    customer = store.session.get(Customer, task.customer_id)
    if customer is None or (task.kind not in prospects.PROSPECT_KINDS and not action.new_level):
        return _explicit_next(store, task, action)
    if not prospects.still_prospect(customer.stage, customer.intent_level):
        return None
    return repace(store, task, customer, action)


def repace(store: TaskStore, task: FollowUpTask, customer: Customer, action: TaskAction):
    """The paced follow-ups start again from today at the (new) level; older open ones go.
    Also what a level changed on the customer's card does (CustomerService)."""
    session = store.session
    levels = intent.levels_from_setting(settings.get(session, "sales.intent_levels"))
    rule = settings.rule(session, prospects.PACED)
    made = prospects.next_follow_up(
        rule, customer.id, customer.intent_level, store.now.date(), levels
    )
    key = made.dedupe_key if made else ""
    paced = (FollowUpTask.customer_id == customer.id) & (FollowUpTask.kind == prospects.PACED)
    store.skip(paced & (FollowUpTask.dedupe_key != key), REPACED)
    if made is None:
        return None
    due = action.next_follow_up or made.due_date
    existing = session.scalar(select(FollowUpTask).where(FollowUpTask.dedupe_key == key))
    if existing is not None and existing.status == TaskStatus.OPEN:
        store.move(existing, due)
        return existing.id
    if existing is not None:
        key = f"{key}#{task.id}"
    return _made_from(store, task, made._replace(dedupe_key=key, due_date=due))


def _explicit_next(store: TaskStore, task: FollowUpTask, action: TaskAction):
    if action.next_follow_up is None:
        return None
    day = action.next_follow_up
    return _copy(store, task, day, f">{day:%Y%m%d}", 1)
