"""The appointment book driven as the store's staff would: book from a maintenance
follow-up with the keyboard, book a car with photos (from a file and pasted), take a
free slot offered when the one asked for is full, check a booked car in with the repair
order filled from its booking, and watch the progress board."""

from __future__ import annotations

import threading
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from app import settings
from app.db import Database
from app.models import StaffRole, TaskStatus
from app.permissions import SYSTEM, Actor
from app.rules import complaints_clock
from app.rules.complaints_clock import load_china_calendar
from app.rules.reminders import DEFAULT_RULES, draft
from app.services.appointment_types import BookingForm, DayPlan, PhotoUpload
from app.services.calendar import TaskQuery
from app.services.container import AppServices
from app.services.task_store import TaskStore
from tests.factories import Clock, add_customer, add_model, add_staff, add_vehicle
from tests.ui.typing import type_text
from ui.appointments.late_notifier import LateCarNotifier
from ui.appointments.models import BOOKING_ROLE
from ui.appointments.photos import png_bytes
from ui.appointments.progress_board import LATE
from ui.appointments.tab import AppointmentTab
from ui.calendar.tab import CalendarTab
from ui.desk import DeskSession
from ui.jobs import jobs_running
from ui.service.tab import ServiceTab

FRIDAY = datetime(2026, 11, 20, 10, 0)
MONDAY = date(2026, 11, 23)
TUESDAY = date(2026, 11, 24)


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm)


@pytest.fixture
def clock() -> Clock:
    return Clock(FRIDAY)


@pytest.fixture(autouse=True)
def holiday_calendar() -> None:
    """Loaded, as the window has it soon after sign-in: the book shows its day at once."""
    load_china_calendar()


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


@pytest.fixture
def world(sqlite_db: Database) -> dict[str, int]:
    add_model(sqlite_db)
    owner = add_customer(sqlite_db, "王芳", "13812345678")
    other = add_customer(sqlite_db, "李雷", "13900001111")
    return {
        "owner": owner,
        "car": add_vehicle(sqlite_db, owner, "LSGJA52U0BS123456", "粤B12345"),
        "car2": add_vehicle(sqlite_db, other, "LSGJA52U0BS654321", "粤B54321"),
        "advisor": add_staff(sqlite_db, "马建国", StaffRole.SERVICE_ADVISOR),
    }


@pytest.fixture
def desk(world) -> DeskSession:
    desk = DeskSession()
    desk.sign_in(Actor(world["advisor"], "马建国", StaffRole.SERVICE_ADVISOR))
    return desk


@pytest.fixture
def services(sqlite_db, clock, desk) -> AppServices:
    return AppServices(sqlite_db, desk.actor, clock=clock)


def photo_file(tmp_path: Path) -> Path:
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(QColor("#ff8800"))
    path = tmp_path / "刮痕.png"
    path.write_bytes(png_bytes(image))
    return path


def test_book_from_a_maintenance_follow_up_with_the_keyboard(
    qtbot, services, desk, world, warnings
) -> None:
    with services.db.transaction(SYSTEM) as session:
        rule = DEFAULT_RULES["regular_maintenance"]
        TaskStore(session, SYSTEM, FRIDAY).make(
            [draft(rule, f"vehicle:{world['car']}", "2026", FRIDAY.date())],
            customer_id=world["owner"], vehicle_id=world["car"], owner_id=world["advisor"],
        )  # fmt: skip
    tab = CalendarTab(services, desk)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: not tab.jobs.is_running("reminders"), timeout=30_000)
    qtbot.waitUntil(lambda: not tab.loading)  # the lists are read on workers
    tab.day_list.selectRow(0)
    tab.day_list.setFocus()
    assert tab.panel.task.kind == "regular_maintenance" and tab.panel.book_button.isEnabled()
    qtbot.keyClick(tab.day_list, Qt.Key.Key_6)
    dialog = tab.booking_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert "粤B12345" in dialog.car.text() and dialog.kind.currentData() == "maintenance"
    assert dialog.when.moment() == at(MONDAY, 8, 30)  # the first free slot after today
    assert dialog.when.advisor_id() == world["advisor"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.when.time)
    qtbot.keyClick(dialog.when.time, Qt.Key.Key_Return)
    assert dialog.booked is not None and not dialog.isVisible() and warnings == []
    assert "已预约：王芳 11-23 08:30 到店" in tab.status.text()
    tasks = {t.kind: t for t in services.calendar.page(TaskQuery.history(world["owner"]))}
    task = tasks["regular_maintenance"]
    assert task.status == TaskStatus.BOOKED and task.outcome_note == "已预约 11月23日 08:30"
    assert tasks["appointment_confirmation"].due_date == FRIDAY.date()  # Monday's: on Friday
    qtbot.waitUntil(lambda: not tab.loading)
    assert not tab.panel.book_button.isEnabled()


