"""The follow-up calendar tab, driven as a sales consultant would: open today, complete a
callback, reschedule one, change a level after a callback, export the key-customer sheet."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QGroupBox, QMessageBox
from sqlalchemy import select as sql_select

from app.audit import AuditFilter
from app.db import Database
from app.models import Customer, FollowUpTask, StaffRole
from app.permissions import SYSTEM, Actor
from app.rules.campaigns import CampaignKind
from app.services.calendar import TaskFilter, TaskQuery
from app.services.campaign_data import CampaignDraft
from app.services.container import AppServices
from tests.app import reminder_world as w
from tests.factories import MANAGER
from tests.ui.typing import type_text
from ui.calendar.tab import CalendarTab
from ui.calendar.task_table import OWNER_COLUMN, task_columns
from ui.desk import DeskSession

TODAY = w.TODAY


@pytest.fixture
def clock() -> w.Clock:
    return w.Clock(datetime(2026, 11, 23, 18, 0))


@pytest.fixture
def world(sqlite_db: Database):
    wang = w.staff(sqlite_db, "王顾问")
    other = w.staff(sqlite_db, "李顾问")
    model = w.model(sqlite_db)
    people = {}
    for n, (name, level) in enumerate([("张三", "C"), ("李四", "H"), ("王五", "A")]):
        cid = w.customer(sqlite_db, name, f"1380000000{n}", consultant_id=wang)
        w.visit(sqlite_db, cid, wang, datetime(2026, 11, 22, 10 + n), level, model)
        people[name] = cid
    stranger = w.customer(sqlite_db, "赵六", "13800000009", consultant_id=other)
    w.visit(sqlite_db, stranger, other, datetime(2026, 11, 22, 15), "B", model)
    return {"wang": wang, "other": other, **people}


@pytest.fixture
def services(sqlite_db, clock) -> AppServices:
    return AppServices(sqlite_db, MANAGER, clock=clock)


def wait_for_generation(qtbot, tab: CalendarTab) -> None:
    """The tab makes the day's reminders on a worker thread; its result arrives on the UI
    thread through the event loop, which waitUntil spins. The lists it then shows are
    read on workers too."""
    qtbot.waitUntil(lambda: not tab.jobs.is_running("reminders"), timeout=30_000)
    settle(qtbot, tab)


def settle(qtbot, tab: CalendarTab) -> None:
    """The lists and the month's counts are read on workers: wait until they are shown."""
    qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)


@pytest.fixture
def tab(qtbot, services, world, monkeypatch) -> CalendarTab:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    desk = DeskSession()
    desk.sign_in(Actor(world["wang"], "王顾问", StaffRole.SALES_CONSULTANT))
    widget = CalendarTab(AppServices(services.db, desk.actor, services.clock), desk)
    wait_for_generation(qtbot, widget)
    widget.warnings = warnings  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.show()
    return widget


def day_customers(tab: CalendarTab) -> list[str]:
    model = tab.day_list.model_
    return [model.row_at(r).customer for r in range(model.rowCount())]


def select(qtbot, tab: CalendarTab, customer: str) -> None:
    row = day_customers(tab).index(customer)
    tab.day_list.selectRow(row)
    tab.day_list.setFocus()
    assert tab.panel.task is not None and tab.panel.task.customer == customer


def test_open_today_shows_my_follow_ups_generated_on_opening(tab, world):
    assert tab.filters.owner.currentData() == world["wang"]  # my own list first
    assert sorted(day_customers(tab)) == ["张三", "李四", "王五"]
    count = tab.month.count_on(TODAY)
    assert count is not None and count.open == 3 and count.overdue == 0
    assert "逾期未办：0" in tab.overdue_total.text()
    assert "1 已联系" in tab.panel.buttons["reached"].text()  # the key is printed
    assert "1-5" in tab.findChild(type(tab.status), "shortcutHint").text()


def test_owner_filter_shows_everyone(qtbot, tab):
    tab.filters.owner.setCurrentIndex(0)
    settle(qtbot, tab)
    assert sorted(day_customers(tab)) == ["张三", "李四", "王五", "赵六"]


