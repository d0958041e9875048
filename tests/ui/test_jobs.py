"""A job outliving the tab that started it: closing the tab while the job runs is not an
error when the job ends."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from ui.jobs import JobRunner, jobs_running, run_job


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


class Panel(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[object] = []

    def show_result(self, value: object) -> None:
        self.shown.append(value)
        self.setWindowTitle(str(value))  # a deleted widget raises RuntimeError here


def test_an_answer_for_a_deleted_panel_is_not_delivered(qtbot) -> None:
    panel = Panel()
    release = threading.Event()
    run_job(lambda _control: release.wait(30), panel.show_result, panel.show_result)
    shown = panel.shown
    panel.deleteLater()  # the board's tab closed while it read
    qtbot.waitUntil(lambda: not isValid(panel))
    release.set()
    qtbot.waitUntil(lambda: not jobs_running())  # delivered nowhere, with no error raised
    assert shown == []


def test_an_answer_for_a_living_panel_is_delivered(qtbot) -> None:
    panel = Panel()
    qtbot.addWidget(panel)
    run_job(lambda _control: "今日数据", panel.show_result, panel.show_result)
    qtbot.waitUntil(lambda: not jobs_running())
    assert panel.shown == ["今日数据"]
