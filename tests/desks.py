"""Another desk on the same SQLite file, for tests of who holds its one write lock."""

from __future__ import annotations

import sqlite3

from app.db import Database, sqlite_path


def a_desk_can_save_now(db: Database) -> bool:
    """Whether another connection (another desk's save) gets the write lock at once."""
    path = sqlite_path(db.url)
    assert path is not None, "a SQLite file"
    desk = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        desk.execute("BEGIN IMMEDIATE")
        desk.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError:  # database is locked
        return False
    finally:
        desk.close()
