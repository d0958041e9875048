"""The search box's reads on the driver's cursor: no transaction left open; on SQLite a
connection kept per thread (closed with the database), elsewhere the pool's, given back
as the pool hands connections out."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlalchemy import select

from app.db import Database
from app.driver_reads import driver_read
from app.models import Customer
from tests.factories import add_customer

BY_NAME = select(Customer.id, Customer.name).where(Customer.name == "张三")  # built once


def test_a_read_sees_what_was_saved_and_opens_no_transaction(db: Database) -> None:
    made = add_customer(db, "张三", "13812345678")
    postgres = db.engine.dialect.name == "postgresql"
    with driver_read(db) as reader:
        assert reader.rows(BY_NAME, {}) == [(made, "张三")]
        if postgres:
            assert reader.cursor.connection.info.transaction_status == 0  # idle: no BEGIN
    with db.engine.connect() as connection:  # the pool's next connection behaves as ever
        if postgres:
            assert connection.connection.driver_connection.autocommit is False
        assert connection.scalar(select(Customer.name).where(Customer.id == made)) == "张三"


def test_a_read_after_a_change_sees_the_change(db: Database) -> None:
    add_customer(db, "李四", "13912345678")
    with driver_read(db) as reader:
        assert reader.rows(BY_NAME, {}) == []
    made = add_customer(db, "张三", "13812345678")
    with driver_read(db) as reader:
        assert reader.rows(BY_NAME, {}) == [(made, "张三")]


def _connection_used(db: Database) -> object:
    with driver_read(db) as reader:
        reader.rows(BY_NAME, {})
        return reader.cursor.connection


def test_a_thread_keeps_its_own_sqlite_connection_outside_the_pool(sqlite_db: Database) -> None:
    first = _connection_used(sqlite_db)
    assert _connection_used(sqlite_db) is first  # kept between reads
    assert sqlite_db.engine.pool.checkedout() == 0  # the pool's size never counts it
    other: list[object] = []
    worker = threading.Thread(target=lambda: other.append(_connection_used(sqlite_db)))
    worker.start()
    worker.join()
    assert other[0] is not first  # each thread its own


def test_closed_connections_are_replaced_at_the_next_read(sqlite_db: Database) -> None:
    """As a restore does before it replaces the file: nothing may stay open on it."""
    first = _connection_used(sqlite_db)
    sqlite_db.dispose()
    with pytest.raises(sqlite3.ProgrammingError):
        first.execute("SELECT 1")  # type: ignore[attr-defined]
    made = add_customer(sqlite_db, "张三", "13812345678")
    with driver_read(sqlite_db) as reader:
        assert reader.rows(BY_NAME, {}) == [(made, "张三")]
        assert reader.cursor.connection is not first


def test_an_in_memory_database_reads_through_its_pool() -> None:
    """Another connection to :memory: would be another, empty, database."""
    memory = Database("sqlite://").open()
    try:
        assert memory.kept is None
        made = add_customer(memory, "张三", "13812345678")
        with driver_read(memory) as reader:
            assert reader.rows(BY_NAME, {}) == [(made, "张三")]
    finally:
        memory.dispose()
