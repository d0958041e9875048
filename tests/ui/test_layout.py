"""The reception PC's screen: 1366×768, a 40-pixel taskbar, so the window gets 1366×728.
In Chinese and in English, with a small demo store's data on every tab, each column
header reads whole, no table needs scrolling sideways, and the status bar with 切换用户
stays on screen."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDateTimeEdit,
    QHeaderView,
    QScrollArea,
    QStyle,
    QTableView,
    QTabWidget,
    QWidget,
)
from sqlalchemy import func, select

from app.db import Database
from app.demo import generate
from app.models import ServiceVisit, Vehicle
from app.rules.campaigns import CampaignKind
from app.services.campaign_data import CampaignDraft
from app.services.complaints import ComplaintService
from app.services.complaints_data import ComplaintForm
from app.services.container import Store
from tests.factories import MANAGER
from ui.fonts import install_cjk_font
from ui.i18n import install_translators
from ui.jobs import wait_for_jobs
from ui.main_window import MainWindow
from ui.widgets.columns import WIDEST_COLUMN, ColumnFitter

TODAY = date(2026, 11, 30)
NOW = datetime(2026, 11, 30, 15, 0)
SCREEN = QSize(1366, 728)
RECEPTION, SALES, CALENDAR, SERVICE, APPOINTMENTS, COMPLAINTS, SEGMENTS, CAMPAIGNS, BOARD = range(9)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo store (made once), with an open complaint on the desk."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = Database(f"sqlite:///{path}").open()
    generate(db, customers=300, seed=2026, today=TODAY)
    complaints = ComplaintService(db, MANAGER, lambda: NOW)
    complaints.intake(ComplaintForm("phone", "price", "报价与合同不一致。", customer_id=1))
    db.dispose()
    return path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, copy)
    db = Database(f"sqlite:///{copy}").open()
    yield db
    db.dispose()


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The language as ui/i18n.py installs it at start, undone afterwards."""
    previous = QLocale()
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[None]:
    """The font the window ships and sets at start (ui/fonts.py), not the test machine's."""
    previous = qapp.font()
    install_cjk_font(qapp)
    yield
    qapp.setFont(previous)


@pytest.fixture
def window(qtbot, app_font, language: str, demo_db: Database) -> MainWindow:
    main = MainWindow(Store(demo_db, clock=lambda: NOW))
    qtbot.addWidget(main)
    main.resize(SCREEN)
    main.show()
    main.sign_in(main.auth.sign_in("tangguoqiang", "demo-2026"))
    return main


def cut_text(table: QTableView) -> list[str]:
    """Headers whose text is wider than their column, cells of the rows on screen that do
    not fit theirs (but in the free-text column, or past the widest a column may be), and
    a table wider than its view."""
    header = table.horizontalHeader()
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    model, problems = table.model(), []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        text = str(model.headerData(column, header.orientation()))
        lines = text.split("\n")  # a header of two lines is as wide as its longer one
        needed = max(header.fontMetrics().horizontalAdvance(line) for line in lines) + margin
        if needed > header.sectionSize(column):
            problems.append(f"{table.objectName()}: “{text}” needs {needed}px, has "
                            f"{header.sectionSize(column)}")  # fmt: skip
        cells = min(table.sizeHintForColumn(column), WIDEST_COLUMN)
        if not stretched(header, column) and cells > header.sectionSize(column):
            problems.append(f"{table.objectName()}: the cells of “{text}” need {cells}px, "
                            f"have {header.sectionSize(column)}")  # fmt: skip
    if header.length() > header.width():
        problems.append(f"{table.objectName()}: {header.length()}px wide in {header.width()}px")
    return problems


def cut_forms(root: QWidget) -> list[str]:
    """Scrolled forms that cannot scroll sideways yet are wider than their view."""
    return [
        f"{type(area.widget()).__name__}: needs {area.widget().minimumSizeHint().width()}px, "
        f"has {area.viewport().width()}"
        for area in root.findChildren(QScrollArea)
        if area.isVisible() and area.widget() is not None
        and area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        and area.widget().minimumSizeHint().width() > area.viewport().width()
    ]  # fmt: skip


