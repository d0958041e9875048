"""Automatic backups while the window is open: at start, then every few hours, each on a
worker thread (a copy of a large database takes seconds; the window never waits)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.errors import UserError
from app.services.container import Store

from .i18n import error_text
from .jobs import JobRunner

log = logging.getLogger("dealerdesk.backup")


class BackupScheduler(QObject):
    finished = Signal(str)  # what the last run said

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._backups = store.backups()
        self.jobs = JobRunner(self)
        self.timer = QTimer(self, interval=self._backups.every_hours() * 3600 * 1000)
        self.timer.timeout.connect(self.run_now)
        self.last_message = ""

    def start(self) -> None:
        QTimer.singleShot(3000, self.run_now)  # after the window is up, not before
        self.timer.start()

    def run_now(self) -> None:
        backups, now = self._backups, self._store.clock()
        self.jobs.start("backup", lambda _progress: backups.run(now), self._made, self._failed)

    def _made(self, made: Path | None) -> None:
        if made is not None:
            log.info("automatic backup written: %s", made.name)
            self.last_message = self.tr("已自动备份：%1").replace("%1", made.name)
        self.finished.emit(self.last_message)

    def _failed(self, error: BaseException) -> None:
        message = error_text(error) if isinstance(error, UserError) else str(error)
        log.warning("automatic backup failed: %s", message)
        self.last_message = message
        self.finished.emit(message)
