"""Signing in on the command line: `--user NAME`, the password from DEALERDESK_PASSWORD,
the first line of standard input (--password-stdin) or a prompt."""

from __future__ import annotations

import getpass
import os
import sqlite3
import sys
import threading
from contextlib import closing
from datetime import datetime
from pathlib import Path

from .db import Database
from .errors import SignInNeeded, UserError
from .i18n import QT_TRANSLATE_NOOP
from .models import StaffUser
from .password_check import PASSWORD_ENV
from .permissions import Actor
from .services.auth import AuthService, check_password_offline


def sign_in_from_command_line(db: Database, username: str | None, password_stdin: bool) -> Actor:
    if not username:
        raise SignInNeeded()
    return AuthService(db).sign_in(username, _password(username, password_stdin))


class SignInCheck:
    """`--user`'s sign-in checked on a thread of its own while the window loads: the
    Argon2 verify (~0.2 s, in C, without the GIL) runs beside the import of Qt and the
    window's making. The password is read here, first; `actor()` waits for the answer
    (raising the refusal), and nothing of the store is shown before it."""

    def __init__(self, db: Database, username: str | None, password_stdin: bool) -> None:
        if not username:
            raise SignInNeeded()
        password = _password(username, password_stdin)
        self._actor: Actor | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._check, args=(AuthService(db), username, password), name="sign-in"
        )
        self._thread.start()

    def _check(self, auth: AuthService, username: str, password: str) -> None:
        try:
            self._actor = auth.sign_in(username, password)
        except BaseException as error:  # raised again on the thread that asks
            self._error = error

    def actor(self) -> Actor:
        """Who signed in, once the check is done; its refusal (a UserError) otherwise."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._actor is not None
        return self._actor


def identify_from_files(
    files: list[Path], username: str | None, password_stdin: bool, now: datetime
) -> Actor:
    """Who runs a restore, checked without opening the database for writing (it may be
    read-only, broken or about to be replaced): the first of `files` (the current database,
    then the backup) that can be read answers. Nothing is written; a refusal is the same
    as sign-in's."""
    if not username:
        raise SignInNeeded()
    password = _password(username, password_stdin)
    for path in files:
        try:
            user = _staff_row(path, username)
        except sqlite3.DatabaseError:
            continue
        return check_password_offline(user, password, now)
    raise UserError(
        QT_TRANSLATE_NOOP(
            "Errors", "无法读取数据库或备份文件中的员工账号，无法核对身份。数据库未做任何改动。"
        )
    )


def _staff_row(path: Path, username: str) -> StaffUser | None:
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        row = connection.execute(
            "SELECT id, name, role, active, password_hash, locked_until FROM staff_users"
            " WHERE username = ?",
            (username.strip().lower(),),
        ).fetchone()
    if row is None:
        return None
    locked = datetime.fromisoformat(row[5]) if row[5] else None
    return StaffUser(id=row[0], name=row[1], role=row[2], active=bool(row[3]),
                     password_hash=row[4], locked_until=locked)  # fmt: skip


def _password(username: str, from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    if PASSWORD_ENV in os.environ:
        return os.environ[PASSWORD_ENV]
    if not sys.stdin.isatty():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "没有 {username} 的密码：请设置环境变量 {variable} 或用 --password-stdin。",
            ),
            username=username,
            variable=PASSWORD_ENV,
        )
    return getpass.getpass(f"{username} 的密码：")
