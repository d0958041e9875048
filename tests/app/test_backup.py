from __future__ import annotations

import io
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from app import backup, paths
from app.backup import RetentionPolicy, generations_to_keep
from app.cli import main
from app.db import Database, check_can_open
from app.dblock import DatabaseLock
from app.errors import EnvironmentProblem, UserError
from app.services.search import SearchService
from tests.factories import CLI_PASSWORD, MANAGER, add_customer, cli_user

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
    root = tmp_path / "backups"
    first = backup.automatic_backup(sqlite_db, NOW, root)
    assert first is not None and first.exists()
    assert backup.automatic_backup(sqlite_db, NOW + timedelta(minutes=10), root) is None
    for days in range(1, 60):
        backup.automatic_backup(sqlite_db, NOW + timedelta(days=days), root)
    kept = sorted(first.parent.glob("dealerdesk-*.sqlite3"))
    assert 8 <= len(kept) < 60
    with sqlite3.connect(kept[-1]) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_cli_backup_and_restore(sqlite_db: Database, tmp_path: Path, capsys) -> None:
    add_customer(sqlite_db, "张三", "13812345678")
    sqlite_db.dispose()
    out = tmp_path / "manual.sqlite3"
    assert main(["--db", sqlite_db.url, *cli_user(sqlite_db), "backup", "-o", str(out)]) == 0
    assert "备份完成" in capsys.readouterr().out
    it = cli_user(sqlite_db)
    sqlite_db.dispose()  # the test's own connection would hold the database
    assert main(["--db", sqlite_db.url, *it, "restore", str(out)]) == 0
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


# --- Nothing acknowledged is ever lost: restore, per-database backups, checks, modes ---

ROOT = Path(__file__).resolve().parents[2]
WRITER = """
import sys, time
from app.db import Database
from tests.factories import add_customer
db = Database(sys.argv[1]).open()
for i in range(int(sys.argv[2])):
    add_customer(db, "王" + "一二三四五六七八九十"[i % 10], f"137{i:08d}")
    print(i, flush=True)  # acknowledged: the transaction has committed
    time.sleep(0.02)
db.dispose()
"""


def customer_count(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT count(*) FROM customers").fetchone()[0]


def test_restore_is_refused_while_another_process_writes(
    sqlite_db: Database, tmp_path: Path
) -> None:
    saved = backup.backup(sqlite_db, tmp_path / "saved" / "b.sqlite3", NOW)
    target = backup.sqlite_file(sqlite_db)
    sqlite_db.dispose()
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, sqlite_db.url, "60"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    ) as writer:
        assert writer.stdout.readline().strip() == "0"  # it is writing now
        inode = target.stat().st_ino
        with pytest.raises(UserError, match="正被其他程序使用"):
            backup.restore_sqlite(target, saved, NOW)
        acknowledged = len(writer.stdout.read().split()) + 1
    assert writer.returncode == 0
    assert acknowledged == 60
    assert target.stat().st_ino == inode
    assert customer_count(target) == 60  # every acknowledged write is in the file
    assert sorted(p.name for p in tmp_path.iterdir() if "restor" in p.name) == []


def test_restore_is_refused_while_another_program_has_the_file_open(
    sqlite_db: Database, tmp_path: Path
) -> None:
    """Not a DealerDesk (no lock file): SQLite itself says the file is in use."""
    add_customer(sqlite_db, "张三", "13812345678")
    saved = backup.backup(sqlite_db, tmp_path / "saved" / "b.sqlite3", NOW)
    add_customer(sqlite_db, "李四", "13912345678")
    target = backup.sqlite_file(sqlite_db)
    sqlite_db.dispose()
    with closing(sqlite3.connect(target)) as other:
        other.execute("SELECT count(*) FROM customers").fetchone()
        with pytest.raises(UserError, match="正被其他程序使用"):
            backup.restore_sqlite(target, saved, NOW)
    assert customer_count(target) == 2
    assert not [p for p in tmp_path.iterdir() if "restor" in p.name]


def test_a_database_being_restored_is_not_opened_meanwhile(
    sqlite_db: Database, tmp_path: Path
) -> None:
    target = backup.sqlite_file(sqlite_db)
    sqlite_db.dispose()
    restoring = DatabaseLock(target)
    restoring.hold_exclusive()
    try:
        opening = Database(sqlite_db.url)
        opening.lock.wait_seconds = 0.2
        with pytest.raises(EnvironmentProblem, match="正在从备份恢复"):
            opening.open()
    finally:
        restoring.release()
    Database(sqlite_db.url).open().dispose()  # and opens once the restore is done


