"""The managers' board driven as a store manager would: the figures of the small world in
tests/app/board_world.py, a number and a bar opening their lists, C opening the 360° card,
the daily report in the preview; a consultant gets no board tab, and the service refuses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from app.models import StaffRole
from app.permissions import Actor
from app.services.container import AppServices
from tests.app import board_world as world
from tests.factories import MANAGER, Clock
from ui.board.tab import BoardTab
from ui.main_window import tab_factories
from ui.widgets.charts import BarChart

CONSULTANT = Actor(staff_id=None, name="顾问", role=StaffRole.SALES_CONSULTANT)


def services_for(db, actor: Actor) -> AppServices:
    return AppServices(db, actor, Clock(world.NOW))


def shown(qtbot, board: BoardTab) -> BoardTab:
    qtbot.addWidget(board)
    board.resize(1366, 680)
    board.show()
    return board


@pytest.fixture
def tab(qtbot, sqlite_db) -> BoardTab:
    world.build(sqlite_db)
    board = shown(qtbot, BoardTab(services_for(sqlite_db, MANAGER)))
    qtbot.waitUntil(lambda: board.board is not None, timeout=30_000)
    return board


def click_bar(qtbot, chart: BarChart, index: int) -> None:
    """Click the middle of bar `index` (bars listed top to bottom) where it is drawn."""
    [series] = chart.chart().series()
    value = chart.bars[index][1]
    category = len(chart.bars) - 1 - index
    scene = chart.chart().mapToPosition(QPointF(value / 2, category), series)
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.mapFromScene(scene))


def test_the_manager_sees_the_days_numbers(tab: BoardTab) -> None:
    traffic, followups, service = tab.sections[0], tab.sections[1], tab.sections[2]
    assert traffic.visits.text() == "当日接待\n2" and traffic.orders.text() == "当日成交\n1"
    assert traffic.conversion.text() == "成交率 50%"
    assert len(traffic.chart.days) == 30 and traffic.chart.days[-1][1:] == (2, 0.5)
    assert followups.summary.text() == "当日到期 2　当日完成 1　逾期 2"
    assert followups.chart.bars == [("李顾问", 1), ("王顾问", 1)]
    assert (
        service.visits.text() == "当日进厂\n1"
        and service.next_due.text() == "未来 30 天到期保养\n1"
    )
    complaints, dormant = tab.sections[4], tab.sections[5]
    assert complaints.chart.bars == [("产品质量", 2), ("价格", 1)]
    assert dormant.chart.bars == [("6–12 个月", 1), ("12–24 个月", 1), ("24 个月以上", 1)]
    assert tab.sections[3].model.rowCount() == 1  # 王顾问's key customers this week


def test_a_number_opens_its_list_and_c_opens_the_card(qtbot, tab: BoardTab) -> None:
    with qtbot.waitSignal(tab.drilled) as opened:
        qtbot.mouseClick(tab.sections[0].visits, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=30_000)  # read on a worker
    assert dialog.heading.text() == "当日接待：共 2 条（按 C 打开客户全景）"
    assert sorted(dialog.model.row_at(n).customer for n in range(2)) == ["张三", "李四"]
    assert "****" in dialog.model.index(0, 1).data()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_C)
    card = dialog.cards.window
    assert card is not None and card.isVisible()
    assert card.windowTitle() == f"客户全景 — {dialog.model.row_at(0).customer}"
    card.close()


def test_a_bar_opens_its_list(qtbot, tab: BoardTab) -> None:
    dormant = tab.sections[5].chart
    with qtbot.waitSignal(tab.drilled) as opened:
        click_bar(qtbot, dormant, 1)  # 12–24 months
    dialog = opened.args[0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=30_000)
    assert [dialog.model.row_at(n).customer for n in range(dialog.model.rowCount())] == ["周八"]


def test_the_daily_report_opens_in_the_preview(qtbot, tab: BoardTab) -> None:
    with qtbot.waitSignal(tab.previewer.opened, timeout=60_000) as opened:
        qtbot.mouseClick(tab.pdf_button, Qt.MouseButton.LeftButton)
    preview = opened.args[0]
    assert preview.isVisible()
    preview.close()


def test_a_consultant_has_no_board_and_the_service_refuses(qtbot, sqlite_db) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    consultant, manager = (services_for(sqlite_db, who) for who in (CONSULTANT, MANAGER))
    assert "经营看板" not in [title for title, _f in tab_factories(window, consultant)]
    assert "经营看板" in [title for title, _f in tab_factories(window, manager)]
    world.build(sqlite_db)
    board = shown(qtbot, BoardTab(services_for(sqlite_db, CONSULTANT)))
    qtbot.waitUntil(lambda: "权限" in board.status.text(), timeout=30_000)
    assert "没有“查看经营看板和日报”的权限" in board.status.text() and board.board is None


def test_another_day_is_counted_when_picked(qtbot, tab: BoardTab) -> None:
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        tab.day.setFocus()
        tab.day.setCurrentSection(QDateTimeEdit.Section.DaySection)
        qtbot.keyClick(tab.day, Qt.Key.Key_Down)  # 2026-11-22
    assert tab.chosen_day().isoformat() == "2026-11-22"
    assert tab.sections[0].visits.text() == "当日接待\n1"
    assert tab.status.text() == "2026-11-22 的数据"


def test_a_new_stores_board_says_it_has_no_data_yet(qtbot, sqlite_db) -> None:
    board = shown(qtbot, BoardTab(services_for(sqlite_db, MANAGER)))
    qtbot.waitUntil(lambda: board.board is not None, timeout=30_000)
    traffic, followups, complaints = board.sections[0], board.sections[1], board.sections[4]
    assert traffic.visits.text() == "当日接待\n0"
    assert traffic.chart.empty_text == "暂无数据"
    assert followups.chart.empty_text == "暂无数据"
    assert complaints.chart.empty_text == "暂无数据"


def test_a_chart_with_something_to_show_has_no_empty_text(tab: BoardTab) -> None:
    assert tab.sections[0].chart.empty_text == ""
    assert tab.sections[4].chart.empty_text == ""
