"""The reception tab driven as a receptionist would: typing, clicking, reading."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.db import Database
from app.services.container import AppServices
from app.services.customers import CustomerService
from app.services.reception import VisitFilter
from tests.factories import MANAGER, add_customer, add_model, add_staff
from tests.ui.typing import type_text
from ui.desk import DeskSession
from ui.reception.tab import ReceptionTab

NOW = datetime(2026, 11, 23, 15, 0)


@pytest.fixture
def tab(qtbot, sqlite_db: Database) -> ReceptionTab:
    add_staff(sqlite_db, "李顾问")
    add_model(sqlite_db, "星越L 2.0T")
    widget = ReceptionTab(AppServices(sqlite_db, MANAGER, clock=lambda: NOW), DeskSession())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def look_up(qtbot, tab: ReceptionTab, text: str) -> None:
    tab.lookup.query.clear()
    type_text(qtbot, tab.lookup.query, text)
    qtbot.keyClick(tab.lookup.query, Qt.Key.Key_Return)


def fill_new_customer(qtbot, tab: ReceptionTab, name: str) -> None:
    type_text(qtbot, tab.form.name, name)
    tab.form.consultant.setCurrentIndex(tab.form.consultant.findText("李顾问"))
    tab.form.level.setCurrentIndex(tab.form.level.findData("H"))
    tab.form.arrived_at.setDateTime(QDateTime(datetime(2026, 11, 23, 14, 0)))


def click_choice(qtbot, tab: ReceptionTab, label: str) -> None:
    """Click the open question's button that says `label`."""
    qtbot.waitUntil(lambda: tab.choice is not None and tab.choice.isVisible())
    (button,) = [b for b in tab.choice.findChildren(QPushButton) if b.text() == label]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def visits_shown(tab: ReceptionTab) -> list[str]:
    model = tab.visits.model
    return [model.index(row, 2).data() for row in range(model.rowCount())]


def test_new_walk_in_found_nowhere_is_registered_from_the_same_form(qtbot, tab) -> None:
    look_up(qtbot, tab, "13912345678")
    assert "未找到" in tab.lookup.status.text()
    assert tab.form.mobile.text() == "13912345678"  # the lookup seeds the form
    fill_new_customer(qtbot, tab, "王芳")
    qtbot.mouseClick(tab.register_button, Qt.MouseButton.LeftButton)
    assert "已登记到店" in tab.message.text()
    assert visits_shown(tab) == ["王芳"]
    assert "今日客流 1 批（首次 1，再次 0）" in tab.traffic.label.text()
    assert tab.form.name.text() == ""  # ready for the next walk-in


