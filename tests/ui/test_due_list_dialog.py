"""The month-end due list (月底应到未到) dialog, driven as customer service and as an
advisor would: open it from the calendar, switch month and advisor, open a customer's
360° card with C, export the workbook on a worker."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.models import StaffRole
from app.permissions import Actor
from app.services.container import AppServices
from tests.app import due_world
from tests.app import reminder_world as w
from ui.calendar.tab import CalendarTab
from ui.desk import DeskSession
from ui.due_list.dialog import DueListDialog
from ui.jobs import wait_for_jobs


@pytest.fixture
def world(sqlite_db) -> due_world.World:
    return due_world.build(sqlite_db)


def services_for(db, actor: Actor) -> AppServices:
    return AppServices(db, actor, clock=w.Clock(due_world.NOW))


@pytest.fixture
def dialog(qtbot, sqlite_db, world) -> DueListDialog:
    officer = w.staff(sqlite_db, "陈客服", StaffRole.CUSTOMER_SERVICE)
    widget = DueListDialog(services_for(sqlite_db, Actor(officer, "陈客服",
                                                         StaffRole.CUSTOMER_SERVICE)))  # fmt: skip
    qtbot.addWidget(widget)
    widget.show()
    return loaded(qtbot, widget)


def loaded(qtbot, dialog: DueListDialog) -> DueListDialog:
    """The lists are read on a worker; the result arrives through the event loop."""
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
    return dialog


def customers(model) -> list[str]:
    return [model.row_at(r).customer for r in range(model.rowCount())]


def test_it_opens_on_next_month_with_both_lists_and_the_counts(dialog, qtmodeltester) -> None:
    assert dialog.month.text() == "2026-12"
    assert customers(dialog.due) == ["张三", "赵六"]
    assert customers(dialog.recall) == ["孙八"]
    assert dialog.lists.tabText(0).endswith("(2)") and dialog.lists.tabText(1).endswith("(1)")
    counts = [(c.advisor, c.due, c.not_come) for c in dialog.counts.rows()]
    assert counts == [("李顾问", 1, 0), ("王顾问", 1, 0), (None, 0, 1)]
    assert dialog.due.index(0, 2).data() == "138****0001"
    qtmodeltester.check(dialog.due)


def test_another_month_and_one_advisor(qtbot, dialog, world) -> None:
    dialog.advisor.setCurrentIndex(dialog.advisor.findData(world.li))
    assert customers(loaded(qtbot, dialog).due) == ["赵六"]
    dialog.advisor.setCurrentIndex(0)
    dialog.month.setDate(QDate(2027, 1, 1))
    assert customers(loaded(qtbot, dialog).due) == ["钱七"]
    assert customers(dialog.recall) == ["张三", "赵六"]  # December's, not come


def test_c_opens_the_customers_360_card(qtbot, dialog, world) -> None:
    dialog.due_view.setFocus()
    dialog.due_view.selectRow(1)
    qtbot.keyClick(dialog.due_view, Qt.Key.Key_C)
    card = dialog.card_opener.window
    assert card is not None and card.isVisible()
    qtbot.waitUntil(lambda: "赵六" in card.windowTitle(), timeout=5_000)


def test_export_runs_on_a_worker_and_writes_the_workbook(
    qtbot, dialog, monkeypatch, tmp_path
) -> None:
    target = tmp_path / "due.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_for_jobs()
    qtbot.waitUntil(lambda: "已导出" in dialog.message.text(), timeout=10_000)
    book = load_workbook(target)
    assert [r[3] for r in book["本月应到未到"].iter_rows(min_row=2, values_only=True)] == [
        "张三", "赵六",
    ]  # fmt: skip


def test_an_advisor_sees_only_their_own(qtbot, sqlite_db, world) -> None:
    dialog = DueListDialog(services_for(sqlite_db, Actor(world.wang, "王顾问",
                                                         StaffRole.SERVICE_ADVISOR)))  # fmt: skip
    qtbot.addWidget(loaded(qtbot, dialog))
    assert [dialog.advisor.itemText(i) for i in range(dialog.advisor.count())] == ["王顾问"]
    assert customers(dialog.due) == ["张三"] and customers(dialog.recall) == []


def test_the_calendar_opens_it_and_greys_it_out_for_a_receptionist(
    qtbot, sqlite_db, world, monkeypatch
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    for role, enabled in ((StaffRole.STORE_MANAGER, True), (StaffRole.RECEPTIONIST, False)):
        desk = DeskSession()
        desk.sign_in(Actor(None, "某人", role))
        tab = CalendarTab(services_for(sqlite_db, desk.actor), desk)
        qtbot.addWidget(tab)
        qtbot.waitUntil(lambda t=tab: not t.jobs.is_running("reminders"), timeout=30_000)
        qtbot.waitUntil(lambda t=tab: not t.loading, timeout=30_000)  # its right is read too
        assert tab.due_list_button.isEnabled() is enabled
        qtbot.mouseClick(tab.due_list_button, Qt.MouseButton.LeftButton)
        opened = tab.due_list_dialog
        assert (opened is not None and opened.isVisible()) is enabled
        if opened is not None:
            assert customers(loaded(qtbot, opened).due) == ["张三", "赵六"]
    assert opened is None  # the receptionist's click did nothing
