"""Pure reminder rules: date arithmetic, no database."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import ValidationError
from app.rules import birthdays, dormant, holidays_cn, prospects, reminders, vehicle_dates
from app.rules.dates import Window, add_months
from app.rules.intent import levels_from_setting
from app.settings import DEFAULT_INTENT_LEVELS

RULES = reminders.DEFAULT_RULES
LEVELS = levels_from_setting(DEFAULT_INTENT_LEVELS)
NOV = Window(date(2026, 11, 23), date(2026, 12, 7))


def test_catalogue_covers_every_rule_of_the_issue():
    expected = {
        "same_evening_callback", "departure_care", "prospect_first_follow_up",
        "prospect_follow_up", "handover_callback_24h", "care_call_15d", "consultant_care",
        "first_maintenance", "regular_maintenance", "warranty_expiry", "pre_expiry_inspection",
        "insurance_expiry", "annual_inspection", "recall", "birthday", "holiday_greeting",
        "dormant_6m", "dormant_12m", "dormant_24m", "complaint_deadline", "declined_work",
        "maintenance_due", "appointment_confirmation", "appointment_no_show",
        "event_invitation", "weather_notice",
        "season_antifreeze", "season_tyres", "season_air_conditioning", "season_rainy",
    }  # fmt: skip
    assert expected == set(RULES)
    for rule in RULES.values():
        assert rule.contact_kind in ("service", "marketing", "greetings")
        assert reminders.unknown_placeholders(rule.template) == []


def test_recall_and_warranty_always_go_greetings_need_consent():
    assert RULES["recall"].always_goes and RULES["warranty_expiry"].always_goes
    assert not RULES["birthday"].always_goes and not RULES["insurance_expiry"].always_goes
    assert RULES["dormant_12m"].contact_kind == "marketing"


def test_unknown_placeholder_is_refused_with_its_name():
    with pytest.raises(ValidationError) as caught:
        reminders.validate_template("{姓名}您好，{车系}到店")
    assert "{车系}" in caught.value.message


def test_overrides_are_checked_and_merged():
    clean = reminders.validate_overrides("birthday", {"lead_days": 2, "channel": "wechat"})
    merged = reminders.merged("birthday", clean)
    assert (merged.lead_days, merged.channel) == (2, "wechat")
    assert merged.owner_role == "customer_service"
    with pytest.raises(ValidationError):
        reminders.validate_overrides("birthday", {"lead_days": -1})
    with pytest.raises(ValidationError):
        reminders.validate_overrides("nonsense", {})


def test_dedupe_key_names_rule_subject_occurrence():
    made = reminders.draft(RULES["recall"], "vehicle:7", "R2026-01", date(2026, 11, 23))
    assert made.dedupe_key == "recall:vehicle:7:R2026-01"
    assert made.kind == "recall" and made.owner_role == "service_advisor"


# --- dates -------------------------------------------------------------------------
def test_add_months_clamps_to_month_end():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 30), -12) == date(2025, 11, 30)
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)


def test_window_due_is_lead_days_before_and_never_in_the_past():
    assert NOV.due_for(date(2026, 12, 10), 7) == date(2026, 12, 3)
    assert NOV.due_for(date(2026, 11, 25), 7) == date(2026, 11, 23)
    assert NOV.due_for(date(2026, 11, 22), 0) is None
    assert NOV.due_for(date(2026, 12, 20), 7) is None


# --- birthdays ---------------------------------------------------------------------
def test_feb_29_birthday_is_greeted_on_feb_28_in_common_years():
    assert birthdays.solar_birthday_in(date(1992, 2, 29), 2027) == date(2027, 2, 28)
    assert birthdays.solar_birthday_in(date(1992, 2, 29), 2028) == date(2028, 2, 29)
    window = Window(date(2027, 2, 20), date(2027, 3, 5))
    [made] = birthdays.birthday_drafts(RULES["birthday"], 5, window, date(1992, 2, 29))
    assert made.due_date == date(2027, 2, 28)
    assert made.dedupe_key == "birthday:customer:5:2027"


def test_lunar_12_30_falls_back_to_12_29_in_years_without_it():
    # Lunar year 2023 has a 30th of the twelfth month (除夕 2024-02-09), 2026 does not.
    assert birthdays.lunar_birthday_in(12, 30, 2023) == date(2024, 2, 9)
    assert birthdays.lunar_birthday_in(12, 29, 2023) == date(2024, 2, 8)
    assert birthdays.lunar_birthday_in(12, 30, 2026) == date(2027, 2, 5)
    assert birthdays.lunar_birthday_in(12, 29, 2026) == date(2027, 2, 5)


def test_lunar_birthdays_past_the_lunar_table_are_skipped_not_made_up():
    # lunardate knows lunar years 1900-2099; from a later solar day it returned "12-94".
    assert birthdays.lunar_pairs([date(2101, 6, 1)]) == set()
    assert birthdays.lunar_pairs([date(2099, 12, 31)]) == {(11, 20)}
    window = Window(date(2099, 12, 25), date(2100, 1, 10))
    [made] = birthdays.birthday_drafts(RULES["birthday"], 9, window, None, (11, 20))
    assert made.due_date <= date(2099, 12, 31)


def test_lunar_birthday_in_january_belongs_to_previous_lunar_year():
    window = Window(date(2027, 2, 1), date(2027, 2, 15))
    [made] = birthdays.birthday_drafts(RULES["birthday"], 9, window, None, (12, 30))
    assert made.due_date == date(2027, 2, 5)
    assert made.dedupe_key == "birthday:customer:9:lunar-2026"


def test_lunar_birthday_wins_over_solar_and_no_birthday_makes_nothing():
    window = Window(date(2026, 9, 20), date(2026, 9, 30))  # 八月十五 2026 = Sep 25
    made = birthdays.birthday_drafts(RULES["birthday"], 1, window, date(1980, 1, 1), (8, 15))
    assert [d.due_date for d in made] == [date(2026, 9, 25)]
    assert birthdays.birthday_drafts(RULES["birthday"], 1, window, None) == []


# --- holidays ----------------------------------------------------------------------
def test_holiday_greeting_on_first_day_not_make_up_day():
    days = dict(holidays_cn.first_days(2026, ["春节", "国庆节"]))
    assert days == {"春节": date(2026, 2, 17), "国庆节": date(2026, 10, 1)}
    assert holidays_cn.is_day_off(date(2026, 10, 6))  # 调休 rest day
    assert not holidays_cn.is_day_off(date(2026, 10, 9))


def test_holiday_drafts_in_window_only():
    window = Window(date(2026, 9, 20), date(2026, 10, 3))
    made = holidays_cn.holiday_drafts(RULES["holiday_greeting"], 3, window, ["中秋节", "国庆节"])
    assert [(name, d.due_date) for name, d in made] == [
        ("中秋节", date(2026, 9, 24)),
        ("国庆节", date(2026, 9, 30)),
    ]
    assert made[0][1].dedupe_key == "holiday_greeting:customer:3:2026-09-25"


# --- prospects ---------------------------------------------------------------------
def test_first_follow_up_within_24_hours():
    made = prospects.first_follow_up(RULES["prospect_first_follow_up"], 4, 77, date(2026, 11, 23))
    assert made.due_date == date(2026, 11, 24)
    assert made.dedupe_key == "prospect_first_follow_up:customer:4:visit-77"


@pytest.mark.parametrize(("level", "days"), [("H", 2), ("A", 3), ("B", 7), ("C", 15)])
def test_follow_ups_paced_by_level(level, days):
    rule = RULES["prospect_follow_up"]
    made = prospects.next_follow_up(rule, 4, level, date(2026, 11, 23), LEVELS)
    assert made is not None
    assert (made.due_date - date(2026, 11, 23)).days == days


def test_pacing_follows_the_setting_and_stops_for_orders_and_losses():
    custom = [dict(level, follow_up_every_days=1) if level["code"] == "H" else level
              for level in DEFAULT_INTENT_LEVELS]  # fmt: skip
    rule = RULES["prospect_follow_up"]
    made = prospects.next_follow_up(rule, 4, "H", date(2026, 11, 23), levels_from_setting(custom))
    assert made is not None and made.due_date == date(2026, 11, 24)
    for code in ("O", "F", "Z"):
        assert prospects.next_follow_up(rule, 4, code, date(2026, 11, 23), LEVELS) is None


def test_a_prospect_who_buys_is_no_prospect():
    assert prospects.still_prospect("prospect", "H")
    assert not prospects.still_prospect("prospect", "O")
    assert not prospects.still_prospect("deal", "H")
    assert not prospects.still_prospect("lost", "C")


def test_level_change_same_day_makes_a_new_occurrence():
    rule = RULES["prospect_follow_up"]
    a = prospects.next_follow_up(rule, 4, "C", date(2026, 11, 23), LEVELS)
    h = prospects.next_follow_up(rule, 4, "H", date(2026, 11, 23), LEVELS)
    assert a and h and a.dedupe_key != h.dedupe_key


# --- vehicles ----------------------------------------------------------------------
def test_handover_makes_callback_care_call_and_consultant_care():
    made = vehicle_dates.handover_drafts(RULES, 8, date(2026, 11, 1), [30, 90])
    assert [(d.kind, d.due_date) for d in made] == [
        ("handover_callback_24h", date(2026, 11, 2)),
        ("care_call_15d", date(2026, 11, 16)),
        ("consultant_care", date(2026, 12, 1)),
        ("consultant_care", date(2027, 1, 30)),
    ]
    assert made[2].owner_role == "sales_consultant" and made[1].owner_role == "customer_service"


def test_warranty_insurance_inspection_before_the_date():
    rule = RULES["warranty_expiry"]  # 30 days ahead
    [made] = vehicle_dates.date_drafts(rule, 8, date(2026, 12, 30), NOV)
    assert made.due_date == date(2026, 11, 30)
    assert made.dedupe_key == "warranty_expiry:vehicle:8:2026-12-30"
    assert vehicle_dates.date_drafts(rule, 8, None, NOV) == []
    assert vehicle_dates.date_drafts(rule, 8, date(2027, 3, 1), NOV) == []


def test_daily_km_needs_two_readings_on_different_days():
    assert vehicle_dates.daily_km([]) is None
    assert vehicle_dates.daily_km([(date(2026, 1, 1), 100)]) is None
    assert vehicle_dates.daily_km([(date(2026, 1, 1), 100), (date(2026, 1, 1), 300)]) is None
    assert vehicle_dates.daily_km([(date(2026, 1, 11), 600), (date(2026, 1, 1), 100)]) == 50


def test_maintenance_km_or_months_whichever_first():
    since = date(2026, 1, 1)
    # 100 km a day: 5,000 km in 50 days, before 6 months.
    assert vehicle_dates.next_maintenance(since, 5000, 6, 100.0) == date(2026, 2, 20)
    # 10 km a day: 500 days for the km, so 6 months decide.
    assert vehicle_dates.next_maintenance(since, 5000, 6, 10.0) == date(2026, 7, 1)


def test_vehicle_without_mileage_history_uses_months():
    assert vehicle_dates.next_maintenance(date(2026, 1, 1), 5000, 6, None) == date(2026, 7, 1)
    made = vehicle_dates.maintenance_draft(
        RULES["first_maintenance"], 3, date(2026, 1, 1), date(2026, 7, 1), date(2026, 1, 1)
    )
    assert made.due_date == date(2026, 6, 24)
    assert made.dedupe_key == "first_maintenance:vehicle:3:2026-01-01"


# --- dormant -----------------------------------------------------------------------
def test_dormant_thresholds_in_window():
    rules = {m: RULES[dormant.rule_key(m)] for m in (6, 12, 24)}
    made = dormant.dormant_drafts(rules, 6, date(2026, 5, 25), NOV)
    assert [(d.kind, d.due_date) for d in made] == [("dormant_6m", date(2026, 11, 25))]
    made = dormant.dormant_drafts(rules, 6, date(2024, 11, 30), NOV)
    assert [d.kind for d in made] == ["dormant_24m"]
    low, high = dormant.seen_between(NOV, 6, 0)
    assert low <= date(2026, 5, 25) <= high
