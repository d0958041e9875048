"""Signing in at the desk, as staff would: type, press Enter, read the message."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.db import Database
from app.models import StaffRole
from app.services.auth import NewUser
from app.services.container import AppServices
from tests.ui.typing import type_text
from ui.main_window import MainWindow
from ui.sign_in import FirstAdminDialog, SignInDialog


def window(qtbot, db: Database) -> MainWindow:
    main = MainWindow(AppServices(db))
    qtbot.addWidget(main)
    main.show()
    main.lock_until_signed_in()
    main.ask_sign_in()
    return main


def test_new_database_asks_for_the_store_manager_first(qtbot, sqlite_db: Database) -> None:
    main = window(qtbot, sqlite_db)
    dialog = main.sign_in_dialog
    assert isinstance(dialog, FirstAdminDialog)
    type_text(qtbot, dialog.name, "王店长")
    type_text(qtbot, dialog.username, "boss")
    type_text(qtbot, dialog.password, "store-2026!")
    type_text(qtbot, dialog.again, "store-2026?")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert dialog.message.text() == "两次输入的密码不一致。"
    dialog.again.clear()
    type_text(qtbot, dialog.again, "store-2026!")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert main.desk.staff is not None and main.desk.staff.role == StaffRole.STORE_MANAGER
    assert main.staff_label.text() == "当前员工：王店长"


def test_wrong_password_is_refused_then_the_right_one_signs_in(qtbot, sqlite_db: Database) -> None:
    AppServices(sqlite_db).auth.create_first_admin(
        NewUser("boss", "王店长", StaffRole.STORE_MANAGER, "store-2026!")
    )
    main = window(qtbot, sqlite_db)
    dialog = main.sign_in_dialog
    assert isinstance(dialog, SignInDialog)
    type_text(qtbot, dialog.username, "boss")
    type_text(qtbot, dialog.password, "nope-nope")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.message.text() == "用户名或密码不正确。"
    assert main.staff_label.text() == "当前员工：未登录"
    assert not main.tabs.isVisible()  # no customer data before sign-in
    type_text(qtbot, dialog.password, "store-2026!")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert main.staff_label.text() == "当前员工：王店长"
    assert main.tabs.isVisible()
