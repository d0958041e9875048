"""The rule editor shows the seasonal checks with their season's day, and a manager moves
one (a bad day refused in words), as a store manager would before winter."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.models import StaffRole
from app.permissions import Actor
from app.services.container import AppServices
from tests.app import reminder_world as w
from ui.calendar.tab import CalendarTab
from ui.desk import DeskSession


def editor_for(qtbot, db, role: StaffRole):
    staff = w.staff(db, "周店长" if role == StaffRole.STORE_MANAGER else "王顾问", role)
    desk = DeskSession()
    desk.sign_in(Actor(staff, "某人", role))
    tab = CalendarTab(AppServices(db, desk.actor, w.Clock(datetime(2026, 11, 23, 9))), desk)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.jobs.is_running("reminders"), timeout=30_000)
    qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)  # built in steps, read on workers
    return tab.rules


def select_rule(editor, key: str) -> None:
    rows = range(editor.model.rowCount())
    editor.view.selectRow(next(r for r in rows if editor.model.row_at(r).key == key))


def test_a_manager_moves_the_tyre_check(qtbot, sqlite_db, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    editor = editor_for(qtbot, sqlite_db, StaffRole.STORE_MANAGER)
    select_rule(editor, "season_tyres")
    assert editor.season.text() == "11-01" and editor.season.isEnabled()
    editor.season.setText("11-31")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "11-15 这样的月-日" in editor.message.text()
    editor.season.setText("11-20")
    editor.lead.setValue(20)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "已保存" in editor.message.text()
    saved = editor.model.row_at(editor.view.currentIndex().row())
    assert (saved.key, saved.season, saved.lead_days) == ("season_tyres", "11-20", 20)
    select_rule(editor, "birthday")
    assert editor.season.text() == "" and not editor.season.isEnabled()


def test_others_see_the_season_but_cannot_change_it(qtbot, sqlite_db, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    editor = editor_for(qtbot, sqlite_db, StaffRole.SERVICE_ADVISOR)
    select_rule(editor, "season_air_conditioning")
    assert editor.season.text() == "06-01" and not editor.season.isEnabled()
