"""Argon2 password checks, and the one a command's sign-in can have done ahead.

A command signed in with `--user` spends ~0.2 s of CPU in the Argon2 verify (in C,
without the GIL, on threads of its own) and ~0.5 s importing SQLAlchemy, the models and
the database driver before it. `check_ahead`, called by main.py before those imports,
reads the account's stored hash with the bare driver (sqlite3 or psycopg) on a thread
and verifies the password there while the imports go on. The sign-in itself is not
changed: AuthService reads the account in its transaction as before and asks
`verified(hash, password)`, which takes the answer of the check ahead only for that
same hash and password (the verify is a pure function of the two), and verifies itself
otherwise (the hash changed meanwhile, or the check ahead could not read it). An unknown,
disabled or password-less account is checked against DUMMY_HASH ahead too: every
refusal still costs one verify.

This module imports nothing heavy: it runs before anything else is loaded.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Mapping, Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

HASHER = PasswordHasher()  # argon2-cffi's defaults are Argon2id with RFC 9106 parameters
PASSWORD_ENV = "DEALERDESK_PASSWORD"

# Verified against when there is no real hash, so every refusal costs the same time.
# Written out rather than hashed at import (one Argon2 hash, ~0.3 s of every command's
# start); made with HASHER's parameters, which a test keeps equal.
DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$oLWvLaIeXJbLR7ZeXa99xQ"
    "$0vtd33Jlo5IgTKGr6HnIQfO2abvuqdA7Qz1prCMnR0U"
)

# Commands that sign nobody in through AuthService (demo, restore: see app.commands),
# or that replace the database file (restore): no check ahead for them.
NOT_AHEAD = {"demo", "restore", "paths"}
STAFF_ROW = "SELECT active, password_hash FROM staff_users WHERE username = {mark}"


def typed_username(username: str) -> str:
    """A username as typed, made safe to look up (no control characters, bounded)."""
    kept = "".join(ch for ch in username if ch.isprintable())
    return kept.strip().lower()[:41]


def verified(stored_hash: str, password: str) -> bool:
    """Whether `password` matches `stored_hash` (the check ahead's answer if it was for
    these two)."""
    ahead = _taken_ahead()
    if ahead is not None:
        answer = ahead.answer_for(stored_hash, password)
        if answer is not None:
            return answer
    try:
        return HASHER.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


Reader = Callable[[str], tuple[Any, ...] | None]  # username -> (active, password_hash)


class AheadCheck:
    """One account's stored hash, read and verified on a thread of its own."""

    def __init__(self, read_row: Reader, username: str, password: str) -> None:
        self.password = password
        self.hash: str | None = None  # the hash being verified, once read
        self.answer = False
        self._given_up = False  # the sign-in came before the hash was read
        self._lock = threading.Lock()
        self._thread = threading.Thread(
            target=self._check, args=(read_row, typed_username(username)),
            name="sign-in-ahead",
            daemon=True,  # a command that fails on its arguments does not wait for it
        )  # fmt: skip
        self._thread.start()

    def _check(self, read_row: Reader, username: str) -> None:
        try:
            active, password_hash = read_row(username) or (False, None)
        except Exception:  # any trouble is the sign-in's own to meet and report
            return
        with self._lock:
            if self._given_up:
                return
            self.hash = stored = password_hash if active and password_hash else DUMMY_HASH
        try:
            self.answer = HASHER.verify(stored, self.password)
        except (VerificationError, InvalidHashError):
            self.answer = False

    def answer_for(self, stored_hash: str, password: str) -> bool | None:
        """The answer if this check is for these two, once its verify is done; None if
        it is for others, or has not read its hash yet (never waiting for a database)."""
        with self._lock:
            self._given_up = self.hash is None
        if self.hash != stored_hash or password != self.password:
            return None
        self._thread.join()  # the verify under way: bounded, and would be done again
        return self.answer


_ahead: AheadCheck | None = None
_ahead_lock = threading.Lock()


def _taken_ahead() -> AheadCheck | None:
    """The check ahead, once: a later sign-in in the same process verifies itself."""
    global _ahead
    with _ahead_lock:
        ahead, _ahead = _ahead, None
    return ahead


def check_ahead(argv: Sequence[str], environ: Mapping[str, str] = os.environ) -> None:
    """Start checking the `--user` password of a command line ahead, when the password
    comes from $DEALERDESK_PASSWORD (standard input and the prompt are read by the
    sign-in itself, in their turn)."""
    global _ahead
    asked = _global_options(argv)
    if asked is None or PASSWORD_ENV not in environ:
        return
    db, username = asked
    try:
        read_row = _reader(db or environ.get("DEALERDESK_DB") or _default_database())
    except Exception:  # no driver, no data folder: the command meets and reports it
        return
    if read_row is not None:
        with _ahead_lock:
            _ahead = AheadCheck(read_row, username, environ[PASSWORD_ENV])


def _global_options(argv: Sequence[str]) -> tuple[str | None, str] | None:
    """(--db, --user) of a command line `[--db URL] --user NAME COMMAND …`; None for
    anything else (no user, no command, the window, --password-stdin, help, or options
    this quick reading does not know: the sign-in then checks alone)."""
    values: dict[str, str] = {}
    rest = list(argv)
    while rest and rest[0].startswith("-"):
        option, _, inline = rest.pop(0).partition("=")
        if option not in ("--db", "--user") or (not inline and not rest):
            return None
        values[option] = inline or rest.pop(0)
    if not rest or rest[0] in NOT_AHEAD or "--user" not in values:
        return None
    if any(arg in ("-h", "--help") for arg in rest):
        return None
    return values.get("--db"), values["--user"]


def _default_database() -> str:
    from .paths import default_db_path

    return str(default_db_path())


def _reader(url: str) -> Reader | None:
    """How to read an account's row of the database `url` names with its bare driver
    (imported here, not on the thread: two threads importing at once only take turns);
    None for a URL this module does not read."""
    if url.startswith(("postgresql://", "postgresql+psycopg://")):
        import psycopg

        conninfo = url.replace("postgresql+psycopg://", "postgresql://", 1)

        def postgresql_row(username: str) -> tuple[Any, ...] | None:
            with psycopg.connect(conninfo, autocommit=True, connect_timeout=10) as connection:
                return connection.execute(STAFF_ROW.format(mark="%s"), (username,)).fetchone()

        return postgresql_row
    path = _sqlite_file(url)
    if path is None:
        return None
    import sqlite3

    from .dblock import DatabaseLock

    def sqlite_row(username: str) -> tuple[Any, ...] | None:
        """Read-only, holding the database's lock shared as the command will (a restore
        waits); a missing file is not made (the command decides about that)."""
        if not path.is_file():
            raise FileNotFoundError(path)
        lock = DatabaseLock(path, wait_seconds=0)
        lock.hold_shared()
        try:
            uri = f"{path.resolve().as_uri()}?mode=ro"
            with closing(sqlite3.connect(uri, uri=True, timeout=1)) as connection:
                row: tuple[Any, ...] | None = connection.execute(
                    STAFF_ROW.format(mark="?"), (username,)
                ).fetchone()
                return row
        finally:
            lock.release()

    return sqlite_row


def _sqlite_file(url: str) -> Path | None:
    """The file of `sqlite:///PATH` or a bare path; None for anything fancier."""
    if "://" not in url:
        return Path(url).expanduser()
    for prefix in ("sqlite:///", "sqlite+pysqlite:///"):
        if url.startswith(prefix) and "?" not in url and url != prefix + ":memory:":
            return Path(url.removeprefix(prefix))
    return None
