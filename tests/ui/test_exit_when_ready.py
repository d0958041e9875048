"""`main.py --user NAME --exit-when-ready`: the window opens signed in, every tab is
opened once, and it quits by itself with 0 and no output once idle (launch timing, the
installer smoke test); a dialog left open or a refused sign-in is a failure."""

from __future__ import annotations

import gc
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import event

from app.cli import EVERY_TAB, FIRST_TAB, WindowStart, main
from app.db import Database
from app.demo import generate
from app.demo.data import DEMO_PASSWORD
from app.permissions import Actor
from app.rules import complaints_clock
from app.services.auth import AuthService, SignInRefused
from app.services.container import Store
from app.signing_in import SignInCheck
from ui import app as window_app
from ui.jobs import jobs_running
from ui.main_window import MainWindow
from ui.ready import ExitWhenReady

ROOT = Path(__file__).resolve().parents[2]
MANAGER = "tangguoqiang"  # the demo's store manager: every tab and menu is theirs
DESKS = ["ReceptionTab", "SalesTab", "CalendarTab", "ServiceTab", "AppointmentTab", "ComplaintDesk",
         "SegmentTab", "CampaignTab", "BoardTab"]  # fmt: skip
GIVE_UP_MS = 120_000  # a guard against hanging the run, not a timing
PROFILE_FOLDERS = ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME")


@pytest.fixture
def demo_db(sqlite_db: Database) -> Database:
    generate(sqlite_db, customers=30, seed=7)
    return sqlite_db


@pytest.fixture
def signed_in(qtbot, demo_db: Database, monkeypatch) -> MainWindow:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # ExitWhenReady replaces it
    window = MainWindow(Store(demo_db))
    qtbot.addWidget(window)
    window.show()
    window.sign_in(AuthService(demo_db).sign_in(MANAGER, DEMO_PASSWORD))
    return window


def run_until_ready(window: MainWindow, mode: str = EVERY_TAB) -> int:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ExitWhenReady(app, window, mode).start()
    # A timer of its own, stopped after: a stray app.exit() firing in a later test would
    # make every event loop there return at once (dialogs, waits for a worker's answer).
    give_up = QTimer(window, singleShot=True, interval=GIVE_UP_MS)
    give_up.timeout.connect(lambda: app.exit(99))
    give_up.start()
    try:
        return app.exec()
    finally:
        give_up.stop()


def test_every_tab_is_opened_before_it_quits_with_0(signed_in: MainWindow) -> None:
    assert run_until_ready(signed_in) == 0
    tabs = signed_in.tabs
    assert [type(tabs.widget(i)).__name__ for i in range(tabs.count())] == DESKS


def test_first_tab_mode_quits_with_0_once_the_first_tab_is_painted(
    signed_in: MainWindow,
) -> None:
    assert run_until_ready(signed_in, FIRST_TAB) == 0
    tabs = signed_in.tabs
    built = [type(tabs.widget(i)).__name__ for i in range(tabs.count())]
    assert built == ["ReceptionTab"] + ["QWidget"] * (len(DESKS) - 1)  # the rest: unopened


def test_a_dialog_left_open_is_a_failure_said_on_stderr(signed_in: MainWindow, capsys) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "提示", "打印机未连接", parent=signed_in)
    box.open()
    assert run_until_ready(signed_in) == 1
    assert "打印机未连接" in capsys.readouterr().err
    box.close()


def test_it_needs_a_user_and_their_password(demo_db: Database, monkeypatch, capsys) -> None:
    opened: list[WindowStart] = []
    signed_in: list[Actor] = []

    def window(_db: Database, start: WindowStart) -> int:
        opened.append(start)
        assert start.signed_in is not None
        signed_in.append(start.signed_in())  # as the window does, before it shows anything
        return 0

    assert main(["--db", demo_db.url, "--exit-when-ready"], open_window=window) == 2
    monkeypatch.setenv("DEALERDESK_PASSWORD", "wrong-password")
    argv = ["--db", demo_db.url, "--user", MANAGER, "--exit-when-ready"]
    assert main(argv, open_window=window) == 1
    assert main([*argv, "search", "张"], open_window=window) == 2  # not for commands
    monkeypatch.setenv("DEALERDESK_PASSWORD", DEMO_PASSWORD)
    assert main(argv, open_window=window) == 0
    assert opened[-1].exit_when_ready == EVERY_TAB
    assert [actor.name for actor in signed_in] == ["唐国强"]
    assert main([*argv[:-1], "--exit-when-ready=first-tab"], open_window=window) == 0
    assert opened[-1].exit_when_ready == FIRST_TAB
    assert main([*argv[:-1], "--exit-when-ready=all"], open_window=window) == 2
    assert "--user" in capsys.readouterr().err