def test_book_a_car_with_a_photo_from_a_file_and_one_pasted(
    qtbot, services, desk, world, tmp_path, warnings
) -> None:
    tab = AppointmentTab(services, desk)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    type_text(qtbot, dialog.lookup.query, "粤B12345")
    qtbot.keyClick(dialog.lookup.query, Qt.Key.Key_Return)
    assert dialog.vehicle_id == world["car"]
    dialog.kind.setCurrentIndex(dialog.kind.findData("body_paint"))
    type_text(qtbot, dialog.description, "右后门刮擦，见照片")
    dialog.photos.add_files([str(photo_file(tmp_path))])
    qtbot.waitUntil(lambda: dialog.photos.model.rowCount() == 1, timeout=10_000)
    pasted = QImage(200, 100, QImage.Format.Format_RGB32)
    pasted.fill(QColor("#0088ff"))
    QApplication.clipboard().setImage(pasted)
    qtbot.mouseClick(dialog.photos.paste_button, Qt.MouseButton.LeftButton)
    assert dialog.photos.model.rowCount() == 2
    icon = dialog.photos.model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert icon.width() <= 120 and icon.height() <= 90 and not icon.isNull()  # a thumbnail
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert dialog.booked is not None and warnings == []
    assert tab.selected_day() == dialog.booked.start.date()
    qtbot.waitUntil(lambda: not tab.loading)  # the book is read again on a worker
    [row] = tab.bookings.rows()
    assert tab.detail.booking is not None and tab.detail.booking.id == dialog.booked.id
    assert (row.plate, row.kind, row.photo_count) == ("粤B12345", "body_paint", 2)
    assert tab.detail.photos.model.rowCount() == 2
    names = [p.name for p in tab.detail.photos.model.photos()]
    assert names[0] == "刮痕.png" and names[1].endswith(".png")


def test_a_full_slot_offers_the_next_free_ones(qtbot, services, desk, world, warnings) -> None:
    with services.db.transaction(SYSTEM) as session:
        settings.put(session, "appointments.arrivals_per_slot", 1)
    services.appointments.book(BookingForm(world["car"], at(MONDAY, 9)))
    tab = AppointmentTab(services, desk)
    qtbot.addWidget(tab)
    tab.show()
    tab.new_booking(at(MONDAY, 9))
    dialog = tab.dialog
    type_text(qtbot, dialog.lookup.query, "粤B54321")
    qtbot.keyClick(dialog.lookup.query, Qt.Key.Key_Return)
    dialog.save()
    assert dialog.isVisible() and "约满" in dialog.when.refusal.text()
    assert dialog.when.offers.currentData() == at(MONDAY, 9, 30)
    qtbot.mouseClick(dialog.when.take_offer, Qt.MouseButton.LeftButton)
    dialog.save()
    assert dialog.booked.start == at(MONDAY, 9, 30)
    tab.day.setDate(MONDAY)
    qtbot.waitUntil(lambda: not tab.loading)
    nine = tab.day_model.index(1, 1)  # 09:00, the advisor's column
    assert nine.data(BOOKING_ROLE).plate == "粤B12345"
    assert tab.day_model.index(1, 0).data() == "1/1"


