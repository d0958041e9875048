"""Lists whose pages are slow read the next page on a worker: the view scrolls on, the
rows arrive, and a page asked for before the list was reloaded is dropped."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication

from ui.jobs import wait_for_jobs
from ui.models.paged import BackgroundPagedTableModel, Column

ROWS = [f"客户{i}" for i in range(450)]


def make_model(gate: threading.Event | None = None) -> BackgroundPagedTableModel[str]:
    def page(offset: int, limit: int) -> list[str]:
        if offset and gate is not None:
            gate.wait(5)  # the worker waits here; the UI thread must not
        return ROWS[offset : offset + limit]

    model = BackgroundPagedTableModel([Column("客户", str)], lambda: len(ROWS), page, 200)
    model.reload()
    return model


def test_the_next_pages_arrive_from_a_worker(qtbot) -> None:
    gate = threading.Event()
    model = make_model(gate)
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()  # returns at once: the page is read on a worker
    assert model.rowCount() == 200 and not model.canFetchMore()  # one page at a time
    gate.set()
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=5000)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 450, timeout=5000)
    assert not model.canFetchMore()
    assert model.index(449, 0).data() == "客户449"


def test_a_page_asked_for_before_a_reload_is_dropped(qtbot) -> None:
    gate = threading.Event()
    model = make_model(gate)
    model.fetchMore()
    model.reload()  # the filter changed while the page was on its way
    gate.set()
    assert wait_for_jobs()
    QApplication.processEvents()  # the stale page's delivery
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=5000)
