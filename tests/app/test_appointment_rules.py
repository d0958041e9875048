"""The appointment rules with hand-computed values at every boundary the issue names:
slot capacity, lunch break and closing time, a holiday and a make-up working day, double
booking, no-show at day end and the confirmation call before a weekend or a holiday."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from app.errors import ValidationError
from app.models import AppointmentKind
from app.rules.appointments import (
    Booked,
    Capacity,
    Rules,
    Wanted,
    WorkingHours,
    confirmation_due,
    free_advisor,
    hours_problem,
    is_late,
    is_no_show,
    next_free_slots,
    parse_kind,
    previous_working_day,
    refusal,
    slot_of,
    slots_of_day,
    work_end,
)
from app.rules.complaints_clock import StoreHours

HOURS = WorkingHours(time(8, 30), time(17, 30), time(12, 0), time(13, 30))
CAPACITY = Capacity(
    slot_minutes=30, arrivals_per_slot=3, per_advisor_per_slot=1, technician_minutes=8 * 60
)
OPEN_DAY = StoreHours(time(8, 30), time(18, 0)).is_open_day
RULES = Rules(HOURS, CAPACITY, OPEN_DAY)
MONDAY = date(2026, 11, 23)


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm))


def booked(n: int, start: datetime, *, car: int | None = None, advisor: int | None = None,
           minutes: int = 60, status: str = "booked") -> Booked:  # fmt: skip
    return Booked(n, car if car is not None else 100 + n, advisor, start, minutes, status)


# --- hours ---------------------------------------------------------------------------------
def test_work_skips_the_lunch_break() -> None:
    assert work_end(at(MONDAY, 11), 120, HOURS) == at(MONDAY, 14, 30)  # 60 before, 60 after
    assert work_end(at(MONDAY, 10), 120, HOURS) == at(MONDAY, 12)  # ends as lunch starts
    assert work_end(at(MONDAY, 13, 30), 60, HOURS) == at(MONDAY, 14, 30)


def test_arrival_in_the_lunch_break_is_refused_and_its_edges_are_not() -> None:
    assert "午休" in str(hours_problem(at(MONDAY, 12), 30, HOURS))
    assert "午休" in str(hours_problem(at(MONDAY, 13, 29), 30, HOURS))
    assert hours_problem(at(MONDAY, 11, 30), 30, HOURS) is None  # done at 12:00 sharp
    assert hours_problem(at(MONDAY, 13, 30), 30, HOURS) is None


def test_work_running_past_closing_is_refused_at_the_minute() -> None:
    assert hours_problem(at(MONDAY, 16, 30), 60, HOURS) is None  # ends 17:30 exactly
    assert "下班" in str(hours_problem(at(MONDAY, 16, 30), 61, HOURS))
    assert hours_problem(at(MONDAY, 11), 300, HOURS) is None  # 11:00+300+90 lunch = 17:30
    assert "下班" in str(hours_problem(at(MONDAY, 11), 301, HOURS))
    assert "上班时间" in str(hours_problem(at(MONDAY, 8, 29), 30, HOURS))
    assert "上班时间" in str(hours_problem(at(MONDAY, 17, 30), 10, HOURS))


def test_hours_must_be_in_order() -> None:
    with pytest.raises(ValidationError):
        WorkingHours(time(17), time(8), time(12), time(13))
    with pytest.raises(ValidationError):
        WorkingHours(time(8), time(17), time(13), time(12))


def test_the_days_slots_leave_lunch_out() -> None:
    slots = slots_of_day(MONDAY, HOURS, 30)
    assert slots[0] == at(MONDAY, 8, 30) and slots[-1] == at(MONDAY, 17)
    assert at(MONDAY, 11, 30) in slots and at(MONDAY, 12) not in slots
    assert at(MONDAY, 13) not in slots and at(MONDAY, 13, 30) in slots
    assert len(slots) == 18 - 3  # 08:30-17:30 is 18 half hours, lunch takes 3
    assert slot_of(at(MONDAY, 9, 59), HOURS, 30) == at(MONDAY, 9, 30)


# --- working days --------------------------------------------------------------------------
def test_a_public_holiday_is_refused() -> None:
    national_day = date(2026, 10, 1)
    reason = refusal(Wanted(1, at(national_day, 9), 60), [], RULES)
    assert reason is not None and "不是工作日" in str(reason)


def test_a_make_up_working_day_is_bookable_and_a_plain_saturday_is_not() -> None:
    make_up_saturday = date(2026, 10, 10)  # 调休上班
    assert refusal(Wanted(1, at(make_up_saturday, 9), 60), [], RULES) is None
    assert refusal(Wanted(1, at(date(2026, 11, 21), 9), 60), [], RULES) is not None


def test_the_stores_own_open_day_is_bookable() -> None:
    saturday = date(2026, 11, 21)
    store = StoreHours(time(8, 30), time(18), open_days=frozenset({saturday}))
    assert (
        refusal(Wanted(1, at(saturday, 9), 60), [], Rules(HOURS, CAPACITY, store.is_open_day))
        is None
    )


# --- capacity ------------------------------------------------------------------------------
def test_slot_capacity_takes_the_third_car_and_refuses_the_fourth() -> None:
    nine = at(MONDAY, 9)
    two = [booked(1, nine), booked(2, at(MONDAY, 9, 15))]
    assert refusal(Wanted(7, at(MONDAY, 9, 20), 60), two, RULES) is None
    three = [*two, booked(3, at(MONDAY, 9, 29))]
    assert "约满" in str(refusal(Wanted(7, nine, 60), three, RULES))
    assert refusal(Wanted(7, at(MONDAY, 9, 30), 60), three, RULES) is None  # the next slot


def test_cancelled_and_no_show_bookings_free_their_place() -> None:
    nine = at(MONDAY, 9)
    gone = [booked(1, nine, status="cancelled"), booked(2, nine, status="no_show"),
            booked(3, nine), booked(4, nine)]  # fmt: skip
    assert refusal(Wanted(7, nine, 60), gone, RULES) is None


def test_an_advisor_receives_one_car_a_slot() -> None:
    nine = at(MONDAY, 9)
    taken = [booked(1, nine, advisor=10)]
    assert "顾问" in str(refusal(Wanted(7, nine, 60, advisor_id=10), taken, RULES))
    assert refusal(Wanted(7, nine, 60, advisor_id=11), taken, RULES) is None


def test_without_an_advisor_named_someone_free_is_needed() -> None:
    nine = at(MONDAY, 9)
    rules = Rules(HOURS, CAPACITY, OPEN_DAY, advisors=(10, 11))
    both = [booked(1, nine, advisor=10), booked(2, nine, advisor=11)]
    assert "所有服务顾问" in str(refusal(Wanted(7, nine, 60), both, rules))
    assert free_advisor(both[:1], (10, 11), nine, CAPACITY) == 11


def test_the_advisor_chosen_is_the_least_busy_that_day() -> None:
    busy = [booked(1, at(MONDAY, 8, 30), advisor=10), booked(2, at(MONDAY, 10), advisor=10)]
    assert free_advisor(busy, (10, 11), at(MONDAY, 9), CAPACITY) == 11
    assert free_advisor([], (10, 11), at(MONDAY, 9), CAPACITY) == 10  # a tie: first listed


def test_day_capacity_in_technician_minutes_at_its_boundary() -> None:
    starts = (at(MONDAY, 8, 30), at(MONDAY, 9), at(MONDAY, 14))
    day = [booked(n, start, minutes=140) for n, start in enumerate(starts, 1)]  # 420 minutes
    assert refusal(Wanted(7, at(MONDAY, 15), 60), day, RULES) is None  # 420 + 60 = 480
    reason = refusal(Wanted(7, at(MONDAY, 15), 61), day, RULES)
    assert reason is not None and "剩余 60 分钟" in str(reason)


def test_the_same_car_twice_the_same_day_is_caught() -> None:
    first = [booked(1, at(MONDAY, 9), car=5)]
    assert "一天只能预约一次" in str(refusal(Wanted(5, at(MONDAY, 15), 60), first, RULES))
    assert refusal(Wanted(5, at(date(2026, 11, 24), 9), 60), first, RULES) is None
    assert refusal(Wanted(5, at(MONDAY, 15), 60, replacing=1), first, RULES) is None  # moving it


def test_next_free_slots_skip_full_slots_lunch_and_closed_days() -> None:
    friday = date(2026, 11, 20)
    full = [booked(n, at(friday, 16, 30)) for n in (1, 2, 3)]
    free = next_free_slots(Wanted(7, at(friday, 16, 30), 30), full, RULES, count=3)
    assert free == [at(friday, 17), at(MONDAY, 8, 30), at(MONDAY, 9)]  # the weekend skipped
    around_lunch = next_free_slots(Wanted(7, at(MONDAY, 11, 30), 60), [], RULES, count=2)
    assert around_lunch == [at(MONDAY, 11, 30), at(MONDAY, 13, 30)]  # 60 min fit across lunch


def test_next_free_slots_for_a_car_booked_that_day_start_the_day_after() -> None:
    mine = [booked(1, at(MONDAY, 9), car=5)]
    free = next_free_slots(Wanted(5, at(MONDAY, 10), 60), mine, RULES, count=1)
    assert free == [at(date(2026, 11, 24), 8, 30)]


# --- confirmation ----------------------------------------------------------------------------
def test_a_monday_booking_is_confirmed_on_the_friday_before() -> None:
    assert confirmation_due(at(MONDAY, 9), date(2026, 11, 16), OPEN_DAY) == date(2026, 11, 20)


def test_after_a_holiday_the_call_is_on_the_last_working_day_before_it() -> None:
    after_national_day = date(2026, 10, 8)
    assert previous_working_day(after_national_day, OPEN_DAY) == date(2026, 9, 30)


def test_a_make_up_working_day_counts_as_the_day_before() -> None:
    assert previous_working_day(date(2026, 10, 12), OPEN_DAY) == date(2026, 10, 10)  # a Saturday
    assert previous_working_day(date(2026, 1, 5), OPEN_DAY) == date(2026, 1, 4)  # a Sunday


def test_a_booking_made_late_is_confirmed_today_and_one_for_today_not_at_all() -> None:
    saturday = date(2026, 11, 21)
    assert confirmation_due(at(MONDAY, 9), saturday, OPEN_DAY) == saturday
    assert confirmation_due(at(MONDAY, 9), MONDAY, OPEN_DAY) is None


# --- late and no-show --------------------------------------------------------------------------
def test_a_booking_is_late_only_past_the_grace() -> None:
    nine = at(MONDAY, 9)
    assert not is_late("booked", nine, at(MONDAY, 9, 30), 30)
    assert is_late("confirmed", nine, at(MONDAY, 9, 31), 30)
    assert not is_late("arrived", nine, at(MONDAY, 11), 30)


def test_no_show_is_decided_at_the_days_end() -> None:
    nine = at(MONDAY, 9)
    assert not is_no_show("booked", nine, at(MONDAY, 17, 29), 30, HOURS)
    assert is_no_show("booked", nine, at(MONDAY, 17, 30), 30, HOURS)
    assert is_no_show("confirmed", nine, at(date(2026, 11, 24), 8), 30, HOURS)
    assert not is_no_show("arrived", nine, at(MONDAY, 18), 30, HOURS)
    assert not is_no_show("cancelled", nine, at(MONDAY, 18), 30, HOURS)


def test_a_booking_near_closing_gets_its_grace_after_the_days_end() -> None:
    late_slot = at(MONDAY, 17, 15)
    assert not is_no_show("booked", late_slot, at(MONDAY, 17, 30), 30, HOURS)
    assert is_no_show("booked", late_slot, at(MONDAY, 17, 45), 30, HOURS)


def test_kinds_are_read_by_code_or_by_the_stores_word() -> None:
    assert parse_kind("钣喷") == AppointmentKind.BODY_PAINT
    assert parse_kind("recall") == AppointmentKind.RECALL
    with pytest.raises(ValidationError, match="保养"):
        parse_kind("洗车")
