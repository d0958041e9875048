"""Setting a store up from the window, as its manager would: the first-run wizard on an
empty database through to the first walk-in, then the 管理 menu's dialogs."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QTableView, QWizard

from app.db import Database
from app.models import StaffRole
from app.services.auth import AuthService, NewUser
from app.services.container import Store
from app.services.store_profile import DEFAULT_LOGO
from tests.ui.typing import type_text
from ui.main_window import MainWindow
from ui.setup.catalogue import CatalogueDialog
from ui.setup.password import ChangePasswordDialog
from ui.setup.settings_dialog import SettingsDialog
from ui.setup.staff import ResetPasswordDialog, StaffDialog, StaffForm
from ui.setup.store_profile import StoreProfileDialog
from ui.setup.wizard import FirstRunWizard

NOW = datetime(2026, 11, 23, 10, 0)
PROFILE, STAFF, CATALOGUE, SETTINGS, PASSWORD = range(5)  # the 管理 menu's set-up actions


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_page(qtbot, wizard: QWizard, which=QWizard.WizardButton.NextButton) -> None:
    click(qtbot, wizard.button(which))


def window(qtbot, db: Database) -> MainWindow:
    main = MainWindow(Store(db, clock=lambda: NOW))
    qtbot.addWidget(main)
    main.show()
    return main


def add_staff_member(qtbot, panel, name: str, username: str, role: StaffRole) -> None:
    click(qtbot, panel.add_button)
    form = panel.dialog
    assert isinstance(form, StaffForm)
    type_text(qtbot, form.name, name)
    type_text(qtbot, form.username, username)
    form.role.setCurrentIndex(form.role.findData(role))
    type_text(qtbot, form.password, "desk-2026!")
    type_text(qtbot, form.again, "desk-2026!")
    qtbot.keyClick(form.again, Qt.Key.Key_Return)


def select_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --- the first day -------------------------------------------------------------------------
def test_first_run_wizard_walks_an_empty_database_to_a_first_walk_in(
    qtbot, sqlite_db: Database
) -> None:
    main = window(qtbot, sqlite_db)
    main.ask_sign_in()
    wizard = main.sign_in_dialog
    assert isinstance(wizard, FirstRunWizard)

    profile = wizard.profile_page.form
    profile.name.clear()
    type_text(qtbot, profile.name, "吉祥汽车 4S 店")
    type_text(qtbot, profile.phone, "020-88886666")
    next_page(qtbot, wizard)

    manager = wizard.manager_page
    type_text(qtbot, manager.name, "王店长")
    type_text(qtbot, manager.username, "boss")
    type_text(qtbot, manager.password, "store-2026!")
    type_text(qtbot, manager.again, "store-2026?")
    next_page(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert manager.message.text() == "两次输入的密码不一致。"
    manager.again.clear()
    type_text(qtbot, manager.again, "store-2026!")
    next_page(qtbot, wizard, QWizard.WizardButton.CommitButton)

    assert wizard.currentPage() is wizard.staff_page
    add_staff_member(
        qtbot, wizard.staff_page.panel, "李顾问", "liguwen", StaffRole.SALES_CONSULTANT
    )
    assert [a.name for a in wizard.staff_page.panel.model.rows()] == ["王店长", "李顾问"]
    next_page(qtbot, wizard)

    catalogue = wizard.catalogue_page.panel
    click(qtbot, catalogue.load_button)
    assert "已载入" in catalogue.message.text() and catalogue.model.rowCount() >= 30
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.import_page
    next_page(qtbot, wizard)  # skipped: customers can be imported later
    next_page(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert main.staff_label.text() == "当前员工：王店长"
    assert main.services.store_profile.profile().name == "吉祥汽车 4S 店"
    reception = main.tab(0)
    type_text(qtbot, reception.form.name, "张先生")
    type_text(qtbot, reception.form.mobile, "13912345678")
    reception.form.consultant.setCurrentIndex(reception.form.consultant.findText("李顾问"))
    reception.form.model.setCurrentIndex(reception.form.model.findText("银河E8"))
    reception.form.level.setCurrentIndex(reception.form.level.findData("A"))
    reception.form.arrived_at.setDateTime(QDateTime(datetime(2026, 11, 23, 9, 40)))
    click(qtbot, reception.register_button)
    assert "已登记到店" in reception.message.text()
    assert reception.visits.model.index(0, 2).data() == "张先生"


def test_the_first_manager_can_leave_the_wizard_and_still_sign_in(
    qtbot, sqlite_db: Database
) -> None:
    main = window(qtbot, sqlite_db)
    main.ask_sign_in()
    wizard = main.sign_in_dialog
    next_page(qtbot, wizard)  # the profile skipped: the defaults stay
    type_text(qtbot, wizard.manager_page.name, "王店长")
    type_text(qtbot, wizard.manager_page.username, "boss")
    for field in (wizard.manager_page.password, wizard.manager_page.again):
        type_text(qtbot, field, "store-2026!")
    next_page(qtbot, wizard, QWizard.WizardButton.CommitButton)
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    assert main.staff_label.text() == "当前员工：王店长"
    assert main.services.store_profile.profile().name == "DealerDesk 示范 4S 店"


# --- the 管理 menu ---------------------------------------------------------------------------
@pytest.fixture
def manager_window(qtbot, sqlite_db: Database) -> MainWindow:
    auth = AuthService(sqlite_db, lambda: NOW)
    boss = auth.create_first_admin(
        NewUser("boss", "王店长", StaffRole.STORE_MANAGER, "store-2026!")
    )
    main = window(qtbot, sqlite_db)
    main.sign_in(boss)
    return main


def read_message_box(qtbot) -> list[str]:
    """Read the warning that opens next and press Enter on it, as a person would."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    return seen


