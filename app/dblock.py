"""`<database>.lock` beside a SQLite file: every DealerDesk process that has the database
open holds it shared, and a restore holds it exclusively. SQLite's own locks cannot say
"nobody has this file open" under WAL (readers do not block BEGIN EXCLUSIVE), and a
restore swaps the file itself, so a process opening it meanwhile must wait.

POSIX (flock) only; on Windows the operating system already refuses to rename a file
another process has open, and restore also checks through SQLite (backup.py)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from .errors import EnvironmentProblem
from .i18n import QT_TRANSLATE_NOOP

if sys.platform == "win32":
    fcntl = None
else:
    import fcntl

POLL_SECONDS = 0.1


class InUse(Exception):
    """Another process holds the lock in a mode that excludes ours."""


class DatabaseLock:
    def __init__(self, database_file: Path, wait_seconds: float = 5.0) -> None:
        self.path = Path(str(database_file) + ".lock")
        self.wait_seconds = wait_seconds
        self._fd: int | None = None

    def hold_shared(self) -> None:
        """For a process that uses the database: waits out a restore, then refuses."""
        try:
            self._hold(exclusive=False, wait_seconds=self.wait_seconds)
        except InUse:
            raise EnvironmentProblem(
                QT_TRANSLATE_NOOP("Errors", "数据库正在从备份恢复，请稍候再打开 DealerDesk。")
            ) from None

    def hold_exclusive(self) -> None:
        """For a restore: at once, or InUse when any other DealerDesk has it open."""
        self._hold(exclusive=True, wait_seconds=0)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the lock
            self._fd = None

    def _hold(self, exclusive: bool, wait_seconds: float) -> None:
        if self._fd is not None or fcntl is None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return  # a read-only folder: nobody can write or restore there anyway
        mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(fd, mode)
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise InUse() from None
                time.sleep(POLL_SECONDS)
                continue
            self._fd = fd
            return
