"""Replacing the store's SQLite database by a backup, from the window: the store
manager's decision, checked here, whoever calls."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from .. import backup
from ..db import Database
from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..permissions import Actor, Permission, require_actor


class RestoreService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = require_actor(actor)

    def check_allowed(self) -> None:
        self.actor.require(Permission.MANAGE_BACKUPS)
        if not self.db.is_sqlite:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors", "PostgreSQL 数据库请由 IT 用 pg_restore 在服务器上恢复。"
                )
            )

    def backup_folder(self) -> Path:
        return backup.backup_folder(self.db)

    def restore(self, chosen: Path, now: datetime) -> Path:
        """Closes this program's own connections and lock, then restores (refused while
        another window or workstation has the database open); returns where the current
        database was kept aside."""
        self.check_allowed()
        self.db.dispose()  # they reopen by themselves if the restore is refused
        return backup.restore_sqlite(backup.sqlite_file(self.db), chosen, now)
