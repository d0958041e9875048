"""Start the Qt application around an opened database."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import acting, logs
from app.db import Database
from app.models import StaffRole
from app.permissions import Actor
from app.services.container import AppServices

from .backups import BackupScheduler
from .crash import install_excepthook
from .fonts import install_cjk_font
from .i18n import install_translators
from .main_window import MainWindow

NOBODY = Actor(staff_id=None, name="未登录", role=StaffRole.RECEPTIONIST)
SMOKE_ENV = "DEALERDESK_SMOKE_SECONDS"  # the installer smoke test: open, wait, quit


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("DealerDesk")
    app.setOrganizationName("DealerDesk")
    install_cjk_font(app)
    app._translators = install_translators(app)  # keep them alive with the app
    return app


def show_open_error(message: str) -> None:
    """The window cannot start on this database: say why where people look."""
    app = make_application()
    QMessageBox.critical(None, app.translate("crash", "无法打开数据库"), message)


def run_window(db: Database) -> int:
    logs.configure()
    app = make_application()
    install_excepthook()
    acting.set_actor(NOBODY)  # until sign-in, the window is staff with the fewest rights
    services = AppServices(db)
    window = MainWindow(services)
    window.show()
    window.lock_until_signed_in()
    window.ask_sign_in()
    backups = BackupScheduler(services, window)
    backups.start()
    if os.environ.get(SMOKE_ENV):
        QTimer.singleShot(int(float(os.environ[SMOKE_ENV]) * 1000), app.quit)
    return app.exec()
