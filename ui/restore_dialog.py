"""管理 → 从备份恢复…: choose a backup, close our own connections, restore, then close
the window so DealerDesk is opened again on the restored database."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import UserError
from app.permissions import Actor, Permission, PermissionDenied
from app.services.container import Store
from app.services.restore import RestoreService

from .crash import show_user_error
from .widgets.file_dialogs import ask_open_path


def restore_from_backup(
    parent: QWidget, store: Store, actor: Actor | None, now: datetime
) -> Path | None:
    """Returns where the current database was kept aside, or None if nothing changed.
    Refused (with the reason) while another window or workstation has the database open."""
    try:
        if actor is None:
            raise PermissionDenied(Permission.MANAGE_BACKUPS)
        restorer = store.restoring(actor)
        restorer.check_allowed()
        chosen = _choose_backup(parent, restorer)
        if chosen is None or not _confirmed(parent, chosen):
            return None
        kept = restorer.restore(chosen, now)
    except UserError as error:
        show_user_error(parent, error)
        return None
    _tell_restored(parent, kept)
    parent.window().close()  # nothing may write to the old database's connections now
    return kept


def _choose_backup(parent: QWidget, restorer: RestoreService) -> Path | None:
    folder = restorer.backup_folder()
    return ask_open_path(
        parent,
        QCoreApplication.translate("RestoreDialog", "选择要恢复的备份"),
        QCoreApplication.translate("RestoreDialog", "数据库备份 (*.sqlite3);;所有文件 (*)"),
        folder=folder if folder.is_dir() else None,
    )


def _confirmed(parent: QWidget, chosen: Path) -> bool:
    text = QCoreApplication.translate(
        "RestoreDialog",
        "用备份 %1 替换当前数据库？当前数据库会另存一份，不会删除。"
        "恢复前请关闭其他工作站上的 DealerDesk；恢复后本窗口将关闭，请重新打开。",
    ).replace("%1", chosen.name)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("RestoreDialog", "从备份恢复"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _tell_restored(parent: QWidget, kept: Path) -> None:
    text = QCoreApplication.translate(
        "RestoreDialog", "已从备份恢复。原数据库已另存为：%1\n请重新打开 DealerDesk。"
    ).replace("%1", str(kept))
    QMessageBox.information(parent, QCoreApplication.translate("RestoreDialog", "恢复完成"), text)
