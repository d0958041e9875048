"""The same keys at every lookup: Down into the hits, Enter picks (a single hit straight
from the box), Esc clears. Driven from the keyboard at the service desk and the
complaint desk; the reception's own are in test_reception_integrity.py. And the
complaint intake's received time is now when the form is shown or starts again."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication

from app.db import Database
from app.models import StaffRole
from app.permissions import Actor
from app.services.container import AppServices
from tests.factories import MANAGER, Clock, add_customer, add_model, add_staff, add_vehicle
from tests.ui.typing import type_text
from ui.complaints.tab import ComplaintDesk
from ui.desk import DeskSession
from ui.service.tab import ServiceTab

NOW = datetime(2026, 11, 23, 9, 0)


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def services(sqlite_db: Database, clock: Clock) -> AppServices:
    """王芳 with two cars; 张三 and 张珊 (both "zs")."""
    owner = add_customer(sqlite_db, "王芳", "13812345678")
    add_model(sqlite_db)
    add_vehicle(sqlite_db, owner, "LSGJA52U0BS123456", "粤B12345")
    add_vehicle(sqlite_db, owner, "LSGJA52U0BS654321", "粤B67890")
    add_customer(sqlite_db, "张三", "13900001111")
    add_customer(sqlite_db, "张珊", "13900002222")
    return AppServices(sqlite_db, MANAGER, clock=clock)


def signed_in(db: Database, name: str, role: StaffRole) -> DeskSession:
    desk = DeskSession()
    desk.sign_in(Actor(add_staff(db, name, role), name, role))
    return desk


@pytest.fixture
def service_tab(qtbot, services: AppServices) -> ServiceTab:
    widget = ServiceTab(services, signed_in(services.db, "李顾问", StaffRole.SERVICE_ADVISOR))
    shown(qtbot, widget)
    qtbot.waitUntil(lambda: widget.built)  # its panels come one after another
    return widget


@pytest.fixture
def complaint_desk(qtbot, services: AppServices) -> ComplaintDesk:
    widget = ComplaintDesk(services, signed_in(services.db, "陈客服", StaffRole.CUSTOMER_SERVICE))
    shown(qtbot, widget)
    qtbot.waitUntil(lambda: not widget.loading, timeout=30_000)  # its pages built and read
    return widget


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def press(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def search(qtbot, query, text: str) -> None:
    query.setFocus()
    type_text(qtbot, query, text)
    press(qtbot, Qt.Key.Key_Return)


# --- service check-in --------------------------------------------------------------------
def test_service_lookup_down_then_enter_picks_the_second_car(qtbot, service_tab) -> None:
    lookup = service_tab.lookup
    search(qtbot, lookup.query, "王芳")
    assert lookup.hits.rowCount() == 2
    press(qtbot, Qt.Key.Key_Down)
    assert lookup.results.hasFocus() and lookup.results.currentIndex().row() == 0
    press(qtbot, Qt.Key.Key_Down)
    second = lookup.hits.hit(1)
    press(qtbot, Qt.Key.Key_Return)
    assert service_tab.vehicle_id == second.id
    assert second.plate in service_tab.card.labels["vehicle"].text()


def test_service_lookup_enter_picks_a_single_car_and_esc_clears(qtbot, service_tab) -> None:
    lookup = service_tab.lookup
    search(qtbot, lookup.query, "粤B67890")
    assert "粤B67890" in service_tab.card.labels["vehicle"].text()
    press(qtbot, Qt.Key.Key_Escape)
    assert (lookup.query.text(), lookup.hits.rowCount(), lookup.status.text()) == ("", 0, "")
    assert lookup.query.hasFocus()


# --- complaint intake --------------------------------------------------------------------
def open_intake(qtbot, desk: ComplaintDesk) -> None:
    bar = desk.pages.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())


def test_complaint_lookup_down_enter_picks_and_esc_clears(qtbot, complaint_desk) -> None:
    open_intake(qtbot, complaint_desk)
    form = complaint_desk.intake
    search(qtbot, form.lookup.query, "zs")
    assert form.lookup.hits.rowCount() == 2 and form.customer is None  # two: not guessed
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert form.customer is not None and form.customer.name == form.lookup.hits.hit(1).name
    form.lookup.query.setFocus()
    press(qtbot, Qt.Key.Key_Escape)
    assert form.lookup.query.text() == "" and form.lookup.hits.rowCount() == 0
    assert form.customer is None and "匿名" in form.customer_label.text()


def test_complaint_lookup_enter_picks_a_single_customer(qtbot, complaint_desk) -> None:
    open_intake(qtbot, complaint_desk)
    form = complaint_desk.intake
    search(qtbot, form.lookup.query, "13812345678")
    assert form.customer is not None and form.customer.name == "王芳"
    assert form.vehicle.currentText() == "粤B12345"


def received(desk: ComplaintDesk) -> datetime:
    return desk.intake.received_at.dateTime().toPython()


def test_received_time_is_now_when_the_intake_is_shown_and_after_a_complaint(
    qtbot, complaint_desk: ComplaintDesk, clock: Clock
) -> None:
    clock.now = NOW + timedelta(hours=1, minutes=30)  # the desk was built at 9:00
    open_intake(qtbot, complaint_desk)
    assert received(complaint_desk) == clock.now
    form = complaint_desk.intake
    type_text(qtbot, form.content, "销售顾问承诺的赠品没有兑现。")
    clock.now += timedelta(minutes=20)
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not complaint_desk.loading)  # the list is read on a worker
    assert complaint_desk.open_model.rowCount() == 1
    clock.now += timedelta(minutes=15)
    open_intake(qtbot, complaint_desk)
    assert received(complaint_desk) == clock.now


def test_a_back_dated_received_time_is_kept_when_the_intake_is_shown_again(
    qtbot, complaint_desk: ComplaintDesk, clock: Clock
) -> None:
    open_intake(qtbot, complaint_desk)
    earlier = NOW - timedelta(hours=2)
    complaint_desk.intake.received_at.setDateTime(QDateTime(earlier))
    complaint_desk.pages.setCurrentIndex(0)
    clock.now = NOW + timedelta(hours=1)
    open_intake(qtbot, complaint_desk)
    assert received(complaint_desk) == earlier
