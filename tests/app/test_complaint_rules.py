"""The complaint clock and state machine: plain rules, no database."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from app.errors import ValidationError
from app.models import ComplaintStatus as S
from app.rules import complaints as rules
from app.rules.complaints import (
    CaseClock,
    DeadlineHours,
    Deadlines,
    Step,
    Urgency,
    check_transition,
    initial_deadlines,
    read_clock,
)
from app.rules.complaints_clock import (
    BusinessClock,
    StoreHours,
    WallClock,
    is_china_working_day,
)

HOURS = DeadlineHours()
STORE = StoreHours(time(8, 30), time(18, 0))
BUSINESS = BusinessClock(STORE)


def test_plain_hours_count_nights_and_weekends() -> None:
    received = datetime(2026, 11, 27, 17, 0)  # a Friday
    due = initial_deadlines(received, HOURS, WallClock())
    assert due.response == datetime(2026, 11, 27, 19, 0)
    assert due.first_proposal == datetime(2026, 11, 28, 17, 0)
    assert due.final_proposal == datetime(2026, 11, 29, 17, 0)


def test_business_hours_carry_over_the_night() -> None:
    tuesday_evening = datetime(2026, 11, 24, 17, 0)
    assert BUSINESS.add(tuesday_evening, 2 * 3600) == datetime(2026, 11, 25, 9, 30)


def test_business_hours_received_at_night_start_at_opening() -> None:
    assert BUSINESS.add(datetime(2026, 11, 24, 22, 0), 2 * 3600) == datetime(2026, 11, 25, 10, 30)
    assert BUSINESS.add(datetime(2026, 11, 25, 6, 0), 3600) == datetime(2026, 11, 25, 9, 30)


def test_business_hours_skip_the_weekend() -> None:
    friday = datetime(2026, 11, 27, 17, 0)
    assert BUSINESS.add(friday, 2 * 3600) == datetime(2026, 11, 30, 9, 30)  # Monday


def test_business_day_of_24_hours_spans_days() -> None:
    # Monday 10:00-18:00 is 8 h, Tuesday 9.5 h, the remaining 6.5 h end Wednesday 15:00.
    assert BUSINESS.add(datetime(2026, 11, 23, 10, 0), 24 * 3600) == datetime(2026, 11, 25, 15, 0)


def test_the_2026_national_day_holiday_and_its_make_up_working_days() -> None:
    # 2026: 1-7 October off; Sunday 20 September and Saturday 10 October are working days.
    assert not is_china_working_day(date(2026, 10, 5))
    assert is_china_working_day(date(2026, 9, 20)) and is_china_working_day(date(2026, 10, 10))
    before_holiday = datetime(2026, 9, 30, 17, 0)
    assert BUSINESS.add(before_holiday, 2 * 3600) == datetime(2026, 10, 8, 9, 30)
    friday_before = datetime(2026, 9, 18, 17, 0)  # Saturday 19th is closed as usual
    assert BUSINESS.add(friday_before, 2 * 3600) == datetime(2026, 9, 20, 9, 30)  # make-up Sun
    friday_after = datetime(2026, 10, 9, 17, 0)
    assert BUSINESS.add(friday_after, 2 * 3600) == datetime(2026, 10, 10, 9, 30)  # make-up Sat


def test_store_days_override_the_national_calendar() -> None:
    hours = StoreHours(
        time(8, 30),
        time(18, 0),
        closed_days=frozenset({date(2026, 11, 30)}),
        open_days=frozenset({date(2026, 11, 28)}),
    )
    clock = BusinessClock(hours)
    assert clock.add(datetime(2026, 11, 27, 17, 0), 2 * 3600) == datetime(2026, 11, 28, 9, 30)
    assert clock.add(datetime(2026, 11, 28, 17, 0), 2 * 3600) == datetime(2026, 12, 1, 9, 30)


def test_business_time_between_counts_open_hours_only() -> None:
    friday, monday = datetime(2026, 11, 27, 17, 0), datetime(2026, 11, 30, 9, 30)
    assert BUSINESS.between(friday, monday) == 2 * 3600
    assert BUSINESS.between(monday, friday) == -2 * 3600


def test_opening_after_closing_is_refused() -> None:
    with pytest.raises(ValidationError, match="打烊时间必须晚于开门时间"):
        StoreHours(time(18, 0), time(8, 30))


def test_deadline_hours_must_grow_step_by_step() -> None:
    with pytest.raises(ValidationError, match="响应 ≤ 初步方案 ≤ 最终方案"):
        DeadlineHours(response=30, first_proposal=24, final_proposal=48)


def test_a_pause_moves_only_the_steps_still_pending() -> None:
    due = initial_deadlines(datetime(2026, 11, 23, 10, 0), HOURS, WallClock())
    moved = due.shifted({Step.FIRST_PROPOSAL, Step.FINAL_PROPOSAL}, 3 * 3600, WallClock())
    assert moved.response == due.response
    assert moved.first_proposal == due.first_proposal + timedelta(hours=3)
    assert moved.final_proposal == due.final_proposal + timedelta(hours=3)


def test_a_business_hours_pause_moves_by_open_time() -> None:
    due = Deadlines(
        datetime(2026, 11, 27, 17, 0), datetime(2026, 11, 27, 17, 0), datetime(2026, 11, 27, 17, 0)
    )
    moved = due.shifted({Step.RESPONSE}, 2 * 3600, BUSINESS)
    assert moved.response == datetime(2026, 11, 30, 9, 30)


@pytest.mark.parametrize(
    ("minutes_left", "colour"),
    [
        (120, Urgency.OK),
        (31, Urgency.OK),
        (29, Urgency.AMBER),
        (0, Urgency.AMBER),
        (-1, Urgency.RED),
    ],
)
def test_urgency_colours_by_share_of_time_left(minutes_left: int, colour: Urgency) -> None:
    assert rules.urgency(minutes_left * 60, HOURS.window(Step.RESPONSE)) == colour


def _case(status: S, paused_since: datetime | None = None) -> CaseClock:
    received = datetime(2026, 11, 23, 10, 0)
    return CaseClock(status, initial_deadlines(received, HOURS, WallClock()), 0, paused_since)


def test_the_clock_runs_against_the_step_due_in_each_state() -> None:
    now = datetime(2026, 11, 23, 11, 45)
    reading = read_clock(_case(S.RECEIVED), now, HOURS, WallClock())
    assert (reading.step, reading.time_left, reading.urgency) == (Step.RESPONSE, 900, Urgency.AMBER)
    assert read_clock(_case(S.RESPONDED), now, HOURS, WallClock()).step == Step.FIRST_PROPOSAL
    assert read_clock(_case(S.REINVESTIGATING), now, HOURS, WallClock()).step == Step.FINAL_PROPOSAL
    closed = read_clock(_case(S.CLOSED), now, HOURS, WallClock())
    assert (closed.step, closed.due, closed.urgency) == (None, None, Urgency.OK)


def test_an_overdue_running_case_escalates_but_a_paused_one_waits() -> None:
    late = datetime(2026, 11, 23, 13, 0)
    running = read_clock(_case(S.RECEIVED), late, HOURS, WallClock())
    assert running.urgency == Urgency.RED and rules.is_escalated(running)
    paused = read_clock(_case(S.RECEIVED, datetime(2026, 11, 23, 10, 30)), late, HOURS, WallClock())
    assert paused.paused and paused.time_left == 90 * 60 and not rules.is_escalated(paused)


def test_every_allowed_transition_passes() -> None:
    for current, targets in rules.TRANSITIONS.items():
        for requested in targets:
            check_transition(current, requested)


def test_every_illegal_transition_is_refused_naming_both_states() -> None:
    illegal = [(a, b) for a in S for b in S if b not in rules.TRANSITIONS[a]]
    assert len(illegal) == 36 - 8
    for current, requested in illegal:
        with pytest.raises(ValidationError) as refused:
            check_transition(current, requested)
        message = refused.value.message
        assert rules.STATUS_LABELS[current] in message
        assert rules.STATUS_LABELS[requested] in message


def test_closed_cases_can_only_be_reopened_for_reinvestigation() -> None:
    assert rules.TRANSITIONS[S.CLOSED] == {S.REINVESTIGATING}
    assert rules.proposal_target(S.REINVESTIGATING) == S.FINAL_PROPOSAL
    assert rules.proposal_target(S.RESPONDED) == S.FIRST_PROPOSAL


def test_case_numbers_carry_the_day_and_a_sequence() -> None:
    assert rules.case_number("TS", datetime(2026, 11, 23, 9, 0), 1) == "TS20261123-0001"


def test_cause_must_belong_to_its_class() -> None:
    rules.validate_class_and_cause("price", "价格变动", rules.DEFAULT_CLASSES, rules.DEFAULT_CAUSES)
    with pytest.raises(ValidationError, match="不在该类别"):
        rules.validate_class_and_cause("price", "异响", rules.DEFAULT_CLASSES, rules.DEFAULT_CAUSES)
    with pytest.raises(ValidationError, match="请选择投诉类别"):
        rules.validate_class_and_cause("nope", None, rules.DEFAULT_CLASSES, rules.DEFAULT_CAUSES)


def test_opening_hours_must_be_clock_times() -> None:
    from app.rules.complaints_clock import parse_time

    assert parse_time("08:30", "store.opening_time") == time(8, 30)
    with pytest.raises(ValidationError, match="营业时间“8点半”格式不正确"):
        parse_time("8点半", "store.opening_time")
