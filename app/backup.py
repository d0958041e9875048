"""Backups and restore. SQLite: the online backup API (a consistent copy while the app
writes), checked before and after, generations kept by day, week and month in a folder
of each database's own. PostgreSQL: pg_dump, when installed. Backups are the user's
alone (0600 files in 0700 folders on POSIX) and written to a temporary name, synced and
renamed, so a failed backup leaves the earlier ones as they were."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import make_url

from . import backup_files, paths, settings
from .db import Database, alembic_config, is_known_revision
from .dblock import DatabaseLock, InUse
from .errors import EnvironmentProblem, UserError
from .files import files_folder, fsync_file, fsync_folder
from .i18n import QT_TRANSLATE_NOOP

STAMP_FORMAT = "%Y%m%d-%H%M%S"
PREFIX = "dealerdesk-"
IN_USE = QT_TRANSLATE_NOOP(
    "Errors",
    "数据库正被其他程序使用（本机 DealerDesk 窗口或另一台工作站），请先关闭后再恢复。"
    "数据库未做任何改动。",
)


@dataclass(frozen=True)
class RetentionPolicy:
    keep_days: int = 7
    keep_weeks: int = 5
    keep_months: int = 12
    min_minutes_between: int = 30
    every_hours: int = 3


def policy_from_settings(db: Database) -> RetentionPolicy:
    with db.transaction() as session:
        return RetentionPolicy(
            keep_days=settings.get(session, "backup.keep_days"),
            keep_weeks=settings.get(session, "backup.keep_weeks"),
            keep_months=settings.get(session, "backup.keep_months"),
            min_minutes_between=settings.get(session, "backup.min_minutes_between"),
            every_hours=settings.get(session, "backup.every_hours"),
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
        raise UserError(QT_TRANSLATE_NOOP("Errors", "这不是 SQLite 数据库文件。"))
    return Path(url.database)


def backup_folder(db: Database, root: Path | None = None) -> Path:
    """The folder of this database's backups: a store's and the demo's never mix.
    SQLite: the file's name and a short hash of its full path; PostgreSQL: server and name."""
    root = root or paths.backup_dir()
    url = make_url(db.url)
    if db.is_sqlite:
        path = sqlite_file(db).resolve()
        digest = hashlib.sha256(str(path).encode("utf-8")).hexdigest()[:8]
        return root / f"{path.stem}-{digest}"
    server = f"{url.host or 'localhost'}-{url.port or 5432}-{url.database}"
    return root / re.sub(r"[^\w.-]", "_", f"pg-{server}")


def backup_sqlite(db: Database, destination: Path) -> Path:
    """A consistent copy through SQLite's online backup API, written atomically, after
    checking the database (quick_check) and the copy (integrity_check)."""
    source_file = sqlite_file(db)

    def write(partial: Path) -> None:
        _copy_checked(source_file, partial)
        _keep_attached_files(partial, source_file, destination)

    return _write_atomically(destination, write)


def _keep_attached_files(copy: Path, source_file: Path, destination: Path) -> None:
    try:
        earlier = sorted(destination.parent.glob(f"{PREFIX}*.sqlite3"), reverse=True)
        backup_files.keep_files(copy, files_folder(source_file), destination, earlier)
    except OSError as exc:
        raise EnvironmentProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "附件（照片、维修档案）备份失败：{strerror}。这次备份没有完成，之前的备份都"
                "保留着。请检查磁盘空间和文件夹权限。",
            ),
            strerror=exc.strerror,
        ) from exc


SOURCE_CORRUPT = QT_TRANSLATE_NOOP(
    "Errors",
    "数据库文件已损坏（{verdict}），这次没有备份。之前的备份都保留着，一份也没有删除。"
    "请尽快从最近的备份恢复（python main.py restore 备份文件），或联系 IT。",
)
COPY_CORRUPT = QT_TRANSLATE_NOOP(
    "Errors",
    "备份副本未通过完整性检查（{verdict}），已删除这份副本。之前的备份都保留着，"
    "一份也没有删除。请检查磁盘。",
)


def _copy_checked(source_file: Path, partial: Path) -> None:
    source = _connect(source_file, "rw")
    target = sqlite3.connect(partial)
    try:
        _require_ok(source, "quick_check", SOURCE_CORRUPT)
        with target:
            source.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal
        _require_ok(target, "integrity_check", COPY_CORRUPT)
    except sqlite3.DatabaseError as exc:
        if "malformed" in str(exc) or "not a database" in str(exc):
            raise EnvironmentProblem(SOURCE_CORRUPT, verdict=exc) from exc
        raise EnvironmentProblem(
            QT_TRANSLATE_NOOP("Errors", "备份失败：{exc}（请检查磁盘空间和文件夹权限）"), exc=exc
        ) from exc
    finally:
        target.close()
        source.close()


