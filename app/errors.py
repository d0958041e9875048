"""Typed errors. Each carries a message a store's staff can read (Simplified Chinese).

`UserError` subclasses are mistakes or situations people can act on; anything else
that escapes is a bug and goes to the crash report.

A message is a template marked for translation where it is raised, and its parameters:
`raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到员工“{name}”。"), name=name)`.
`str(error)` and `error.message` are the Chinese (the command line and the logs); the
window shows `error.phrase` translated (ui.i18n.error_text).
"""

from __future__ import annotations

from pathlib import Path

from .i18n import ERRORS, QT_TRANSLATE_NOOP, Phrase, term


class UserError(Exception):
    """Something the person at the desk can understand and fix."""

    def __init__(self, template: str, /, **params: object) -> None:
        self.phrase = Phrase(ERRORS, template, params)
        self.message = str(self.phrase)
        super().__init__(self.message)


class ValidationError(UserError):
    """Bad input for one field; `field` names it so the form can point at it."""

    def __init__(self, field: str, template: str, /, **params: object) -> None:
        super().__init__(template, **params)
        self.field = field


class NotFoundError(UserError):
    pass


RECORD = QT_TRANSLATE_NOOP("Errors", "记录")


class StaleRecordError(UserError):
    """Someone else saved the record after it was loaded (optimistic locking). `what` is
    a word marked under ERRORS (记录, 客户资料, …)."""

    def __init__(self, what: str = RECORD) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "{what}已被其他工作站修改，请重新加载后再保存。"),
            what=term(ERRORS, what),
        )


class EnvironmentProblem(UserError):
    """The machine, not the user: disk full, folder read-only, server down."""


class DatabaseTooNewError(EnvironmentProblem):
    def __init__(self, found: str, known: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "数据库版本（{found}）比本程序（{known}）新，请先升级 DealerDesk 再打开此数据库。",
            ),
            found=found,
            known=known,
        )


class NeedsCreateError(UserError):
    """The database file is empty or missing: made only when asked (`--create`)."""

    def __init__(self, path: Path, empty: bool) -> None:
        what = (
            QT_TRANSLATE_NOOP("Errors", "是空的（0 字节）")
            if empty
            else QT_TRANSLATE_NOOP("Errors", "不存在")
        )
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "数据库文件 {path} {what}，未做任何改动。如果要在这里新建一个门店数据库，"
                "请加上 --create 再运行；如果这里原来有数据，"
                "请用 python main.py restore 备份文件 恢复。",
            ),
            path=path,
            what=term(ERRORS, what),
        )
        self.path = path
        self.empty = empty