def test_complete_a_callback_with_one_key(qtbot, tab, services, world):
    select(qtbot, tab, "李四")
    type_text(qtbot, tab.panel.note, "周六来试驾")
    tab.day_list.setFocus()
    qtbot.keyClick(tab.day_list, Qt.Key.Key_1)
    assert "已记录：李四 已联系" in tab.status.text()
    done = [t for t in w.tasks(services.db, customer_id=world["李四"]) if t.status == "reached"]
    assert len(done) == 1 and done[0].outcome_note == "周六来试驾"
    assert done[0].completed_by_id == world["wang"]
    assert done[0].completed_at == datetime(2026, 11, 23, 18, 0)
    # H level paces the next call two days later.
    assert "下次联系 2026-11-25" in tab.status.text()


def test_not_reached_offers_the_next_attempt(qtbot, tab, services, world):
    select(qtbot, tab, "王五")
    qtbot.keyClick(tab.day_list, Qt.Key.Key_2)
    tasks = w.tasks(services.db, customer_id=world["王五"])
    assert [(t.status, t.attempt, t.due_date) for t in tasks] == [
        ("not_reached", 1, TODAY),
        ("open", 2, TODAY + timedelta(days=1)),
    ]


def test_reschedule_one(qtbot, tab, services, world):
    select(qtbot, tab, "张三")
    tab.panel.new_date.setDate(QDate(2026, 11, 27))
    qtbot.keyClick(tab.day_list, Qt.Key.Key_3)
    settle(qtbot, tab)
    today_row = tab.day_list.model_.row_at(day_customers(tab).index("张三"))
    assert today_row.status == "rescheduled"
    statuses = {t.due_date: t.status for t in w.tasks(services.db, customer_id=world["张三"])}
    assert statuses == {TODAY: "rescheduled", date(2026, 11, 27): "open"}
    week = tab.week_list.model_
    rows = [week.row_at(r) for r in range(week.rowCount())]
    assert any(r.customer == "张三" and r.due_date == date(2026, 11, 27) for r in rows)


@pytest.fixture
def departed(services, world) -> int:
    """孙七 came in this morning and left: the departure-care SMS is on today's list."""
    sun = w.customer(services.db, "孙七", "13800000007", consultant_id=world["wang"])
    visit = w.visit(services.db, sun, world["wang"], datetime(2026, 11, 23, 10), "C")
    services.reception.record_departure(visit, datetime(2026, 11, 23, 11))
    return sun


def test_set_the_level_from_a_departure_sms(qtbot, departed, tab, services):
    model = tab.day_list.model_
    rows = [model.row_at(r) for r in range(model.rowCount())]
    tab.day_list.selectRow(next(n for n, r in enumerate(rows) if r.kind == "departure_care"))
    tab.day_list.setFocus()
    assert tab.panel.task.channel == "sms" and tab.panel.level.isEnabled()
    tab.panel.level.setCurrentIndex(tab.panel.level.findData("A"))
    qtbot.keyClick(tab.day_list, Qt.Key.Key_4)  # sent: done
    assert services.reception.card(departed).customer.intent_level == "A"
    following = services.calendar.page(
        TaskQuery(TODAY, TODAY + timedelta(days=30), TaskFilter(customer_id=departed,
                                                                kind="prospect_follow_up"))
    )  # fmt: skip
    assert [f.due_date for f in following] == [date(2026, 11, 26)]  # A: every 3 days


def test_change_the_level_after_a_callback(qtbot, tab, services, world):
    select(qtbot, tab, "张三")  # a C-level prospect
    assert tab.panel.level.isEnabled()
    tab.panel.level.setCurrentIndex(tab.panel.level.findData("H"))
    qtbot.keyClick(tab.day_list, Qt.Key.Key_1)
    card = services.reception.card(world["张三"])
    assert card.customer.intent_level == "H"
    following = services.calendar.page(
        TaskQuery(TODAY, TODAY + timedelta(days=30), TaskFilter(kind="prospect_follow_up"))
    )
    assert [(f.customer, f.due_date) for f in following] == [("张三", date(2026, 11, 25))]


