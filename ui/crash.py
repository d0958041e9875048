"""Unexpected errors: logged, and shown in a dialog whose report can be copied."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import UserError

from .i18n import error_text

log = logging.getLogger("dealerdesk")


def show_user_error(parent, error: UserError) -> None:
    QMessageBox.warning(parent, QApplication.translate("crash", "提示"), error_text(error))


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None):
    if isinstance(error, UserError):
        show_user_error(QApplication.activeWindow(), error)
        return
    report = "".join(traceback.format_exception(kind, error, tb))
    log.error("unexpected error\n%s", report)
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("crash", "程序出错"))
    box.setText(
        QApplication.translate(
            "crash", "DealerDesk 遇到意外错误，已记录到日志。已保存的数据不受影响。"
        )
    )
    box.setDetailedText(report)  # the details pane is selectable: staff copy it to IT
    box.exec()


def install_excepthook() -> None:
    sys.excepthook = _excepthook
