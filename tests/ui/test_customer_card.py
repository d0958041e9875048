"""The intent level set from the customer's card at reception, as a consultant would:
find the customer, pick the level the call confirmed, read what the card says."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.db import Database
from app.models import StaffRole
from app.permissions import Actor
from app.services.container import AppServices
from tests.factories import add_customer, add_staff
from tests.ui.typing import type_text
from ui.desk import DeskSession
from ui.reception.tab import ReceptionTab

NOW = datetime(2026, 11, 23, 15, 0)


@pytest.fixture
def tab(qtbot, sqlite_db: Database) -> ReceptionTab:
    consultant = Actor(add_staff(sqlite_db, "王顾问"), "王顾问", StaffRole.SALES_CONSULTANT)
    desk = DeskSession()
    desk.sign_in(consultant)
    widget = ReceptionTab(AppServices(sqlite_db, consultant, clock=lambda: NOW), desk)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose_customer(qtbot, tab: ReceptionTab, phone: str) -> None:
    type_text(qtbot, tab.lookup.query, phone)
    qtbot.keyClick(tab.lookup.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.lookup.hits.rowCount() == 1)
    rect = tab.lookup.results.visualRect(tab.lookup.hits.index(0, 0))
    qtbot.mouseClick(tab.lookup.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_consultant_raises_the_level_from_the_card(
    qtbot, tab: ReceptionTab, sqlite_db: Database
) -> None:
    customer = add_customer(sqlite_db, "张三", "13812345678", intent_level="B")
    choose_customer(qtbot, tab, "13812345678")
    level, set_level = tab.card.level, tab.card.set_level
    assert level.isVisible() and level.isEnabled() and level.currentData() == "B"
    assert not set_level.isEnabled()  # nothing chosen yet
    for _ in range(2):  # B → A → H, as the arrow keys move up the list: nothing saved yet
        qtbot.keyClick(level, Qt.Key.Key_Up)
    assert tab.services.customers.intent_choice(customer).level == "B"
    qtbot.mouseClick(set_level, Qt.MouseButton.LeftButton)
    assert level.currentData() == "H" and not set_level.isEnabled()
    assert "意向级别：H" in tab.card.summary.text()
    assert tab.card.level_message.text() == "意向级别已改为 H。"
    assert tab.services.customers.intent_choice(customer).level == "H"


def test_a_level_changed_meanwhile_elsewhere_is_refused_and_shown(
    qtbot, tab: ReceptionTab, sqlite_db: Database
) -> None:
    customer = add_customer(sqlite_db, "张三", "13812345678", intent_level="B")
    choose_customer(qtbot, tab, "13812345678")
    other_desk = tab.services.customers
    other_desk.set_intent_level(customer, "C", other_desk.intent_choice(customer).version)
    qtbot.keyClick(tab.card.level, Qt.Key.Key_Up)
    qtbot.mouseClick(tab.card.set_level, Qt.MouseButton.LeftButton)
    assert "已被其他工作站修改" in tab.card.level_message.text()
    assert tab.card.level.currentData() == "C"  # what the other desk saved
    assert other_desk.intent_choice(customer).level == "C"


def test_an_ordered_customer_shows_the_level_without_offering_it(
    qtbot, tab: ReceptionTab, sqlite_db: Database
) -> None:
    add_customer(sqlite_db, "李四", "13912345678", stage="deal", intent_level="O")
    choose_customer(qtbot, tab, "13912345678")
    assert tab.card.level.currentText() == "O" and not tab.card.level.isEnabled()
    assert not tab.card.set_level.isEnabled()


def test_a_new_customer_has_no_level_control_on_the_card(qtbot, tab: ReceptionTab) -> None:
    type_text(qtbot, tab.lookup.query, "13700000000")
    qtbot.keyClick(tab.lookup.query, Qt.Key.Key_Return)
    assert not tab.card.level.isVisible()
