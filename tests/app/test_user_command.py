from __future__ import annotations

import io

import pytest

from app.cli import main
from app.db import Database
from app.services.auth import AuthService, SignInRefused


def run(db: Database, monkeypatch, *args: str, password: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return main(["--db", db.url, "user", *args])


def test_admin_then_staff_then_passwd_then_disable(
    sqlite_db: Database, monkeypatch, capsys
) -> None:
    assert run(sqlite_db, monkeypatch, "add", "boss", "--name", "王店长", "--role", "store_manager",
               "--password-stdin", password="store-2026!") == 0  # fmt: skip
    assert run(sqlite_db, monkeypatch, "add", "desk1", "--name", "刘前台", "--role", "receptionist",
               "--password-stdin", password="front-desk-1") == 0  # fmt: skip
    assert (
        run(sqlite_db, monkeypatch, "passwd", "desk1", "--password-stdin", password="another-1")
        == 0
    )
    auth = AuthService(sqlite_db)
    assert auth.sign_in("desk1", "another-1").name == "刘前台"
    assert run(sqlite_db, monkeypatch, "disable", "desk1") == 0
    with pytest.raises(SignInRefused):
        auth.sign_in("desk1", "another-1")
    assert "已停用账号：desk1" in capsys.readouterr().out


def test_bad_role_and_short_password_are_refused(sqlite_db: Database, monkeypatch, capsys) -> None:
    assert run(sqlite_db, monkeypatch, "add", "x", "--name", "某", "--role", "boss") == 2
    assert run(sqlite_db, monkeypatch, "add", "x", "--name", "某", "--role", "receptionist",
               "--password-stdin", password="123") == 1  # fmt: skip
    assert "至少 8 位" in capsys.readouterr().err
