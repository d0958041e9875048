"""The planner's statistics follow the store's growth: SQLite's PRAGMA optimize runs as a
connection closes, and a database busy with another writer is not waited for."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert, select

from app.db import Database
from app.models import Customer

NOW = datetime(2026, 11, 30, 9, 0)


def grow(db: Database, count: int) -> None:
    rows = [dict(name=f"客户{i}", name_initials="kh", name_pinyin="kehu", mobile=f"139{i:08d}",
                 mobile_last4=f"{i % 10_000:04d}", created_at=NOW, updated_at=NOW)
            for i in range(count)]  # fmt: skip
    with db.engine.begin() as connection:
        connection.execute(insert(Customer), rows)
        connection.execute(select(Customer.id).where(Customer.name_initials == "kh")).all()


def statistics(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT idx FROM sqlite_stat1 WHERE tbl = 'customers'")
        return [idx for (idx,) in rows]


def test_closing_the_database_brings_the_statistics_up_to_date(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    db = Database(f"sqlite:///{path}").open()
    assert statistics(path) == []  # made empty: nothing to measure yet
    grow(db, 3000)
    db.dispose()
    assert "ix_customers_name_initials" in statistics(path)


def test_a_database_another_writer_holds_is_closed_without_waiting(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    db = Database(f"sqlite:///{path}").open()
    grow(db, 3000)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        db.dispose()  # PRAGMA optimize meets the lock: skipped, not waited for 10 s
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert statistics(path) == []
