"""Every file DealerDesk writes goes through `atomic_write`: a temporary name beside the
target, flushed to disk, then renamed over it. A failed write (disk full, writer error,
power cut) leaves the old file exactly as it was, or no file at all, never half a file."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TEMP_SUFFIX = ".tmp"


@contextmanager
def atomic_write(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside `target` to write; on success it replaces `target`.

    On any error the temporary file is removed and `target` is untouched.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = _create_temp(target)
    try:
        yield temp
        fsync_file(temp)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_folder(target.parent)


def _create_temp(target: Path) -> Path:
    """An empty new file beside the target, created with the usual (umask) permissions."""
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
    os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    with contextlib.suppress(FileNotFoundError):  # a replaced file keeps its permissions
        os.chmod(temp, stat.S_IMODE(target.stat().st_mode))
    return temp


def files_folder(database_file: Path) -> Path:
    """The folder beside a SQLite file (a database or its backup) holding its attached
    files (app.services.attachments, app.backup_files)."""
    return database_file.with_name(f"{database_file.stem}_files")


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as file:
        os.fsync(file.fileno())


def fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows cannot open a folder for this)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
