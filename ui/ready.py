"""`main.py --user NAME --exit-when-ready`: the window opens signed in, opens every tab
once, and quits with 0 as soon as nothing is left to do (no job running, no event
waiting), printing nothing, so a launch can be timed from outside and an installed copy
checked to start. An error on the way, or a dialog still open at the end (a message
shown), quits with 1 and says what on stderr instead.

`--exit-when-ready=first-tab`: the issue's "usable" launch instead: no tab is opened
beyond the first; once it is painted, the jobs it started are waited for and it quits
(before the window's own after-paint work starts: the status bar's overdue-complaint
count and late-car notices, the holiday calendar's loading)."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.cli import EVERY_TAB, FIRST_TAB
from app.errors import UserError

from .jobs import jobs_running
from .main_window import MainWindow
from .widgets.build_steps import steps_waiting

POLL_MS = 10  # while jobs run: look again this often (no busy loop on a 2-core PC)


class ExitWhenReady(QObject):
    def __init__(self, app: QApplication, window: MainWindow, mode: str = EVERY_TAB) -> None:
        super().__init__(window)
        self._app, self._window = app, window
        self._next_tab = 0
        self._failed = False
        self._first_tab_only = mode == FIRST_TAB
        self.first_painted = False

    def start(self) -> None:
        sys.excepthook = self._crashed
        if self._first_tab_only and self._window.tabs.count():
            self._next_tab = self._window.tabs.count()  # no other tab is opened
            # right away: what the window starts once it is on screen is not waited for
            self._window.first_tab_painted.connect(self._first_painted)
            if self._window.first_tab_shown:  # already (a test's window)
                QTimer.singleShot(0, self._first_painted)
            return
        QTimer.singleShot(0, self._step)

    def _first_painted(self) -> None:
        if not self.first_painted:
            self.first_painted = True
            self._step()

    def _step(self) -> None:
        """One tab per turn of the event loop (each is built and painted before the
        next), then wait for the jobs they started, and quit. After a failure no more
        tabs are opened, but the jobs are still waited for (none is cut off mid-write)."""
        tabs = self._window.tabs
        if self._window.desk.actor is None and not self._failed:
            self._fail("没有登录。")
        if self._next_tab < tabs.count() and not self._failed:
            tabs.setCurrentIndex(self._next_tab)
            self._next_tab += 1
            QTimer.singleShot(0, self._step)
        elif jobs_running() or steps_waiting() or QThreadPool.globalInstance().activeThreadCount():
            QTimer.singleShot(POLL_MS, self._step)
        elif (dialog := QApplication.activeModalWidget()) is not None and not self._failed:
            self._fail(f"窗口停在对话框上：{_describe(dialog)}")
            self._app.exit(1)
        else:
            self._app.exit(1 if self._failed else 0)

    def _fail(self, why: str) -> None:
        print(why, file=sys.stderr)
        self._failed = True

    def _crashed(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        where = "".join(traceback.format_exception(kind, error, tb))  # for whoever reads it
        self._fail(f"{error.message}\n{where}" if isinstance(error, UserError) else where)
        QTimer.singleShot(POLL_MS, self._step)  # the error may have ended the last step


def _describe(dialog: QWidget) -> str:
    text = dialog.text() if isinstance(dialog, QMessageBox) else ""
    return f"{dialog.windowTitle()} {text}".strip()
