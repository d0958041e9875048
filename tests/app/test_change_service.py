"""The window's poll for what other desks added (walk-ins, check-ins, complaints)."""

from __future__ import annotations

import sqlite3

from app.db import Database
from app.services.changes import ChangeService
from tests.factories import add_customer


def test_the_window_s_poll_for_other_desks_work_does_not_wait_either(
    sqlite_db: Database,
) -> None:
    """Found with --exit-when-ready on a new 20,000-customer store: the poll (every few
    seconds, on the UI thread) waited behind the first reminder run and failed with
    数据库正被其他程序占用 after the busy timeout."""
    add_customer(sqlite_db, "王芳", "13812345678")
    path = sqlite_db.engine.url.database
    assert path is not None
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        assert ChangeService(sqlite_db).stamp().walk_ins == 0
    finally:
        writer.execute("ROLLBACK")
        writer.close()
