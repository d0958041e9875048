"""Seasonal checks (季节提醒): the season's window, across a year end, worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import ValidationError
from app.rules import reminders, seasonal
from app.rules.seasonal import Season, season_at


def test_a_december_season_with_30_lead_days() -> None:
    # 12-20 less 30 days: 11-20 (November has 30 days: 20 + 10 back to 11-20).
    assert season_at("12-20", 30, date(2026, 11, 19)) is None
    assert season_at("12-20", 30, date(2026, 11, 20)) == Season(date(2026, 12, 20),
                                                               date(2026, 11, 20))  # fmt: skip
    assert season_at("12-20", 30, date(2026, 12, 20)).day == date(2026, 12, 20)
    assert season_at("12-20", 30, date(2026, 12, 21)) is None


def test_a_season_whose_window_crosses_the_year_end() -> None:
    # 2027-01-10 less 30 days: 10 days back to 12-31, 20 more to 2026-12-11.
    season = Season(date(2027, 1, 10), date(2026, 12, 11))
    assert season_at("01-10", 30, date(2026, 12, 10)) is None
    assert season_at("01-10", 30, date(2026, 12, 11)) == season
    assert season_at("01-10", 30, date(2026, 12, 31)) == season
    assert season_at("01-10", 30, date(2027, 1, 5)) == season  # same season, same year key
    assert season_at("01-10", 30, date(2027, 1, 11)) is None
    assert season.year == 2027


def test_the_29th_of_february_is_the_28th_in_a_common_year() -> None:
    assert season_at("02-29", 0, date(2027, 2, 28)) == Season(date(2027, 2, 28),
                                                             date(2027, 2, 28))  # fmt: skip
    assert season_at("02-29", 0, date(2028, 2, 29)).day == date(2028, 2, 29)


def test_one_call_per_car_per_season_due_from_the_trigger() -> None:
    rule = reminders.DEFAULT_RULES["season_antifreeze"]
    season = Season(date(2027, 1, 10), date(2026, 12, 11))
    made = seasonal.seasonal_draft(rule, 42, season, date(2026, 12, 15))
    assert made.dedupe_key == "season_antifreeze:vehicle:42:2027"
    assert made.due_date == date(2026, 12, 15)  # the first run after the trigger day
    assert seasonal.seasonal_draft(rule, 42, season, date(2026, 12, 1)).due_date == date(
        2026, 12, 11
    )


def test_every_seasonal_check_is_an_offer_needing_marketing_consent() -> None:
    for key in seasonal.SEASONAL_KEYS:
        rule = reminders.DEFAULT_RULES[key]
        assert rule.contact_kind == "marketing" and not rule.always_goes
        assert rule.season and reminders.parse_month_day(rule.season)


@pytest.mark.parametrize("text", ["13-01", "02-30", "1115", "11-5", "", "冬天"])
def test_a_bad_season_day_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as refused:
        reminders.validate_overrides("season_tyres", {"season": text})
    assert "11-15 这样的月-日" in str(refused.value)


def test_a_season_day_is_only_a_seasonal_checks() -> None:
    assert reminders.validate_overrides("season_tyres", {"season": "12-05"}) == {
        "season": "12-05"
    }
    with pytest.raises(ValidationError):
        reminders.validate_overrides("birthday", {"season": "12-05"})
