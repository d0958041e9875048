"""Signing in at the desk, as staff would: type, press Enter, read the message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.db import Database
from app.models import StaffRole
from app.services.auth import AuthService, NewUser
from app.services.container import Store
from tests.ui.typing import type_text
from ui.main_window import MainWindow
from ui.setup.wizard import FirstRunWizard
from ui.sign_in import SignInDialog


def window(qtbot, db: Database) -> MainWindow:
    main = MainWindow(Store(db))
    qtbot.addWidget(main)
    main.show()
    main.ask_sign_in()
    return main


def test_new_database_opens_the_first_run_wizard(qtbot, sqlite_db: Database) -> None:
    main = window(qtbot, sqlite_db)
    assert isinstance(main.sign_in_dialog, FirstRunWizard)  # walked in tests/ui/test_store_setup
    assert main.staff_label.text() == "当前员工：未登录"
    assert not main.tabs.isVisible()


def test_wrong_password_is_refused_then_the_right_one_signs_in(qtbot, sqlite_db: Database) -> None:
    AuthService(sqlite_db).create_first_admin(
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


def test_manager_reads_the_audit_trail_others_are_refused(
    qtbot, sqlite_db: Database, monkeypatch
) -> None:
    auth = AuthService(sqlite_db)
    boss = auth.create_first_admin(
        NewUser("boss", "王店长", StaffRole.STORE_MANAGER, "store-2026!")
    )
    clerk = auth.add_user(boss, NewUser("desk1", "刘前台", StaffRole.RECEPTIONIST, "front-desk-1"))
    main = window(qtbot, sqlite_db)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    main.sign_in(clerk)
    main.audit_action.trigger()
    assert shown == ["您没有“查看操作日志”的权限，请联系店长。"]
    main.sign_in(auth.sign_in("boss", "store-2026!"))
    main.audit_action.trigger()
    model = main.audit_dialog.model
    rows = [(model.index(r, 2).data(), model.index(r, 3).data()) for r in range(model.rowCount())]
    assert rows[0] == ("登录", "员工账号 王店长")  # newest first, named as the store knows them
    assert [row for row in rows if row[1].startswith("员工账号") and row[0] == "新建"] == [
        ("新建", "员工账号 刘前台"),
        ("新建", "员工账号 王店长"),
    ]