def test_backups_of_two_databases_never_mix(tmp_path: Path) -> None:
    """The demo database's backups neither prune the store's nor make it skip one."""
    root = tmp_path / "backups"
    store = Database(f"sqlite:///{tmp_path / 'store' / 'dealerdesk.sqlite3'}").open()
    demo = Database(f"sqlite:///{tmp_path / 'demo' / 'dealerdesk.sqlite3'}").open()
    try:
        made = backup.automatic_backup(store, NOW, root)
        assert backup.automatic_backup(demo, NOW + timedelta(minutes=5), root) is not None
        for days in range(1, 40):
            backup.automatic_backup(demo, NOW + timedelta(days=days), root)
        assert made is not None and made.exists()
        assert backup.automatic_backup(store, NOW + timedelta(minutes=10), root) is None
        store_folder = backup.backup_folder(store, root)
        demo_folder = backup.backup_folder(demo, root)
    finally:
        store.dispose()
        demo.dispose()
    assert store_folder != demo_folder and made.parent == store_folder
    assert {store_folder.name[:11], demo_folder.name[:11]} == {"dealerdesk-"}
    assert [p.name for p in store_folder.iterdir()] == [made.name]


@pytest.mark.postgres
def test_a_backup_goes_to_the_folder_of_its_own_database(
    db: Database, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(paths, "backup_dir", lambda: tmp_path / "backups")
    made = backup.backup(db, None, NOW)
    assert made.parent == backup.backup_folder(db) and made.stat().st_size > 0
    assert made.parent.parent == tmp_path / "backups"
    if not db.is_sqlite:
        database = make_url(db.url).database
        assert made.parent.name.endswith(database) and made.suffix == ".dump"
    assert [p.name for p in made.parent.iterdir()] == [made.name]  # no .partial left


def corrupt_customers_table(db: Database) -> Path:
    path = backup.sqlite_file(db)
    db.dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'customers'"
        ).fetchone()[0]
    with path.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xee" * 16)  # the page header: not a b-tree page any more
    return path


