"""The window as a benchmark sees it from outside: a subprocess that opens, signs in, paints
its first tab and exits. bench_window.py launches it; it is not meant to be run by hand,
though it can be:

    DEALERDESK_PASSWORD=demo-2026 .venv/bin/python benchmarks/window_probe.py \
        --db URL --user tangguoqiang [--every-tab] [--bare [--idle-ms N]]

It prints one JSON line: {"painted": time.monotonic() at the first tab's first paint},
and with --every-tab also {"max_gap_ms", "max_gap_during", "heartbeat_ms", "gaps"}: the
longest gap between two ticks of a 5 ms QTimer on the UI thread (and what the window was
doing then; "gaps": each phase's longest gap in ms), from that first paint until every
tab was opened once, every background job (reminder generation) delivered its result
and the event loop stayed idle a moment.
time.monotonic() is the system's monotonic clock, the same in the parent, so the parent
times launch → first paint.

--bare: a QApplication and an empty QMainWindow, nothing of DealerDesk (the floor); with
--every-tab its heartbeat runs for --idle-ms on that idle window.

Like `main.py --exit-when-ready` but for the automatic backup (its first run waits 3 s
after the window is up; it is not part of opening the window).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

HEARTBEAT_MS = 5
TAB_CLICK_MS = 50  # a person clicking through the tabs, one after another
IDLE_POLLS = 3  # polls (TAB_CLICK_MS apart) with no job running: the loop is idle
GIVE_UP_S = 900.0


class Heartbeat(QObject):
    """A 5 ms precise timer on the UI thread; the longest gap between ticks is the
    longest time the thread could not answer the person at the desk."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self, interval=HEARTBEAT_MS)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.started = self.last = 0.0
        self.max_gap = 0.0
        self.phase = self.max_gap_phase = ""  # what the window was doing
        self.gaps: dict[str, float] = {}  # the longest gap of each phase

    def start(self) -> None:
        self.started = self.last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self.last
        if gap > self.max_gap:
            self.max_gap, self.max_gap_phase = gap, self.phase
        self.gaps[self.phase] = max(gap, self.gaps.get(self.phase, 0.0))
        self.last = now

    def stop(self) -> dict[str, object]:
        self._tick()
        self.timer.stop()
        return {
            "max_gap_ms": round(self.max_gap * 1000, 2),
            "max_gap_during": self.max_gap_phase,
            "heartbeat_ms": round((self.last - self.started) * 1000, 1),
            "gaps": {phase: round(gap * 1000, 1) for phase, gap in self.gaps.items()},
        }


class FirstPaint(QObject):
    """Calls `then` once, after `widget` is first painted."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.then, self.painted = then, 0.0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = time.monotonic()
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


class Probe:
    def __init__(self, args: argparse.Namespace, app: QApplication) -> None:
        self.args, self.app = args, app
        self.result: dict[str, object] = {}
        self.heartbeat = Heartbeat()
        self.window: QMainWindow | None = None
        self.idle_polls = 0
        self.deadline = time.monotonic() + GIVE_UP_S

    def open(self) -> None:
        first_tab = self._open_bare() if self.args.bare else self._open_dealerdesk()
        self.first_paint = FirstPaint(first_tab, self._painted)

    def _open_bare(self) -> QWidget:
        window, label = QMainWindow(), QLabel("DealerDesk")
        window.setCentralWidget(label)
        window.resize(1280, 800)
        window.show()
        self.window = window
        return label

    def _open_dealerdesk(self) -> QWidget:
        """What main.py's window does, then the person signs in."""
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from app.db import Database
        from app.services.container import Store
        from app.signing_in import sign_in_from_command_line
        from ui.app import make_application
        from ui.crash import install_excepthook
        from ui.main_window import MainWindow

        make_application()
        install_excepthook()
        store = Store(Database(self.args.db).open())
        window = MainWindow(store)
        window.show()
        window.sign_in(sign_in_from_command_line(store.db, self.args.user, False))
        self.window = window
        tab = window.tabs.currentWidget()
        assert tab is not None, "signed in: the first tab is there"
        return tab

    def _painted(self) -> None:
        self.result["painted"] = self.first_paint.painted
        if not self.args.every_tab:
            self._finish()
            return
        self.heartbeat.start()
        self.heartbeat.phase = "idle" if self.args.bare else "first tab shown"
        if self.args.bare:
            QTimer.singleShot(self.args.idle_ms, self._finish)
        else:
            self._click_tab(1)

    def _click_tab(self, index: int) -> None:
        tabs = self.window.tabs  # type: ignore[union-attr]
        if index >= tabs.count():
            self._wait_for_jobs()
            return
        self.heartbeat.phase = f"opening tab {index} {tabs.tabText(index)}"
        tabs.setCurrentIndex(index)
        QTimer.singleShot(TAB_CLICK_MS, lambda: self._click_tab(index + 1))

    def _wait_for_jobs(self) -> None:
        self.heartbeat.phase = "waiting for background jobs"
        busy = QThreadPool.globalInstance().activeThreadCount() > 0
        self.idle_polls = 0 if busy else self.idle_polls + 1
        if self.idle_polls >= IDLE_POLLS or time.monotonic() > self.deadline:
            self._finish()
            return
        QTimer.singleShot(TAB_CLICK_MS, self._wait_for_jobs)

    def _finish(self) -> None:
        if self.args.every_tab:
            self.result.update(self.heartbeat.stop())
        print(json.dumps(self.result), flush=True)
        self.app.quit()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="SQLAlchemy URL (not with --bare)")
    parser.add_argument("--user", help="who signs in; password from DEALERDESK_PASSWORD")
    parser.add_argument("--bare", action="store_true", help="an empty QMainWindow: the floor")
    parser.add_argument("--every-tab", action="store_true", help="open every tab, wait for jobs")
    parser.add_argument("--idle-ms", type=int, default=5000, help="--bare --every-tab: how long")
    args = parser.parse_args(argv)
    if not args.bare and not (args.db and args.user):
        parser.error("--db and --user are needed, unless --bare")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    app = QApplication(sys.argv[:1])
    probe = Probe(args, app)
    probe.open()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
