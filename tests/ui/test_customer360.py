"""The customer's 360° card (客户全景), opened from the lists with the keyboard as staff
do: C on the reception's hits, the calendar's day list, the service lookup and history,
the complaint archive; what each role sees in it; the timeline fetched as it scrolls."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QMessageBox, QWidget

from app.audit import AuditFilter
from app.db import Database
from app.models import Channel, OwnerType, ShowroomVisit, StaffRole
from app.models import Customer as CustomerRow
from app.permissions import SYSTEM, Actor
from app.rules.tasks import TaskDraft
from app.services.auth import AuthService, NewUser
from app.services.container import AppServices, Store
from app.services.task_store import TaskStore
from tests.app import customer_history
from tests.app.customer_history import NOW, History
from tests.factories import MANAGER, Clock, add_staff
from tests.ui.typing import type_text
from ui.calendar.tab import CalendarTab
from ui.complaints.tab import ComplaintDesk
from ui.customer360.timeline_model import TimelineModel
from ui.customer360.window import Customer360Window
from ui.desk import DeskSession
from ui.main_window import MainWindow
from ui.reception.tab import ReceptionTab
from ui.service.tab import ServiceTab

TIMELINE_ENTRIES = 10  # tests.app.customer_history: everything that happened to 张三


@pytest.fixture
def history(sqlite_db: Database) -> History:
    return customer_history.build(sqlite_db)


@pytest.fixture(autouse=True)
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    return shown


def services_for(db: Database, role: StaffRole, name: str) -> AppServices:
    actor = Actor(add_staff(db, name, role), name, role)
    return AppServices(db, actor, Clock(NOW))


def desk_for(services: AppServices) -> DeskSession:
    desk = DeskSession()
    desk.sign_in(services.actor)
    return desk


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.activateWindow()  # the desk is the window in front, as at the store
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def press_c(qtbot, view: QAbstractItemView) -> None:
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C)


def card_of(opener_owner) -> Customer360Window:
    window = opener_owner.card_opener.window
    assert window is not None and window.isVisible()
    return window


def test_reception_opens_the_card_with_c_on_the_hits(qtbot, sqlite_db, history) -> None:
    services = services_for(sqlite_db, StaffRole.RECEPTIONIST, "林前台")
    tab = shown(qtbot, ReceptionTab(services, desk_for(services)))
    type_text(qtbot, tab.lookup.query, "zs")
    qtbot.waitUntil(lambda: tab.lookup.hits.rowCount() == 1)  # searched once typing pauses
    qtbot.keyClick(tab.lookup.query, Qt.Key.Key_Down)  # into the hits, as at every lookup
    press_c(qtbot, tab.lookup.results)
    card = card_of(tab)
    assert card.windowTitle() == "客户全景 — 张三"
    assert card.header.phone.text() == "手机：138****5678"
    assert not card.header.reveal_button.isVisible()  # a receptionist may not reveal
    assert not card.header.assign_button.isVisible()
    assert card.header.advisor.text() == "专属顾问：未指定"
    assert card.timeline.rowCount() == TIMELINE_ENTRIES
    assert card.timeline.index(0, 1).data() == "投诉"
    assert "330106********1234" in card.profile.person.values["id_number"].text()
    assert "李老客" in card.profile.household.values["referred_by"].text()
    assert "营销：拒绝（2026-06-01）" in card.profile.person.values["consent"].text()
    assert card.vehicles.rowCount() == 1 and card.vehicles.index(0, 4).data() == "10,000 km"


def test_the_context_menu_has_the_card_too(qtbot, sqlite_db, history) -> None:
    services = services_for(sqlite_db, StaffRole.RECEPTIONIST, "林前台")
    tab = shown(qtbot, ReceptionTab(services, desk_for(services)))
    (action,) = [a for a in tab.visits.table.actions() if a.objectName() == "openCustomer360"]
    assert action.text() == "客户全景" and action.shortcut().toString() == "C"
    assert tab.visits.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu


def test_typing_c_in_the_lookup_box_still_types(qtbot, sqlite_db, history) -> None:
    services = services_for(sqlite_db, StaffRole.RECEPTIONIST, "林前台")
    tab = shown(qtbot, ReceptionTab(services, desk_for(services)))
    type_text(qtbot, tab.lookup.query, "cs")
    assert tab.lookup.query.text() == "cs" and tab.card_opener.window is None


def test_the_high_value_badge_at_reception_names_the_advisor(qtbot, sqlite_db, history) -> None:
    boss = AppServices(sqlite_db, MANAGER, Clock(NOW))
    with sqlite_db.transaction(SYSTEM) as session:
        session.get(CustomerRow, history.customer).owner_type = OwnerType.FLEET
    boss.value.recompute()
    boss.customer360.set_dedicated_advisor(history.customer, history.advisor)
    services = services_for(sqlite_db, StaffRole.RECEPTIONIST, "林前台")
    tab = shown(qtbot, ReceptionTab(services, desk_for(services)))
    type_text(qtbot, tab.lookup.query, "13812345678")
    qtbot.keyClick(tab.lookup.query, Qt.Key.Key_Return)  # a single hit is picked
    badge = tab.card.badge
    assert badge.isVisible() and badge.text() == "高价值 · 优先接待 · 专属顾问：马顾问"
    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    assert not badge.isVisible()


def test_the_calendar_opens_the_card_of_the_selected_task(qtbot, sqlite_db, history) -> None:
    with sqlite_db.transaction(SYSTEM) as session:
        TaskStore(session, SYSTEM, NOW).make(
            [TaskDraft("care_call_15d", f"care_call_15d:t:{history.customer}",
                       NOW.date(), None, Channel.PHONE, "customer_service")],
            customer_id=history.customer,
        )  # fmt: skip
    services = AppServices(sqlite_db, MANAGER, Clock(NOW))
    tab = shown(qtbot, CalendarTab(services, desk_for(services)))
    qtbot.waitUntil(lambda: not tab.jobs.is_running("reminders"), timeout=30_000)
    qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)  # the lists are read on workers
    tab.day_list.selectRow(0)
    assert tab.panel.task is not None and tab.panel.task.customer == "张三"
    press_c(qtbot, tab.day_list)
    card = card_of(tab)
    assert card.header.name.text() == "张三"
    kinds = {card.tasks.model_.row_at(r).kind for r in range(card.tasks.model_.rowCount())}
    assert {"care_call_15d", "handover_callback_24h"} <= kinds
    assert tab.panel.card_button.text() == "客户全景 (C)"


def test_service_opens_the_owner_card_and_reveals_the_phone(qtbot, sqlite_db, history) -> None:
    services = services_for(sqlite_db, StaffRole.SERVICE_ADVISOR, "马顾问二")
    tab = shown(qtbot, ServiceTab(services, desk_for(services)))
    qtbot.waitUntil(lambda: tab.built)  # its panels come one after another
    type_text(qtbot, tab.lookup.query, "浙A12345")
    qtbot.keyClick(tab.lookup.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.vehicle_id is not None)
    press_c(qtbot, tab.card.history_view)
    card = card_of(tab)
    assert card.header.name.text() == "张三"
    assert card.header.reveal_button.isVisible()
    qtbot.mouseClick(card.header.reveal_button, Qt.MouseButton.LeftButton)
    assert card.header.phone.text() == "手机：13812345678"
    (entry,) = services.audit.page(SYSTEM, AuditFilter(action="reveal"), 0, 5)
    assert (entry.entity_id, entry.staff_name) == (history.customer, "马顾问二")
    card.close()
    press_c(qtbot, tab.lookup.results)  # the hit highlighted in the lookup: its owner
    assert card_of(tab).header.phone.text() == "手机：138****5678"  # masked again


def test_the_complaint_archive_opens_the_complainant(qtbot, sqlite_db, history) -> None:
    services = services_for(sqlite_db, StaffRole.CUSTOMER_SERVICE, "陈客服")
    tab = shown(qtbot, ComplaintDesk(services, desk_for(services)))
    qtbot.waitUntil(lambda: not tab.loading)  # the lists are read on workers
    tab.pages.setCurrentIndex(2)
    tab.archive.table.selectRow(0)
    press_c(qtbot, tab.archive.table)
    assert card_of(tab).header.name.text() == "张三"


def test_the_store_manager_names_the_dedicated_advisor(qtbot, sqlite_db, history) -> None:
    services = services_for(sqlite_db, StaffRole.STORE_MANAGER, "唐店长")
    window = shown(qtbot, Customer360Window(services))
    assert window.show_customer(history.customer)
    header = window.header
    assert header.assign_button.isVisible()
    header.advisor_choice.setFocus()
    header.advisor_choice.setCurrentIndex(header.advisor_choice.findText("马顾问"))
    qtbot.mouseClick(header.assign_button, Qt.MouseButton.LeftButton)
    assert header.advisor.text() == "专属顾问：马顾问"
    consultant = services_for(sqlite_db, StaffRole.SALES_DIRECTOR, "孙总监")
    other = shown(qtbot, Customer360Window(consultant))
    other.show_customer(history.customer)
    assert other.header.advisor.text() == "专属顾问：马顾问"
    assert not other.header.assign_button.isVisible()


def test_a_relative_link_shows_their_card_in_the_same_window(qtbot, sqlite_db, history) -> None:
    services = services_for(sqlite_db, StaffRole.SALES_CONSULTANT, "张伟")
    window = shown(qtbot, Customer360Window(services))
    window.show_customer(history.customer)
    window.profile.household.values["on_this_mobile"].linkActivated.emit(
        f"customer:{history.sharing}"
    )
    assert window.header.name.text() == "张小妹"
    assert "张三" in window.profile.household.values["uses_mobile_of"].text()


def test_the_timeline_fetches_the_next_page_as_it_scrolls(qtbot, sqlite_db, history) -> None:
    with sqlite_db.transaction(SYSTEM) as session:
        first = datetime(2024, 1, 1)
        session.add_all(
            ShowroomVisit(customer_id=history.customer, arrived_at=first - timedelta(days=n))
            for n in range(120)
        )
    services = services_for(sqlite_db, StaffRole.SALES_CONSULTANT, "张伟")
    window = shown(qtbot, Customer360Window(services))
    window.show_customer(history.customer)
    model, view = window.timeline, window.timeline_view
    assert model.rowCount() == 50 and model.canFetchMore()
    view.setFocus()
    for _ in range(5):  # Ctrl+End as far as the rows go; the view asks for more each time
        qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert model.rowCount() == 120 + TIMELINE_ENTRIES and not model.canFetchMore()
    last = model.row_at(model.rowCount() - 1)
    assert last.at == datetime(2024, 1, 1) - timedelta(days=119)


def test_the_timeline_model_passes_the_model_tester(qtmodeltester, sqlite_db, history) -> None:
    services = AppServices(sqlite_db, MANAGER, Clock(NOW))
    model = TimelineModel(
        lambda offset, limit: services.customer360.timeline(history.customer, offset, limit),
        page_size=3,
    )
    model.reload()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == TIMELINE_ENTRIES
    assert model.row_at(0).at.date() == date(2026, 9, 2)


def test_switching_user_closes_the_last_persons_card(qtbot, sqlite_db, history) -> None:
    auth = AuthService(sqlite_db)
    boss = auth.create_first_admin(
        NewUser("boss", "王店长", StaffRole.STORE_MANAGER, "store-2026!")
    )
    clerk = auth.add_user(boss, NewUser("desk1", "刘前台", StaffRole.RECEPTIONIST, "front-desk-1"))
    main = MainWindow(Store(sqlite_db, clock=Clock(NOW)))
    shown(qtbot, main)
    main.sign_in(boss)
    reception = main.tab(0)
    assert isinstance(reception, ReceptionTab)
    reception.card_opener.open(history.customer)
    card = reception.card_opener.window
    assert card is not None and card.isVisible()
    destroyed: list[bool] = []
    card.destroyed.connect(lambda: destroyed.append(True))
    main.sign_in(clerk)
    qtbot.waitUntil(lambda: destroyed == [True])  # deleted with the last person's tabs