def test_settings_dialog_refuses_a_bad_value_in_chinese_then_saves(
    qtbot, manager_window: MainWindow
) -> None:
    manager_window.setup_actions[SETTINGS].trigger()
    dialog = manager_window.setup_dialog
    assert isinstance(dialog, SettingsDialog)
    labels = [dialog.groups.item(i).text() for i in range(dialog.groups.count())]
    assert labels[0] == "门店" and "客户投诉" in labels
    assert "reminders.generated_until" not in dialog.editors  # a watermark, not a setting
    prefix = dialog.editors["complaints.case_prefix"].widget
    prefix.clear()
    type_text(qtbot, prefix, "ts1")
    hours = dialog.editors["complaints.response_hours"].widget
    hours.setValue(4)
    click(qtbot, dialog.save_button)
    assert dialog.message.text() == "“投诉单号前缀”格式不对，例如“TS”。"
    assert labels[dialog.groups.currentRow()] == "客户投诉"  # taken to the field
    prefix.clear()
    type_text(qtbot, prefix, "KS")
    click(qtbot, dialog.save_button)
    saved = {v.spec.key: v.value for v in manager_window.services.settings.all()}
    assert (saved["complaints.case_prefix"], saved["complaints.response_hours"]) == ("KS", 4)


def test_staff_are_added_disabled_and_reset_from_the_staff_dialog(
    qtbot, qtmodeltester, manager_window: MainWindow
) -> None:
    manager_window.setup_actions[STAFF].trigger()
    dialog = manager_window.setup_dialog
    assert isinstance(dialog, StaffDialog)
    panel = dialog.panel
    add_staff_member(qtbot, panel, "刘前台", "desk1", StaffRole.RECEPTIONIST)
    select_row(qtbot, panel.table, 1)
    click(qtbot, panel.toggle_button)
    assert panel.model.index(1, 3).data() == "已停用" and panel.toggle_button.text() == "启用"
    click(qtbot, panel.toggle_button)
    click(qtbot, panel.reset_button)
    reset = panel.dialog
    assert isinstance(reset, ResetPasswordDialog)
    type_text(qtbot, reset.password, "new-desk-2026")
    type_text(qtbot, reset.again, "new-desk-2026")
    qtbot.keyClick(reset.again, Qt.Key.Key_Return)
    select_row(qtbot, panel.table, 0)
    click(qtbot, panel.toggle_button)  # the only manager
    assert "最后一位能登录的店长" in panel.message.text()
    auth = manager_window.auth
    assert auth.sign_in("desk1", "new-desk-2026").role == StaffRole.RECEPTIONIST
    qtmodeltester.check(panel.model)


