"""Slow work off the UI thread: a job runs `work(control)` on Qt's thread pool and hands its
result, its error or its progress to callbacks on the UI thread.

Nothing ambient crosses over: `work` is a plain callable closed over the services of the
person who started it (AppServices is bound to its actor), so a worker thread acts for
exactly that person, no more and no less.

`work` reports with `control.progress(done, total)` and looks at `control.cancelled()`; the
caller cancels with the returned JobControl's `cancel()`. `run_job` runs any job;
`JobRunner.start` runs jobs of a named kind one at a time (a second reminder run or backup
while one is going is refused and the caller says it is busy), as Vorta's job queue does.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot
from shiboken6 import isValid

from app.errors import UserError

log = logging.getLogger("dealerdesk.jobs")

Work = Callable[["JobControl"], Any]


class JobControl:
    """What a running job and the one who started it share."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancelled = threading.Event()

    def progress(self, done: int, total: int) -> None:
        self._relay.progressed.emit(done, total)

    def cancel(self) -> None:
        self._cancelled.set()

    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    @property
    def running(self) -> bool:
        return self._relay in _RUNNING


class _Relay(QObject):
    """Lives on the UI thread: signals emitted by the worker arrive here, queued."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, on_result, on_error, on_progress, on_end) -> None:
        super().__init__()
        self._on_result, self._on_error, self._on_progress = on_result, on_error, on_progress
        self._on_end = on_end
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)
        self.progressed.connect(self._deliver_progress)

    @Slot(object)
    def _deliver_result(self, value: object) -> None:
        self._end()
        if not _owner_gone(self._on_result):
            self._on_result(value)

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        self._end()
        if not _owner_gone(self._on_error):
            self._on_error(error)

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        progress = self._on_progress
        if progress is not None and self in _RUNNING and not _owner_gone(progress):
            progress(done, total)

    def _end(self) -> None:
        _RUNNING.pop(self, None)
        self._on_end()


def _owner_gone(callback: Callable[..., object]) -> bool:
    """A method of a widget deleted while the job ran (its tab closed, the person signed
    out): there is nothing left to show the outcome in."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not isValid(owner)


class _Job(QRunnable):
    def __init__(self, work: Work, control: JobControl, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)  # kept in _RUNNING until its outcome is delivered
        self._work, self._control, self._relay = work, control, relay

    def run(self) -> None:  # on a pool thread
        _run_below_the_ui_thread()
        try:
            value = self._work(self._control)
        except UserError as error:
            self._relay.failed.emit(error)
        except Exception as error:  # a bug: handed over too, and logged with its trace
            log.error("job failed:\n%s", traceback.format_exc())
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(value)


# A pool thread's niceness on Linux (0 normal, 19 the lowest): the UI thread comes first.
WORKER_NICENESS = 10
_lowered: set[int] = set()  # the pool threads lowered so far (by native id)


def _run_below_the_ui_thread() -> None:
    """Lower this pool thread's priority below the UI thread's (once per thread). Workers
    running Python take turns with the UI thread for the interpreter lock; on a busy
    machine (two cores, the database server, the reminder run) a UI thread waiting for
    its turn also waited for a core, and the window stalled ~0.1 s at a time."""
    thread = threading.get_native_id()
    if thread in _lowered:
        return
    _lowered.add(thread)
    QThread.currentThread().setPriority(QThread.Priority.LowPriority)  # Windows, macOS
    if sys.platform.startswith("linux"):  # Qt cannot lower a normal thread there
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, thread, WORKER_NICENESS)


# Running jobs, kept alive (with their relays) until their outcome is delivered.
_RUNNING: dict[_Relay, _Job] = {}


def run_job(
    work: Work,
    on_result: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_progress: Callable[[int, int], None] | None = None,
    on_end: Callable[[], None] = lambda: None,
) -> JobControl:
    relay = _Relay(on_result, on_error, on_progress, on_end)
    control = JobControl(relay)
    job = _Job(work, control, relay)
    _RUNNING[relay] = job
    _pool().start(job)
    return control


# Jobs run one after another (run_in_turn), waiting their turn: (work, on_result, on_error).
_IN_TURN: deque[tuple[Work, Callable[[Any], None], Callable[[Exception], None]]] = deque()
_turn_taken = [False]  # whether one of them is running


def run_in_turn(
    work: Work, on_result: Callable[[Any], None], on_error: Callable[[Exception], None]
) -> None:
    """Run `work` once the jobs given here before it are done, one at a time. For work
    that holds the interpreter most of its run (importing a tab's modules, the holiday
    calendar): two or three of those on workers at once kept the UI thread from it for
    up to ~0.1 s at a time while the window's tabs were opened."""
    _IN_TURN.append((work, on_result, on_error))
    _next_turn()


def _next_turn() -> None:
    if _turn_taken[0] or not _IN_TURN:
        return
    work, on_result, on_error = _IN_TURN.popleft()
    _turn_taken[0] = True
    run_job(work, on_result, on_error, on_end=_turn_ended)


def _turn_ended() -> None:
    _turn_taken[0] = False
    _next_turn()


# Jobs mostly wait (on the database, the disk, a viewer starting): a pool sized to the
# cores (2 on a reception PC) would queue a lookup behind a backup and a reminder run.
MIN_JOB_THREADS = 8


def _pool() -> QThreadPool:
    pool = QThreadPool.globalInstance()
    if pool.maxThreadCount() < MIN_JOB_THREADS:
        pool.setMaxThreadCount(MIN_JOB_THREADS)
    return pool


def jobs_running() -> bool:
    """Whether any job's outcome is still to be delivered."""
    return bool(_RUNNING)


def wait_for_jobs(timeout_ms: int = 30_000) -> bool:
    """Block until the pool is idle (closing the window, tests); outcomes still need the
    event loop to be delivered."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


class JobRunner(QObject):
    """Jobs of a named kind, one at a time."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: dict[str, JobControl] = {}

    def start(
        self,
        kind: str,
        work: Work,
        on_result: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> JobControl | None:
        """Run `work`; None (nothing started) while a job of this kind still runs."""
        if kind in self._running:
            return None
        self._running[kind] = run_job(
            work, on_result, on_error, on_progress, on_end=lambda: self._ended(kind)
        )
        self.busy_changed.emit(True)
        return self._running[kind]

    def is_running(self, kind: str) -> bool:
        return kind in self._running

    def _ended(self, kind: str) -> None:
        if not isValid(self):  # its owner (a tab) was closed while the job ran
            return
        self._running.pop(kind, None)
        self.busy_changed.emit(bool(self._running))
