"""Where the main window opens: on the screen it was last closed on, at the size it had
there (each screen remembered apart: a laptop on a 1366×768 desk PC and a big monitor),
and the first time filling the screen's available area, so the status bar and 切换用户
are never below a 768-pixel screen's taskbar."""

from __future__ import annotations

import re

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from .preferences import ui_settings

LAST_SCREEN = "geometry/last_screen"
NORMAL_SHARE = 0.85  # of the screen, the first time the window is un-maximised


def screen_key(screen: QScreen) -> str:
    """The screen by name and geometry: the same monitor at another resolution is another
    screen (a size remembered at 1920×1080 would not fit 1366×768)."""
    area = screen.geometry()
    name = re.sub(r"[^0-9A-Za-z_-]+", "_", screen.name()) or "screen"
    return f"{name}_{area.width()}x{area.height()}_{area.x()}_{area.y()}"


def _screen_to_open_on() -> QScreen:
    last = ui_settings().value(LAST_SCREEN)
    for screen in QGuiApplication.screens():
        if screen_key(screen) == last:
            return screen
    return QGuiApplication.primaryScreen()


def screen_size() -> QSize:
    """The primary screen's available size: the window's size before it is placed."""
    return QGuiApplication.primaryScreen().availableGeometry().size()


def show_fitted(window: QWidget) -> None:
    """Show `window` as it was last left on its screen, else maximised on the primary
    screen (Qt keeps a restored geometry within the screen's available area)."""
    screen = _screen_to_open_on()
    saved = ui_settings().value(f"geometry/{screen_key(screen)}")
    if isinstance(saved, QByteArray) and window.restoreGeometry(saved):
        window.show()
        keep_within(window, screen.availableGeometry())
        return
    area = screen.availableGeometry()
    normal = QRect(QPoint(0, 0), area.size() * NORMAL_SHARE)  # for when un-maximised
    normal.moveCenter(area.center())
    window.setGeometry(normal)
    window.showMaximized()


def within(frame: QRect, area: QRect) -> QRect:
    """`frame` moved (and shrunk if it must) to lie inside `area`."""
    size = frame.size().boundedTo(area.size())
    x = min(max(frame.left(), area.left()), area.right() + 1 - size.width())
    y = min(max(frame.top(), area.top()), area.bottom() + 1 - size.height())
    return QRect(QPoint(x, y), size)


def keep_within(window: QWidget, area: QRect) -> None:
    """A shown window's frame (title bar included) brought inside `area`."""
    frame, inner = window.frameGeometry(), window.geometry()
    if window.isMaximized() or area.contains(frame):
        return
    target = within(frame, area)
    window.setGeometry(
        target.adjusted(
            inner.left() - frame.left(), inner.top() - frame.top(),
            inner.right() - frame.right(), inner.bottom() - frame.bottom(),
        )
    )  # fmt: skip


def remember(window: QWidget) -> None:
    """On closing: this screen's size and place (and maximised or not) for next time."""
    screen = window.screen()
    settings = ui_settings()
    settings.setValue(f"geometry/{screen_key(screen)}", window.saveGeometry())
    settings.setValue(LAST_SCREEN, screen_key(screen))