def _require_ok(connection: sqlite3.Connection, pragma: str, template: str) -> None:
    rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}").fetchmany(3)]
    if rows != ["ok"]:
        raise EnvironmentProblem(template, verdict="；".join(rows))


def backup_postgres(db: Database, destination: Path) -> Path:
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise EnvironmentProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "未找到 pg_dump：PostgreSQL 数据库的备份需要安装 PostgreSQL 客户端工具"
                "（pg_dump），或由 IT 在数据库服务器上备份。",
            )
        )
    url = make_url(db.url).set(drivername="postgresql").render_as_string(hide_password=False)

    def dump(partial: Path) -> None:
        done = subprocess.run(
            [pg_dump, "--format=custom", "--file", str(partial), "--dbname", url],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise EnvironmentProblem(
                QT_TRANSLATE_NOOP("Errors", "pg_dump 备份失败：{reason}"),
                reason=done.stderr.strip()[:300],
            )

    return _write_atomically(destination, dump)


def backup(db: Database, destination: Path | None, now: datetime) -> Path:
    """`main.py backup [-o FILE]`: a backup now, to FILE or into the database's folder."""
    suffix = ".sqlite3" if db.is_sqlite else ".dump"
    target = destination or backup_folder(db) / f"{PREFIX}{now:{STAMP_FORMAT}}{suffix}"
    if db.is_sqlite:
        return backup_sqlite(db, target)
    return backup_postgres(db, target)


def stamp_of(path: Path) -> datetime | None:
    try:
        return datetime.strptime(path.name.removeprefix(PREFIX).split(".")[0], STAMP_FORMAT)
    except ValueError:
        return None


def automatic_backup(db: Database, now: datetime, root: Path | None = None) -> Path | None:
    """The backup the app makes on start and every few hours, in the database's own
    folder: skipped if one was made minutes ago; older generations pruned once the new
    one is written and checked. PostgreSQL is backed up on its server."""
    if not db.is_sqlite:
        return None
    folder = backup_folder(db, root)
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
            backup_files.remove_files_of(path)
    return made


def restore_sqlite(target: Path, backup_file: Path, now: datetime) -> Path:
    """Check a copy of the backup, keep the current database aside, then swap. Refused
    while any other connection has the database open. Returns where the current
    database was kept; on any refusal or failure nothing is changed or left behind."""
    if not backup_file.is_file():
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "找不到备份文件：{backup_file}"), backup_file=backup_file
        )
    lock = DatabaseLock(target)
    try:
        lock.hold_exclusive()  # a DealerDesk that opens the database meanwhile waits
    except InUse:
        raise UserError(IN_USE) from None
    try:
        _refuse_if_open_elsewhere(target)
        candidate = _checked_candidate(target, backup_file)
        _bring_back_files(backup_file, target, candidate)
        return _swap(target, candidate, now)
    finally:
        lock.release()


def _bring_back_files(backup_file: Path, target: Path, candidate: Path) -> None:
    """Before the swap: the live folder only gains files (named by content), so a
    restore that then fails leaves the database as it was and its files usable."""
    try:
        backup_files.bring_back_files(backup_file, target)
    except OSError as exc:
        candidate.unlink(missing_ok=True)
        raise EnvironmentProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "无法把备份的附件（照片、维修档案）放回 {folder}：{strerror}。"
                "数据库未做任何改动。",
            ),
            folder=files_folder(target),
            strerror=exc.strerror,
        ) from exc


def _refuse_if_open_elsewhere(target: Path) -> None:
    """Any connection, DealerDesk's or another program's, keeps a WAL database in WAL
    mode: leaving it (which also folds the WAL into the file) fails while one is open."""
    if not target.is_file():
        return
    _require_writable(target)  # else SQLite would open it read-only and leave a -wal behind
    wal = Path(f"{target}-wal")
    had_wal = wal.exists()
    try:
        connection = _connect(target, "rw", timeout=0.5)
    except sqlite3.Error:
        return  # not openable as a database: replacing it is what restore is for
    try:
        connection.execute("PRAGMA journal_mode=DELETE").fetchall()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise UserError(IN_USE) from exc
    except sqlite3.DatabaseError:
        pass  # a broken file
    finally:
        connection.close()
        if not had_wal and wal.is_file() and wal.stat().st_size == 0:
            wal.unlink()  # made by this check when SQLite could not go on: not left behind


def _require_writable(target: Path) -> None:
    try:
        os.close(os.open(target, os.O_RDWR))
    except OSError as exc:
        raise EnvironmentProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "数据库文件 {target} 无法写入（{strerror}）。数据库未做任何改动，"
                "请检查这个文件的权限（只读、被锁定）。",
            ),
            target=target,
            strerror=exc.strerror,
        ) from exc