def test_skip_needs_a_reason(qtbot, tab, services, world):
    select(qtbot, tab, "王五")
    qtbot.keyClick(tab.day_list, Qt.Key.Key_5)
    assert tab.warnings and "原因" in tab.warnings[0]
    type_text(qtbot, tab.panel.note, "客户已在外地买车")
    tab.day_list.setFocus()
    qtbot.keyClick(tab.day_list, Qt.Key.Key_5)
    assert [t.status for t in w.tasks(services.db, customer_id=world["王五"])] == ["skipped"]


def test_copy_message_and_open_the_card(qtbot, tab):
    select(qtbot, tab, "李四")
    qtbot.keyClick(tab.day_list, Qt.Key.Key_M)
    assert QApplication.clipboard().text() == tab.panel.task.message
    assert "李四您好" in tab.panel.message.toPlainText()
    qtbot.keyClick(tab.day_list, Qt.Key.Key_C)
    assert tab.card_dialog is not None and tab.card_dialog.isVisible()
    name = tab.card_dialog.findChild(type(tab.status), "cardName").text()
    assert name == "李四"
    history = tab.card_dialog.findChild(type(tab.day_list), "customerHistory")
    assert history.model_.rowCount() == 1
    assert history.model_.row_at(0).kind == "prospect_first_follow_up"
    tab.card_dialog.close()


def test_notice_when_a_callback_falls_due(qtbot, tab, services, world, clock):
    task_id = tab.day_list.model_.row_at(0).id
    from app.models import FollowUpTask

    with services.db.transaction(SYSTEM) as session:
        session.get(FollowUpTask, task_id).due_at = datetime(2026, 11, 23, 19, 0)
    clock.now = datetime(2026, 11, 23, 19, 0, 30)
    due = tab.notifier.check()
    assert [t.id for t in due] == [task_id]
    assert "回访到时间了" in tab.status.text()
    assert tab.notifier.check() == []  # told once
    assert tab.notifier.timer.interval() == 60_000 and tab.notifier.timer.isActive()


def test_month_view_marks_overdue(qtbot, tab, services, clock):
    clock.now = datetime(2026, 11, 25, 9, 0)
    tab.go_today()
    settle(qtbot, tab)
    count = tab.month.count_on(TODAY)
    assert count is not None and count.overdue == 3
    assert "逾期未办：3" in tab.overdue_total.text()
    assert tab.overdue_list.model_.rowCount() == 3


def test_task_model_passes_the_model_tester(qtbot, qtmodeltester, tab):
    qtmodeltester.check(tab.day_list.model_)
    tab.pages.setCurrentIndex(1)
    settle(qtbot, tab)
    qtmodeltester.check(tab.key_customers.entries)


def test_inner_pages_are_built_when_first_shown(qtbot, tab):
    assert not tab.key_customer_page.built and not tab.rule_page.built
    tab.pages.setCurrentIndex(2)
    assert tab.rule_page.built and not tab.key_customer_page.built
    assert tab.rules.isVisibleTo(tab)


