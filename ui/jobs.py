"""Slow work off the UI thread: a job runs in Qt's thread pool and reports back on the UI
thread (progress, result, or the error it raised).

Nothing ambient crosses over: a job is a plain callable closed over the services of the
person who started it (AppServices is bound to its actor), so a worker thread acts for
exactly that person, no more and no less. Jobs of one kind never overlap: starting a kind
that is still running is refused (the caller shows it is busy), as Vorta's job queue does.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.errors import UserError

log = logging.getLogger("dealerdesk.jobs")


class Cancelled(Exception):
    """Raised inside a job by Progress.report once the person asked to stop."""


@dataclass
class Progress:
    """Handed to a job: report(done, total) as it goes; raises Cancelled once stopped."""

    _emit: Callable[[int, int], None]
    cancelled: bool = False

    def report(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled()
        self._emit(done, total)


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object, object)  # result, error (exactly one is not None)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps it (Job.runnable) until it has reported
        self.signals = signals
        self.progress = Progress(signals.progress.emit)
        self._work = work

    def run(self) -> None:  # on a pool thread
        try:
            result = self._work(self.progress)
        except (UserError, Cancelled) as error:
            self.signals.finished.emit(None, error)
        except Exception as error:  # a bug: reported on the UI thread, logged with its trace
            log.error("job failed:\n%s", traceback.format_exc())
            self.signals.finished.emit(None, error)
        else:
            self.signals.finished.emit(result, None)


@dataclass
class Job:
    kind: str
    runnable: _Runnable
    on_result: Callable[[Any], None]
    on_error: Callable[[BaseException], None]
    on_progress: Callable[[int, int], None] | None = None
    done: bool = field(default=False)

    def cancel(self) -> None:
        self.runnable.progress.cancelled = True


class JobRunner(QObject):
    """Starts jobs and hands their outcome to callbacks on the UI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: dict[str, Job] = {}

    def start(
        self,
        kind: str,
        work: Callable[[Progress], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Job | None:
        """Run `work(progress)` on a pool thread; None if a job of this kind still runs."""
        if kind in self._running:
            return None
        signals = _Signals()  # created here: it lives on the UI thread, so slots run here
        job = Job(kind, _Runnable(work, signals), on_result, on_error, on_progress)
        signals.progress.connect(self._progress)
        signals.finished.connect(self._finished)
        self._running[kind] = job
        self.busy_changed.emit(True)
        self._pool.start(job.runnable)
        return job

    def is_running(self, kind: str) -> bool:
        return kind in self._running

    def wait(self, msecs: int = 30_000) -> bool:
        """For tests and closing: wait until the pool is idle (events still need a spin)."""
        return self._pool.waitForDone(msecs)

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        job = self._job_of(self.sender())
        if job is not None and job.on_progress is not None:
            job.on_progress(done, total)

    @Slot(object, object)
    def _finished(self, result: object, error: object) -> None:
        job = self._job_of(self.sender())
        if job is None:
            return
        job.done = True
        del self._running[job.kind]
        self.busy_changed.emit(bool(self._running))
        if error is not None:
            job.on_error(error)  # type: ignore[arg-type]
        else:
            job.on_result(result)

    def _job_of(self, signals: QObject) -> Job | None:
        return next((j for j in self._running.values() if j.runnable.signals is signals), None)