def stretched(header: QHeaderView, column: int) -> bool:
    """The free-text column, whose long values may be elided."""
    fitter = header.parentWidget().findChild(ColumnFitter)
    if fitter is not None:
        return column == fitter.stretch_column()
    if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
        return True
    last = max(c for c in range(header.count()) if not header.isSectionHidden(c))
    return header.stretchLastSection() and column == last


def visible_tables(root: QWidget) -> list[QTableView]:
    return [t for t in root.findChildren(QTableView) if t.isVisible()]


def settle(app: QApplication) -> None:
    wait_for_jobs()
    for _ in range(3):
        app.processEvents()


def every_page(app: QApplication, root: QWidget) -> Iterator[str]:
    """Show each page of each tab widget under `root` in turn (nested ones too)."""
    yield from _pages_of(app, root, root.objectName() or type(root).__name__)


def _pages_of(app: QApplication, root: QWidget, path: str) -> Iterator[str]:
    tabs = [w for w in root.findChildren(QTabWidget) if w.parentWidget() is not None]
    outermost = [t for t in tabs if not any(o is not t and o.isAncestorOf(t) for o in tabs)]
    if not outermost:
        settle(app)
        yield path
        return
    for tab_widget in outermost:
        for index in range(tab_widget.count()):
            tab_widget.setCurrentIndex(index)
            page = tab_widget.widget(index)
            yield from _pages_of(app, page, f"{path} › {tab_widget.tabText(index)}")


def list_key_customers(panel, wanted: int = 4) -> None:
    """Consultants put H-level prospects on this week's key-customer list, as on Monday."""
    until_read(panel)
    if panel.entries.total:
        return  # listed already
    for index in range(1, panel.consultant.count()):
        panel.consultant.setCurrentIndex(index)
        until_read(panel)
        if wanted and panel.suggestions.count():
            panel.reason.setText("周六带家人来店试驾，确认贷款方案")
            panel.mark_selected()
            wanted -= 1
    panel.consultant.setCurrentIndex(0)
    until_read(panel)


def until_read(panel) -> None:
    """The key-customer week is read on a worker: wait until it is shown."""
    while panel.loading:
        wait_for_jobs()
        QApplication.processEvents()


def with_a_car_and_a_customer(main: MainWindow) -> None:
    """As at the desk: the advisor has a car on screen, reception a customer, sales an
    order, the complaint desk this month's analysis, the calendar this week's key customers."""
    with main.store.db.transaction() as session:
        plate = session.scalar(
            select(Vehicle.plate).join(ServiceVisit, ServiceVisit.vehicle_id == Vehicle.id)
            .group_by(Vehicle.id, Vehicle.plate).order_by(func.count().desc()).limit(1)
        )  # fmt: skip
    service = main.tab(SERVICE)
    service.lookup.query.setText(plate)
    service.lookup.run_search()
    assert service.vehicle_id is not None
    reception = main.tab(RECEPTION)
    reception.lookup.query.setText(reception.visits.model.row_at(0).customer_name)
    reception.lookup.run_search()
    until_read(main.tab(SALES))
    main.tab(SALES).table.selectRow(0)  # the order panel and its delivery
    main.tab(COMPLAINTS).analysis.run()  # the month's table of causes
    list_key_customers(main.tab(CALENDAR).key_customers)
    assert main.tab(CALENDAR).key_customers.entries.rowCount() > 0
    board = main.tab(BOARD)  # the manager's board, its figures loaded on a worker
    wait_for_jobs()
    QApplication.processEvents()
    assert board.board is not None
    a_campaign_with_answers(main)


def a_campaign_with_answers(main: MainWindow) -> None:
    """The manager's winter car-care class for everyone, a few answers recorded."""
    assert main.services is not None
    draft = CampaignDraft(
        "冬季用车讲座", CampaignKind.EVENT, "{姓名}您好，诚邀您{时间}到{地址}参加冬季用车讲座。",
        TODAY, "全部客户", event_at=datetime(2026, 12, 6, 14, 0), place="展厅二楼",
    )  # fmt: skip
    main.services.campaigns.create_for_all(draft)
    tab = main.tab(CAMPAIGNS)
    tab.refresh()
    until_read(tab)  # the campaigns are read on a worker
    for row, answer in enumerate(["accepted", "declined", "not_reached"]):
        tab.invitation_table.selectRow(row)
        tab.answer_buttons[answer].click()


