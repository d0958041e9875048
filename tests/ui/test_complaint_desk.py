"""The 客户投诉 tab driven as a customer-service officer would: a phone complaint taken,
answered, proposed, refused, proposed again, accepted and archived; a case left
too long turns red and reaches the store manager."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from sqlalchemy import select

from app.audit import AuditFilter
from app.db import Database
from app.models import FollowUpTask, StaffRole
from app.permissions import SYSTEM, Actor
from app.services.complaints import ComplaintForm
from app.services.container import AppServices
from tests.factories import MANAGER, Clock, add_customer, add_staff, add_vehicle
from tests.ui.typing import type_text
from ui.complaints.escalation_badge import EscalationBadge
from ui.complaints.tab import ComplaintDesk
from ui.desk import DeskSession

NOW = datetime(2026, 11, 23, 9, 0)
RED, AMBER = "#ef9a9a", "#ffe082"


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def services(sqlite_db: Database, clock: Clock) -> AppServices:
    return AppServices(sqlite_db, MANAGER, clock=clock)


@pytest.fixture
def officer(sqlite_db: Database) -> Actor:
    return Actor(add_staff(sqlite_db, "陈客服", StaffRole.CUSTOMER_SERVICE), "陈客服",
                 StaffRole.CUSTOMER_SERVICE)  # fmt: skip


@pytest.fixture
def tab(qtbot, services: AppServices, officer: Actor) -> ComplaintDesk:
    customer = add_customer(services.db, "张三", "13812345678")
    add_vehicle(services.db, customer, "LB37624S0RX000001", "粤B12345")
    return desk_of(qtbot, services, officer)


def desk_of(qtbot, services: AppServices, actor: Actor) -> ComplaintDesk:
    """The complaint desk as `actor` sees it: built for them, as the window does at sign-in."""
    desk = DeskSession()
    desk.sign_in(actor)
    widget = ComplaintDesk(AppServices(services.db, actor, services.clock), desk)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    settle(qtbot, widget)
    return widget


def settle(qtbot, tab: ComplaintDesk) -> None:
    """The lists are read on workers: wait until they are shown, as a person would."""
    qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)


def click(qtbot, widget: QWidget) -> None:
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_page(qtbot, tab: ComplaintDesk, index: int) -> None:
    bar = tab.pages.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tab.pages.currentIndex() == index


def pick_row(qtbot, table, row: int = 0) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def step(qtbot, tab: ComplaintDesk, button: str, note: str = "") -> None:
    view = tab.case_view
    if note:
        type_text(qtbot, view.note, note)
    click(qtbot, view.buttons[button])
    settle(qtbot, tab)


def take_phone_complaint(qtbot, tab: ComplaintDesk) -> None:
    open_page(qtbot, tab, 1)
    form = tab.intake
    type_text(qtbot, form.lookup.query, "13812345678")
    qtbot.keyClick(form.lookup.query, Qt.Key.Key_Return)
    pick_row(qtbot, form.lookup.results)
    assert "张三" in form.customer_label.text() and form.vehicle.currentText() == "粤B12345"
    form.category.setCurrentIndex(form.category.findText("售后服务"))
    form.cause.setCurrentIndex(form.cause.findText("维修质量"))
    type_text(qtbot, form.content, "保养后发动机异响，要求重新检查。")
    click(qtbot, form.submit_button)
    settle(qtbot, tab)


def test_officer_takes_a_phone_complaint_through_to_the_archive(qtbot, tab, monkeypatch) -> None:
    take_phone_complaint(qtbot, tab)
    assert tab.pages.currentIndex() == 0  # back at the open cases, the new one shown
    assert tab.open_model.rowCount() == 1
    assert tab.open_model.index(0, 0).data() == "TS20261123-0001"
    pick_row(qtbot, tab.open_table)
    assert "已受理" in tab.case_view.summary.text()
    assert not tab.case_view.buttons["propose"].isEnabled()
    step(qtbot, tab, "respond", "已致电客户致歉，明早复检。")
    step(qtbot, tab, "propose", "免费复检并更换张紧器。")
    assert "已提初步方案" in tab.case_view.summary.text()
    step(qtbot, tab, "unsatisfied", "仍有异响")
    assert "重新调查中" in tab.case_view.summary.text()
    step(qtbot, tab, "propose", "更换发动机总成，延保一年。")
    assert "已提最终方案" in tab.case_view.summary.text()
    tab.case_view.score.setValue(4)
    step(qtbot, tab, "satisfied")
    summary, history = tab.case_view.summary.text(), tab.case_view.history.text()
    assert "已结案归档" in summary and "只读" in summary
    for said in ("响应客户", "提出初步方案", "客户不满意", "提出最终方案", "满意度 4 分"):
        assert said in history
    assert history.count("陈客服") == 6
    assert not any(button.isEnabled() for button in tab.case_view.buttons.values())
    assert tab.open_model.rowCount() == 0
    open_page(qtbot, tab, 2)
    assert tab.archive.model.rowCount() == 1
    pick_row(qtbot, tab.archive.table)
    assert "已结案归档" in tab.archive.case_view.summary.text()


def test_a_manager_reopens_an_archived_case_with_a_reason(qtbot, tab, services, monkeypatch):
    case_id = services.complaints.intake(ComplaintForm("phone", "price", "报价不一致。"))
    services.complaints.respond(case_id, "已回电")
    services.complaints.propose(case_id, "退差价")
    services.complaints.customer_feedback(case_id, True, 5)
    tab.refresh()
    settle(qtbot, tab)
    open_page(qtbot, tab, 2)
    pick_row(qtbot, tab.archive.table)
    view = tab.archive.case_view
    assert not view.buttons["reopen"].isEnabled()  # the officer may not
    manager = add_staff(services.db, "周店长", StaffRole.STORE_MANAGER)
    tab = desk_of(qtbot, services, Actor(manager, "周店长", StaffRole.STORE_MANAGER))
    open_page(qtbot, tab, 2)
    pick_row(qtbot, tab.archive.table)
    view = tab.archive.case_view
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    click(qtbot, view.buttons["reopen"])
    assert "必须填写原因" in warnings[0]
    type_text(qtbot, view.note, "客户再次来电：问题复发")
    click(qtbot, view.buttons["reopen"])
    settle(qtbot, tab)
    assert "重新调查中" in view.summary.text() and "周店长" in view.history.text()
    assert tab.open_model.rowCount() == 1


def test_pause_needs_a_reason_and_shows_the_case_as_paused(qtbot, tab, services, monkeypatch):
    services.complaints.intake(ComplaintForm("phone", "price", "报价不一致。"))
    tab.refresh()
    settle(qtbot, tab)
    pick_row(qtbot, tab.open_table)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    click(qtbot, tab.case_view.buttons["pause"])
    assert "暂停计时必须填写原因" in warnings[0]
    step(qtbot, tab, "pause", "客户出差，等待资料")
    assert tab.open_model.index(0, 6).data().startswith("暂停")
    assert "暂停原因：客户出差，等待资料" in tab.case_view.summary.text()
    step(qtbot, tab, "resume")
    assert not tab.open_model.index(0, 6).data().startswith("暂停")


def test_an_anonymous_case_is_linked_to_the_customer_later(qtbot, tab, services):
    services.complaints.intake(ComplaintForm("online", "price", "网上留言：价格不透明。"))
    tab.refresh()
    settle(qtbot, tab)
    pick_row(qtbot, tab.open_table)
    view = tab.case_view
    assert not view.link_lookup.isHidden()
    type_text(qtbot, view.link_lookup.query, "13812345678")
    qtbot.keyClick(view.link_lookup.query, Qt.Key.Key_Return)  # a single hit: Enter links it
    settle(qtbot, tab)
    assert "张三" in view.summary.text() and view.link_lookup.isHidden()
    assert view.link_lookup.hits.rowCount() == 0  # no stale hit left behind
    assert tab.open_model.index(0, 1).data() == "张三"


def test_a_case_left_too_long_turns_red_and_escalates(qtbot, tab, services, clock) -> None:
    services.complaints.intake(ComplaintForm("phone", "price", "报价不一致。", cause="价格变动"))
    click(qtbot, tab.refresh_button)
    settle(qtbot, tab)
    assert tab.open_model.index(0, 6).data(Qt.ItemDataRole.BackgroundRole) is None
    clock.now += timedelta(minutes=100)
    click(qtbot, tab.refresh_button)
    settle(qtbot, tab)
    assert tab.open_model.index(0, 6).data(Qt.ItemDataRole.BackgroundRole).color().name() == AMBER
    clock.now += timedelta(minutes=30)
    click(qtbot, tab.refresh_button)
    settle(qtbot, tab)
    colour = tab.open_model.index(0, 6).data(Qt.ItemDataRole.BackgroundRole).color().name()
    assert colour == RED and tab.open_model.index(0, 6).data().startswith("逾期 0小时10分")
    qtbot.waitUntil(lambda: "逾期 1 件，已升级至店长" in tab.escalation_label.text())
    with services.db.transaction(SYSTEM) as session:
        roles = session.scalars(
            select(FollowUpTask.owner_role).where(FollowUpTask.kind == "complaint_escalation")
        ).all()
    assert roles == ["store_manager"]


def test_the_managers_status_bar_counts_escalations(qtbot, services, clock, officer) -> None:
    services.complaints.intake(ComplaintForm("phone", "price", "报价不一致。", cause="价格变动"))
    clock.now += timedelta(hours=3)

    def badge_for(actor: Actor) -> EscalationBadge:
        desk = DeskSession()
        desk.sign_in(actor)
        badge = EscalationBadge(AppServices(services.db, actor, services.clock), desk)
        qtbot.addWidget(badge)
        return badge

    assert badge_for(officer).isHidden()
    manager = add_staff(services.db, "周店长", StaffRole.STORE_MANAGER)
    badge = badge_for(Actor(manager, "周店长", StaffRole.STORE_MANAGER))
    qtbot.waitUntil(lambda: badge.text() == "逾期投诉 1 件", timeout=30_000)  # on a worker
    assert not badge.isHidden()


def test_open_cases_model_is_a_sound_qt_model(qtbot, tab, services, qtmodeltester) -> None:
    for cause in ("价格变动", "报价不透明", "优惠未兑现"):
        services.complaints.intake(ComplaintForm("online", "price", "价格问题", cause=cause))
    tab.refresh()
    settle(qtbot, tab)
    assert tab.open_model.rowCount() == 3
    qtmodeltester.check(tab.open_model)
    qtmodeltester.check(tab.archive.model)


def test_analysis_shows_the_month_and_exports_it(
    qtbot, tab, services, tmp_path, monkeypatch, qtmodeltester
):
    take_phone_complaint(qtbot, tab)
    services.complaints.intake(ComplaintForm("email", "price", "价格问题", cause="价格变动"))
    open_page(qtbot, tab, 3)
    view = tab.analysis
    click(qtbot, view.run_button)
    assert "投诉 2 件" in view.summary.text()
    assert view.chart.bars == [("价格", 1), ("售后服务", 1)]
    assert view.causes.rowCount() == 2 and view.causes.index(0, 2).data() == "1"
    qtmodeltester.check(view.causes)
    [series] = view.chart.chart().series()  # QtCharts: first bar drawn on top
    assert [series.barSets()[0].at(i) for i in range(2)] == [1.0, 1.0]
    target = tmp_path / "投诉分析.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    with qtbot.waitSignal(view.exported, timeout=30_000):  # written on a worker thread
        click(qtbot, view.export_button)
    assert Path(target).exists()
    # the officer may see whole numbers, so the file (an audited export) has them whole
    assert load_workbook(target)["投诉明细"]["D2"].value == "13812345678"
    (export,) = services.audit.page(SYSTEM, AuditFilter(action="export"), 0, 5)
    assert export.entity == "complaints" and "2 条" in export.detail
