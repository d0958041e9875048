"""Where the demo's rows go: one transaction on the database, with what makes a large
bulk load fast on a NEW database only (the secondary indexes made once at the end, a
big page cache, SQLite's pages written once), and the follow-up history through the
task store. The same whether the story is told in this process or in another one
(app.demo.writer_process).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from .. import audit
from ..bulk_load import BulkLoader, without_indexes
from ..db import Database
from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Customer, FollowUpTask
from ..models.base import table_of
from ..permissions import SYSTEM
from ..rules.tasks import TaskDraft
from ..services.task_store import PastTask, TaskStore
from .writer import TABLES, TABLES_BY_NAME, Chunk, advance_sequences

SQLITE_CACHE_KIB = 256 * 1024
# Kept while the fill runs: read then (the task store looks up a customer's open tasks),
# or led by an id that grows as the story goes (customer by customer, car by car), or by
# a value of a few kinds (then the row id, which grows): each row goes at the end of its
# part of the index, as cheap as building it after, and not after the story is told (a
# writer process keeps them up to date while the story is being told; the indexes made
# at the end are the last minute of a large fill, with nothing else to do beside them).
INDEXES_KEPT = frozenset({
    "ix_follow_up_tasks_customer_id", "ix_follow_up_tasks_vehicle_id",
    "ix_follow_up_tasks_kind", "ix_follow_up_tasks_source",
    "ix_service_visits_customer_id", "ix_service_visits_vehicle_checked_in",
    "ix_service_visits_status",
    "ix_work_items_service_visit_id", "ix_odometer_readings_vehicle_km",
    "ix_odometer_readings_vehicle_read", "ix_showroom_visits_customer_id",
    "ix_sales_orders_customer_id", "ix_vehicles_owner_id", "ix_vehicles_model_id",
    "ix_deliveries_vehicle_id", "ix_customers_stage", "ix_customers_intent_level",
})  # fmt: skip


# A follow-up task of the past as the story makes it, by the million: a plain tuple, the
# draft's fields then PastTask's others (named tuples and dataclasses cost a Python call
# each to make, and pickle through Python code row by row on their way to a writer).
# Its moments (due, made, dealt with) as the demo's rows hold them: on SQLite already as
# the text stored (app.demo.writer.Writer.stored), which pickles several times faster;
# so does its due day as an ordinal (date.toordinal), made a date again for the store.
FlatTask = tuple[Any, ...]
DRAFT_FIELDS = 8


def flat_task(task: PastTask) -> FlatTask:
    draft = task.draft
    return (draft.kind, draft.dedupe_key, draft.due_date.toordinal(), draft.due_at, draft.channel,
            draft.owner_role, draft.message, draft.attempt, *task[1:])  # fmt: skip


# As namedtuple's _make: every field given, the tuple made in C (a named tuple's __new__
# is Python code binding each field by name, a few million times in a writer).
_made: Any = tuple.__new__


def past_task(flat: FlatTask) -> PastTask:
    draft = _made(TaskDraft, (flat[0], flat[1], date.fromordinal(flat[2]), *flat[3:DRAFT_FIELDS]))
    past: PastTask = _made(PastTask, (draft, *flat[DRAFT_FIELDS:]))
    return past


class Loading:
    """Loads the chunks of one fill in the transaction of `session`."""

    def __init__(self, session: Session, now: datetime) -> None:
        self.session, self.now = session, now
        self.loader = BulkLoader(session)
        self.tasks_written = 0

    def write(self, chunk: Chunk, tasks: list[FlatTask]) -> None:
        """The rows, then their follow-up history through the task store (consent as
        the customers gave it, which is written with them)."""
        for name, rows in chunk:
            self.loader.load(TABLES_BY_NAME[name], rows)
        store = TaskStore(self.session, SYSTEM, self.now)
        self.tasks_written += store.record_history([past_task(task) for task in tasks])

    def close(self, customers: int) -> int:
        """The fill is complete: its audit entry; returns the follow-up tasks written."""
        advance_sequences(self.session)
        detail = f"演示数据：{customers} 位客户，{self.tasks_written} 条回访记录"
        audit.record(self.session, SYSTEM, "create", at=self.now, entity="demo", detail=detail)
        return self.tasks_written


@contextmanager
def collecting_per_chunk() -> Iterator[None]:
    """Python's collector would go over the objects the fill keeps again and again while
    millions of rows are made (a sixth of the CPU time): it waits for the end of each
    chunk (`gc.collect(1)` there: what the chunk made, cycles and all), which keeps
    memory bounded all the same."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def loading(db: Database, now: datetime) -> Iterator[Loading]:
    """One transaction for the whole fill: an interrupted run leaves the database as it
    was. Refuses a database that has customers."""
    with _pages_written_once(db), db.transaction(SYSTEM) as session:
        refuse_a_store_with_customers(customers_in(session))
        usual_cache = _large_sqlite_cache(session)
        with without_indexes(session, [*TABLES, table_of(FollowUpTask)], INDEXES_KEPT):
            yield Loading(session, now)
        _set_sqlite_cache(session, usual_cache)
        _refresh_statistics(session)


def customers_in(session: Session) -> int:
    return session.scalar(select(func.count(Customer.id))) or 0


def refuse_a_store_with_customers(existing: int) -> None:
    if existing:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "数据库中已有 {existing} 位客户。演示数据只写入没有客户的数据库，以免与真实"
                "客户混在一起；请用 --db 指定一个新的数据库文件，或加 --if-empty 跳过。",
            ),
            existing=existing,
        )


@contextmanager
def _pages_written_once(db: Database) -> Iterator[None]:
    """SQLite: the fill writes its pages once, to the file, under a rollback journal (a
    new file's pages need none); WAL would write them twice, to the log and then the
    file. WAL again after it, as every connection sets it (app.db). Another program
    having the file open keeps it in WAL: then this changes nothing."""
    if not db.is_sqlite:
        yield
        return
    db.close_connections()  # the pool's idle connections hold the WAL open
    _journal_mode(db, "DELETE")
    try:
        yield
    finally:
        _journal_mode(db, "WAL")


def _journal_mode(db: Database, mode: str) -> None:
    connection = db.engine.raw_connection()  # outside a transaction, as the pragma wants
    try:
        cursor = connection.cursor()
        cursor.execute(f"PRAGMA journal_mode={mode}")
        cursor.close()
    finally:
        connection.close()


def _refresh_statistics(session: Session) -> None:
    """Bulk inserts leave the planner's statistics stale: without them PostgreSQL scanned
    every vehicle to find a phone's last four digits."""
    dialect = session.get_bind().dialect.name
    session.execute(text("ANALYZE" if dialect == "postgresql" else "PRAGMA optimize"))


def _large_sqlite_cache(session: Session) -> int | None:
    """A bigger page cache keeps the index pages of a large fill in memory. Returns the
    connection's usual setting, to give it back before it returns to the pool."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    usual: int = session.scalar(text("PRAGMA cache_size"))
    _set_sqlite_cache(session, -SQLITE_CACHE_KIB)
    return usual


def _set_sqlite_cache(session: Session, size: int | None) -> None:
    if size is not None:
        session.execute(text(f"PRAGMA cache_size={int(size)}"))
