from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app import backup, paths
from app.db import Database
from app.services.container import Store
from ui.backups import BackupScheduler


def test_scheduler_writes_a_backup_and_skips_a_second_one_minutes_later(
    qtbot, sqlite_db: Database, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(paths, "backup_dir", lambda: tmp_path / "backups")
    moments = iter([datetime(2026, 11, 23, 9, 0), datetime(2026, 11, 23, 9, 5)])
    scheduler = BackupScheduler(Store(sqlite_db, clock=lambda: next(moments)))
    with qtbot.waitSignal(scheduler.finished, timeout=30_000):
        scheduler.run_now()  # on a worker thread: the window does not wait for the copy
    assert "已自动备份" in scheduler.last_message
    with qtbot.waitSignal(scheduler.finished, timeout=30_000):
        scheduler.run_now()
    folder = backup.backup_folder(sqlite_db)
    assert folder.parent == tmp_path / "backups"
    assert [p.name for p in folder.iterdir()] == ["dealerdesk-20261123-090000.sqlite3"]
    assert scheduler.timer.interval() == 3 * 3600 * 1000
