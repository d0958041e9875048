"""Typed errors. Each carries a message a store's staff can read (Simplified Chinese).

`UserError` subclasses are mistakes or situations people can act on; anything else
that escapes is a bug and goes to the crash report.
"""

from __future__ import annotations

from pathlib import Path


class UserError(Exception):
    """Something the person at the desk can understand and fix."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(UserError):
    """Bad input for one field; `field` names it so the form can point at it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(UserError):
    pass


class StaleRecordError(UserError):
    """Someone else saved the record after it was loaded (optimistic locking)."""

    def __init__(self, what: str = "记录") -> None:
        super().__init__(f"{what}已被其他工作站修改，请重新加载后再保存。")


class EnvironmentProblem(UserError):
    """The machine, not the user: disk full, folder read-only, server down."""


class DatabaseTooNewError(EnvironmentProblem):
    def __init__(self, found: str, known: str) -> None:
        super().__init__(
            f"数据库版本（{found}）比本程序（{known}）新，请先升级 DealerDesk 再打开此数据库。"
        )


class NeedsCreateError(UserError):
    """The database file is empty or missing: made only when asked (`--create`)."""

    def __init__(self, path: Path, empty: bool) -> None:
        what = "是空的（0 字节）" if empty else "不存在"
        super().__init__(
            f"数据库文件 {path} {what}，未做任何改动。如果要在这里新建一个门店数据库，"
            "请加上 --create 再运行；如果这里原来有数据，"
            "请用 python main.py restore 备份文件 恢复。"
        )
        self.path = path
        self.empty = empty


class SignInNeeded(UserError):
    """A command that acts for someone was run without `--user`."""

    def __init__(self) -> None:
        super().__init__(
            "这个命令需要登录：请加 --user 用户名（密码取自环境变量 DEALERDESK_PASSWORD、"
            "--password-stdin 或提示输入）。"
        )