def test_backup_of_a_corrupt_database_fails_and_keeps_every_earlier_backup(
    sqlite_db: Database, tmp_path: Path, capsys
) -> None:
    root = tmp_path / "backups"
    add_customer(sqlite_db, "张三", "13812345678")
    it = cli_user(sqlite_db)
    good = backup.automatic_backup(sqlite_db, NOW, root)
    corrupt_customers_table(sqlite_db)
    for days in (1, 400):  # the second would prune the good one
        with pytest.raises(EnvironmentProblem, match=r"数据库文件已损坏.*之前的备份都保留着"):
            backup.automatic_backup(sqlite_db, NOW + timedelta(days=days), root)
    assert [p.name for p in good.parent.iterdir()] == [good.name]
    out = tmp_path / "manual.sqlite3"
    assert main(["--db", sqlite_db.url, *it, "backup", "-o", str(out)]) == 1
    assert "数据库文件已损坏" in capsys.readouterr().err
    assert not out.exists() and not list(tmp_path.glob("*.partial"))


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_backups_and_kept_aside_files_are_the_users_alone(
    sqlite_db: Database, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(paths, "backup_dir", lambda: tmp_path / "backups")
    previous = os.umask(0o022)
    try:
        made = backup.automatic_backup(sqlite_db, NOW)
        manual = backup.backup(sqlite_db, tmp_path / "manual.sqlite3", NOW)
        target = backup.sqlite_file(sqlite_db)
        sqlite_db.dispose()
        kept = backup.restore_sqlite(target, made, NOW)
    finally:
        os.umask(previous)
    for folder in (tmp_path / "backups", made.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for file in (made, manual, kept):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600


@contextmanager
def immutable(path: Path) -> Iterator[None]:
    """chattr +i: refused even to root (the tests run as root, which ignores modes)."""
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not installed")
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"chattr +i not supported here: {done.stderr.decode().strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@pytest.mark.parametrize("locked", ["file", "folder"])
def test_restore_onto_an_immutable_file_or_folder_says_why_and_leaves_nothing(
    sqlite_db: Database, tmp_path: Path, capsys, locked: str
) -> None:
    add_customer(sqlite_db, "张三", "13812345678")
    saved = backup.backup(sqlite_db, tmp_path / "saved" / "b.sqlite3", NOW)
    add_customer(sqlite_db, "李四", "13912345678")
    it = cli_user(sqlite_db)
    target = backup.sqlite_file(sqlite_db)
    sqlite_db.dispose()
    before = sorted(p.name for p in target.parent.iterdir())
    with immutable(target if locked == "file" else target.parent):
        assert main(["--db", sqlite_db.url, *it, "restore", str(saved)]) == 1
    err = capsys.readouterr().err
    assert "未做任何改动" in err and "Traceback" not in err
    assert sorted(p.name for p in target.parent.iterdir()) == before
    assert customer_count(target) == 2


def first_manager(monkeypatch, *global_options: str) -> int:
    """`user add` of the first store manager: the one command a new database allows with
    nobody signed in (password: the one tests sign in with)."""
    monkeypatch.setattr("sys.stdin", io.StringIO(CLI_PASSWORD + "\n"))
    add = ["user", "add", "boss", "--name", "王店长", "--role", "store_manager"]
    return main([*global_options, *add, "--password-stdin"])


def test_an_empty_file_is_not_made_a_database_without_create(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    empty = tmp_path / "store.sqlite3"
    empty.touch()
    assert main(["--db", str(empty), "complaints"]) == 1
    assert "--create" in capsys.readouterr().err and empty.stat().st_size == 0
    assert main(["--db", str(empty), "backup", "-o", str(tmp_path / "b.sqlite3")]) == 1
    assert empty.stat().st_size == 0
    assert first_manager(monkeypatch, "--db", str(empty), "--create") == 0
    assert empty.stat().st_size > 0
    assert main(["--db", str(empty), "--user", "boss", "complaints"]) == 0


def test_a_missing_file_needs_create_unless_it_is_the_default_or_demo_database(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path / "data")
    monkeypatch.delenv(paths.DB_ENV_VAR, raising=False)
    elsewhere = tmp_path / "typo.sqlite3"
    assert main(["--db", str(elsewhere), "complaints"]) == 1
    assert "不存在" in capsys.readouterr().err and not elsewhere.exists()
    assert first_manager(monkeypatch) == 0 and paths.default_db_path().exists()
    assert first_manager(monkeypatch, "--db", str(paths.demo_db_path())) == 0


def test_the_window_asks_before_making_a_database_in_an_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "store.sqlite3"
    empty.touch()
    asked, opened = [], []

    def window(db: Database, _start) -> int:
        opened.append(db.url)
        return 0

    def answer(yes: bool):
        return lambda refusal: asked.append(refusal.empty) or yes

    assert main(["--db", str(empty)], open_window=window, confirm_create=answer(False)) == 1
    assert opened == [] and empty.stat().st_size == 0
    assert main(["--db", str(empty)], open_window=window, confirm_create=answer(True)) == 0
    assert asked == [True, True] and len(opened) == 1 and empty.stat().st_size > 0


@pytest.mark.postgres
def test_a_server_database_is_never_refused_as_empty(db: Database) -> None:
    check_can_open(db.url, create=False)  # PostgreSQL: nothing to check; SQLite: has data


def test_a_restore_that_fails_midway_puts_the_database_back(
    sqlite_db: Database, tmp_path: Path, capsys
) -> None:
    """The swap fails after the current file was moved aside (here: a folder stands where
    the -shm file would be removed): the database is put back, nothing else is left."""
    add_customer(sqlite_db, "张三", "13812345678")
    saved = backup.backup(sqlite_db, tmp_path / "saved" / "b.sqlite3", NOW)
    add_customer(sqlite_db, "李四", "13912345678")
    it = cli_user(sqlite_db)
    target = backup.sqlite_file(sqlite_db)
    sqlite_db.dispose()
    (tmp_path / f"{target.name}-shm" / "x").mkdir(parents=True)
    before = sorted(p.name for p in target.parent.iterdir())
    assert main(["--db", sqlite_db.url, *it, "restore", str(saved)]) == 1
    assert "无法替换数据库文件" in capsys.readouterr().err
    assert sorted(p.name for p in target.parent.iterdir()) == before
    assert customer_count(target) == 2
