"""A walk-in registered at another workstation appears here without a restart."""

from __future__ import annotations

from datetime import datetime

from app.db import Database
from app.services.container import AppServices, Store
from app.services.reception import WalkInForm
from tests.factories import MANAGER
from ui.jobs import jobs_running
from ui.main_window import MainWindow

NOW = datetime(2026, 11, 23, 15, 0)


def test_other_workstations_walk_in_appears_after_a_poll(qtbot, sqlite_db: Database) -> None:
    window = MainWindow(Store(sqlite_db, clock=lambda: NOW))
    qtbot.addWidget(window)
    window.sign_in(MANAGER)
    reception = window.tab(0)
    qtbot.waitUntil(lambda: not jobs_running())  # the first stamp, read on a worker
    assert reception.visits.model.rowCount() == 0
    other_desk = AppServices(Database(sqlite_db.url).open(), MANAGER, clock=lambda: NOW)
    try:
        other_desk.reception.register_walk_in(
            WalkInForm(name="王芳", mobile="13912345678", arrived_at=datetime(2026, 11, 23, 14))
        )
    finally:
        other_desk.db.dispose()
    with qtbot.waitSignal(window.watcher.walk_ins_changed, timeout=10_000):
        window.watcher.poll()
    assert reception.visits.model.rowCount() == 1
    assert "今日客流 1 批" in reception.traffic.label.text()
