"""Tell the tabs when another workstation added walk-ins, check-ins or complaints."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from app.services.changes import ChangeService, ChangeStamp

from .jobs import run_job

POLL_MS = 3000


class ChangeWatcher(QObject):
    walk_ins_changed = Signal()
    check_ins_changed = Signal()
    complaints_changed = Signal()

    def __init__(self, changes: ChangeService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changes = changes
        self._last: ChangeStamp | None = None
        self._reading = self._again = False
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.poll()  # the first stamp: what the next ones are compared with
        self.timer.start()

    def poll(self) -> None:
        """The newest ids read on a worker: on a server, a few round trips the UI thread
        would wait for while a reminder run keeps the interpreter busy. One read at a
        time; a poll asked for meanwhile follows it."""
        if self._reading:
            self._again = True
            return
        self._reading, self._again = True, False
        changes = self._changes
        run_job(lambda _control: changes.stamp(), self._stamped, self._failed)

    def _stamped(self, now: ChangeStamp) -> None:
        if not isValid(self):
            return
        self._reading = False
        last, self._last = self._last, now
        if last is not None:
            if now.walk_ins != last.walk_ins:
                self.walk_ins_changed.emit()
            if now.check_ins != last.check_ins:
                self.check_ins_changed.emit()
            if now.complaints != last.complaints:
                self.complaints_changed.emit()
        if self._again:
            self.poll()

    def _failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self._reading = self._again = False
        raise error  # as when it was read here: the window's error handler says why
