"""The floor of a database figure: the SQL a service sent, replayed on a bare DB-API
connection (sqlite3 or psycopg, no SQLAlchemy, no ORM, no Python around it but the
fetch).

`capture(engine)` records every statement the engine's cursors execute (with their
parameters, as the driver got them) while a service call runs; `BareConnection.replay`
runs the same statements in the same order, fetches what they return, and commits if
they began a transaction. Writes the call made (the audit row of a phone search) are
replayed too: the floor does the same work in the database, only without our stack.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import psycopg
from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url


@dataclass(frozen=True)
class Statement:
    sql: str
    parameters: Any
    many: bool


SQLITE_SETTINGS = ("PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON")
COMMIT, ROLLBACK = Statement("COMMIT", None, False), Statement("ROLLBACK", None, False)


@contextmanager
def capture(engine: Engine) -> Iterator[list[Statement]]:
    """The statements the engine executes inside the `with` block, and where each of
    its transactions ended (COMMIT, ROLLBACK: the driver's calls, not statements)."""
    seen: list[Statement] = []

    def record(
        _conn: object, _cursor: object, sql: str, parameters: Any, _context: object, many: bool
    ) -> None:
        seen.append(Statement(sql, parameters, many))

    listeners: dict[str, Callable[..., None]] = {
        "before_cursor_execute": record,
        "commit": lambda _conn: seen.append(COMMIT),
        "rollback": lambda _conn: seen.append(ROLLBACK),
    }
    for name, listener in listeners.items():
        event.listen(engine, name, listener)
    try:
        yield seen
    finally:
        for name, listener in listeners.items():
            event.remove(engine, name, listener)


class BareConnection:
    """A plain driver connection to the database a URL names."""

    def __init__(self, url: str) -> None:
        parsed = make_url(url)
        self.dialect = parsed.get_backend_name()
        if self.dialect == "sqlite":
            # autocommit mode: the captured BEGIN IMMEDIATE opens the transaction, as ours
            self.connection: Any = sqlite3.connect(parsed.database or "", isolation_level=None)
            for setting in SQLITE_SETTINGS:  # the app's connection's (app.db): the same
                self.connection.execute(setting)  # work for a write (an fsync, FK checks)
        else:
            plain = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
            self.connection = psycopg.connect(plain)

    def replay(self, statements: list[Statement]) -> None:
        cursor = self.connection.cursor()
        for statement in statements:
            if statement is COMMIT:
                self.commit()
            elif statement is ROLLBACK:
                self.connection.rollback()
            elif statement.many:
                cursor.executemany(statement.sql, statement.parameters)
            else:
                cursor.execute(statement.sql, statement.parameters)
                if cursor.description is not None:
                    cursor.fetchall()
        self.commit()

    def commit(self) -> None:
        if self.dialect != "sqlite" or self.connection.in_transaction:
            self.connection.commit()

    def close(self) -> None:
        self.connection.close()


def dml_only(statements: list[Statement]) -> list[Statement]:
    """Without the statements SQLAlchemy sends once per connection (PostgreSQL's version
    and settings probes): what one service call asks of the database."""
    probes = ("select pg_catalog.version()", "select current_schema()", "show ")
    return [s for s in statements if not s.sql.lower().startswith(probes)]
