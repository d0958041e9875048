"""The desk never corrupts a customer (issue 11, reception): a new receptionist at
1366×768, typing fast. A phone on file under another name stops with that customer's
card; a return visit changes only what was changed; every start is a fresh form; the
keyboard alone does the job."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from sqlalchemy import func, select

from app.db import Database
from app.models import Customer, FollowUpTask, ShowroomVisit
from app.permissions import SYSTEM
from app.services.container import AppServices
from app.services.reception import ReceptionService, WalkInForm
from tests.factories import MANAGER, Clock, add_customer, add_model, add_staff
from tests.ui.typing import type_text
from ui.desk import DeskSession
from ui.reception.tab import ReceptionTab

NOW = datetime(2026, 11, 23, 9, 0)
SCREEN = (1366, 768)
SAME, SHARES, TYPO = (
    "同一人：“刘思远”再次到店",
    "家人或同事共用此手机：新建客户“刘小远”并关联",
    "号码输错了：返回修改手机号",
)


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def liu(sqlite_db: Database) -> int:
    """刘思远: level A, consultant 李顾问, came last week for a 星越L, 15–20万, family use."""
    consultant = add_staff(sqlite_db, "李顾问")
    add_staff(sqlite_db, "王顾问")
    model = add_model(sqlite_db, "星越L 2.0T")
    add_model(sqlite_db, "银河L7")
    setup = ReceptionService(sqlite_db, MANAGER, clock=lambda: NOW)
    form = WalkInForm(
        name="刘思远", mobile="13812345678", arrived_at=NOW - timedelta(days=7),
        intent_level="A", consultant_id=consultant, model_of_interest_id=model,
        budget_min=150_000, budget_max=200_000, vehicle_use="family", priorities=["space"],
    )  # fmt: skip
    setup.register_walk_in(form)
    with sqlite_db.transaction(SYSTEM) as session:
        return session.scalar(select(Customer.id).where(Customer.name == "刘思远"))


@pytest.fixture
def tab(qtbot, sqlite_db: Database, clock: Clock, liu: int) -> ReceptionTab:
    widget = ReceptionTab(AppServices(sqlite_db, MANAGER, clock=clock), DeskSession())
    qtbot.addWidget(widget)
    widget.resize(*SCREEN)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


# --- helpers: what a receptionist does and sees ---------------------------------------
def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed wherever the focus is, as on a keyboard."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def focused(tab: ReceptionTab) -> QWidget:
    return tab.window().focusWidget()


def search(qtbot, tab: ReceptionTab, text: str) -> None:
    tab.lookup.query.setFocus()
    type_text(qtbot, tab.lookup.query, text)
    press(qtbot, Qt.Key.Key_Return)


def type_new_walk_in(qtbot, tab: ReceptionTab, name: str, mobile: str) -> None:
    """As a hurried receptionist: search the name, nobody, type the phone, submit."""
    search(qtbot, tab, name)
    assert focused(tab) is tab.form.mobile
    type_text(qtbot, tab.form.mobile, mobile)
    tab.form.notes.setFocus()
    press(qtbot, Qt.Key.Key_Return)


def click_choice(qtbot, tab: ReceptionTab, label: str) -> None:
    qtbot.waitUntil(lambda: tab.choice is not None and tab.choice.isVisible())
    (button,) = [b for b in tab.choice.findChildren(QPushButton) if b.text() == label]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def rows(db: Database, model) -> int:
    with db.transaction(SYSTEM) as session:
        return session.scalar(select(func.count()).select_from(model))


def customer(db: Database, name: str) -> Customer:
    with db.transaction(SYSTEM) as session:
        found = session.scalar(select(Customer).where(Customer.name == name))
        session.expunge(found)
        return found


def consultant_of(db: Database, row: Customer) -> str | None:
    from app.models import StaffUser

    with db.transaction(SYSTEM) as session:
        staff = session.get(StaffUser, row.consultant_id) if row.consultant_id else None
        return staff.name if staff else None


def visits_of(db: Database, customer_id: int) -> list[ShowroomVisit]:
    with db.transaction(SYSTEM) as session:
        found = session.scalars(
            select(ShowroomVisit)
            .where(ShowroomVisit.customer_id == customer_id)
            .order_by(ShowroomVisit.id)
        ).all()
        session.expunge_all()
        return list(found)


def assert_fresh(tab: ReceptionTab, now: datetime) -> None:
    """Every field as for a new walk-in, arrival = now."""
    form = tab.form
    assert form.customer_id is None
    assert (form.name.text(), form.mobile.text(), form.notes.toPlainText()) == ("", "", "")
    assert not form.name.isReadOnly() and not form.mobile.isReadOnly()
    assert form.arrived_at.moment() == now.replace(second=0, microsecond=0)
    assert form.party_size.value() == 1
    assert [c.currentIndex() for c in (form.source, form.consultant, form.model, form.use)] == [
        0, 0, 0, 0
    ]  # fmt: skip
    assert form.level.currentData() == "N"
    assert (form.budget_min.value(), form.budget_max.value()) == (0, 0)
    assert not any(box.isChecked() for box in form.priority_boxes.values())
    assert not form.test_drive.isChecked() and (form.route.text(), form.feedback.text()) == ("", "")
    assert "新客户" in tab.card.summary.text() and not tab.edit_button.isEnabled()


def scribble_everywhere(qtbot, tab: ReceptionTab) -> None:
    """Fill every field of the form, as a visit half-typed and then abandoned."""
    form = tab.form
    for edit, text in ((form.name, "路人"), (form.mobile, "13900000000")):
        if not edit.isReadOnly():
            type_text(qtbot, edit, text)
    form.party_size.setValue(4)
    for combo in (form.source, form.consultant, form.model, form.use, form.level):
        combo.setCurrentIndex(combo.count() - 1)
    form.budget_min.setValue(20)
    form.budget_max.setValue(30)
    for box in form.priority_boxes.values():
        box.setChecked(True)
    form.test_drive.setChecked(True)
    type_text(qtbot, form.route, "环线")
    type_text(qtbot, form.feedback, "很好")
    type_text(qtbot, form.notes, "带孩子")


# --- a known phone with a different name ---------------------------------------------
def test_a_known_phone_under_another_name_stops_and_shows_that_customers_card(
    qtbot, tab: ReceptionTab, sqlite_db: Database
) -> None:
    type_new_walk_in(qtbot, tab, "刘小远", "13812345678")
    dialog = tab.choice
    assert dialog.isVisible() and dialog.windowTitle() == "此手机号已有客户"
    shown = " ".join(label.text() for label in dialog.findChildren(type(tab.message)))
    assert "刘思远" in shown and "138****5678" in shown and "李顾问" in shown and "刘小远" in shown
    assert [b.text() for b in dialog.findChildren(QPushButton)] == [SAME, SHARES, TYPO]
    assert dialog.focusWidget().text() == TYPO  # a stray Enter writes nothing
    assert (rows(sqlite_db, Customer), rows(sqlite_db, ShowroomVisit)) == (1, 1)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)  # closed, nothing chosen
    qtbot.waitUntil(lambda: tab.choice is None)
    assert tab.choice is None
    assert (rows(sqlite_db, Customer), rows(sqlite_db, ShowroomVisit)) == (1, 1)
    assert tab.form.name.text() == "刘小远"  # nothing typed is lost either


def test_same_person_is_his_return_visit_and_his_level_stays_a(
    qtbot, tab: ReceptionTab, sqlite_db: Database, liu: int
) -> None:
    type_new_walk_in(qtbot, tab, "刘小远", "13812345678")
    click_choice(qtbot, tab, SAME)
    assert "已登记到店" in tab.message.text()
    _first, again = visits_of(sqlite_db, liu)
    assert (again.is_first_visit, again.intent_level, again.budget_max) == (False, "A", 200_000)
    row = customer(sqlite_db, "刘思远")
    assert (row.intent_level, consultant_of(sqlite_db, row)) == ("A", "李顾问")
    assert (rows(sqlite_db, Customer), rows(sqlite_db, FollowUpTask)) == (1, 0)
    assert_fresh(tab, NOW)


def test_family_member_sharing_the_phone_is_a_new_customer_linked_to_him(
    qtbot, tab: ReceptionTab, sqlite_db: Database, liu: int
) -> None:
    type_new_walk_in(qtbot, tab, "刘小远", "13812345678")
    click_choice(qtbot, tab, SHARES)
    relative = customer(sqlite_db, "刘小远")
    assert relative.mobile is None and f"“刘思远”（编号 {liu}）" in relative.notes
    assert [v.is_first_visit for v in visits_of(sqlite_db, relative.id)] == [True]
    owner = customer(sqlite_db, "刘思远")
    assert (owner.mobile, owner.intent_level, len(visits_of(sqlite_db, liu))) == (
        "13812345678", "A", 1
    )  # fmt: skip
    assert rows(sqlite_db, FollowUpTask) == 0


def test_a_typo_goes_back_to_the_phone_and_the_fixed_number_registers_her(
    qtbot, tab: ReceptionTab, sqlite_db: Database
) -> None:
    type_new_walk_in(qtbot, tab, "刘小远", "13812345678")
    click_choice(qtbot, tab, TYPO)
    assert (rows(sqlite_db, Customer), rows(sqlite_db, ShowroomVisit)) == (1, 1)
    assert "手机号" in tab.form.errors.message("mobile")
    assert focused(tab) is tab.form.mobile and tab.form.mobile.selectedText() == "13812345678"
    type_text(qtbot, tab.form.mobile, "13812345679")  # typing replaces the selection
    qtbot.mouseClick(tab.register_button, Qt.MouseButton.LeftButton)
    assert customer(sqlite_db, "刘小远").mobile == "13812345679"
    assert customer(sqlite_db, "刘思远").mobile == "13812345678"


def test_choice_dialog_fits_the_screen_with_every_choice_readable(qtbot, tab: ReceptionTab) -> None:
    type_new_walk_in(qtbot, tab, "刘小远", "13812345678")
    dialog = tab.choice
    qtbot.waitExposed(dialog)
    assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1]
    for button in dialog.findChildren(QPushButton):
        assert button.width() >= button.sizeHint().width(), button.text()


# --- the form changes only what was changed -------------------------------------------
def test_a_chosen_customer_starts_from_her_own_values(qtbot, tab: ReceptionTab) -> None:
    search(qtbot, tab, "13812345678")  # a single hit: Enter picks it
    form = tab.form
    assert form.customer_id is not None and form.name.text() == "刘思远"
    assert form.consultant.currentText() == "李顾问"  # hers, not 未分配
    assert form.level.currentData() == "A" and form.model.currentText() == "星越L 2.0T"
    assert (form.budget_min.value(), form.budget_max.value()) == (15, 20)
    assert form.use.currentData() == "family" and form.priority_boxes["space"].isChecked()
    assert focused(tab) is form.party_size


def test_return_visit_with_the_level_untouched_keeps_a(
    qtbot, tab: ReceptionTab, sqlite_db: Database, liu: int
) -> None:
    search(qtbot, tab, "13812345678")
    qtbot.mouseClick(tab.register_button, Qt.MouseButton.LeftButton)
    assert customer(sqlite_db, "刘思远").intent_level == "A"
    assert [v.intent_level for v in visits_of(sqlite_db, liu)] == ["A", "A"]


def test_return_visit_with_the_level_changed_records_the_new_level(
    qtbot, tab: ReceptionTab, sqlite_db: Database, liu: int
) -> None:
    search(qtbot, tab, "13812345678")
    tab.form.level.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # A → B, as from the keyboard
    assert tab.form.level.currentData() == "B"
    qtbot.mouseClick(tab.register_button, Qt.MouseButton.LeftButton)
    row = customer(sqlite_db, "刘思远")
    assert (row.intent_level, consultant_of(sqlite_db, row)) == ("B", "李顾问")
    assert visits_of(sqlite_db, liu)[-1].model_of_interest_id is not None  # untouched, kept


def test_return_visit_with_another_consultant_chosen_reassigns_her(
    qtbot, tab: ReceptionTab, sqlite_db: Database
) -> None:
    search(qtbot, tab, "13812345678")
    tab.form.consultant.setCurrentIndex(tab.form.consultant.findText("王顾问"))
    qtbot.mouseClick(tab.register_button, Qt.MouseButton.LeftButton)
    row = customer(sqlite_db, "刘思远")
    assert (row.intent_level, consultant_of(sqlite_db, row)) == ("A", "王顾问")


# --- no stale state ------------------------------------------------------------------
def test_clear_resets_everything_and_arrival_is_now(qtbot, tab: ReceptionTab, clock: Clock) -> None:
    search(qtbot, tab, "13812345678")
    scribble_everywhere(qtbot, tab)
    clock.now = NOW + timedelta(hours=1, minutes=30)
    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    assert_fresh(tab, clock.now)
    assert tab.lookup.query.text() == "" and tab.lookup.hits.rowCount() == 0


def test_a_search_that_finds_nobody_starts_a_fresh_form(
    qtbot, tab: ReceptionTab, clock: Clock
) -> None:
    scribble_everywhere(qtbot, tab)
    clock.now = NOW + timedelta(minutes=40)
    search(qtbot, tab, "13700001111")
    assert tab.form.mobile.text() == "13700001111"
    tab.form.mobile.clear()
    assert_fresh(tab, clock.now)


def test_choosing_a_customer_starts_a_fresh_form_from_her_values(
    qtbot, tab: ReceptionTab, clock: Clock
) -> None:
    scribble_everywhere(qtbot, tab)
    clock.now = NOW + timedelta(minutes=50)
    search(qtbot, tab, "13812345678")
    form = tab.form
    assert form.arrived_at.moment() == clock.now
    assert (form.party_size.value(), form.notes.toPlainText(), form.route.text()) == (1, "", "")
    assert not form.test_drive.isChecked() and form.source.currentIndex() == 0
    assert form.level.currentData() == "A" and form.consultant.currentText() == "李顾问"


def test_a_saved_visit_leaves_a_fresh_form(qtbot, tab: ReceptionTab, clock: Clock) -> None:
    type_new_walk_in(qtbot, tab, "赵敏", "13700002222")
    clock.now = NOW + timedelta(hours=2)
    scribble_everywhere(qtbot, tab)
    tab.form.name.clear()
    type_text(qtbot, tab.form.name, "周芷若")
    tab.form.mobile.clear()
    type_text(qtbot, tab.form.mobile, "13700003333")
    clock.now = NOW + timedelta(hours=3)
    qtbot.mouseClick(tab.register_button, Qt.MouseButton.LeftButton)
    assert "已登记到店" in tab.message.text()
    assert_fresh(tab, clock.now)


# --- keyboard first ------------------------------------------------------------------
def test_down_moves_into_the_hits_and_enter_picks_one(
    qtbot, tab: ReceptionTab, sqlite_db: Database
) -> None:
    add_customer(sqlite_db, "刘思思", "13600001111")
    search(qtbot, tab, "刘思")
    assert tab.lookup.hits.rowCount() == 2 and tab.form.customer_id is None  # Enter: 2 hits
    press(qtbot, Qt.Key.Key_Down)
    assert focused(tab) is tab.lookup.results and tab.lookup.results.currentIndex().row() == 0
    press(qtbot, Qt.Key.Key_Down)
    second = tab.lookup.hits.hit(1)
    press(qtbot, Qt.Key.Key_Return)
    assert tab.form.name.text() == second.name and tab.form.customer_id == second.id
    tab.lookup.results.setFocus()
    tab.lookup.results.setCurrentIndex(tab.lookup.hits.index(0, 0))
    press(qtbot, Qt.Key.Key_Up)  # from the first hit back to the box
    assert focused(tab) is tab.lookup.query


def test_escape_clears_the_search_and_the_form(qtbot, tab: ReceptionTab, clock: Clock) -> None:
    search(qtbot, tab, "13812345678")
    clock.now = NOW + timedelta(minutes=5)
    tab.lookup.query.setFocus()
    press(qtbot, Qt.Key.Key_Escape)
    assert tab.lookup.query.text() == "" and tab.lookup.hits.rowCount() == 0
    assert_fresh(tab, clock.now)
    assert focused(tab) is tab.lookup.query


def test_enter_in_the_last_field_submits_and_shift_enter_starts_a_line(
    qtbot, tab: ReceptionTab, sqlite_db: Database
) -> None:
    search(qtbot, tab, "13700004444")
    type_text(qtbot, tab.form.name, "赵敏")
    tab.form.notes.setFocus()
    type_text(qtbot, tab.form.notes, "想看SUV")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(qtbot, tab.form.notes, "周末再来")
    assert rows(sqlite_db, ShowroomVisit) == 1
    press(qtbot, Qt.Key.Key_Return)
    assert rows(sqlite_db, ShowroomVisit) == 2
    (visit,) = visits_of(sqlite_db, customer(sqlite_db, "赵敏").id)
    assert visit.notes == "想看SUV\n周末再来"


def test_tab_follows_the_form(qtbot, tab: ReceptionTab) -> None:
    tab.lookup.query.setFocus()
    seen = [focused(tab)]
    for _ in range(25):
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(focused(tab))
        if seen[-1] is tab.clear_button:
            break
    form = tab.form
    enabled = [w for w in form.fields_in_order() if w.isEnabled()]  # route, feedback off
    expected = [tab.lookup.query, tab.lookup.results, *enabled]
    expected += [tab.register_button, tab.clear_button]
    assert [w.objectName() or w.text() for w in seen] == [
        w.objectName() or w.text() for w in expected
    ]
    assert seen == expected
