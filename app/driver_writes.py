"""A short transaction on the driver's cursor, for a search that must leave a trace: a
search by phone number writes its audit entry in the transaction it reads in
(app.services.search).

Through a Session the same work cost 4-5x the statements themselves (the unit of work
flushing one row, the session's begin and commit: a median 0.88 ms against 0.19 ms at
200,000 customers on SQLite, load ~2.6 on 2 cores); this way 0.24 ms. The statements
are compiled once and run on a pooled connection's cursor (as app.driver_reads runs
reads), in the transaction Database.transaction would open: SQLite's BEGIN IMMEDIATE
(see app.db), PostgreSQL's implicit BEGIN; committed at the end, rolled back on any
error. Listeners of the engine's `before_cursor_execute` see every statement.

Only appends belong here (an audit entry): app.change_audit sees nothing written this
way, so no record people edit may be written through it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from typing import Any

from sqlalchemy import Engine, Insert
from sqlalchemy.exc import DBAPIError

from .db import Database, begin_writing, environment_problem
from .driver_reads import DriverReader, compiled_once


class DriverWriter(DriverReader):
    """Runs reads and inserts on one driver cursor, in one transaction (driver_write)."""

    def __init__(self, engine: Engine, cursor: Any) -> None:
        super().__init__(engine, cursor)
        self.wrote = False

    def insert(self, statement: Insert, values: Mapping[str, Any]) -> None:
        """`statement` (kept and run again: compiled once) with `values`."""
        written = compiled_once(statement, self.engine.dialect)
        self.run_sql(written.sql, written.typed_arguments(values))
        self.wrote = True


@contextmanager
def driver_write(db: Database) -> Iterator[DriverWriter]:
    """A pooled driver connection's cursor in a transaction, committed when the block
    ends; the driver's errors become app.db's messages."""
    dbapi_error = db.engine.dialect.loaded_dbapi.Error
    try:
        connection = db.engine.raw_connection()
    except DBAPIError as exc:
        raise environment_problem(exc) from exc
    writer: DriverWriter | None = None
    raw_driver: Any = connection.driver_connection
    try:
        cursor = connection.cursor()
        try:
            writer = DriverWriter(db.engine, cursor)
            if db.is_sqlite:  # its connections are in autocommit mode (app.db)
                begin_writing(raw_driver)
            yield writer
            connection.commit()
        except BaseException:
            with suppress(dbapi_error):  # the first error is the one to tell
                connection.rollback()
            raise
        finally:
            cursor.close()
    except dbapi_error as exc:
        wrote = writer is not None and writer.wrote
        raise environment_problem(DBAPIError(None, None, exc), wrote=wrote) from exc
    finally:
        connection.close()  # back to the pool
