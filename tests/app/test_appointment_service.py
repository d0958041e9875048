"""The appointment book's service on both engines: booking within capacity, the refusals
with the next free slots, the confirmation call the working day before, moving,
confirming and cancelling, arrival at check-in, no-shows at day end, booking from a
follow-up, photos on SQLite and PostgreSQL, and the figures for the board."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Database, sqlite_path
from app.errors import UserError, ValidationError
from app.models import (
    Attachment,
    ContactConsent,
    FollowUpTask,
    StaffRole,
    TaskStatus,
)
from app.permissions import SYSTEM, Actor, PermissionDenied
from app.rules.reminders import DEFAULT_RULES, draft
from app.services.appointment_types import BookingForm, BookingRefused, PhotoUpload
from app.services.appointments import AppointmentService
from app.services.attachments import files_folder
from app.services.checkin import CheckInService, RepairOrderForm
from app.services.task_store import TaskStore
from tests.factories import MANAGER, Clock, add_customer, add_staff, add_vehicle

FRIDAY = datetime(2026, 11, 20, 10, 0)  # the desk's now: Friday morning
MONDAY = date(2026, 11, 23)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm)


@pytest.fixture
def clock() -> Clock:
    return Clock(FRIDAY)


@pytest.fixture
def world(db: Database) -> dict[str, int]:
    owner = add_customer(db, "王芳", "13812345678")
    other = add_customer(db, "李雷", "13900001111")
    return {
        "owner": owner,
        "car": add_vehicle(db, owner, "LSGJA52U0BS123456", "粤B12345"),
        "car2": add_vehicle(db, other, "LSGJA52U0BS654321", "粤B54321"),
        "car3": add_vehicle(db, other, "LSGJA52U0BS999999", "粤B99999"),
        "car4": add_vehicle(db, other, "LSGJA52U0BS888888", "粤B88888"),
        "zhao": add_staff(db, "赵顾问", StaffRole.SERVICE_ADVISOR),
        "qian": add_staff(db, "钱顾问", StaffRole.SERVICE_ADVISOR),
    }


@pytest.fixture
def book(db: Database, clock: Clock) -> AppointmentService:
    return AppointmentService(db, MANAGER, clock)


def tasks_of(db: Database, kind: str) -> list[FollowUpTask]:
    with db.transaction(SYSTEM) as session:
        query = select(FollowUpTask).where(FollowUpTask.kind == kind).order_by(FollowUpTask.id)
        return list(session.scalars(query))


def test_a_booking_comes_back_in_the_promised_shape(book, world) -> None:
    made = book.book(BookingForm(world["car"], at(MONDAY, 9), description="刹车异响"))
    assert made.as_json() == {
        "id": made.id, "start": "2026-11-23 09:00", "end": "2026-11-23 10:00",
        "plate": "粤B12345", "customer": "王芳", "advisor": "赵顾问", "kind": "maintenance",
        "status": "booked", "channel": "phone", "description": "刹车异响",
    }  # fmt: skip
    assert [r.id for r in book.day(MONDAY)] == [made.id]


def test_the_confirmation_call_falls_on_the_friday_with_time_address_and_what_to_bring(
    book, world
) -> None:
    made = book.book(BookingForm(world["car"], at(MONDAY, 9, 30), advisor_id=world["qian"]))
    [call] = tasks_of(book.db, "appointment_confirmation")
    assert call.due_date == date(2026, 11, 20) and call.owner_id == world["qian"]
    assert (call.source_type, call.source_id) == ("appointment", made.id)
    assert "11月23日 09:30" in call.message and "行驶证" in call.message
    assert "DealerDesk 示范 4S 店" in call.message  # no address set: the store's name


def test_the_advisor_chosen_is_the_one_free_and_least_busy(book, world) -> None:
    first = book.book(BookingForm(world["car"], at(MONDAY, 9)))
    second = book.book(BookingForm(world["car2"], at(MONDAY, 9)))
    assert {first.advisor_id, second.advisor_id} == {world["zhao"], world["qian"]}
    with pytest.raises(BookingRefused) as refused:
        book.book(BookingForm(world["car3"], at(MONDAY, 9)))
    assert "所有服务顾问" in refused.value.message
    assert refused.value.next_free[0] == at(MONDAY, 9, 30)


def test_a_full_slot_refuses_with_the_next_free_slots(book, world, db) -> None:
    book.book(BookingForm(world["car"], at(MONDAY, 9)))
    book.book(BookingForm(world["car2"], at(MONDAY, 9)))
    add_staff(db, "孙顾问", StaffRole.SERVICE_ADVISOR)
    book.book(BookingForm(world["car3"], at(MONDAY, 9, 10)))  # the third car of the slot
    with pytest.raises(BookingRefused) as refused:
        book.book(BookingForm(world["car4"], at(MONDAY, 9, 20)))
    assert "约满" in refused.value.message and "09:30" in refused.value.message
    assert refused.value.next_free[:2] == [at(MONDAY, 9, 30), at(MONDAY, 10)]
    assert len(book.day(MONDAY)) == 3  # nothing half saved


def test_the_same_car_twice_a_day_and_a_holiday_are_refused(book, world) -> None:
    book.book(BookingForm(world["car"], at(MONDAY, 9)))
    with pytest.raises(BookingRefused, match="一天只能预约一次"):
        book.book(BookingForm(world["car"], at(MONDAY, 15)))
    with pytest.raises(BookingRefused, match="不是工作日") as refused:
        book.book(BookingForm(world["car"], at(date(2027, 1, 1), 9)))
    assert refused.value.next_free[0].date() > date(2027, 1, 1)


def test_moving_a_booking_moves_its_confirmation_call(book, world, clock) -> None:
    made = book.book(BookingForm(world["car"], at(MONDAY, 9)))
    moved = book.reschedule(made.id, at(date(2026, 11, 25), 14), version=made.version)
    assert moved.start == at(date(2026, 11, 25), 14) and moved.status == "booked"
    old, new = tasks_of(book.db, "appointment_confirmation")
    assert old.status == TaskStatus.SKIPPED and new.status == TaskStatus.OPEN
    assert new.due_date == date(2026, 11, 24)
    with pytest.raises(UserError, match="其他工作站"):
        book.reschedule(made.id, at(MONDAY, 10), version=made.version)  # a stale copy


def test_confirming_and_cancelling_end_the_call(book, world) -> None:
    first = book.book(BookingForm(world["car"], at(MONDAY, 9)))
    second = book.book(BookingForm(world["car2"], at(MONDAY, 10)))
    assert book.confirm(first.id).status == "confirmed"
    cancelled = book.cancel(second.id, "客户出差")
    assert cancelled.status == "cancelled"
    calls = {t.source_id: t.status for t in tasks_of(book.db, "appointment_confirmation")}
    assert calls == {first.id: TaskStatus.DONE, second.id: TaskStatus.SKIPPED}
    with pytest.raises(UserError, match="已取消"):
        book.confirm(second.id)


def test_no_confirmation_call_for_a_customer_who_refused_service_contact(book, world, db) -> None:
    with db.transaction(SYSTEM) as session:
        session.add(ContactConsent(customer_id=world["owner"], kind="service", granted=False,
                                   changed_at=FRIDAY))  # fmt: skip
    book.book(BookingForm(world["car"], at(MONDAY, 9)))
    assert tasks_of(db, "appointment_confirmation") == []


def test_a_booking_not_kept_becomes_a_no_show_at_day_end_with_a_call(book, world, clock) -> None:
    made = book.book(BookingForm(world["car"], at(MONDAY, 9)))
    clock.now = at(MONDAY, 17, 29)
    assert book.get(made.id).late and book.sweep_no_shows() == 0
    clock.now = at(MONDAY, 17, 30)
    assert book.get(made.id).status == "no_show"  # as read, before the sweep wrote it
    assert book.sweep_no_shows() == 1 and book.sweep_no_shows() == 0
    [call] = tasks_of(book.db, "appointment_no_show")
    assert call.due_date == MONDAY and call.owner_id == made.advisor_id
    assert "11月23日" in call.message


def test_checking_in_a_booked_car_arrives_its_booking(book, world, db, clock) -> None:
    made = book.book(BookingForm(world["car"], at(MONDAY, 9), kind="维修"))
    clock.now = at(MONDAY, 9, 5)
    assert book.for_check_in(world["car"]).id == made.id
    checkin = CheckInService(db, MANAGER, clock)
    order = checkin.open_order(RepairOrderForm(world["car"], 12_000, appointment_id=made.id))
    arrived = book.get(made.id)
    assert arrived.status == "arrived" and arrived.service_visit_id == order.id
    assert book.for_check_in(world["car"]) is None
    [call] = tasks_of(db, "appointment_confirmation")
    assert call.status == TaskStatus.DONE


def test_booking_from_a_follow_up_completes_it_as_booked(book, world, db) -> None:
    with db.transaction(SYSTEM) as session:
        rule = DEFAULT_RULES["regular_maintenance"]
        [task] = TaskStore(session, SYSTEM, FRIDAY).make(
            [draft(rule, f"vehicle:{world['car']}", "2026", date(2026, 11, 20))],
            customer_id=world["owner"], vehicle_id=world["car"], owner_id=world["zhao"],
        )  # fmt: skip
        task_id = task.id
    offer = book.follow_up(task_id)
    assert (offer.vehicle_id, offer.kind, offer.advisor_id) == (world["car"], "maintenance",
                                                                 world["zhao"])  # fmt: skip
    made = book.book(BookingForm(world["car"], at(MONDAY, 9), advisor_id=offer.advisor_id,
                                 from_task_id=task_id))  # fmt: skip
    [answered] = tasks_of(db, "regular_maintenance")
    assert answered.status == TaskStatus.BOOKED and answered.outcome_note == "已预约 11月23日 09:00"
    assert made.from_task_id == task_id
    with pytest.raises(UserError, match="已经处理过"):
        book.book(BookingForm(world["car2"], at(MONDAY, 10), from_task_id=task_id))


def test_only_bookers_book_but_everyone_reads(db, world, clock) -> None:
    for role in (StaffRole.RECEPTIONIST, StaffRole.SALES_CONSULTANT):
        someone = Actor(add_staff(db, f"某{role}", role), "某人", role)
        with pytest.raises(PermissionDenied):
            AppointmentService(db, someone, clock).book(BookingForm(world["car"], at(MONDAY, 9)))
        assert AppointmentService(db, someone, clock).day(MONDAY) == []
    officer = Actor(add_staff(db, "周专员", StaffRole.APPOINTMENT_OFFICER), "周专员",
                    StaffRole.APPOINTMENT_OFFICER)  # fmt: skip
    made = AppointmentService(db, officer, clock).book(BookingForm(world["car"], at(MONDAY, 9)))
    assert made.status == "booked"
    care = Actor(add_staff(db, "客服小林", StaffRole.CUSTOMER_SERVICE), "客服小林",
                 StaffRole.CUSTOMER_SERVICE)  # fmt: skip
    called = AppointmentService(db, care, clock).book(BookingForm(world["car2"], at(MONDAY, 9)))
    assert called.status == "booked"  # a dormant customer's call ends with a booking


def test_photos_are_kept_beside_the_sqlite_file_or_in_postgresql(book, world, db) -> None:
    made = book.book(BookingForm(world["car"], at(MONDAY, 9),
                                 photos=[PhotoUpload("仪表盘.png", PNG, b"thumb")]))  # fmt: skip
    [photo] = book.photos(made.id)
    assert (photo.file_name, photo.media_type, photo.thumbnail) == ("仪表盘.png", "image/png",
                                                                     b"thumb")  # fmt: skip
    assert book.photo_content(photo.id) == PNG
    with db.transaction(SYSTEM) as session:
        row = session.get(Attachment, photo.id)
        stored_path, content, sha = row.stored_path, row.content, row.sha256
    database_file = sqlite_path(db.url)
    if database_file is None:  # PostgreSQL: every workstation reads it from the server
        assert content == PNG and stored_path is None
    else:
        assert content is None and (files_folder(database_file) / stored_path).read_bytes() == PNG
        assert Path(stored_path).name.startswith(sha)


def test_a_photo_too_big_or_not_an_image_saves_nothing(book, world, db) -> None:
    with db.transaction(SYSTEM) as session:
        from app import settings

        settings.put(session, "appointments.photo_max_mb", 1)
    big = PNG + b"\x00" * (1024 * 1024)
    with pytest.raises(ValidationError, match="太大"):
        book.book(BookingForm(world["car"], at(MONDAY, 9), photos=[PhotoUpload("大.png", big)]))
    with pytest.raises(ValidationError, match="不是图片"):
        book.book(BookingForm(world["car"], at(MONDAY, 9), photos=[PhotoUpload("a.txt", b"hi")]))
    assert book.day(MONDAY) == []


def test_the_day_plan_counts_slots_per_advisor_and_technician_minutes(book, world) -> None:
    book.book(BookingForm(world["car"], at(MONDAY, 9), minutes=90, advisor_id=world["zhao"]))
    plan = book.plan(MONDAY)
    nine = next(s for s in plan.slots if s.start == at(MONDAY, 9))
    assert (nine.booked, nine.capacity, nine.by_advisor) == (1, 3, {world["zhao"]: 1})
    assert (plan.booked_minutes, plan.capacity_minutes, plan.free_minutes) == (90, 1920, 1830)
    assert not book.plan(date(2026, 11, 22)).open  # a Sunday


def test_figures_for_the_board(book, world, db, clock) -> None:
    kept = book.book(BookingForm(world["car"], at(MONDAY, 9)))
    book.book(BookingForm(world["car2"], at(MONDAY, 10)))
    cancelled = book.book(BookingForm(world["car3"], at(MONDAY, 11)))
    book.cancel(cancelled.id)
    clock.now = at(MONDAY, 9)
    checkin = CheckInService(db, MANAGER, clock)
    order = checkin.open_order(RepairOrderForm(world["car"], 10_000, appointment_id=kept.id))
    clock.now = at(MONDAY, 9, 40)
    checkin.move(order.id, "in_progress")
    clock.now = at(MONDAY, 10)
    walk_in = checkin.open_order(RepairOrderForm(world["car4"], 5_000))
    clock.now = at(MONDAY, 10, 20)
    checkin.move(walk_in.id, "in_progress")
    clock.now = at(MONDAY, 18)
    figures = book.figures(MONDAY, MONDAY + timedelta(days=6))
    assert figures.bookings_per_day == {MONDAY: 2} and figures.bookings == 2
    assert (figures.arrived, figures.no_show, figures.show_rate) == (1, 1, 0.5)
    assert (figures.service_visits, figures.booked_visits, figures.booked_share) == (2, 1, 0.5)
    assert figures.average_wait_minutes == 30.0  # 40 and 20 minutes


def test_the_progress_board_shows_todays_cars_and_who_is_late(book, world, db, clock) -> None:
    from app.services.workshop import WorkshopService

    made = book.book(BookingForm(world["car"], at(MONDAY, 9)))
    clock.now = at(MONDAY, 9)
    checkin = CheckInService(db, MANAGER, clock)
    booked_order = checkin.open_order(RepairOrderForm(
        world["car"], 10_000, promised_at=at(MONDAY, 11), advisor_id=world["zhao"],
        appointment_id=made.id))  # fmt: skip
    walk_in = checkin.open_order(RepairOrderForm(world["car2"], 5_000, promised_at=at(MONDAY, 15)))
    clock.now = at(MONDAY, 11, 30)
    board = WorkshopService(db, MANAGER, clock).board()
    assert [(r.order_id, r.booked, r.late) for r in board] == [
        (booked_order.id, True, True), (walk_in.id, False, False)]  # fmt: skip
    assert board[0].advisor == "赵顾问" and board[0].minutes_left(clock.now) == -30
    passing = WorkshopService(db, MANAGER, clock).late_between(
        at(MONDAY, 10, 59), at(MONDAY, 11), world["zhao"]
    )
    assert [r.order_id for r in passing] == [booked_order.id] and passing[0].late
    for status in ("in_progress", "quality_check", "ready"):
        checkin.move(booked_order.id, status)
    assert not WorkshopService(db, MANAGER, clock).board()[0].late


def test_two_workstations_racing_for_the_last_place_get_it_once(pg_db: Database) -> None:
    import threading

    from app import settings

    with pg_db.transaction(SYSTEM) as session:
        settings.put(session, "appointments.arrivals_per_slot", 1)
    owner = add_customer(pg_db, "王芳", "13812345678")
    cars = [add_vehicle(pg_db, owner, f"LSGJA52U0BS{n:06d}", f"粤B1000{n}") for n in (1, 2)]
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def book(car: int) -> None:
        desk = AppointmentService(pg_db, MANAGER, Clock(FRIDAY))
        start.wait()
        try:
            desk.book(BookingForm(car, at(MONDAY, 9)))
            outcomes.append("booked")
        except BookingRefused:
            outcomes.append("refused")

    threads = [threading.Thread(target=book, args=(car,)) for car in cars]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["booked", "refused"]


def test_the_advisors_hours_are_checked_as_a_whole_when_saved(db: Database, clock) -> None:
    from app.services.settings_admin import SettingsService

    admin = SettingsService(db, MANAGER, clock)
    with pytest.raises(ValidationError, match="午休"):
        admin.save({"appointments.lunch_start": "14:00", "appointments.lunch_end": "13:00"})
    admin.save({"appointments.lunch_start": "11:30", "appointments.lunch_end": "12:30"})
