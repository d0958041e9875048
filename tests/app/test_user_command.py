"""`main.py [--user NAME] user add|passwd|disable`: the first store manager is added with
nobody signed in; everything after that is done by someone signed in, as themselves."""

from __future__ import annotations

import io

import pytest

from app.cli import main
from app.db import Database
from app.services.auth import AuthService, SignInRefused


def run(db: Database, monkeypatch, *args: str, user: str | None = None, password: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    signed_in = ["--user", user] if user else []
    return main(["--db", db.url, *signed_in, "user", *args])


def test_admin_then_staff_then_passwd_then_disable(
    sqlite_db: Database, monkeypatch, capsys
) -> None:
    assert run(sqlite_db, monkeypatch, "add", "boss", "--name", "王店长", "--role", "store_manager",
               "--password-stdin", password="store-2026!") == 0  # fmt: skip
    monkeypatch.setenv("DEALERDESK_PASSWORD", "store-2026!")
    assert run(sqlite_db, monkeypatch, "add", "desk1", "--name", "刘前台", "--role", "receptionist",
               "--password-stdin", user="boss", password="front-desk-1") == 0  # fmt: skip
    assert run(sqlite_db, monkeypatch, "passwd", "desk1", "--password-stdin", user="boss",
               password="another-1") == 0  # fmt: skip
    auth = AuthService(sqlite_db)
    assert auth.sign_in("desk1", "another-1").name == "刘前台"
    assert run(sqlite_db, monkeypatch, "disable", "desk1", user="boss") == 0
    with pytest.raises(SignInRefused):
        auth.sign_in("desk1", "another-1")
    assert "已停用账号：desk1" in capsys.readouterr().out


def test_once_a_manager_exists_adding_staff_needs_someone_signed_in(
    sqlite_db: Database, monkeypatch, capsys
) -> None:
    assert run(sqlite_db, monkeypatch, "add", "boss", "--name", "王店长", "--role", "store_manager",
               "--password-stdin", password="store-2026!") == 0  # fmt: skip
    capsys.readouterr()
    assert run(sqlite_db, monkeypatch, "add", "boss2", "--name", "假店长", "--role",
               "store_manager", "--password-stdin", password="takeover-1") == 2  # fmt: skip
    assert "--user" in capsys.readouterr().err


def test_staff_change_their_own_password_but_not_a_managers(
    sqlite_db: Database, monkeypatch, capsys
) -> None:
    """A receptionist whose display name is the manager's username is still a receptionist."""
    auth = AuthService(sqlite_db)
    assert run(sqlite_db, monkeypatch, "add", "tangguoqiang", "--name", "唐国强", "--role",
               "store_manager", "--password-stdin", password="store-2026!") == 0  # fmt: skip
    monkeypatch.setenv("DEALERDESK_PASSWORD", "store-2026!")
    assert run(sqlite_db, monkeypatch, "add", "desk1", "--name", "tangguoqiang", "--role",
               "receptionist", "--password-stdin", user="tangguoqiang",
               password="front-desk-1") == 0  # fmt: skip
    monkeypatch.setenv("DEALERDESK_PASSWORD", "front-desk-1")
    assert run(sqlite_db, monkeypatch, "passwd", "tangguoqiang", "--password-stdin",
               user="desk1", password="stolen-123") == 1  # fmt: skip
    assert "管理员工账号" in capsys.readouterr().err
    assert auth.sign_in("tangguoqiang", "store-2026!").name == "唐国强"
    assert run(sqlite_db, monkeypatch, "passwd", "desk1", "--password-stdin", user="desk1",
               password="my-own-new-1") == 0  # fmt: skip
    assert auth.sign_in("desk1", "my-own-new-1").name == "tangguoqiang"


def test_bad_role_and_short_password_are_refused(sqlite_db: Database, monkeypatch, capsys) -> None:
    assert run(sqlite_db, monkeypatch, "add", "x", "--name", "某", "--role", "boss") == 2
    assert run(sqlite_db, monkeypatch, "add", "x", "--name", "某", "--role", "receptionist",
               "--password-stdin", password="123") == 1  # fmt: skip
    assert "至少 8 位" in capsys.readouterr().err


def test_the_command_line_cannot_disable_the_last_store_manager_either(
    sqlite_db: Database, monkeypatch, capsys
) -> None:
    """The staff dialog refuses it; `user disable` is another way to do the same thing."""
    assert run(sqlite_db, monkeypatch, "add", "boss", "--name", "王店长", "--role", "store_manager",
               "--password-stdin", password="store-2026!") == 0  # fmt: skip
    monkeypatch.setenv("DEALERDESK_PASSWORD", "store-2026!")
    assert run(sqlite_db, monkeypatch, "disable", "boss", user="boss") == 1
    assert "最后一位能登录的店长" in capsys.readouterr().err
    assert AuthService(sqlite_db).sign_in("boss", "store-2026!").name == "王店长"
