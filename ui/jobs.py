"""Slow work off the UI thread: `run_job(fn, on_result, on_error, on_progress)` runs
`fn(control)` on Qt's thread pool and hands its result, its error or its progress to the
callbacks on the UI thread. Who acts travels inside `fn` (a service bound to its actor),
never as an ambient global: the worker neither loses nor gains rights.

`fn` reports with `control.progress(done, total)` and looks at `control.cancelled()`;
the caller cancels with the returned JobControl's `cancel()`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


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
    """Lives on the UI thread: signals emitted by the worker arrive here queued."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, on_result, on_error, on_progress) -> None:
        super().__init__()
        self._on_result, self._on_error, self._on_progress = on_result, on_error, on_progress
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)
        self.progressed.connect(self._deliver_progress)

    @Slot(object)
    def _deliver_result(self, value: object) -> None:
        _RUNNING.pop(self, None)
        self._on_result(value)

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        _RUNNING.pop(self, None)
        self._on_error(error)

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        if self._on_progress is not None and self in _RUNNING:
            self._on_progress(done, total)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[JobControl], Any], control: JobControl, relay: _Relay):
        super().__init__()
        self._fn, self._control, self._relay = fn, control, relay

    def run(self) -> None:
        try:
            value = self._fn(self._control)
        except Exception as error:  # handed to on_error on the UI thread, bugs included
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(value)


# Running jobs, kept alive (with their relays) until their outcome is delivered.
_RUNNING: dict[_Relay, _Job] = {}


def run_job(
    fn: Callable[[JobControl], Any],
    on_result: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> JobControl:
    relay = _Relay(on_result, on_error, on_progress)
    control = JobControl(relay)
    job = _Job(fn, control, relay)
    job.setAutoDelete(False)
    _RUNNING[relay] = job
    QThreadPool.globalInstance().start(job)
    return control


def wait_for_jobs(timeout_ms: int = 30_000) -> bool:
    """Block until the pool is idle (closing the window, tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
