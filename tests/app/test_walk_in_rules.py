from __future__ import annotations

from datetime import datetime

from app.models import Channel
from app.rules.tasks import render_template
from app.rules.walk_in import DEPARTURE_CARE, SAME_EVENING_CALLBACK, departure_tasks


def test_departure_makes_care_sms_now_and_callback_this_evening() -> None:
    care, callback = departure_tasks(7, datetime(2026, 11, 23, 15, 10), 19, "text")
    assert (care.kind, care.channel, care.due_at) == (
        DEPARTURE_CARE,
        Channel.SMS,
        datetime(2026, 11, 23, 15, 10),
    )
    assert (callback.kind, callback.channel) == (SAME_EVENING_CALLBACK, Channel.PHONE)
    assert callback.due_at == datetime(2026, 11, 23, 19, 0)
    assert callback.due_date == care.due_date


def test_late_departure_still_gets_its_callback_the_same_evening() -> None:
    _, callback = departure_tasks(7, datetime(2026, 11, 23, 20, 30), 19, "")
    assert callback.due_at == datetime(2026, 11, 23, 21, 30)
    _, very_late = departure_tasks(8, datetime(2026, 11, 23, 23, 30), 19, "")
    assert very_late.due_at.date() == very_late.due_date == datetime(2026, 11, 23).date()


def test_dedupe_keys_name_rule_and_visit() -> None:
    keys = {draft.dedupe_key for draft in departure_tasks(42, datetime(2026, 1, 1, 9), 19, "")}
    assert keys == {"departure_care:visit:42", "same_evening_callback:visit:42"}


def test_templates_fill_known_placeholders() -> None:
    assert (
        render_template("{姓名}您好，{顾问}", {"姓名": "张三", "顾问": "李四"}) == "张三您好，李四"
    )
