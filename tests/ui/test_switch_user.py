"""切换用户 at a shared desk: nothing of the last person stays on screen, and the next
person gets only what their role allows (a sales consultant never starts a repair)."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.db import Database
from app.models import StaffRole
from app.services.auth import AuthService, NewUser
from app.services.container import Store
from tests.factories import add_customer, add_vehicle
from tests.ui.typing import type_text
from ui.main_window import MainWindow
from ui.service.tab import ServiceTab

RECEPTION, SERVICE = 0, 3
PASSWORD = "desk-2026!"
TYPED_BY_THE_ADVISOR = ("5678", "10300", "王芳")


@pytest.fixture
def window(qtbot, sqlite_db: Database) -> MainWindow:
    auth = AuthService(sqlite_db)
    boss = auth.create_first_admin(NewUser("boss", "王店长", StaffRole.STORE_MANAGER, PASSWORD))
    auth.add_user(boss, NewUser("majianguo", "马建国", StaffRole.SERVICE_ADVISOR, PASSWORD))
    auth.add_user(boss, NewUser("zhangwei", "张伟", StaffRole.SALES_CONSULTANT, PASSWORD))
    add_vehicle(
        sqlite_db, add_customer(sqlite_db, "王芳", "13812345678"), "LSGJA52U0BS123456", "粤B12345"
    )
    main = MainWindow(Store(sqlite_db))
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    return main


def sign_in_as(qtbot, main: MainWindow, username: str) -> None:
    """Press 切换用户 and sign in through the dialog, as the person at the desk would."""
    qtbot.mouseClick(main.switch_button, Qt.MouseButton.LeftButton)
    dialog = main.sign_in_dialog
    qtbot.waitUntil(dialog.isVisible)
    type_text(qtbot, dialog.username, username)
    type_text(qtbot, dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert main.desk.staff is not None and not dialog.isVisible()


def advisor_opens_a_repair_order(qtbot, main: MainWindow) -> ServiceTab:
    tab = main.tab(SERVICE)
    type_text(qtbot, tab.lookup.query, "5678")
    qtbot.keyClick(tab.lookup.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.vehicle_id is not None)
    type_text(qtbot, tab.order_form.mileage.odometer, "10300")
    qtbot.mouseClick(tab.order_form.open_button, Qt.MouseButton.LeftButton)
    assert tab.order_panel.status_buttons["in_progress"].isEnabled()
    return tab


def texts_in(tab: QWidget) -> list[str]:
    lines = [edit.text() for edit in tab.findChildren(QLineEdit)]
    return lines + [box.toPlainText() for box in tab.findChildren(QPlainTextEdit)]


def test_a_consultant_after_the_advisor_sees_no_repair_order_and_cannot_start_work(
    qtbot, window: MainWindow
) -> None:
    sign_in_as(qtbot, window, "majianguo")
    advisors = advisor_opens_a_repair_order(qtbot, window)
    type_text(qtbot, window.tab(RECEPTION).lookup.query, "王芳")
    before = [window.tab(i) for i in range(window.tabs.count())]
    sign_in_as(qtbot, window, "zhangwei")
    assert window.staff_label.text() == "当前员工：张伟"
    theirs = window.tab(SERVICE)
    assert theirs is not advisors and theirs.services.actor.name == "张伟"
    assert theirs.vehicle_id is None and theirs.order_panel.order is None
    assert theirs.order_panel.isHidden() and not theirs.order_form.isEnabled()
    assert not any(b.isEnabled() for b in theirs.order_panel.status_buttons.values())
    for index in range(window.tabs.count()):
        tab = window.tab(index)
        assert tab not in before, window.tabs.tabText(index)
        assert not set(TYPED_BY_THE_ADVISOR) & set(texts_in(tab)), window.tabs.tabText(index)


def test_the_consultant_finding_the_advisors_car_cannot_start_work_on_it(
    qtbot, window: MainWindow
) -> None:
    sign_in_as(qtbot, window, "majianguo")
    advisor_opens_a_repair_order(qtbot, window)
    sign_in_as(qtbot, window, "zhangwei")
    theirs = window.tab(SERVICE)
    type_text(qtbot, theirs.lookup.query, "5678")
    qtbot.waitUntil(lambda: theirs.order_panel.order is not None)
    start = theirs.order_panel.status_buttons["in_progress"]
    assert start.isVisible() and not start.isEnabled()
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert theirs.order_panel.order.status == "checked_in"


def test_pressing_switch_user_leaves_nothing_behind_the_dialog(qtbot, window: MainWindow) -> None:
    sign_in_as(qtbot, window, "boss")
    window.audit_action.trigger()
    assert window.audit_dialog.isVisible()
    window.statusBar().showMessage("回访到时间了：王芳 138****5678（当晚回访）")  # the notifier's
    qtbot.mouseClick(window.switch_button, Qt.MouseButton.LeftButton)
    assert window.desk.actor is None and window.staff_label.text() == "当前员工：未登录"
    assert window.tabs.count() == 0 and not window.tabs.isVisible()
    assert window.audit_dialog is None and window.statusBar().currentMessage() == ""


def test_the_desks_tabs_are_kept_out_of_collections_while_signed_in(
    qtbot, window: MainWindow
) -> None:
    """Built tabs go to the collector's permanent generation (ui/heap.py): a worker's full
    collection does not walk them while the UI thread waits; they are released with the desk."""
    sign_in_as(qtbot, window, "majianguo")
    window.tab(SERVICE)
    assert gc.get_freeze_count() > 0
    qtbot.mouseClick(window.switch_button, Qt.MouseButton.LeftButton)
    assert gc.get_freeze_count() == 0