def test_every_tab_shows_its_headers_whole_at_1366x768(qtbot, qapp, window: MainWindow) -> None:
    with_a_car_and_a_customer(window)
    problems, seen = [], 0
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        window.tab(index)
        settle(qapp)
        for page in every_page(qapp, window.tabs.widget(index)):
            for table in visible_tables(window):
                seen += 1
                problems += [f"{page}: {p}" for p in cut_text(table)]
            problems += [f"{page}: {p}" for p in cut_forms(window)]
    assert seen >= 10, "the tabs' tables were not shown"
    assert problems == [], "\n".join(problems)


def test_the_window_fits_the_screen_with_its_status_bar(qtbot, qapp, window: MainWindow) -> None:
    for index in range(window.tabs.count()):
        window.tab(index)
    settle(qapp)
    minimum = window.minimumSizeHint()
    assert minimum.width() <= SCREEN.width() and minimum.height() <= SCREEN.height()
    assert window.size() == SCREEN
    bar = window.statusBar()
    assert bar.isVisible() and window.rect().contains(bar.geometry())
    switch = window.switch_button
    corner = switch.mapTo(window, switch.rect().bottomRight())
    assert switch.isVisible() and window.rect().contains(corner)


def test_manager_dialogs_show_their_headers_whole(qtbot, qapp, window: MainWindow) -> None:
    problems, seen = [], 0
    window.show_audit()
    dialogs = [window.audit_dialog]
    for action in window.setup_actions[1:4]:  # staff, car catalogue, settings
        action.trigger()
        dialogs.append(window.setup_dialog)
    for dialog in dialogs:
        settle(qapp)
        assert dialog.width() <= SCREEN.width() and dialog.height() <= SCREEN.height()
        for page in every_page(qapp, dialog):
            for table in visible_tables(dialog):
                seen += 1
                problems += [f"{page}: {p}" for p in cut_text(table)]
        dialog.close()
    settings = window.setup_dialog
    for group in range(settings.groups.count()):  # each group's page: some hold tables
        settings.groups.setCurrentRow(group)
        settings.show()
        settle(qapp)
        for table in visible_tables(settings):
            seen += 1
            problems += [f"{settings.groups.item(group).text()}: {p}" for p in cut_text(table)]
    assert seen >= 3
    assert problems == [], "\n".join(problems)


def test_dates_read_as_iso_and_weeks_start_on_monday(qtbot, qapp, window: MainWindow) -> None:
    for index in range(window.tabs.count()):
        window.tab(index)
    window.show_audit()
    edits = window.findChildren(QDateTimeEdit) + window.audit_dialog.findChildren(QDateTimeEdit)
    dated = [e for e in edits if e.displayedSections() & QDateTimeEdit.Section.DateSections_Mask]
    assert len(dated) >= 6
    assert [e.objectName() for e in dated if not e.displayFormat().startswith("yyyy-MM")] == []
    popups = [e.calendarWidget() for e in dated if e.calendarPopup()]
    calendars = window.findChildren(QCalendarWidget) + popups
    assert {c.firstDayOfWeek() for c in calendars} == {Qt.DayOfWeek.Monday}
    assert window.tab(RECEPTION).visits.day.text() == "2026-11-30"


def test_the_segment_builder_campaigns_and_board_follow_the_desks(
    qtbot, qapp, window: MainWindow
) -> None:
    assert window.tabs.tabText(SEGMENTS) in ("客户筛选", "Customer filter")
    assert window.tabs.tabText(CAMPAIGNS) in ("活动邀约", "Campaigns")
    assert window.tabs.tabText(BOARD) in ("经营看板", "Managers' board")


def test_the_boards_lists_show_their_headers_whole(qtbot, qapp, window: MainWindow) -> None:
    board = window.tab(BOARD)
    qtbot.waitUntil(lambda: board.board is not None, timeout=30_000)
    opened = []
    board.drilled.connect(opened.append)
    for figure in (board.sections[2].next_due, board.sections[0].visits):
        figure.click()
    settle(qapp)
    problems = [p for dialog in opened for p in cut_text(dialog.table)]
    assert len(opened) == 2 and problems == [], "\n".join(problems)
    for dialog in opened:
        assert dialog.width() <= SCREEN.width() and dialog.height() <= SCREEN.height()
        dialog.close()
