"""The customers' value kept fresh: after each sign-in, once the window is up, the value
service brings it up to date on a worker thread (the day's full run, else only the
customers with new business), acting for the person who signed in. Never on the UI
thread: a full run takes seconds at a store group's size.

Built beside the window by ui.app.run_window, as the backup scheduler is."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.errors import UserError

from .jobs import JobControl, JobRunner
from .main_window import MainWindow

if TYPE_CHECKING:  # the value service is loaded at its first run, after the first tab
    from app.services.customer_value import RecomputeReport

log = logging.getLogger("dealerdesk.value")
START_DELAY_MS = 1000  # the signed-in person's first tab is drawn and usable first


class ValueRefresher(QObject):
    finished = Signal(object)  # the RecomputeReport, or the error

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.jobs = JobRunner(self)
        self._control: JobControl | None = None
        self._timer = QTimer(self, singleShot=True, interval=START_DELAY_MS)
        self._timer.timeout.connect(self.run_now)
        window.desk.staff_changed.connect(self._signed_in)

    def _signed_in(self, staff: object) -> None:
        """Whoever leaves, their run stops (between chunks); the next person's starts."""
        self._timer.stop()
        if self._control is not None:
            self._control.cancel()
        if staff is not None:
            self._timer.start()

    def run_now(self) -> None:
        services = self._window.services
        if services is None:
            return
        value = services.value
        self._control = self.jobs.start(
            "value",
            lambda job: value.recompute(progress=job.progress, cancelled=job.cancelled),
            self._done,
            self._failed,
        )

    def _done(self, report: RecomputeReport) -> None:
        log.info("customer value: %s run, %d customers", "full" if report.full else "incremental",
                 report.customers)  # fmt: skip
        self.finished.emit(report)

    def _failed(self, error: Exception) -> None:
        message = error.message if isinstance(error, UserError) else str(error)
        log.warning("customer value not computed: %s", message)
        self._window.statusBar().showMessage(
            self.tr("客户价值未能更新：%1").replace("%1", message), 10_000
        )
        self.finished.emit(error)
