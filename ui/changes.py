"""Tell the tabs when another workstation added walk-ins, check-ins or complaints."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.changes import ChangeService, ChangeStamp

POLL_MS = 3000


class ChangeWatcher(QObject):
    walk_ins_changed = Signal()
    check_ins_changed = Signal()
    complaints_changed = Signal()

    def __init__(self, changes: ChangeService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changes = changes
        self._last: ChangeStamp | None = None
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self._last = self._changes.stamp()
        self.timer.start()

    def poll(self) -> None:
        now = self._changes.stamp()
        last, self._last = self._last, now
        if last is None:
            return
        if now.walk_ins != last.walk_ins:
            self.walk_ins_changed.emit()
        if now.check_ins != last.check_ins:
            self.check_ins_changed.emit()
        if now.complaints != last.complaints:
            self.complaints_changed.emit()
