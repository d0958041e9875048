"""Automatic backups while the window is open: at start, then every few hours."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from app import backup, settings
from app.errors import UserError
from app.services.container import Store

log = logging.getLogger("dealerdesk.backup")


class BackupScheduler(QObject):
    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = store
        with store.db.transaction() as session:
            hours = settings.get(session, "backup.every_hours")
        self.timer = QTimer(self, interval=max(1, hours) * 3600 * 1000)
        self.timer.timeout.connect(self.run_now)
        self.last_message = ""

    def start(self) -> None:
        QTimer.singleShot(3000, self.run_now)  # after the window is up, not before
        self.timer.start()

    def run_now(self) -> None:
        try:
            made = backup.automatic_backup(self._services.db, self._services.clock())
        except UserError as error:
            log.warning("automatic backup failed: %s", error.message)
            self.last_message = error.message
            return
        if made is not None:
            log.info("automatic backup written: %s", made.name)
            self.last_message = self.tr("已自动备份：%1").replace("%1", made.name)