@pytest.fixture
def launching(monkeypatch, tmp_path: Path) -> Iterator[list[MainWindow]]:
    """ui.app.run_window as main.py calls it, its log in a folder of the test's; the
    windows it makes are listed."""
    for name in PROFILE_FOLDERS:
        monkeypatch.setenv(name, str(tmp_path / "profile"))
    root_log = logging.getLogger()
    monkeypatch.setattr(root_log, "handlers", [])  # run_window adds its log file's
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_window replaces it
    made: list[MainWindow] = []

    class ListedWindow(MainWindow):
        def __init__(self, store: Store) -> None:
            super().__init__(store)
            made.append(self)

    monkeypatch.setattr(window_app, "MainWindow", ListedWindow)
    locale = QLocale()
    yield made
    for window in made:
        window.close()
        window.deleteLater()
    for handler in root_log.handlers:
        handler.close()
    # run_window installs Qt's Chinese catalogue on the tests' one application: a later
    # test in English would get 保存 for Save.
    app = QApplication.instance()
    for translator in getattr(app, "_translators", []):
        app.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_a_refused_sign_in_makes_no_window_and_reads_nothing_more(
    demo_db: Database, launching: list[MainWindow], monkeypatch
) -> None:
    """--user's password is checked on a thread while Qt loads; the window waits for the
    answer: refused, no window is made and nothing more is read from the store."""
    monkeypatch.setenv("DEALERDESK_PASSWORD", "wrong-password")
    statements: list[str] = []
    event.listen(demo_db.engine, "before_cursor_execute", lambda *sql: statements.append(sql[2]))
    check = SignInCheck(demo_db, MANAGER, password_stdin=False)

    def signed_in() -> Actor:
        try:
            return check.actor()
        finally:
            statements.append("-- answered")

    with pytest.raises(SignInRefused):
        window_app.run_window(Store(demo_db), signed_in, FIRST_TAB)
    assert statements[-1] == "-- answered"
    assert launching == []


def test_the_checked_user_is_signed_in_when_the_window_shows(
    demo_db: Database, launching: list[MainWindow], monkeypatch
) -> None:
    monkeypatch.setenv("DEALERDESK_PASSWORD", DEMO_PASSWORD)
    check = SignInCheck(demo_db, MANAGER, password_stdin=False)
    assert window_app.run_window(Store(demo_db), check.actor, FIRST_TAB) == 0
    [window] = launching
    assert window.desk.actor is not None and window.desk.actor.name == "唐国强"
    assert window.staff_label.text() == "当前员工：唐国强"
    assert type(window.tabs.widget(0)).__name__ == "ReceptionTab"


def test_the_program_refuses_a_wrong_password_with_1_and_says_why(
    demo_db: Database, tmp_path: Path
) -> None:
    profile = {name: str(tmp_path / "profile") for name in PROFILE_FOLDERS}
    env = {**os.environ, **profile, "QT_QPA_PLATFORM": "offscreen",
           "DEALERDESK_PASSWORD": "wrong-password"}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "main.py", "--db", demo_db.url, "--user", MANAGER, "--exit-when-ready"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert (done.returncode, done.stdout, done.stderr) == (1, "", "用户名或密码不正确。\n")


def test_the_program_opens_signed_in_and_exits_0_printing_nothing(
    demo_db: Database, tmp_path: Path
) -> None:
    profile = {name: str(tmp_path / "profile") for name in PROFILE_FOLDERS}  # logs go there
    env = {**os.environ, **profile, "QT_QPA_PLATFORM": "offscreen",
           "DEALERDESK_PASSWORD": DEMO_PASSWORD}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "main.py", "--db", demo_db.url, "--user", MANAGER, "--exit-when-ready"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert (done.returncode, done.stdout) == (0, ""), done.stderr


