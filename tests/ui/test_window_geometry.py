"""The window opens within the screen, and as it was last left on that screen."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QMainWindow

from ui.window_geometry import remember, show_fitted, within


def opened(qtbot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    show_fitted(window)
    qtbot.waitExposed(window)
    return window


def test_the_first_time_it_fills_the_screens_available_area(qtbot) -> None:
    window = opened(qtbot)
    available = window.screen().availableGeometry()
    assert window.isMaximized()
    assert available.contains(window.frameGeometry())


def test_it_reopens_at_the_size_and_place_it_was_left(qtbot) -> None:
    first = opened(qtbot)
    first.showNormal()
    first.setGeometry(QRect(60, 80, 640, 480))
    remember(first)
    again = opened(qtbot)
    assert not again.isMaximized()
    assert again.geometry() == QRect(60, 80, 640, 480)


def test_a_size_left_on_a_bigger_screen_is_brought_within_this_one(qtbot) -> None:
    first = opened(qtbot)
    available = first.screen().availableGeometry()
    first.showNormal()
    first.setGeometry(QRect(200, 100, available.width() + 500, available.height() + 300))
    remember(first)
    again = opened(qtbot)
    assert available.contains(again.frameGeometry())


def test_within_moves_a_rectangle_inside_and_shrinks_it_only_if_it_must() -> None:
    screen = QRect(0, 0, 1366, 728)
    assert within(QRect(100, 50, 800, 600), screen) == QRect(100, 50, 800, 600)
    assert within(QRect(900, 300, 1280, 800), screen) == QRect(86, 0, 1280, 728)
    assert within(QRect(-40, -10, 1400, 700), screen) == QRect(0, 0, 1366, 700)
