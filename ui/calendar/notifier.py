"""A notice when a callback falls due while the app is open: checked every minute."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QStyle, QSystemTrayIcon, QWidget

from app.services.calendar import CalendarService, TaskFilter, TaskRow

from ..i18n import app_label

CHECK_EVERY_MS = 60_000


class CallbackNotifier(QObject):
    noticed = Signal(str)

    def __init__(
        self,
        calendar: CalendarService,
        clock: Callable[[], datetime],
        filters: Callable[[], TaskFilter],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._calendar, self._clock, self._filters = calendar, clock, filters
        self._widget = parent
        self._last = clock()
        self._tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> list[TaskRow]:
        now = self._clock()
        due = self._calendar.falling_due(self._last, now, self._filters())
        self._last = now
        if due:
            self._notify(self._text(due))
        return due

    def _text(self, due: list[TaskRow]) -> str:
        first = due[0]
        text = self.tr("回访到时间了：%1 %2（%3）")
        text = text.replace("%1", first.customer or "").replace("%2", first.phone or "")
        text = text.replace("%3", app_label("FollowUps", first.kind_label))
        if len(due) > 1:
            text += self.tr("，另有 %1 条").replace("%1", str(len(due) - 1))
        return text

    def _notify(self, text: str) -> None:
        self.noticed.emit(text)
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            self._tray_icon().showMessage(self.tr("DealerDesk 回访提醒"), text)
        window = self._widget.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 60_000)

    def _tray_icon(self) -> QSystemTrayIcon:
        if self._tray is None:
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.show()
        return self._tray
