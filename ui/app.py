"""Start the Qt application around an opened database."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app import logs
from app.db import Database
from app.services.container import Store

from .backups import BackupScheduler
from .crash import install_excepthook
from .fonts import install_cjk_font
from .i18n import install_translators
from .main_window import MainWindow

SMOKE_ENV = "DEALERDESK_SMOKE_SECONDS"  # the installer smoke test: open, wait, quit


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("DealerDesk")
    app.setOrganizationName("DealerDesk")
    install_cjk_font(app)
    app._translators = install_translators(app)  # keep them alive with the app
    return app


def run_window(db: Database) -> int:
    logs.configure()
    app = make_application()
    install_excepthook()
    store = Store(db)
    window = MainWindow(store)
    window.show()
    window.ask_sign_in()
    backups = BackupScheduler(store, window)
    backups.start()
    if os.environ.get(SMOKE_ENV):
        QTimer.singleShot(int(float(os.environ[SMOKE_ENV]) * 1000), app.quit)
    return app.exec()
