"""A job outliving the tab that started it: closing the tab while the job runs is not an
error when the job ends."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from ui.jobs import JobRunner, jobs_running


def test_a_job_ending_after_its_tab_was_closed_is_quietly_dropped(qtbot) -> None:
    tab = QWidget()
    runner = JobRunner(tab)
    release = threading.Event()
    results: list[object] = []
    runner.start("sweep", lambda _control: release.wait(30), results.append, results.append)
    assert runner.is_running("sweep")
    tab.deleteLater()  # the person switched user: the tab and its runner are gone
    qtbot.waitUntil(lambda: not isValid(tab))
    release.set()
    qtbot.waitUntil(lambda: not jobs_running())  # delivered, with no error raised
    assert results == [True]