def test_checking_in_a_booked_car_fills_the_repair_order(
    qtbot, services, desk, world, clock, warnings
) -> None:
    photo = PhotoUpload("仪表盘.png", png_bytes(QImage(10, 10, QImage.Format.Format_RGB32)))
    booked = services.appointments.book(BookingForm(
        world["car"], at(MONDAY, 9), kind="repair", description="冷车启动有异响",
        planned_work="检查发动机异响\n更换机油机滤", photos=[photo]))  # fmt: skip
    clock.now = at(MONDAY, 9, 5)
    tab = ServiceTab(services, desk)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitUntil(lambda: tab.built)  # its panels come one after another
    type_text(qtbot, tab.lookup.query, "粤B12345")
    qtbot.keyClick(tab.lookup.query, Qt.Key.Key_Return)
    form = tab.order_form
    assert form.booking is not None and form.booking_note.isVisible()
    assert "预约 09:00 维修（马建国）" in form.booking_note.text()
    assert form.description.toPlainText() == "冷车启动有异响"
    assert form.service_type.currentData() == "repair"
    assert [line.description for line in form.items.rows()] == ["检查发动机异响", "更换机油机滤"]
    assert form.booking_photos.model.rowCount() == 1
    type_text(qtbot, form.mileage.odometer, "12000")
    qtbot.mouseClick(form.open_button, Qt.MouseButton.LeftButton)
    assert warnings == [] and tab.order_panel.order is not None
    arrived = services.appointments.get(booked.id)
    assert arrived.status == "arrived" and arrived.service_visit_id == tab.order_panel.order.id


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no windows to raise
def test_the_progress_board_highlights_late_cars_and_tells_the_advisor(
    qtbot, services, desk, world, clock
) -> None:
    from app.services.checkin import RepairOrderForm

    clock.now = at(MONDAY, 9)
    order = services.checkin.open_order(RepairOrderForm(
        world["car"], 12_000, promised_at=at(MONDAY, 11), advisor_id=world["advisor"]))  # fmt: skip
    tab = AppointmentTab(services, desk)
    qtbot.addWidget(tab)
    notifier = LateCarNotifier(services.workshop, clock, desk, tab)
    clock.now = at(MONDAY, 11, 1)
    told: list[str] = []
    notifier.noticed.connect(told.append)
    assert [r.order_id for r in notifier.check()] == [order.id]
    assert "粤B12345 已过承诺交车时间 11:00" in told[0]
    assert notifier.check() == []  # told once
    tab.open_board()
    board = tab.board
    qtbot.addWidget(board)
    assert board.isWindow() and "超时 1 辆" in board.heading.text()
    cell = board.model.index(0, 0)
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == QColor(LATE)
    assert board.model.index(0, 2).data() == "王*"  # the lounge sees no full names


def test_the_books_models_pass_the_model_tester(qtbot, qtmodeltester, services, desk, world):
    services.appointments.book(BookingForm(world["car"], at(MONDAY, 9), photos=[
        PhotoUpload("a.png", png_bytes(QImage(10, 10, QImage.Format.Format_RGB32)))]))  # fmt: skip
    tab = AppointmentTab(services, desk)
    qtbot.addWidget(tab)
    tab.day.setDate(MONDAY)
    qtbot.waitUntil(lambda: not tab.loading)
    tab.select_booking(tab.bookings.rows()[0].id)
    qtmodeltester.check(tab.day_model)
    qtmodeltester.check(tab.bookings)
    qtmodeltester.check(tab.detail.photos.model)
    tab.views.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not tab.loading)
    qtmodeltester.check(tab.week_model)
    assert tab.week_model.index(1, 0).data() == "1/3"  # Monday 09:00, all advisors


def test_an_english_window_says_why_a_booking_is_refused_in_english(
    qtbot, services, desk, world, warnings, english
) -> None:
    with services.db.transaction(SYSTEM) as session:
        settings.put(session, "appointments.arrivals_per_slot", 1)
    services.appointments.book(BookingForm(world["car"], at(MONDAY, 9)))
    tab = AppointmentTab(services, desk)
    qtbot.addWidget(tab)
    tab.show()
    tab.new_booking(at(MONDAY, 9))
    type_text(qtbot, tab.dialog.lookup.query, "粤B54321")
    qtbot.keyClick(tab.dialog.lookup.query, Qt.Key.Key_Return)
    tab.dialog.save()
    said = tab.dialog.when.refusal.text()
    assert said.startswith("The 11-23 09:00 slot is full (capacity 1 a slot).")
    assert "Free times: 11-23 09:30" in said
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in said)


