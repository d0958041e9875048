"""Signing in on the command line: `--user NAME`, the password from DEALERDESK_PASSWORD,
the first line of standard input (--password-stdin) or a prompt."""

from __future__ import annotations

import getpass
import os
import sys

from .db import Database
from .errors import UserError
from .permissions import Actor
from .services.auth import AuthService

PASSWORD_ENV = "DEALERDESK_PASSWORD"
HOW = (
    "这个命令需要登录：请加 --user 用户名（密码取自环境变量 DEALERDESK_PASSWORD、"
    "--password-stdin 或提示输入）。"
)


class SignInNeeded(UserError):
    def __init__(self) -> None:
        super().__init__(HOW)


def sign_in_from_command_line(db: Database, username: str | None, password_stdin: bool) -> Actor:
    if not username:
        raise SignInNeeded()
    return AuthService(db).sign_in(username, _password(username, password_stdin))


def _password(username: str, from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    if PASSWORD_ENV in os.environ:
        return os.environ[PASSWORD_ENV]
    if not sys.stdin.isatty():
        raise UserError(
            f"没有 {username} 的密码：请设置环境变量 {PASSWORD_ENV} 或用 --password-stdin。"
        )
    return getpass.getpass(f"{username} 的密码：")
