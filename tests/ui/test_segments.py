"""The segment builder (客户筛选) driven as staff do: pick fields, type, watch the count,
save and load a segment, open a customer's card with C; refused to who may not filter.
The world is tests/app/segment_world.py (four customers, three of them women)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from app.db import Database
from app.models import Campaign, Gender, StaffRole
from app.models import Customer as CustomerRow
from app.permissions import Actor
from app.services.container import AppServices
from tests.app import segment_world
from tests.factories import MANAGER, add_staff
from tests.ui.typing import type_text
from ui.main_window import tab_factories
from ui.segments.tab import SegmentTab


def services_for(db: Database, role: StaffRole = StaffRole.STORE_MANAGER) -> AppServices:
    actor = MANAGER if role is StaffRole.STORE_MANAGER else Actor(add_staff(db, "某人", role),
                                                                   "某人", role)  # fmt: skip
    return AppServices(db, actor, segment_world.clock())


@pytest.fixture
def tab(qtbot, sqlite_db: Database) -> SegmentTab:
    segment_world.build(sqlite_db)
    built = SegmentTab(services_for(sqlite_db))
    qtbot.addWidget(built)
    built.show()
    qtbot.waitUntil(lambda: not built.saved_loading, timeout=5000)  # read on a worker
    return built


def wait_count(qtbot, tab: SegmentTab, expected: int) -> None:
    qtbot.waitUntil(lambda: tab.count_label.text() == f"符合条件：{expected} 位客户",
                    timeout=5000)  # fmt: skip


def pick(combo, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_rows_narrow_the_count_as_you_pick(qtbot, tab: SegmentTab) -> None:
    wait_count(qtbot, tab, 4)  # nothing chosen: everyone
    first = tab.add_row()
    pick(first.field, "gender")
    pick(first.choice, "female")
    wait_count(qtbot, tab, 3)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    second = tab.rows[1]
    pick(second.field, "brand")
    type_text(qtbot, second.word, "大众")
    wait_count(qtbot, tab, 2)
    assert tab.expression.text() == "gender=female and brand=大众"
    assert tab.model.rowCount() == 2
    assert tab.model.index(0, 0).data() == "王芳" and tab.model.index(0, 1).data() == "138****0001"
    qtbot.mouseClick(second.remove, Qt.MouseButton.LeftButton)
    wait_count(qtbot, tab, 3)


def test_typing_the_expression_fills_the_rows(qtbot, tab: SegmentTab) -> None:
    type_text(qtbot, tab.expression, "性别=女 且 购车年份>=2023")
    wait_count(qtbot, tab, 2)
    assert [row.chosen_field().key for row in tab.rows] == ["gender", "purchase_year"]
    assert tab.rows[1].number.value() == 2023 and tab.rows[1].joiner.currentData() == "and"


def test_a_mistake_in_the_text_is_pointed_at(qtbot, tab: SegmentTab) -> None:
    type_text(qtbot, tab.expression, "性别=男人")
    assert tab.message.text() == (
        "筛选条件第 4 个字符处的“男人”不是“性别”的取值，可选：女、男、未知。"
    )


def test_a_stale_count_never_overwrites_a_newer_one(qtbot, tab: SegmentTab) -> None:
    tab.expression.setText("gender=male")
    tab._count_now()
    tab.expression.setText("gender=female")
    tab._count_now()
    qtbot.waitUntil(lambda: tab.count_label.text() == "符合条件：3 位客户", timeout=5000)
    qtbot.wait(300)  # the older job's result has arrived by now, and was dropped
    assert tab.count_label.text() == "符合条件：3 位客户"


def test_save_load_and_delete_a_segment(qtbot, tab: SegmentTab) -> None:
    type_text(qtbot, tab.expression, "gender=female and brand=大众")
    type_text(qtbot, tab.name, "美容课女车主")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.saved.currentText() == "美容课女车主", timeout=5000)
    tab.set_expression("")
    wait_count(qtbot, tab, 4)
    qtbot.mouseClick(tab.load_button, Qt.MouseButton.LeftButton)
    assert tab.expression.text() == "gender=female and brand=大众"
    wait_count(qtbot, tab, 2)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.saved.count() == 0, timeout=5000)


def test_c_opens_the_customers_card(qtbot, tab: SegmentTab) -> None:
    wait_count(qtbot, tab, 4)
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_C)
    assert tab.cards.window is not None and tab.cards.window.isVisible()
    tab.cards.window.close()


def test_a_campaign_is_made_from_the_filter_on_screen(qtbot, tab: SegmentTab) -> None:
    tab.set_expression("gender=female")
    wait_count(qtbot, tab, 3)
    type_text(qtbot, tab.name, "女车主")
    qtbot.mouseClick(tab.campaign_button, Qt.MouseButton.LeftButton)
    dialog = tab.campaign_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.name, "汽车美容课")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.made is not None, timeout=10_000)
    made = dialog.made
    assert made is not None and made.segment_label == "女车主"
    assert made.invited + made.excluded_refused + made.excluded_no_phone == 3  # the women
    with tab.services.db.reading(MANAGER) as session:
        kept = session.execute(select(Campaign.name, Campaign.segment_expression)).one()
    assert tuple(kept) == ("汽车美容课", "gender=female")
    dialog.reject()


def test_a_receptionist_has_no_tab_and_is_refused(qtbot, sqlite_db: Database) -> None:
    segment_world.build(sqlite_db)
    services = services_for(sqlite_db, StaffRole.RECEPTIONIST)
    holder = QWidget()
    qtbot.addWidget(holder)
    assert "客户筛选" not in [title for title, _f in tab_factories(holder, services)]
    assert "客户筛选" in [title for title, _f in tab_factories(holder, services_for(sqlite_db))]
    tab = SegmentTab(services)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: "创建活动邀约名单" in tab.count_label.text(), timeout=5000)
    assert tab.model.rowCount() == 0


def test_an_expression_rows_cannot_show_is_edited_as_text(qtbot, tab: SegmentTab) -> None:
    type_text(qtbot, tab.expression, "value in (high, medium) and not consent=marketing")
    wait_count(qtbot, tab, 1)  # 李娜: medium value, refused marketing
    assert tab.rows == [] and "请在文字框中修改" in tab.message.text()


def test_scrolling_reads_the_next_page_on_a_worker(qtbot, sqlite_db: Database) -> None:
    with sqlite_db.transaction(MANAGER) as session:
        session.add_all(
            CustomerRow(name=f"客户{n}", name_initials="kh", name_pinyin="kehu",
                        gender=Gender.FEMALE)
            for n in range(201)
        )  # fmt: skip
    tab = SegmentTab(services_for(sqlite_db))
    qtbot.addWidget(tab)
    type_text(qtbot, tab.expression, "gender=女")
    wait_count(qtbot, tab, 201)
    assert tab.model.rowCount() == 200 and tab.model.canFetchMore()
    tab.model.fetchMore()
    assert not tab.model.canFetchMore()  # one page at a time
    qtbot.waitUntil(lambda: tab.model.rowCount() == 201, timeout=5000)
