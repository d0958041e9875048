"""Loading many rows at once, for the demo fill and the task store's history.

Rows are tuples in the order of the columns named (by default all of the table's,
`column_names`), holding the values the models hold (datetime, date, Decimal, bool).
On SQLite one executemany of the table's Core INSERT per batch, the values stored as
SQLAlchemy's own column types store them (tests/app/test_bulk_load.py holds the two to
the same text); on PostgreSQL COPY through psycopg. Both in the caller's transaction:
nothing is half loaded.

A load of millions of rows runs faster with the tables' secondary indexes made once at
the end (one sort) instead of kept up to date row by row: `without_indexes`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from operator import methodcaller
from typing import Any

from sqlalchemy import Connection, Index, Table, insert, inspect
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

Row = tuple[Any, ...]
Converter = Callable[[Any], Any]
BATCH_ROWS = 20_000


def column_names(table: Table) -> tuple[str, ...]:
    return tuple(column.key for column in table.columns)


# How SQLAlchemy's column types store values in SQLite, as sqlite3 adapters (C methods:
# no Python call per value): DATETIME "2026-11-23 09:30:00.000000", always with its
# microseconds; DATE "2026-11-23"; NUMERIC a float. bool is an int to sqlite3 already.
SQLITE_ADAPTERS: dict[type, Converter] = {
    datetime: methodcaller("isoformat", " ", "microseconds"),
    date: date.isoformat,
    Decimal: float,
}


@contextmanager
def _sqlite_stores_as_sqlalchemy() -> Iterator[None]:
    """sqlite3's adapters are the process's: set for the load, given back after it."""
    protocol = sqlite3.PrepareProtocol
    before = {kind: sqlite3.adapters.get((kind, protocol)) for kind in SQLITE_ADAPTERS}
    for kind, adapt in SQLITE_ADAPTERS.items():
        sqlite3.register_adapter(kind, adapt)
    try:
        yield
    finally:
        for kind, usual in before.items():
            if usual is None:
                sqlite3.adapters.pop((kind, protocol), None)
            else:
                sqlite3.register_adapter(kind, usual)


class BulkLoader:
    """Loads rows into tables in the session's transaction."""

    def __init__(self, session: Session) -> None:
        self.connection: Connection = session.connection()
        self.postgresql = self.connection.dialect.name == "postgresql"
        self._sql: dict[tuple[str, tuple[str, ...], str | None], str] = {}

    def load(self, table: Table, rows: Sequence[Row], columns: Sequence[str] = ()) -> int:
        """Insert every row; returns how many. A column left out gets its server default
        (an id left out: the next one)."""
        if not rows:
            return 0
        names = tuple(columns or column_names(table))
        if self.postgresql:
            self._copy(table.name, names, rows)
            return len(rows)
        return self._executemany(table, names, rows, unique=None)

    def load_new(
        self, table: Table, rows: Sequence[Row], unique: str, columns: Sequence[str] = ()
    ) -> int:
        """Insert the rows whose `unique` column value is not taken yet (a row taken by
        another writer is left as it is); returns how many were inserted."""
        if not rows:
            return 0
        names = tuple(columns or column_names(table))
        if self.postgresql:
            return self._copy_new(table, names, rows, unique)
        return self._executemany(table, names, rows, unique)

    # --- SQLite ---------------------------------------------------------------------------
    def _executemany(
        self, table: Table, columns: tuple[str, ...], rows: Sequence[Row], unique: str | None
    ) -> int:
        sql = self._statement(table, columns, unique)
        inserted = 0
        with _sqlite_stores_as_sqlalchemy():
            for start in range(0, len(rows), BATCH_ROWS):
                batch = rows[start : start + BATCH_ROWS]
                inserted += self.connection.exec_driver_sql(sql, batch).rowcount
        return inserted

    def _statement(self, table: Table, columns: tuple[str, ...], unique: str | None) -> str:
        """The table's Core INSERT as SQL with one placeholder per column, in this order."""
        key = (table.name, columns, unique)
        if key not in self._sql:
            statement = (
                insert(table)
                if unique is None
                else (sqlite.insert(table).on_conflict_do_nothing(index_elements=[unique]))
            )
            compiled = statement.values({name: None for name in columns}).compile(
                dialect=self.connection.dialect
            )
            if tuple(compiled.positiontup or ()) != columns:
                raise ValueError(f"columns of {table.name} not in the table's order: {columns}")
            self._sql[key] = str(compiled)
        return self._sql[key]

    # --- PostgreSQL -----------------------------------------------------------------------
    def _copy(self, target: str, columns: tuple[str, ...], rows: Iterable[Row]) -> None:
        names = ", ".join(f'"{name}"' for name in columns)
        raw = self.connection.connection.driver_connection
        assert raw is not None, "a connection in a transaction has its driver's connection"
        with raw.cursor() as cursor, cursor.copy(f'COPY "{target}" ({names}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)

    def _copy_new(
        self, table: Table, columns: tuple[str, ...], rows: Sequence[Row], unique: str
    ) -> int:
        """COPY into a scratch table of these columns (no defaults: the ids are the
        table's to give), then insert what is new from it."""
        scratch = f"bulk_{table.name}"
        names = ", ".join(f'"{name}"' for name in columns)
        self.connection.exec_driver_sql(f'DROP TABLE IF EXISTS "{scratch}"')
        self.connection.exec_driver_sql(
            f'CREATE TEMPORARY TABLE "{scratch}" ON COMMIT DROP AS '
            f'SELECT {names} FROM "{table.name}" WITH NO DATA'
        )
        self._copy(scratch, columns, rows)
        inserted = self.connection.exec_driver_sql(
            f'INSERT INTO "{table.name}" ({names}) SELECT {names} FROM "{scratch}" '
            f'ON CONFLICT ("{unique}") DO NOTHING'
        ).rowcount
        self.connection.exec_driver_sql(f'DROP TABLE "{scratch}"')
        return inserted


def secondary_indexes(connection: Connection, tables: Iterable[Table]) -> list[Index]:
    """The tables' non-unique indexes the database has (unique ones guard the data)."""
    found = []
    inspector = inspect(connection)
    for table in tables:
        present = {ix["name"] for ix in inspector.get_indexes(table.name)}
        found += [ix for ix in table.indexes if not ix.unique and ix.name in present]
    return found


@contextmanager
def without_indexes(
    session: Session, tables: Iterable[Table], keep: Collection[str] = ()
) -> Iterator[list[Index]]:
    """Drop the tables' secondary indexes (but those named in `keep`: read during the
    load) for a bulk load and make them again after it, in the same transaction (a
    failed load rolls the drop back with everything else)."""
    connection = session.connection()
    dropped = [ix for ix in secondary_indexes(connection, tables) if ix.name not in keep]
    for index in dropped:
        index.drop(connection)
    yield dropped
    for index in dropped:
        index.create(connection)