def test_returning_customer_is_found_by_phone_and_shown_with_history(
    qtbot, tab, sqlite_db: Database
) -> None:
    add_customer(sqlite_db, "张三", "13812345678")
    look_up(qtbot, tab, "138 1234 5678")
    qtbot.waitUntil(lambda: tab.lookup.hits.rowCount() == 1)
    index = tab.lookup.hits.index(0, 0)
    rect = tab.lookup.results.visualRect(index)
    qtbot.mouseClick(tab.lookup.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "张三" in tab.card.summary.text()
    assert tab.form.name.text() == "张三" and tab.form.name.isReadOnly()
    tab.form.arrived_at.setDateTime(QDateTime(datetime(2026, 11, 23, 14, 0)))
    qtbot.mouseClick(tab.register_button, Qt.MouseButton.LeftButton)
    look_up(qtbot, tab, "5678")
    qtbot.mouseClick(
        tab.lookup.results.viewport(),
        Qt.MouseButton.LeftButton,
        pos=tab.lookup.results.visualRect(tab.lookup.hits.index(0, 0)).center(),
    )
    assert "到店记录" in tab.card.history.text() and "2026-11-23 14:00" in tab.card.history.text()
    qtbot.mouseClick(tab.register_button, Qt.MouseButton.LeftButton)
    assert visits_shown(tab) == ["张三", "张三"]
    assert tab.visits.model.index(0, 5).data() == "再次"
    assert len(tab.services.search.search("张三")) == 1  # never duplicated


def test_departure_creates_the_two_follow_up_tasks(qtbot, tab) -> None:
    look_up(qtbot, tab, "13912345678")
    fill_new_customer(qtbot, tab, "王芳")
    qtbot.mouseClick(tab.register_button, Qt.MouseButton.LeftButton)
    tab.visits.table.selectRow(0)
    qtbot.mouseClick(tab.depart_button, Qt.MouseButton.LeftButton)
    assert "已生成离店关怀短信和当晚回访任务" in tab.message.text()
    assert tab.visits.model.index(0, 1).data() == "15:00"
    (row,) = tab.services.reception.visits(VisitFilter(NOW.date()))
    assert tab.services.reception.card(row.customer_id).open_tasks == 2


@pytest.mark.parametrize(
    ("name", "mobile", "field", "words"),
    [
        ("王芳", "1391234", "mobile", "不是有效的中国大陆手机号码"),
        ("", "13912345678", "name", "请填写客户姓名"),
    ],
)
def test_bad_input_is_refused_at_its_field(qtbot, tab, name, mobile, field, words) -> None:
    type_text(qtbot, tab.form.name, name)
    type_text(qtbot, tab.form.mobile, mobile)
    qtbot.mouseClick(tab.register_button, Qt.MouseButton.LeftButton)
    assert words in tab.form.errors.message(field)
    assert visits_shown(tab) == []
    assert tab.services.reception.count_visits(VisitFilter(NOW.date())) == 0


def test_departure_before_arrival_is_refused_with_a_message(qtbot, tab, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    look_up(qtbot, tab, "13912345678")
    fill_new_customer(qtbot, tab, "王芳")
    qtbot.mouseClick(tab.register_button, Qt.MouseButton.LeftButton)
    tab.visits.table.selectRow(0)
    tab.depart_at.setDateTime(QDateTime(datetime(2026, 11, 23, 13, 0)))
    qtbot.mouseClick(tab.depart_button, Qt.MouseButton.LeftButton)
    assert shown == ["离店时间不能早于到店时间。"]
    assert tab.visits.model.index(0, 1).data() == ""


def test_same_name_other_phone_asks_in_choices(qtbot, tab, sqlite_db: Database) -> None:
    add_customer(sqlite_db, "王芳", "13800000000")
    look_up(qtbot, tab, "13912345678")
    fill_new_customer(qtbot, tab, "王芳")
    qtbot.mouseClick(tab.register_button, Qt.MouseButton.LeftButton)
    labels = [b.text() for b in tab.choice.findChildren(QPushButton)]
    assert labels == ["不是同一人：新建客户“王芳”", "是同一人：从列表中选择已有客户"]
    assert not any(text in ("是", "否", "&Yes", "&No") for text in labels)
    click_choice(qtbot, tab, "是同一人：从列表中选择已有客户")
    assert visits_shown(tab) == []  # nothing written: choose from the list instead
    assert tab.lookup.hits.rowCount() == 1 and "138****0000" in tab.lookup.hits.index(0, 0).data()
    assert tab.lookup.results.hasFocus()
    qtbot.mouseClick(tab.register_button, Qt.MouseButton.LeftButton)
    click_choice(qtbot, tab, "不是同一人：新建客户“王芳”")
    assert visits_shown(tab) == ["王芳"]
    assert len(tab.services.search.search("王芳")) == 2


def test_visits_model_passes_qt_model_checks(qtbot, tab, qtmodeltester) -> None:
    look_up(qtbot, tab, "13912345678")
    fill_new_customer(qtbot, tab, "王芳")
    qtbot.mouseClick(tab.register_button, Qt.MouseButton.LeftButton)
    qtmodeltester.check(tab.visits.model)
    qtmodeltester.check(tab.lookup.hits)


def test_filters_narrow_the_list(qtbot, tab) -> None:
    look_up(qtbot, tab, "13912345678")
    fill_new_customer(qtbot, tab, "王芳")
    qtbot.mouseClick(tab.register_button, Qt.MouseButton.LeftButton)
    tab.visits.level.setCurrentIndex(tab.visits.level.findData("A"))
    assert visits_shown(tab) == []
    tab.visits.level.setCurrentIndex(tab.visits.level.findData("H"))
    assert visits_shown(tab) == ["王芳"]


def test_card_shows_loyalty_badges(qtbot, tab, sqlite_db: Database) -> None:
    referrer = add_customer(sqlite_db, "张三", "13812345678")
    for i in range(3):
        add_customer(sqlite_db, f"朋友{i}", f"1370000000{i}", referred_by_id=referrer)
    look_up(qtbot, tab, "13812345678")
    qtbot.mouseClick(
        tab.lookup.results.viewport(),
        Qt.MouseButton.LeftButton,
        pos=tab.lookup.results.visualRect(tab.lookup.hits.index(0, 0)).center(),
    )
    assert "【销售忠诚】" in tab.card.summary.text()


def test_second_workstation_saving_a_stale_profile_is_offered_a_reload(
    qtbot, tab, sqlite_db: Database, monkeypatch
) -> None:
    customer_id = add_customer(sqlite_db, "张三", "13812345678")
    look_up(qtbot, tab, "13812345678")
    qtbot.mouseClick(
        tab.lookup.results.viewport(),
        Qt.MouseButton.LeftButton,
        pos=tab.lookup.results.visualRect(tab.lookup.hits.index(0, 0)).center(),
    )
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = tab.profile_dialog
    other_desk = CustomerService(Database(sqlite_db.url).open(), MANAGER)
    saved_elsewhere = other_desk.profile(customer_id)
    other_desk.save_profile(replace(saved_elsewhere, notes="售后工作站：喜欢白色"))
    other_desk.db.dispose()
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    type_text(qtbot, dialog.notes, "前台：周末来店")
    dialog.save()
    assert "已被其他工作站修改" in asked[0]
    assert dialog.notes.toPlainText() == "售后工作站：喜欢白色"  # reloaded, nothing overwritten
    dialog.district.setText("南山区")
    dialog.save()
    assert not dialog.isVisible()
    profile = CustomerService(sqlite_db, MANAGER).profile(customer_id)
    assert (profile.notes, profile.district) == ("售后工作站：喜欢白色", "南山区")


def test_source_is_stored_in_the_stores_words_whatever_the_language(qtbot, tab) -> None:
    tab.form.source.setItemText(1, "Phone invitation")  # as the English UI shows it
    tab.form.source.setCurrentIndex(1)
    assert tab.form.read().source_channel == "电话邀约"
    tab.form.source.setEditText("朋友圈广告")
    assert tab.form.read().source_channel == "朋友圈广告"
