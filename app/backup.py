"""Backups and restore. SQLite: the online backup API (a consistent copy while the app
writes), generations kept by day, week and month. PostgreSQL: pg_dump, when installed."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy.engine import make_url

from . import paths, settings
from .db import Database, alembic_config, is_known_revision
from .errors import EnvironmentProblem, UserError

STAMP_FORMAT = "%Y%m%d-%H%M%S"
PREFIX = "dealerdesk-"


@dataclass(frozen=True)
class RetentionPolicy:
    keep_days: int = 7
    keep_weeks: int = 5
    keep_months: int = 12
    min_minutes_between: int = 30


def policy_from_settings(db: Database) -> RetentionPolicy:
    with db.transaction() as session:
        return RetentionPolicy(
            keep_days=settings.get(session, "backup.keep_days"),
            keep_weeks=settings.get(session, "backup.keep_weeks"),
            keep_months=settings.get(session, "backup.keep_months"),
            min_minutes_between=settings.get(session, "backup.min_minutes_between"),
        )


def generations_to_keep(
    stamps: Iterable[datetime], now: datetime, policy: RetentionPolicy
) -> set[datetime]:
    """Grandfather-father-son: the newest backup of each of the last days, weeks, months."""
    newest_first = sorted(stamps, reverse=True)
    keep: set[datetime] = set()
    for bucket, horizon in (
        (lambda d: d.date(), timedelta(days=policy.keep_days)),
        (lambda d: d.isocalendar()[:2], timedelta(weeks=policy.keep_weeks)),
        (lambda d: (d.year, d.month), timedelta(days=31 * policy.keep_months)),
    ):
        seen = set()
        for stamp in newest_first:
            if now - stamp <= horizon and bucket(stamp) not in seen:
                seen.add(bucket(stamp))
                keep.add(stamp)
    return keep


def sqlite_file(db: Database) -> Path:
    url = make_url(db.url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise UserError("这不是 SQLite 数据库文件。")
    return Path(url.database)


def backup_sqlite(db: Database, destination: Path) -> Path:
    """A consistent copy through SQLite's online backup API, written atomically."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    source = sqlite3.connect(sqlite_file(db))
    target = sqlite3.connect(partial)
    try:
        with target:
            source.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal
    except sqlite3.OperationalError as exc:
        partial.unlink(missing_ok=True)
        raise EnvironmentProblem(f"备份失败：{exc}（请检查磁盘空间和文件夹权限）") from exc
    finally:
        target.close()
        source.close()
    os.replace(partial, destination)
    return destination


def backup_postgres(db: Database, destination: Path) -> Path:
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise EnvironmentProblem(
            "未找到 pg_dump：PostgreSQL 数据库的备份需要安装 PostgreSQL 客户端工具（pg_dump），"
            "或由 IT 在数据库服务器上备份。"
        )
    url = make_url(db.url).set(drivername="postgresql").render_as_string(hide_password=False)
    done = subprocess.run(
        [pg_dump, "--format=custom", "--file", str(destination), "--dbname", url],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise EnvironmentProblem(f"pg_dump 备份失败：{done.stderr.strip()[:300]}")
    return destination


def backup(db: Database, destination: Path | None, now: datetime) -> Path:
    """`main.py backup [-o FILE]`: a backup now, to FILE or into the backup folder."""
    if db.is_sqlite:
        target = destination or paths.backup_dir() / f"{PREFIX}{now:{STAMP_FORMAT}}.sqlite3"
        return backup_sqlite(db, target)
    return backup_postgres(db, destination or Path(f"{PREFIX}{now:{STAMP_FORMAT}}.dump"))


def stamp_of(path: Path) -> datetime | None:
    try:
        return datetime.strptime(path.name.removeprefix(PREFIX).split(".")[0], STAMP_FORMAT)
    except ValueError:
        return None


def automatic_backup(db: Database, folder: Path, now: datetime) -> Path | None:
    """The backup the app makes on start and every few hours: skipped if one was made
    minutes ago; older generations pruned. PostgreSQL is backed up on its server."""
    if not db.is_sqlite:
        return None
    policy = policy_from_settings(db)
    existing = {
        stamp: path for path in folder.glob(f"{PREFIX}*.sqlite3") if (stamp := stamp_of(path))
    }
    if existing and now - max(existing) < timedelta(minutes=policy.min_minutes_between):
        return None
    made = backup_sqlite(db, folder / f"{PREFIX}{now:{STAMP_FORMAT}}.sqlite3")
    existing[now.replace(microsecond=0)] = made
    keep = generations_to_keep(existing, now, policy)
    for stamp, path in existing.items():
        if stamp not in keep:
            path.unlink(missing_ok=True)
    return made


def restore_sqlite(target: Path, backup_file: Path, now: datetime) -> Path:
    """Check a copy of the backup, keep the current database aside, then swap.
    Returns where the current database was kept. No connection may be open on target."""
    if not backup_file.is_file():
        raise UserError(f"找不到备份文件：{backup_file}")
    candidate = target.with_name(target.name + ".restoring")
    try:
        _copy_through_sqlite(backup_file, candidate)
        _check_restorable(candidate)
    except BaseException:
        candidate.unlink(missing_ok=True)
        raise
    kept = target.with_name(f"{target.name}.before-restore-{now:{STAMP_FORMAT}}")
    if target.exists():
        _checkpoint(target)
        os.replace(target, kept)
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    os.replace(candidate, target)
    return kept


def _copy_through_sqlite(source_file: Path, destination: Path) -> None:
    """Copy with the backup API, so a backup that has a -wal beside it is read whole."""
    source = sqlite3.connect(f"file:{source_file}?mode=ro", uri=True)
    target = sqlite3.connect(destination)
    try:
        source.backup(target)
    except sqlite3.DatabaseError as exc:
        raise UserError(f"备份文件无法读取，已放弃恢复：{exc}") from exc
    finally:
        target.close()
        source.close()


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the file so the kept-aside copy is complete on its own."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def _check_restorable(candidate: Path) -> None:
    connection = sqlite3.connect(candidate)
    try:
        verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise UserError(f"备份文件无法读取，已放弃恢复：{exc}") from exc
    finally:
        connection.close()
    if verdict != "ok":
        raise UserError(f"备份文件未通过完整性检查（{verdict}），已放弃恢复。")
    known = ScriptDirectory.from_config(alembic_config())
    if revision is None or not is_known_revision(known, revision[0]):
        raise UserError("备份文件来自更新版本的 DealerDesk，请先升级程序再恢复。")