def test_a_launch_to_its_first_tab_loads_no_other_tabs_modules(
    demo_db: Database, tmp_path: Path
) -> None:
    """Tabs are built, and their modules imported, when first shown: the board's charts,
    the calendar's lists wait until someone opens them (and files' writers until one is
    written)."""
    profile = {name: str(tmp_path / "profile") for name in PROFILE_FOLDERS}
    env = {**os.environ, **profile, "QT_QPA_PLATFORM": "offscreen",
           "DEALERDESK_PASSWORD": DEMO_PASSWORD}  # fmt: skip
    argv = ["main.py", "--db", demo_db.url, "--user", MANAGER, "--exit-when-ready=first-tab"]
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *argv],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert (done.returncode, done.stdout) == (0, ""), done.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert "PySide6.QtWidgets" in imported  # (import_module's own imports are not listed)
    later = {"ui.board.tab", "ui.calendar.tab", "ui.appointments.tab", "ui.audit_view",
             "PySide6.QtCharts", "openpyxl", "reportlab", "pypdfium2", "pypinyin",
             "ui.setup.catalogue", "ui.setup.wizard", "ui.restore_dialog",
             "ui.customer360.window", "app.services.customer_360",
             "sqlalchemy.dialects.postgresql", "multiprocessing"}  # fmt: skip
    assert imported & later == set()


def test_the_status_bar_watches_for_the_desk_once_the_first_tab_is_shown(
    qtbot, demo_db: Database
) -> None:
    """The overdue-complaint count and the late-car notices wait for the first tab (their
    modules and query would hold it back), then come for whoever signed in."""
    window = MainWindow(Store(demo_db))
    qtbot.addWidget(window)
    window.sign_in(AuthService(demo_db).sign_in(MANAGER, DEMO_PASSWORD))
    assert window.badge is None and window.late_cars is None
    with qtbot.waitSignal(window.first_tab_painted, timeout=GIVE_UP_MS):
        window.show()
    qtbot.waitUntil(lambda: window.badge is not None, timeout=GIVE_UP_MS)
    assert window.late_cars is not None and window.late_cars.timer.isActive()  # a manager's
    assert window.badge_slot.layout().indexOf(window.badge) >= 0
    qtbot.waitUntil(lambda: not jobs_running(), timeout=GIVE_UP_MS)


def test_the_collector_held_off_at_start_resumes_once_the_first_tab_is_shown(
    qtbot, demo_db: Database
) -> None:
    """main.py opens the window with the garbage collector off (start-up's objects are
    all kept); it is back on as soon as the first tab is on screen."""
    window = MainWindow(Store(demo_db))
    qtbot.addWidget(window)
    gc.disable()
    try:
        window.sign_in(AuthService(demo_db).sign_in(MANAGER, DEMO_PASSWORD))
        assert not gc.isenabled()
        with qtbot.waitSignal(window.first_tab_painted, timeout=GIVE_UP_MS):
            window.show()
        assert gc.isenabled()
    finally:
        gc.enable()
    qtbot.waitUntil(lambda: not jobs_running(), timeout=GIVE_UP_MS)  # the tab's, then it goes


def test_signing_in_loads_the_holiday_calendar_on_a_worker_once_the_first_tab_is_shown(
    qtbot, demo_db: Database, monkeypatch
) -> None:
    """China's calendar (the booking and complaint tabs count working days with it) is
    imported off the UI thread, as soon as the first tab of whoever signed in is drawn."""
    monkeypatch.setattr(complaints_clock, "_CHINA", [])  # as in a process just started
    window = MainWindow(Store(demo_db))
    qtbot.addWidget(window)
    window.sign_in(AuthService(demo_db).sign_in(MANAGER, DEMO_PASSWORD))
    assert not complaints_clock.china_calendar_loaded()
    with qtbot.waitSignal(window.first_tab_painted, timeout=GIVE_UP_MS):
        window.show()
    qtbot.waitUntil(complaints_clock.china_calendar_loaded, timeout=GIVE_UP_MS)
    qtbot.waitUntil(lambda: not jobs_running(), timeout=GIVE_UP_MS)


def test_opening_every_tab_reads_their_lists_and_settings_on_workers(
    signed_in: MainWindow, demo_db: Database
) -> None:
    """The tabs clicked through one after another: the calendar's staff list and intent
    levels, the complaint desk's settings, the campaign list and the saved segments, the
    manager's escalation count are read on workers, never on the UI thread (each statement
    is recorded with the thread it ran on)."""
    on_ui_thread: list[str] = []

    def record(_conn, _cursor, statement: str, parameters, *_rest) -> None:
        if threading.current_thread() is threading.main_thread():
            on_ui_thread.append(f"{statement} {parameters}")

    event.listen(demo_db.engine, "before_cursor_execute", record)
    try:
        assert run_until_ready(signed_in) == 0
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", record)
    moved = ("'complaints.", "'sales.intent_levels'", "FROM saved_segments", "FROM campaigns",
             "FROM staff_users", "escalat")  # fmt: skip
    assert [sql for sql in on_ui_thread if any(read in sql for read in moved)] == []