def test_export_the_key_customer_sheet(qtbot, tab, world, monkeypatch, tmp_path):
    tab.pages.setCurrentIndex(1)
    panel = tab.key_customers
    settle(qtbot, tab)  # the page reads its week when first shown
    assert panel.consultant.currentData() == world["wang"]
    assert panel.suggestions.count() == 1 and "李四" in panel.suggestions.currentText()
    qtbot.mouseClick(panel.mark_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert panel.entries.rowCount() == 1
    panel.entry_view.selectRow(0)
    qtbot.mouseClick(panel.outcome_buttons["deal"], Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert panel.entries.row_at(0).outcome == "deal"
    target = tmp_path / "key.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert "已导出" in panel.message.text()
    book = load_workbook(target)
    assert book.sheetnames == ["汇总", "王顾问"]
    assert book["王顾问"]["A2"].value == "李四" and book["王顾问"]["B2"].data_type == "s"


def test_lost_needs_a_reason_and_postponed_is_carried(qtbot, tab, world):
    panel = tab.key_customers
    settle(qtbot, tab)
    qtbot.mouseClick(panel.mark_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    panel.entry_view.selectRow(0)
    qtbot.mouseClick(panel.outcome_buttons["lost"], Qt.MouseButton.LeftButton)
    assert tab.warnings and "原因" in tab.warnings[-1]
    qtbot.mouseClick(panel.outcome_buttons["postponed"], Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert "2026-W49" in panel.message.text()
    review = panel.review.row_at(0)
    assert (review.listed, review.postponed) == (1, 1)


def test_rules_are_read_only_for_a_consultant(tab):
    assert not tab.rules.save_button.isEnabled()
    assert "店长" in tab.rules.message.text()


def test_store_manager_edits_a_rule(qtbot, services, world, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    manager = w.staff(services.db, "周店长", StaffRole.STORE_MANAGER)
    desk = DeskSession()
    desk.sign_in(Actor(manager, "周店长", StaffRole.STORE_MANAGER))
    tab = CalendarTab(AppServices(services.db, desk.actor, services.clock), desk)
    wait_for_generation(qtbot, tab)
    qtbot.addWidget(tab)
    editor = tab.rules
    row = next(
        r for r in range(editor.model.rowCount()) if editor.model.row_at(r).key == "birthday"
    )
    editor.view.selectRow(row)
    editor.template.setPlainText("{姓名}，{生日}快乐")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "{生日}" in editor.message.text()
    editor.template.setPlainText("{姓名}，生日快乐！")
    editor.lead.setValue(2)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "已保存" in editor.message.text()
    saved = next(r for r in services.reminders.rules() if r.key == "birthday")
    assert (saved.lead_days, saved.template) == (2, "{姓名}，生日快乐！")


def test_left_open_overnight_the_new_day_is_generated(qtbot, tab, sqlite_db, world, clock):
    w.customer(sqlite_db, "孙八", "13800000088", birthday=date(1990, 12, 8))  # the new window day
    clock.now = datetime(2026, 11, 24, 8, 0)
    tab.notifier.timer.timeout.emit()
    wait_for_generation(qtbot, tab)
    assert tab.month.selected_day() == date(2026, 11, 24)
    assert [t.kind for t in w.tasks(sqlite_db, kind="birthday")] == ["birthday"]


def test_refusing_marketing_from_the_card(qtbot, tab, services, world):
    select(qtbot, tab, "李四")
    qtbot.keyClick(tab.day_list, Qt.Key.Key_C)
    panel = next(
        child for child in tab.card_dialog.findChildren(QGroupBox) if child.title() == "联系授权"
    )
    assert panel.boxes["marketing"].isChecked()
    panel.boxes["marketing"].setFocus()
    qtbot.keyClick(panel.boxes["marketing"], Qt.Key.Key_Space)
    type_text(qtbot, panel.reason, "电话里说先不用联系")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "拒绝" in panel.history.text() and "先不用联系" in panel.history.text()
    [task] = w.tasks(services.db, customer_id=world["李四"])
    assert task.status == "skipped" and "拒绝营销" in task.outcome_note
    assert {s.kind: s.granted for s in services.reminders.consents(world["李四"])} == {
        "marketing": False, "greetings": True, "service": True,
    }  # fmt: skip
    tab.card_dialog.close()


def test_phone_is_masked_until_revealed_and_the_reveal_is_audited(qtbot, tab, services):
    select(qtbot, tab, "李四")
    assert tab.panel.task.phone == "138****0001"
    assert "138****0001" in tab.panel.heading.text()
    qtbot.mouseClick(tab.panel.reveal_button, Qt.MouseButton.LeftButton)
    assert "13800000001" in tab.panel.heading.text()
    (reveal,) = services.audit.page(SYSTEM, AuditFilter(action="reveal"), 0, 5)
    assert (reveal.entity, reveal.field) == ("customers", "mobile")


def test_opening_the_tab_never_generates_on_the_ui_thread(qtbot, services, world, monkeypatch):
    """Generation at a store group's size takes seconds: building the tab must not wait
    for it. Every call of generate() is recorded with the thread it ran on."""
    import threading

    from app.services.reminders import ReminderService

    threads: list[str] = []
    real = ReminderService.generate

    def recording(self, *args, **kwargs):
        threads.append(threading.current_thread().name)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(ReminderService, "generate", recording)
    desk = DeskSession()
    desk.sign_in(Actor(world["wang"], "王顾问", StaffRole.SALES_CONSULTANT))
    tab = CalendarTab(AppServices(services.db, desk.actor, services.clock), desk)
    qtbot.addWidget(tab)
    wait_for_generation(qtbot, tab)
    assert threads and threading.main_thread().name not in threads
    assert day_customers(tab)  # and the lists show what it made


def test_the_month_starts_on_monday_and_says_what_its_numbers_mean(tab):
    assert tab.month.firstDayOfWeek() == Qt.DayOfWeek.Monday
    legend = tab.legend.text()
    assert "3 条待办" in legend and "2 条逾期未办" in legend
    assert "右侧“当日”页" in tab.where_hint.text()


def test_a_task_in_a_roles_pool_shows_the_role_as_its_owner(qtbot, tab, services, world):
    with services.db.transaction(SYSTEM) as session:
        session.add(FollowUpTask(
            kind="care_call_15d", dedupe_key="care:pool", customer_id=world["张三"],
            owner_role="customer_service", channel="phone", due_date=TODAY,
        ))  # fmt: skip
    tab.filters.owner.setCurrentIndex(0)  # everyone's
    settle(qtbot, tab)
    rows = [tab.day_list.model_.row_at(r) for r in range(tab.day_list.model_.rowCount())]
    pooled = next(r for r in rows if r.kind == "care_call_15d")
    owner = task_columns()[OWNER_COLUMN]
    assert owner.header == "负责人" and owner.text(pooled) == "客服专员"


def test_an_empty_own_list_says_where_everyones_is(qtbot, tab):
    assert tab.empty_hint.isHidden()  # my three callbacks today
    tab.month.setSelectedDate(QDate(TODAY + timedelta(days=9)))
    settle(qtbot, tab)
    assert tab.empty_hint.isVisible()
    assert "没有您的回访任务" in tab.empty_hint.text()
    assert "全部负责人" in tab.empty_hint.text()
    tab.filters.owner.setCurrentIndex(0)
    settle(qtbot, tab)
    assert tab.empty_hint.isHidden()


def test_an_invitations_answer_is_recorded_with_its_call(qtbot, tab, services, world):
    """A campaign's call shows the invitation's answer; reached + 接受 lands on the list."""
    draft = CampaignDraft("冬季用车讲座", CampaignKind.EVENT, "{姓名}您好，诚邀您{时间}到店。",
                          TODAY, "张三", event_at=datetime(2026, 11, 28, 14, 0))  # fmt: skip
    zhang = sql_select(Customer.id).where(Customer.id == world["张三"])
    made = services.campaigns.create(draft, zhang)
    select(qtbot, tab, "李四")
    assert not tab.panel.form.isRowVisible(tab.panel.rsvp)  # not a campaign's call
    tab.refresh()
    settle(qtbot, tab)
    model = tab.day_list.model_
    row = next(r for r in range(model.rowCount()) if model.row_at(r).kind == "event_invitation")
    tab.day_list.selectRow(row)
    assert tab.panel.form.isRowVisible(tab.panel.rsvp)
    tab.panel.rsvp.setCurrentIndex(tab.panel.rsvp.findData("accepted"))
    qtbot.mouseClick(tab.panel.buttons["reached"], Qt.MouseButton.LeftButton)
    assert services.campaigns.invitations(made.id)[0].rsvp == "accepted"


def test_after_an_outcome_the_same_row_stays_selected(qtbot, tab):
    """The lists are read again on a worker: the row the person was on is chosen again."""
    select(qtbot, tab, "李四")
    row = tab.day_list.current_row_number()
    qtbot.keyClick(tab.day_list, Qt.Key.Key_1)
    settle(qtbot, tab)
    assert tab.day_list.current_row_number() == row
    assert tab.panel.task is not None and tab.panel.task.customer == "李四"
    assert tab.panel.task.status == "reached"


def test_a_stale_list_is_dropped(qtbot, tab):
    """Two filters chosen quickly: the list shows the second, whatever answers first."""
    tab.filters.owner.setCurrentIndex(0)  # everyone's…
    tab.filters.owner.setCurrentIndex(tab.filters.owner.findData(tab.desk.staff.id))  # …mine
    settle(qtbot, tab)
    assert sorted(day_customers(tab)) == ["张三", "李四", "王五"]
    assert "(3)" in tab.lists.tabText(0)
