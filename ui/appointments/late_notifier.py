"""A car past its promised time notifies its advisor: checked every minute while the
window is open, for the advisor signed in (a store manager hears of every car)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QStyle, QSystemTrayIcon, QWidget

from app.models import StaffRole
from app.services.workshop import ProgressRow, WorkshopService

from ..desk import DeskSession

CHECK_EVERY_MS = 60_000
TOLD = (StaffRole.SERVICE_ADVISOR, StaffRole.STORE_MANAGER)


class LateCarNotifier(QObject):
    noticed = Signal(str)

    def __init__(
        self,
        workshop: WorkshopService,
        clock: Callable[[], datetime],
        desk: DeskSession,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._workshop, self._clock, self._desk = workshop, clock, desk
        self._window = parent
        self._last = clock()
        self._tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        staff = desk.staff
        if staff is not None and staff.role in TOLD:
            self.timer.start()

    def _advisor_id(self) -> int | None:
        staff = self._desk.staff
        return staff.id if staff is not None and staff.role == StaffRole.SERVICE_ADVISOR else None

    def check(self) -> list[ProgressRow]:
        now = self._clock()
        late = self._workshop.late_between(self._last, now, self._advisor_id())
        self._last = now
        if late:
            self._notify(self._text(late))
        return late

    def _text(self, late: list[ProgressRow]) -> str:
        first = late[0]
        text = self.tr("%1 已过承诺交车时间 %2，请告知客户进度。").replace("%1", first.plate or "")
        text = text.replace("%2", f"{first.promised_at:%H:%M}" if first.promised_at else "")
        if len(late) > 1:
            text += self.tr("另有 %1 辆。").replace("%1", str(len(late) - 1))
        return text

    def _notify(self, text: str) -> None:
        self.noticed.emit(text)
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            self._tray_icon().showMessage(self.tr("DealerDesk 交车提醒"), text)
        window = self._window.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 60_000)

    def _tray_icon(self) -> QSystemTrayIcon:
        if self._tray is None:
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.show()
        return self._tray
