from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.models import Channel
from app.rules.reminders import DEFAULT_RULES
from app.rules.walk_in import DEPARTURE_CARE, SAME_EVENING_CALLBACK, departure_tasks

RULES = dict(DEFAULT_RULES)
VALUES = {"姓名": "王芳", "顾问": "李顾问", "车型": "星越L"}


def test_departure_makes_care_sms_now_and_callback_this_evening() -> None:
    care, callback = departure_tasks(7, datetime(2026, 11, 23, 15, 10), 19, RULES, VALUES)
    assert (care.kind, care.channel, care.due_at) == (
        DEPARTURE_CARE,
        Channel.SMS,
        datetime(2026, 11, 23, 15, 10),
    )
    assert care.message.startswith("王芳您好") and "李顾问" in care.message
    assert (callback.kind, callback.channel) == (SAME_EVENING_CALLBACK, Channel.PHONE)
    assert callback.due_at == datetime(2026, 11, 23, 19, 0)
    assert callback.due_date == care.due_date
    assert "星越L" in callback.message


def test_late_departure_still_gets_its_callback_the_same_evening() -> None:
    _, callback = departure_tasks(7, datetime(2026, 11, 23, 20, 30), 19, RULES, VALUES)
    assert callback.due_at == datetime(2026, 11, 23, 21, 30)
    _, very_late = departure_tasks(8, datetime(2026, 11, 23, 23, 30), 19, RULES, VALUES)
    assert very_late.due_at.date() == very_late.due_date == datetime(2026, 11, 23).date()


def test_dedupe_keys_name_rule_and_visit() -> None:
    drafts = departure_tasks(42, datetime(2026, 1, 1, 9), 19, RULES, VALUES)
    assert {d.dedupe_key for d in drafts} == {
        "departure_care:visit:42",
        "same_evening_callback:visit:42",
    }


def test_the_managers_rule_settings_are_followed() -> None:
    rules = {
        **RULES,
        DEPARTURE_CARE: replace(RULES[DEPARTURE_CARE], enabled=False),
        SAME_EVENING_CALLBACK: replace(RULES[SAME_EVENING_CALLBACK], channel="wechat"),
    }
    (callback,) = departure_tasks(7, datetime(2026, 11, 23, 15, 10), 19, rules, VALUES)
    assert (callback.kind, callback.channel) == (SAME_EVENING_CALLBACK, Channel.WECHAT)
