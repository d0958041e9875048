"""Start the Qt application around an opened database."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app import logs
from app.errors import NeedsCreateError
from app.permissions import Actor
from app.services.container import Store

from .backups import BackupScheduler
from .crash import install_excepthook
from .fonts import install_cjk_font
from .i18n import install_translators
from .main_window import MainWindow
from .ready import ExitWhenReady
from .value_refresh import ValueRefresher

# How long a worker running Python may keep the interpreter lock from a UI thread that
# waits for it (Python's default 5 ms). With the workers below the UI thread (ui.jobs),
# 1 ms took the window's longest stall at 50,000 customers on PostgreSQL from 83-133 ms
# to 67-118 ms (three runs each, alternated; benchmarks/bench.py --only every_tab).
UI_SWITCH_INTERVAL_S = 0.001


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    sys.setswitchinterval(UI_SWITCH_INTERVAL_S)
    app.setApplicationName("DealerDesk")
    app.setOrganizationName("DealerDesk")
    install_cjk_font(app)
    app._translators = install_translators(app)  # keep them alive with the app
    return app


def confirm_create(refusal: NeedsCreateError) -> bool:
    """Before the window makes a new database in an empty or missing file: ask."""
    make_application()
    if refusal.empty:
        what = QCoreApplication.translate("Start", "这个文件是空的（0 字节）：%1")
    else:
        what = QCoreApplication.translate("Start", "找不到这个数据库文件：%1")
    question = QCoreApplication.translate(
        "Start", "要在这里新建一个门店数据库吗？如果这里原来有数据，请选“否”，再从备份恢复。"
    )
    answer = QMessageBox.question(
        None,
        QCoreApplication.translate("Start", "新建数据库"),
        what.replace("%1", str(refusal.path)) + "\n\n" + question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_open_error(message: str) -> None:
    """The window cannot start on this database: say why where people look."""
    app = make_application()
    QMessageBox.critical(None, app.translate("crash", "无法打开数据库"), message)


def run_window(
    store: Store,
    signed_in: Callable[[], Actor] | None = None,
    exit_when_ready: str | None = None,
) -> int:
    """The window, asking who signs in (or signed in as whoever `signed_in` returns: the
    command line's check, which ran while Qt loaded; its refusal is raised before any
    window is made). `exit_when_ready`: open every tab once (or only the first) and quit
    when idle (ui.ready); no backups."""
    logs.configure()
    app = make_application()
    actor = signed_in() if signed_in is not None else None
    install_excepthook()
    window = MainWindow(store)
    ValueRefresher(window)  # a child of the window: after each sign-in, on a worker
    window.show_on_screen()
    if actor is None:
        window.ask_sign_in()
    else:
        window.sign_in(actor)
    if exit_when_ready:
        ExitWhenReady(app, window, exit_when_ready).start()
    else:
        BackupScheduler(store, window).start()
    return app.exec()
