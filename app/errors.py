"""Typed errors. Each carries a message a store's staff can read (Simplified Chinese).

`UserError` subclasses are mistakes or situations people can act on; anything else
that escapes is a bug and goes to the crash report.
"""

from __future__ import annotations


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