def test_everyone_changes_their_own_password_but_only_the_manager_sees_staff(
    qtbot, manager_window: MainWindow
) -> None:
    auth = manager_window.auth
    clerk = auth.add_user(
        manager_window.desk.actor,
        NewUser("desk1", "刘前台", StaffRole.RECEPTIONIST, "front-desk-1"),
    )
    manager_window.sign_in(auth.sign_in("desk1", "front-desk-1"))
    seen = read_message_box(qtbot)
    manager_window.setup_actions[STAFF].trigger()
    assert seen == ["您没有“管理员工账号”的权限，请联系店长。"]
    manager_window.setup_actions[PASSWORD].trigger()
    dialog = manager_window.setup_dialog
    assert isinstance(dialog, ChangePasswordDialog)
    type_text(qtbot, dialog.current, "wrong-one")
    type_text(qtbot, dialog.new, "front-desk-2")
    type_text(qtbot, dialog.again, "front-desk-2")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert dialog.errors.message("current_password") == "当前密码不正确。"
    type_text(qtbot, dialog.current, "front-desk-1")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert auth.sign_in("desk1", "front-desk-2").staff_id == clerk.staff_id


def test_a_model_is_added_to_the_catalogue_with_its_own_plan(
    qtbot, qtmodeltester, manager_window: MainWindow
) -> None:
    manager_window.setup_actions[CATALOGUE].trigger()
    dialog = manager_window.setup_dialog
    assert isinstance(dialog, CatalogueDialog)
    panel, editor = dialog.panel, dialog.panel.editor
    click(qtbot, panel.new_button)
    type_text(qtbot, editor.brand.lineEdit(), "吉利")
    type_text(qtbot, editor.series, "银河")
    type_text(qtbot, editor.name, "银河E5")
    editor.new_energy.setFocus()
    qtbot.keyClick(editor.new_energy, Qt.Key.Key_Space)
    editor.plan["first_km"].setValue(3000)
    editor.plan["first_months"].setValue(3)
    type_text(qtbot, editor.colours, "冰川白、星河蓝")
    click(qtbot, panel.save_button)
    assert panel.message.text() == "已保存“银河E5”。"
    row = [panel.model.index(0, c).data() for c in range(panel.model.columnCount())]
    assert row == ["吉利", "银河", "银河E5", "是", "3,000 km 或 3 个月", "门店默认"]
    editor.plan["interval_km"].setValue(100)
    click(qtbot, panel.save_button)
    assert editor.errors.message("interval_km").startswith("定保间隔里程应在 500")
    [model] = manager_window.services.catalogue.models()
    assert model.form.colours == ("冰川白", "星河蓝") and model.form.plan.interval_km is None
    qtmodeltester.check(panel.model)


def test_the_store_profile_is_edited_with_a_logo_and_a_closed_day(
    qtbot, manager_window: MainWindow, tmp_path: Path
) -> None:
    manager_window.setup_actions[PROFILE].trigger()
    dialog = manager_window.setup_dialog
    assert isinstance(dialog, StoreProfileDialog)
    form = dialog.form
    form.name.clear()
    type_text(qtbot, form.name, "吉祥汽车 4S 店")
    form.closed_days.day.setDate(datetime(2026, 12, 31).date())
    click(qtbot, form.closed_days.findChild(type(dialog.save_button), "closedDaysAdd"))
    logo = tmp_path / "吉祥.png"
    logo.write_bytes(DEFAULT_LOGO.read_bytes())
    form.use_logo_file(logo)  # what 选择图片… does with the file picked
    form.closing.setTime(form.opening.time().addSecs(-3600))
    click(qtbot, dialog.save_button)
    assert form.errors.message("store.closing_time") == "打烊时间必须晚于开门时间。"
    form.closing.setTime(form.opening.time().addSecs(8 * 3600))
    click(qtbot, dialog.save_button)
    service = manager_window.services.store_profile
    assert service.profile().name == "吉祥汽车 4S 店"
    assert [d.isoformat() for d in service.profile().extra_closed_days] == ["2026-12-31"]
    assert service.logo().file_name == "吉祥.png"


def test_intent_levels_are_edited_in_their_table(
    qtbot, qtmodeltester, manager_window: MainWindow
) -> None:
    manager_window.setup_actions[SETTINGS].trigger()
    dialog = manager_window.setup_dialog
    table = dialog.editors["sales.intent_levels"].widget.findChild(QTableView)
    model = table.model()
    qtmodeltester.check(model)
    pacing = model.index(0, list(model.fields).index("follow_up_every_days"))
    table.setCurrentIndex(pacing)
    qtbot.keyClick(table, Qt.Key.Key_F2)  # edit the cell, as with a double click
    editor = table.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "1")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # on to the next cell: the value is kept
    click(qtbot, dialog.save_button)
    saved = {v.spec.key: v.value for v in manager_window.services.settings.all()}
    assert saved["sales.intent_levels"][0]["follow_up_every_days"] == 1
