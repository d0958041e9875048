"""A command's --user password checked ahead (app.password_check): the sign-in gives the
same answers, counts the same failures, and does one Argon2 verify, not two."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from app import password_check
from app.db import Database
from app.models import StaffUser
from app.permissions import SYSTEM
from app.services.auth import AuthService, SignInRefused
from tests.factories import CLI_PASSWORD, add_customer, cli_user

ROOT = Path(__file__).resolve().parents[2]

ENVIRON = {password_check.PASSWORD_ENV: CLI_PASSWORD}


@pytest.fixture
def verifies(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The hashes Argon2 verified, on any thread."""
    done: list[str] = []

    class Counting(PasswordHasher):
        def verify(self, hash: str | bytes, password: str | bytes) -> bool:
            done.append(str(hash))
            return super().verify(hash, password)

    monkeypatch.setattr(password_check, "HASHER", Counting())
    return done


def ahead(db: Database, username: str = "it", environ: dict[str, str] = ENVIRON) -> None:
    password_check.check_ahead(["--db", db.url, "--user", username, "search", "王"], environ)


def failed_sign_ins(db: Database, username: str) -> int:
    with db.reading() as session:
        return session.scalar(
            select(StaffUser.failed_sign_ins).where(StaffUser.username == username)
        )


def test_the_right_password_signs_in_with_one_verify(db: Database, verifies) -> None:
    cli_user(db)
    verifies.clear()
    ahead(db)
    assert AuthService(db).sign_in("it", CLI_PASSWORD).name == "it（测试）"
    assert len(verifies) == 1


def test_a_wrong_password_is_refused_and_counted(db: Database, verifies) -> None:
    cli_user(db)
    verifies.clear()
    ahead(db, environ={password_check.PASSWORD_ENV: "not-the-password"})
    with pytest.raises(SignInRefused):
        AuthService(db).sign_in("it", "not-the-password")
    assert failed_sign_ins(db, "it") == 1
    assert len(verifies) == 1


def test_an_unknown_user_costs_the_same_one_verify(db: Database, verifies) -> None:
    ahead(db, "nobody")
    with pytest.raises(SignInRefused):
        AuthService(db).sign_in("nobody", CLI_PASSWORD)
    assert verifies == [password_check.DUMMY_HASH]


def test_a_password_changed_after_the_check_ahead_is_checked_anew(db: Database) -> None:
    """The check ahead read the old hash: its answer is not the new one's."""
    cli_user(db)
    ahead(db)
    password_check._ahead._thread.join()  # type: ignore[union-attr]
    with db.transaction(SYSTEM) as session:
        user = session.scalar(select(StaffUser).where(StaffUser.username == "it"))
        user.password_hash = password_check.HASHER.hash("a-new-password-1")
    with pytest.raises(SignInRefused):
        AuthService(db).sign_in("it", CLI_PASSWORD)
    assert AuthService(db).sign_in("it", "a-new-password-1").name == "it（测试）"


def test_a_database_that_cannot_be_read_ahead_is_left_to_the_sign_in(tmp_path, verifies) -> None:
    missing = f"sqlite:///{tmp_path / 'not-yet.sqlite3'}"
    password_check.check_ahead(["--db", missing, "--user", "it", "search", "王"], ENVIRON)
    password_check._ahead._thread.join()  # type: ignore[union-attr]
    assert not (tmp_path / "not-yet.sqlite3").exists()
    assert password_check._ahead.hash is None  # type: ignore[union-attr]
    assert not verifies
    password_check._taken_ahead()


@pytest.mark.parametrize(
    ("argv", "asked"),
    [
        (["--db", "x.db", "--user", "li", "search", "王"], ("x.db", "li")),
        (["--user=li", "--db=postgresql://h/d", "due-list"], ("postgresql://h/d", "li")),
        (["--user", "li", "search", "--db", "y"], (None, "li")),  # the command's own
        (["--user", "li"], None),  # the window
        (["--user", "li", "--exit-when-ready", "search", "王"], None),
        (["--password-stdin", "--user", "li", "search", "王"], None),
        (["--user", "li", "restore", "backup.sqlite3"], None),
        (["--user", "li", "demo"], None),
        (["--user", "li", "search", "--help"], None),
        (["--db", "x.db", "search", "王"], None),  # nobody signs in
        (["--user"], None),
    ],
)
def test_only_a_plain_command_line_is_read_ahead(argv, asked) -> None:
    assert password_check._global_options(argv) == asked


def test_nothing_is_read_ahead_without_the_password_in_the_environment(db: Database) -> None:
    cli_user(db)
    ahead(db, environ={})
    assert password_check._taken_ahead() is None


@pytest.mark.parametrize("password", [CLI_PASSWORD, "not-the-password"])
def test_a_command_run_as_its_own_process_signs_in_as_before(db: Database, password) -> None:
    """main.py checks ahead: the right password finds the customer, a wrong one is
    refused with sign-in's words, and counted."""
    add_customer(db, "王小明", "13800001111")
    argv = ["--db", db.url, *cli_user(db), "search", "王", "--json"]
    environ = {**os.environ, password_check.PASSWORD_ENV: password}
    done = subprocess.run(
        [sys.executable, "main.py", *argv],
        cwd=ROOT, env=environ, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    if password == CLI_PASSWORD:
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)[0]["name"] == "王小明"
        assert failed_sign_ins(db, "it") == 0
    else:
        assert (done.returncode, done.stdout) == (1, "")
        assert "用户名或密码不正确" in done.stderr
        assert failed_sign_ins(db, "it") == 1


def test_a_database_kind_without_its_driver_is_left_to_the_command(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if psycopg were not installed
    password_check.check_ahead(
        ["--db", "postgresql://nobody@127.0.0.1:1/none", "--user", "it", "search", "王"],
        ENVIRON,
    )
    assert password_check._taken_ahead() is None
