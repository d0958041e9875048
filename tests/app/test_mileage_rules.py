"""The mileage comparison and the next-maintenance prediction, as plain functions."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.rules.maintenance import (
    IntervalRules,
    Milestone,
    add_months,
    predict,
    rebased,
)
from app.rules.mileage import (
    LONG_TRIP_CHECKS,
    AbsurdJumpNeedsConfirmation,
    LowerReadingRefused,
    MileageLimits,
    Reading,
    compare,
    require_acceptable,
    usual_daily_average,
)

LIMITS = MileageLimits(long_trip_ratio=1.5, absurd_km_per_day=2000, long_idle_days=365)


def at(day: str, hour: int = 9) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour)


def test_first_visit_has_nothing_to_compare() -> None:
    result = compare([], Reading(at("2026-11-23"), 5_200), LIMITS)
    assert result.first_visit
    assert (result.km_since, result.days_since, result.ratio) == (None, None, None)
    assert not (result.long_trip or result.lower_than_previous or result.absurd_jump)
    require_acceptable(result, LIMITS, correction_reason=None, jump_confirmed=False)


def test_one_prior_visit_gives_interval_but_no_usual_average() -> None:
    history = [Reading(at("2026-05-23"), 5_000)]
    result = compare(history, Reading(at("2026-11-19"), 12_200), LIMITS)
    assert (result.km_since, result.days_since) == (7_200, 180)
    assert result.interval_daily_average == pytest.approx(40.0)
    assert result.usual_daily_average is None
    assert result.ratio is None and not result.long_trip


def test_many_visits_compare_with_the_usual_average() -> None:
    history = [
        Reading(at("2025-01-01"), 0),
        Reading(at("2025-04-11"), 3_000),  # 100 days, 30/day
        Reading(at("2025-10-08"), 8_400),  # 180 days, 30/day
    ]
    normal = compare(history, Reading(at("2026-01-06"), 11_100), LIMITS)
    assert normal.usual_daily_average == pytest.approx(30.0)
    assert normal.ratio == pytest.approx(1.0)
    assert not normal.long_trip and normal.suggested_checks == ()
    far = compare(history, Reading(at("2026-01-06"), 15_000), LIMITS)
    assert far.interval_daily_average == pytest.approx(73.33, abs=0.01)
    assert far.long_trip and far.suggested_checks == LONG_TRIP_CHECKS


def test_lower_reading_is_refused_without_a_reason() -> None:
    history = [Reading(at("2026-01-01"), 20_000)]
    result = compare(history, Reading(at("2026-06-01"), 2_000), LIMITS)
    assert result.lower_than_previous and result.interval_daily_average is None
    with pytest.raises(LowerReadingRefused, match="低于上次"):
        require_acceptable(result, LIMITS, correction_reason="  ", jump_confirmed=False)
    require_acceptable(result, LIMITS, correction_reason="更换仪表", jump_confirmed=False)


def test_replaced_odometer_restarts_the_usual_average() -> None:
    history = [
        Reading(at("2025-01-01"), 10_000),
        Reading(at("2025-01-11"), 10_500),  # 50/day
        Reading(at("2025-02-01"), 100),  # new odometer (accepted with a reason)
        Reading(at("2025-02-11"), 600),  # 50/day
    ]
    assert usual_daily_average(history) == pytest.approx(50.0)


def test_corrected_reading_changes_the_average() -> None:
    typo = [Reading(at("2025-01-01"), 0), Reading(at("2025-01-11"), 50_000)]
    fixed = [Reading(at("2025-01-01"), 0), Reading(at("2025-01-11"), 500)]
    assert usual_daily_average(typo) == pytest.approx(5_000.0)
    assert usual_daily_average(fixed) == pytest.approx(50.0)


def test_zero_day_interval_divides_by_nothing() -> None:
    history = [Reading(at("2026-01-01"), 0), Reading(at("2026-11-23", 8), 10_000)]
    result = compare(history, Reading(at("2026-11-23", 16), 10_080), LIMITS)
    assert result.days_since == 0 and result.km_since == 80
    assert result.interval_daily_average is None and result.ratio is None
    assert not result.long_trip and not result.absurd_jump
    same_day_jump = compare(history, Reading(at("2026-11-23", 16), 13_000), LIMITS)
    assert same_day_jump.absurd_jump


def test_same_day_readings_count_in_the_usual_average() -> None:
    history = [
        Reading(at("2026-01-01", 8), 0),
        Reading(at("2026-01-01", 17), 100),
        Reading(at("2026-01-11"), 500),
    ]
    assert usual_daily_average(history) == pytest.approx(50.0)


def test_absurd_jump_needs_confirmation() -> None:
    history = [Reading(at("2026-11-01"), 10_000)]
    result = compare(history, Reading(at("2026-11-03"), 60_000), LIMITS)
    assert result.absurd_jump
    with pytest.raises(AbsurdJumpNeedsConfirmation, match="请核对"):
        require_acceptable(result, LIMITS, correction_reason=None, jump_confirmed=False)
    require_acceptable(result, LIMITS, correction_reason=None, jump_confirmed=True)


def test_car_idle_for_a_year() -> None:
    history = [Reading(at("2024-06-01"), 0), Reading(at("2025-06-01"), 12_000)]
    result = compare(history, Reading(at("2026-07-01"), 12_150), LIMITS)
    assert result.days_since == 395 and result.long_idle
    assert result.ratio == pytest.approx((150 / 395) / (12_000 / 365))
    assert not result.long_trip
    assert "蓄电池检查" in result.suggested_checks


RULES = IntervalRules(first_km=5_000, first_months=6, regular_km=10_000, regular_months=12)


def test_first_maintenance_by_months_for_a_quiet_car() -> None:
    delivery = Milestone(date(2026, 1, 31), 0)
    due = predict(delivery, Milestone(date(2026, 3, 1), 300), 10.0, RULES, first=True)
    assert (due.kind, due.due_km, due.by) == ("first", 5_000, "months")
    assert due.due_date == date(2026, 7, 31)


def test_regular_maintenance_by_km_for_a_busy_car() -> None:
    last = Milestone(date(2026, 1, 1), 20_000)
    due = predict(last, Milestone(date(2026, 1, 1), 20_000), 100.0, RULES, first=False)
    assert (due.kind, due.due_km, due.by) == ("regular", 30_000, "km")
    assert due.due_date == date(2026, 4, 11)  # 100 days at 100 km a day


def test_prediction_without_an_average_falls_back_to_months() -> None:
    last = Milestone(date(2026, 3, 15), 8_000)
    due = predict(last, last, None, RULES, first=False)
    assert due.by == "months" and due.km_date is None
    assert due.due_date == date(2027, 3, 15)


def test_overdue_km_is_due_at_the_latest_reading() -> None:
    last = Milestone(date(2026, 1, 1), 0)
    due = predict(last, Milestone(date(2026, 2, 1), 6_000), 200.0, RULES, first=True)
    assert due.by == "km" and due.due_date == date(2026, 2, 1)


def test_a_replaced_odometer_restarts_the_km_interval() -> None:
    last = Milestone(date(2026, 1, 1), 48_000)
    later = [
        Milestone(date(2025, 6, 1), 30_000),  # before the base: never a replacement
        Milestone(date(2026, 1, 1), 48_000),
        Milestone(date(2026, 3, 1), 300),
    ]
    base = rebased(last, later)
    assert base == Milestone(date(2026, 1, 1), 300)
    due = predict(base, later[-1], 20.0, RULES, first=False)
    assert due.due_km == 10_300 and due.due_date == date(2027, 1, 1)  # by months
    assert rebased(last, [Milestone(date(2026, 3, 1), 49_000)]) == last


def test_add_months_clamps_the_day() -> None:
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 23), 12) == date(2027, 11, 23)
