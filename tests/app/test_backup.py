from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app import backup
from app.backup import RetentionPolicy, generations_to_keep
from app.cli import main
from app.db import Database
from app.errors import EnvironmentProblem, UserError
from app.services.search import SearchService
from tests.factories import MANAGER, add_customer, cli_user

NOW = datetime(2026, 11, 23, 12, 0)


def names(db: Database) -> list[str]:
    search = SearchService(db, MANAGER)
    return sorted(hit.name for query in ("张", "李") for hit in search.search(query))


def test_generations_keep_newest_per_day_week_and_month() -> None:
    hourly = [NOW - timedelta(hours=6 * i) for i in range(4 * 400)]  # 400 days, 4 a day
    keep = generations_to_keep(
        hourly, NOW, RetentionPolicy(keep_days=7, keep_weeks=5, keep_months=12)
    )
    days = {s.date() for s in keep if NOW - s <= timedelta(days=7)}
    assert len(days) == 8  # today and the 7 days before, one each
    assert NOW in keep
    assert max(NOW - s for s in keep) <= timedelta(days=31 * 12)
    assert len(keep) <= 8 + 6 + 13


def test_backup_and_restore_round_trip(sqlite_db: Database, tmp_path: Path) -> None:
    add_customer(sqlite_db, "张三", "13812345678")
    saved = backup.backup(sqlite_db, tmp_path / "b.sqlite3", NOW)
    add_customer(sqlite_db, "李四", "13912345678")
    target = backup.sqlite_file(sqlite_db)
    sqlite_db.dispose()
    kept = backup.restore_sqlite(target, saved, NOW)
    restored = Database(sqlite_db.url).open()
    try:
        assert names(restored) == ["张三"]
    finally:
        restored.dispose()
    aside = Database(f"sqlite:///{kept}").open()
    try:
        assert names(aside) == ["张三", "李四"]  # the current database was kept, whole
    finally:
        aside.dispose()


def test_corrupt_backup_is_refused_and_current_database_untouched(
    sqlite_db: Database, tmp_path: Path
) -> None:
    add_customer(sqlite_db, "张三", "13812345678")
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    sqlite_db.dispose()
    with pytest.raises(UserError, match="已放弃恢复"):
        backup.restore_sqlite(backup.sqlite_file(sqlite_db), broken, NOW)
    assert names(sqlite_db) == ["张三"]
    assert not list(tmp_path.glob("*.restoring"))


def test_backup_from_a_newer_version_is_refused(sqlite_db: Database, tmp_path: Path) -> None:
    saved = backup.backup(sqlite_db, tmp_path / "b.sqlite3", NOW)
    with sqlite3.connect(saved) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    sqlite_db.dispose()
    with pytest.raises(UserError, match="更新版本"):
        backup.restore_sqlite(backup.sqlite_file(sqlite_db), saved, NOW)


def test_automatic_backup_skips_when_recent_and_prunes_old(
    sqlite_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    first = backup.automatic_backup(sqlite_db, folder, NOW)
    assert first is not None and first.exists()
    assert backup.automatic_backup(sqlite_db, folder, NOW + timedelta(minutes=10)) is None
    for days in range(1, 60):
        backup.automatic_backup(sqlite_db, folder, NOW + timedelta(days=days))
    kept = sorted(folder.glob("dealerdesk-*.sqlite3"))
    assert 8 <= len(kept) < 60
    with sqlite3.connect(kept[-1]) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_cli_backup_and_restore(sqlite_db: Database, tmp_path: Path, capsys) -> None:
    add_customer(sqlite_db, "张三", "13812345678")
    sqlite_db.dispose()
    out = tmp_path / "manual.sqlite3"
    assert main(["--db", sqlite_db.url, *cli_user(sqlite_db), "backup", "-o", str(out)]) == 0
    assert "备份完成" in capsys.readouterr().out
    assert main(["--db", sqlite_db.url, *cli_user(sqlite_db), "restore", str(out)]) == 0
    assert "原数据库已另存为" in capsys.readouterr().out
    assert (
        main(
            [
                "--db",
                sqlite_db.url,
                *cli_user(sqlite_db),
                "restore",
                str(tmp_path / "missing.sqlite3"),
            ]
        )
        == 1
    )
    assert "找不到备份文件" in capsys.readouterr().err


@pytest.mark.postgres
def test_postgres_backup_says_clearly_when_pg_dump_is_missing(
    db: Database, tmp_path: Path, monkeypatch
) -> None:
    if db.is_sqlite:
        return
    monkeypatch.setenv("PATH", str(tmp_path))  # a PATH without pg_dump
    with pytest.raises(EnvironmentProblem, match="未找到 pg_dump"):
        backup.backup(db, tmp_path / "x.dump", NOW)
