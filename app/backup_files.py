"""The attached files (a booking's photos, repair-record PDFs) in SQLite backups.

On SQLite those files live beside the database in `<database>_files/`, named by their
SHA-256, never changed once written. A backup `X.sqlite3` keeps the files its copy of the
database refers to in `X_files/` beside it: each one checked against its hash, and
hard-linked from an earlier generation's folder when that one already holds it (the same
name is the same content), so keeping 25 generations costs one copy of each photo.
A restore puts back into the database's folder what it lacks. PostgreSQL keeps the bytes
in the row, so its dump holds them already."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .files import atomic_write, files_folder

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FilesKept:
    copied: int = 0
    linked: int = 0
    missing: tuple[str, ...] = ()  # referenced, but absent or changed in the live folder


def referenced_files(database_file: Path) -> list[tuple[str, str]]:
    """(stored path, sha256) of every attachment kept in the folder, from that file."""
    connection = sqlite3.connect(f"{database_file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT stored_path, sha256 FROM attachments WHERE stored_path IS NOT NULL"
        ).fetchall()
    except sqlite3.OperationalError:  # a database from before attachments existed
        rows = []
    finally:
        connection.close()
    return [(path, digest) for path, digest in rows if _is_inside(path)]


def keep_files(
    database_copy: Path, live_folder: Path, backup_file: Path, earlier: list[Path]
) -> FilesKept:
    """Put the files `database_copy` refers to into `backup_file`'s folder, linking
    them from the folders of the `earlier` backups that hold them already."""
    target_folder = files_folder(backup_file)
    earlier = [files_folder(b) for b in earlier if b != backup_file]
    copied, linked, missing = 0, 0, []
    for relative, digest in referenced_files(database_copy):
        target = target_folder / relative
        if _holds(target, digest):
            continue
        if _link_from(earlier, relative, digest, target):
            linked += 1
        elif _copy_checked(live_folder / relative, digest, target):
            copied += 1
        else:
            missing.append(relative)
    if missing:
        log.warning("backup %s: %d attached files missing or changed in %s: %s",
                    backup_file, len(missing), live_folder, ", ".join(missing[:10]))  # fmt: skip
    return FilesKept(copied, linked, tuple(missing))


def bring_back_files(backup_file: Path, database_file: Path) -> int:
    """Copy into the database's folder the backup's files it lacks; returns how many.
    The folder is only added to: files are named by content, so nothing is overwritten."""
    source_folder = files_folder(backup_file)
    if not source_folder.is_dir():
        return 0
    live_folder = files_folder(database_file)
    brought = 0
    for relative, digest in referenced_files(backup_file):
        if not _holds(live_folder / relative, digest):
            brought += _copy_checked(source_folder / relative, digest, live_folder / relative)
    return brought


def remove_files_of(backup_file: Path) -> None:
    """A pruned generation's folder (links shared with other generations stay valid)."""
    shutil.rmtree(files_folder(backup_file), ignore_errors=True)


def _link_from(folders: list[Path], relative: str, digest: str, target: Path) -> bool:
    for folder in folders:
        source = folder / relative
        if _holds(source, digest):
            try:
                _private_parent(target)
                os.link(source, target)
                return True
            except OSError:  # another file system, or no hard links: copy instead
                return False
    return False


def _copy_checked(source: Path, digest: str, target: Path) -> bool:
    try:
        content = source.read_bytes()
    except OSError:
        return False
    if hashlib.sha256(content).hexdigest() != digest:
        return False
    _private_parent(target)
    with atomic_write(target) as temp:
        temp.write_bytes(content)
    if os.name == "posix":
        os.chmod(target, 0o600)
    return True


def _holds(path: Path, digest: str) -> bool:
    return path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == digest


def _private_parent(target: Path) -> None:
    for folder in (target.parent.parent, target.parent):
        folder.mkdir(mode=0o700, exist_ok=True)


def _is_inside(relative: str) -> bool:
    """A stored path names a file inside the folder, never `../` or an absolute path."""
    parts = Path(relative).parts
    return bool(parts) and not Path(relative).is_absolute() and ".." not in parts
