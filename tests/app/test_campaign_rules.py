"""Who is invited, who calls, the response rate, the answer after a call: by hand."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.errors import ValidationError
from app.rules import campaigns as rules
from app.rules.campaigns import CampaignKind, Exclusion, Person, Rsvp
from app.rules.reminders import ADVISOR, CARE, SALES

EVENT, WEATHER = CampaignKind.EVENT, CampaignKind.WEATHER


def person(mobile: str | None = "13800138000", refused: set[str] = frozenset(), **who) -> Person:
    return Person(1, mobile, frozenset(refused), **who)


def test_an_event_invitation_is_marketing_and_a_weather_notice_is_a_service_notice() -> None:
    assert rules.needed_consent(EVENT) == "marketing"
    assert rules.needed_consent(WEATHER) == "service"


def test_refusing_marketing_leaves_a_customer_out_of_events_but_not_the_weather() -> None:
    refused = person(refused={"marketing"})
    assert rules.exclusion(refused, EVENT) == Exclusion.REFUSED
    assert rules.exclusion(refused, WEATHER) is None


def test_refusing_service_reminders_leaves_a_customer_out_of_the_weather_notice() -> None:
    refused = person(refused={"service"})
    assert rules.exclusion(refused, WEATHER) == Exclusion.REFUSED
    assert rules.exclusion(refused, EVENT) is None


def test_no_phone_is_left_out_and_a_refusal_without_phone_counts_as_a_refusal() -> None:
    assert rules.exclusion(person(mobile=None), EVENT) == Exclusion.NO_PHONE
    assert rules.exclusion(person(mobile=""), WEATHER) == Exclusion.NO_PHONE
    assert rules.exclusion(person(mobile=None, refused={"marketing"}), EVENT) == Exclusion.REFUSED
    assert rules.exclusion(person(), EVENT) is None


def test_the_call_goes_to_the_consultant_then_dedicated_then_last_advisor_then_the_pool() -> None:
    assert rules.owner(person(consultant_id=7, dedicated_advisor_id=8, last_advisor_id=9)) == (
        rules.Owner(7, SALES)
    )
    assert rules.owner(person(dedicated_advisor_id=8, last_advisor_id=9)) == rules.Owner(8, ADVISOR)
    assert rules.owner(person(last_advisor_id=9)) == rules.Owner(9, ADVISOR)
    assert rules.owner(person()) == rules.Owner(None, CARE)


def test_response_rate_counts_answers_over_invited_not_reached_is_unanswered() -> None:
    # 40 invited: 12 accepted, 8 declined, 5 not reached, 15 pending -> 20 / 40
    assert rules.response_rate(40, 12, 8) == 0.5
    assert rules.response_rate(3, 1, 0) == pytest.approx(1 / 3)
    assert rules.response_rate(0, 0, 0) is None


def test_the_answer_after_a_call_in_the_calendar() -> None:
    assert rules.rsvp_after_call("reached", "accepted", Rsvp.PENDING) == Rsvp.ACCEPTED
    assert rules.rsvp_after_call("done", "declined", Rsvp.NOT_REACHED) == Rsvp.DECLINED
    # reached, but the calendar did not say what they answered: unchanged
    assert rules.rsvp_after_call("reached", None, Rsvp.PENDING) == Rsvp.PENDING
    assert rules.rsvp_after_call("not_reached", None, Rsvp.PENDING) == Rsvp.NOT_REACHED
    # a retry not reached does not undo an answer already given
    assert rules.rsvp_after_call("not_reached", None, Rsvp.ACCEPTED) == Rsvp.ACCEPTED
    assert rules.rsvp_after_call("rescheduled", None, Rsvp.PENDING) == Rsvp.PENDING


def test_event_values_fill_date_time_and_place() -> None:
    values = rules.event_values(datetime(2026, 12, 6, 14, 0), "展厅二楼", date(2026, 12, 1))
    assert values == {"日期": "12月6日", "时间": "12月6日 14:00", "地址": "展厅二楼"}
    weather = rules.event_values(None, None, date(2027, 1, 2))
    assert weather == {"日期": "1月2日", "时间": "1月2日", "地址": ""}


def test_a_campaign_template_may_not_name_a_car() -> None:
    assert rules.validate_campaign_template("{姓名}您好，{时间}见。") == "{姓名}您好，{时间}见。"
    with pytest.raises(ValidationError, match="车牌"):
        rules.validate_campaign_template("{姓名}您好，{车牌}")
    with pytest.raises(ValidationError, match="无法识别"):
        rules.validate_campaign_template("{客户}您好")


def test_calls_are_due_from_today_until_the_event() -> None:
    today, event = date(2026, 12, 1), datetime(2026, 12, 6, 14, 0)
    assert rules.calls_due_ok(date(2026, 12, 1), today, event)
    assert rules.calls_due_ok(date(2026, 12, 6), today, event)
    assert not rules.calls_due_ok(date(2026, 12, 7), today, event)
    assert not rules.calls_due_ok(date(2026, 11, 30), today, None)
