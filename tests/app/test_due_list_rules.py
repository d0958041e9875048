"""The due list's rules, with values worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import ValidationError
from app.rules import due_list as rules


def test_a_month_is_year_dash_month() -> None:
    assert rules.parse_month("2026-12") == date(2026, 12, 1)
    assert rules.parse_month(" 2027-01 ") == date(2027, 1, 1)


@pytest.mark.parametrize("text", ["2026-13", "2026-1", "202612", "十二月", "", "2026-00"])
def test_a_bad_month_is_refused_in_chinese(text: str) -> None:
    with pytest.raises(ValidationError) as refused:
        rules.parse_month(text)
    assert "2026-12 这样的年-月" in str(refused.value)


def test_december_runs_to_the_first_of_january() -> None:
    assert rules.month_span(date(2026, 12, 1)) == (date(2026, 12, 1), date(2027, 1, 1))
    assert rules.previous_month(date(2027, 1, 1)) == date(2026, 12, 1)


def test_a_car_that_came_in_early_last_week_has_come() -> None:
    # December's list, 30 days early: a visit from 11-01 on counts (12-01 less 30 days).
    december = date(2026, 12, 1)
    assert rules.came_in_since(december, 30) == date(2026, 11, 1)
    assert rules.came_in(date(2026, 11, 23), december, 30)
    assert rules.came_in(date(2026, 11, 1), december, 30)
    assert not rules.came_in(date(2026, 10, 31), december, 30)
    assert not rules.came_in(None, december, 30)


def test_march_counts_back_across_february() -> None:
    # 2027-03-01 less 30 days: February 2027 has 28 days, so 01-30.
    assert rules.came_in_since(date(2027, 3, 1), 30) == date(2027, 1, 30)


@pytest.mark.parametrize(
    ("done", "delivered", "kind"),
    [(0, True, "首保"), (1, True, "二保"), (2, True, "三保"), (3, True, "定保"),
     (0, False, "定保"), (1, False, "定保")],
)  # fmt: skip
def test_the_kind_of_maintenance_due(done: int, delivered: bool, kind: str) -> None:
    assert rules.due_kind(done, delivered) == kind


def test_the_dedicated_advisor_calls_before_the_last_one() -> None:
    assert rules.advisor_for(7, 3) == 7
    assert rules.advisor_for(None, 3) == 3
    assert rules.advisor_for(None, None) is None