def test_the_book_waits_for_the_holiday_calendar_rather_than_stall(
    qtbot, services, desk, world, monkeypatch
) -> None:
    """Opened before the window's worker has loaded China's calendar (its first import
    held the UI thread ~0.2 s): the tab is there at once and shows the day once it is."""
    monkeypatch.setattr(complaints_clock, "_CHINA", [])  # as just after sign-in
    services.appointments.book(BookingForm(world["car"], at(FRIDAY.date(), 14)))
    tab = AppointmentTab(services, desk)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.capacity.text() == "正在载入节假日日历…" and tab.bookings.rows() == []
    qtbot.waitUntil(lambda: tab.capacity.text().startswith("技师工时"), timeout=30_000)
    assert [row.plate for row in tab.bookings.rows()] == ["粤B12345"]
    assert complaints_clock.china_calendar_loaded()


def test_moving_a_booking_shows_it_on_its_new_day_selected(
    qtbot, services, desk, world, warnings
) -> None:
    services.appointments.book(BookingForm(world["car"], at(MONDAY, 9)))
    services.appointments.book(BookingForm(world["car2"], at(MONDAY, 10)))
    services.appointments.book(BookingForm(world["car2"], at(TUESDAY, 9)))
    tab = AppointmentTab(services, desk)
    qtbot.addWidget(tab)
    tab.show()
    tab.day.setDate(MONDAY)
    qtbot.waitUntil(lambda: not tab.loading)  # the book is read on a worker
    assert [row.plate for row in tab.bookings.rows()] == ["粤B12345", "粤B54321"]
    tab.list.selectRow(0)
    qtbot.mouseClick(tab.move_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    dialog.when.set_moment(at(TUESDAY, 10))
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert warnings == [] and tab.selected_day() == TUESDAY
    qtbot.waitUntil(lambda: not tab.loading)
    assert [(row.plate, row.start) for row in tab.bookings.rows()] == [
        ("粤B54321", at(TUESDAY, 9)), ("粤B12345", at(TUESDAY, 10))]  # fmt: skip
    assert tab.detail.booking.plate == "粤B12345" and tab.list.currentIndex().row() == 1
    assert tab.day_model.index(3, 1).data(BOOKING_ROLE).plate == "粤B12345"  # 10:00


def test_a_day_left_while_it_was_read_never_replaces_the_day_shown(
    qtbot, services, desk, world, monkeypatch
) -> None:
    """Monday's read is slow (a busy server); the person moves on to Tuesday meanwhile:
    Tuesday shows, and Monday's late answer is dropped."""
    services.appointments.book(BookingForm(world["car"], at(MONDAY, 9)))
    services.appointments.book(BookingForm(world["car2"], at(TUESDAY, 10)))
    monday_read = threading.Event()
    plan = services.appointments.plan

    def slow_on_monday(day: date) -> DayPlan:
        if day == MONDAY:
            monday_read.wait(30)
        return plan(day)

    monkeypatch.setattr(services.appointments, "plan", slow_on_monday)
    tab = AppointmentTab(services, desk)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: not tab.loading)
    try:
        tab.day.setDate(MONDAY)
        assert tab.loading and tab.capacity.text() == "正在读取…"
        qtbot.mouseClick(tab.next, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not tab.loading)
        assert [row.plate for row in tab.bookings.rows()] == ["粤B54321"]
    finally:
        monday_read.set()
    qtbot.waitUntil(lambda: not jobs_running())
    assert tab.selected_day() == TUESDAY
    assert [row.plate for row in tab.bookings.rows()] == ["粤B54321"]
    assert tab.capacity.text().startswith("技师工时")
