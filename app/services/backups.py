"""The backups the window makes by itself (at start, then every few hours): how often,
from the store's settings, and the backup itself, pruned by the same settings.

Nobody signs these in: they copy the whole database for the store, whoever sits at the
window, and are not an export of anyone's data (`backup` on the command line, and
restoring, need the store manager)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from .. import backup
from ..db import Database


class AutomaticBackupService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def every_hours(self) -> int:
        """Hours between two automatic backups (setting backup.every_hours), at least 1."""
        return max(1, backup.policy_from_settings(self.db).every_hours)

    def run(self, now: datetime) -> Path | None:
        """A backup now, unless one was made minutes ago (then None), or on PostgreSQL,
        which is backed up on its server."""
        return backup.automatic_backup(self.db, now)
