"""Reads at the speed of the driver, for a box that searches as someone types.

A search by plate runs in ~0.007 ms on the driver's own cursor; the same statement through
an SQLAlchemy Session takes ~0.11 ms, through a Connection checked out for it ~0.03–0.06
ms (checkout, BEGIN, result wrapping; 20,000 customers on SQLite). So a lookup's Core
statement, built once and kept, is compiled once (`compiled_once`), and each search runs
the SQL text on a driver cursor (`driver_read`): on SQLite of its thread's kept
connection (app.kept_connections), otherwise of one checked out of the engine's pool.

Only reads of one statement each belong here: no BEGIN is issued (SQLite's connection is
in autocommit mode, see app.db, so a SELECT reads its own snapshot and never waits for a
writer; on PostgreSQL the read runs in autocommit mode, no transaction). Listeners of
the engine's `before_cursor_execute` see every statement, as with any other execute.
"""

from __future__ import annotations

import threading
from collections import namedtuple
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Dialect, Engine, Insert, Select
from sqlalchemy.exc import DBAPIError

from .db import Database, environment_problem

Kept = Select[Any] | Insert  # a statement built once and kept, run again and again


@dataclass(frozen=True)
class CompiledRead:
    """A statement as its dialect's SQL text, with how to pass it values, and its rows'
    shape (named tuples with the statement's column names; a SELECT's)."""

    sql: str
    defaults: Mapping[str, Any]  # the values compiled in (LIMIT), by parameter name
    order: tuple[str, ...] | None  # a positional paramstyle's order; None: by name
    make_row: Callable[[Iterable[Any]], tuple[Any, ...]]
    # What the dialect makes of a value before the driver gets it (SQLite: a datetime as
    # text), by parameter name: applied by `typed_arguments` only (a read's callers pass
    # values as the driver takes them: app.services.calendar converts its dates itself).
    processors: Mapping[str, Callable[[Any], Any]] = field(default_factory=dict)

    def arguments(self, values: Mapping[str, Any]) -> Sequence[Any] | dict[str, Any]:
        given = {**self.defaults, **values}
        return given if self.order is None else [given[name] for name in self.order]

    def typed_arguments(self, values: Mapping[str, Any]) -> Sequence[Any] | dict[str, Any]:
        """The arguments of Python values, converted as the columns' types convert them."""
        given = dict(values)
        for name, process in self.processors.items():
            if name in given:
                given[name] = process(given[name])
        return self.arguments(given)


def compiled(statement: Kept, dialect: Dialect) -> CompiledRead:
    """Compile once (keep the result: compiling costs more than running)."""
    done = statement.compile(dialect=dialect)
    order = tuple(done.positiontup or ()) if done.positional else None
    processors = {
        name: process
        for name, bind in done.binds.items()
        if (process := bind.type.dialect_impl(dialect).bind_processor(dialect)) is not None
    }
    columns = statement.selected_columns.keys() if isinstance(statement, Select) else []
    row = namedtuple("Row", columns)  # type: ignore[misc]
    return CompiledRead(str(done), done.params, order, row._make, processors)


_COMPILED: dict[tuple[str, Kept], CompiledRead] = {}
KEPT = 512  # statements built once each (per lookup mode and limit): a few dozen in use


# SQLAlchemy's ORM compiles of statements that share an alias are not safe to run in two
# threads at once: the calendar's three lists, read on workers together, once rendered
# `JOIN staff_users AS staff_users_1 ON staff_users.id = …` (1 launch in 3) and failed.
_COMPILING = threading.Lock()


def compiled_once(statement: Kept, dialect: Dialect) -> CompiledRead:
    """`statement` compiled for `dialect`, the first time it is asked for (one compile
    at a time)."""
    key = (dialect.name, statement)
    read = _COMPILED.get(key)
    if read is None:
        with _COMPILING:
            read = _COMPILED.get(key)
            if read is None:
                if len(_COMPILED) >= KEPT:
                    _COMPILED.clear()
                read = _COMPILED[key] = compiled(statement, dialect)
    return read


class DriverReader:
    """Runs reads on one driver cursor (see driver_read)."""

    def __init__(self, engine: Engine, cursor: Any) -> None:
        self.engine = engine
        self.cursor = cursor

    def rows(self, statement: Select[Any], values: Mapping[str, Any]) -> list[Any]:
        """The rows of `statement` (kept and run again: compiled once) with `values`."""
        read = compiled_once(statement, self.engine.dialect)
        self.run_sql(read.sql, read.arguments(values))
        return [read.make_row(row) for row in self.cursor.fetchall()]

    def run_sql(self, sql: str, arguments: Sequence[Any] | Mapping[str, Any] = ()) -> None:
        for listener in self.engine.dispatch.before_cursor_execute:
            listener(None, self.cursor, sql, arguments, None, False)
        self.cursor.execute(sql, arguments)


@contextmanager
def driver_read(db: Database) -> Iterator[DriverReader]:
    """A driver connection's cursor for a few one-statement reads (on SQLite, the
    thread's kept connection: app.kept_connections; otherwise one of the engine's pool);
    the driver's errors become app.db's messages (a locked, missing or unreachable
    database)."""
    dbapi_error = db.engine.dialect.loaded_dbapi.Error
    if db.kept is not None:
        try:
            cursor = db.kept.driver_connection().cursor()
        except DBAPIError as exc:
            raise environment_problem(exc) from exc
        except dbapi_error as exc:
            raise environment_problem(DBAPIError(None, None, exc)) from exc
        try:
            yield DriverReader(db.engine, cursor)
        except dbapi_error as exc:
            raise environment_problem(DBAPIError(None, None, exc)) from exc
        finally:
            cursor.close()
        return
    with _pooled_read(db, dbapi_error) as reader:
        yield reader


@contextmanager
def _pooled_read(db: Database, dbapi_error: type[Exception]) -> Iterator[DriverReader]:
    try:
        connection = db.engine.raw_connection()
    except DBAPIError as exc:
        raise environment_problem(exc) from exc
    raw: Any = connection.driver_connection
    # PostgreSQL: no BEGIN before the read and no ROLLBACK after it (two of a search's
    # three round trips); psycopg switches while idle, and the pool gets it back as it
    # hands connections out. SQLite's connection is in autocommit mode already.
    switch = db.engine.dialect.name == "postgresql"
    try:
        if switch:
            raw.autocommit = True
        cursor = connection.cursor()
        try:
            yield DriverReader(db.engine, cursor)
        finally:
            cursor.close()
    except dbapi_error as exc:
        raise environment_problem(DBAPIError(None, None, exc)) from exc
    finally:
        if switch:
            raw.autocommit = False
        connection.close()  # back to the pool (nothing is left open to roll back)