def _checked_candidate(target: Path, backup_file: Path) -> Path:
    """The backup, copied beside the database and checked; removed again on failure."""
    candidate = target.with_name(target.name + ".restoring")
    candidate.unlink(missing_ok=True)  # left by a restore cut off by a power failure
    _new_private_file(candidate)
    try:
        if target.is_file():
            os.chmod(candidate, target.stat().st_mode & 0o777)  # the database keeps its mode
        _copy_through_sqlite(backup_file, candidate)
        _check_restorable(candidate)
        fsync_file(candidate)
    except BaseException:
        candidate.unlink(missing_ok=True)
        raise
    return candidate


def _swap(target: Path, candidate: Path, now: datetime) -> Path:
    """The current file (and its WAL, if any) to a kept-aside name, the candidate in
    its place; put back as it was if the folder or the file refuses."""
    kept = _free_name(target.with_name(f"{target.name}.before-restore-{now:{STAMP_FORMAT}}"))
    moved: list[str] = []
    try:
        for suffix in ("", "-wal"):
            if Path(f"{target}{suffix}").exists():
                os.replace(f"{target}{suffix}", f"{kept}{suffix}")
                moved.append(suffix)
        Path(f"{target}-shm").unlink(missing_ok=True)
        os.replace(candidate, target)
    except OSError as exc:
        for suffix in reversed(moved):
            os.replace(f"{kept}{suffix}", f"{target}{suffix}")
        candidate.unlink(missing_ok=True)
        raise EnvironmentProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "无法替换数据库文件 {target}（{strerror}）。数据库未做任何改动，"
                "请检查这个文件和它所在文件夹的权限（只读、被锁定）。",
            ),
            target=target,
            strerror=exc.strerror,
        ) from exc
    for suffix in moved:
        _make_private(Path(f"{kept}{suffix}"))
    fsync_folder(target.parent)
    return kept


def _free_name(path: Path) -> Path:
    """`path`, or `path-2`, `path-3` …: two restores in one second keep both files."""
    found, number = path, 1
    while found.exists():
        number += 1
        found = path.with_name(f"{path.name}-{number}")
    return found


def _copy_through_sqlite(source_file: Path, destination: Path) -> None:
    """Copy with the backup API, so a backup that has a -wal beside it is read whole."""
    source = _connect(source_file, "ro")
    target = sqlite3.connect(destination)
    try:
        source.backup(target)
    except sqlite3.DatabaseError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "备份文件无法读取，已放弃恢复：{exc}"), exc=exc
        ) from exc
    finally:
        target.close()
        source.close()


def _check_restorable(candidate: Path) -> None:
    connection = sqlite3.connect(candidate)
    try:
        verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "备份文件无法读取，已放弃恢复：{exc}"), exc=exc
        ) from exc
    finally:
        connection.close()
    if verdict != "ok":
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "备份文件未通过完整性检查（{verdict}），已放弃恢复。"),
            verdict=verdict,
        )
    from alembic.script import ScriptDirectory  # only when restoring

    known = ScriptDirectory.from_config(alembic_config())
    if revision is None or not is_known_revision(known, revision[0]):
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "备份文件来自更新版本的 DealerDesk，请先升级程序再恢复。")
        )


def _connect(path: Path, mode: str, timeout: float = 5.0) -> sqlite3.Connection:
    """Open an existing file only (`rw`/`ro`): never create an empty database by mistake."""
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    return sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)


def _write_atomically(destination: Path, write) -> Path:
    """`write(partial)` fills a private file beside `destination`; synced and renamed
    only when it succeeded, removed when it did not."""
    _private_folder(destination.parent)
    partial = destination.with_name(destination.name + ".partial")
    _new_private_file(partial)
    try:
        write(partial)
        fsync_file(partial)
        os.replace(partial, destination)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    fsync_folder(destination.parent)
    return destination


def _private_folder(folder: Path) -> None:
    """Create the folder for the user only; our own backup folders are made so again."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if folder.is_relative_to(paths.backup_dir()):
            for part in (folder, *folder.parents):
                if not part.is_relative_to(paths.backup_dir()):
                    break
                _make_private(part, 0o700)
    except OSError as exc:
        raise EnvironmentProblem(
            QT_TRANSLATE_NOOP("Errors", "无法创建备份文件夹 {folder}：{strerror}"),
            folder=folder,
            strerror=exc.strerror,
        ) from exc


def _new_private_file(path: Path) -> None:
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        _make_private(path)
    except OSError as exc:
        raise EnvironmentProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "无法在文件夹 {parent} 中写入文件（{strerror}），未做任何改动。"
                "请检查文件夹权限（只读、被锁定）和磁盘空间。",
            ),
            parent=path.parent,
            strerror=exc.strerror,
        ) from exc


def _make_private(path: Path, mode: int = 0o600) -> None:
    if os.name == "posix":
        os.chmod(path, mode)
