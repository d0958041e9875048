"""Rules for every walk-in (domain.md): departure-care SMS that day, callback that evening.

Their channel, owner, wording and on/off come from the reminder rule catalogue
(app.rules.reminders, editable by the manager); the callback hour from settings.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, time, timedelta

from ..i18n import QT_TRANSLATE_NOOP
from .reminders import ReminderRule, draft
from .tasks import TaskDraft, render_template

# Where a walk-in came from (the form also takes the store's own words): stored as the
# store says it, marked under "Sales" so the window shows it translated.
SOURCE_CHANNELS = (
    QT_TRANSLATE_NOOP("Sales", "自然到店"),
    QT_TRANSLATE_NOOP("Sales", "电话邀约"),
    QT_TRANSLATE_NOOP("Sales", "网络线索"),
    QT_TRANSLATE_NOOP("Sales", "老客户介绍"),
    QT_TRANSLATE_NOOP("Sales", "车展活动"),
    QT_TRANSLATE_NOOP("Sales", "其他"),
)

DEPARTURE_CARE = "departure_care"
SAME_EVENING_CALLBACK = "same_evening_callback"
RULE_KEYS = (DEPARTURE_CARE, SAME_EVENING_CALLBACK)


def departure_tasks(
    visit_id: int,
    departed_at: datetime,
    callback_hour: int,
    rules: Mapping[str, ReminderRule],
    values: Mapping[str, str],
) -> list[TaskDraft]:
    """The tasks a departure makes: the care SMS now, the callback this evening. A
    departure after the callback hour still gets its callback that evening: due an hour
    after leaving, never the next day."""
    evening = datetime.combine(departed_at.date(), time(hour=callback_hour))
    callback_at = max(evening, min(departed_at + timedelta(hours=1), _end_of_day(departed_at)))
    due = {DEPARTURE_CARE: departed_at, SAME_EVENING_CALLBACK: callback_at}
    return [
        draft(
            rules[key],
            "visit",
            visit_id,
            departed_at.date(),
            due_at=due[key],
            message=render_template(rules[key].template, dict(values)),
        )
        for key in RULE_KEYS
        if rules[key].enabled
    ]


def _end_of_day(moment: datetime) -> datetime:
    return datetime.combine(moment.date(), time(23, 59))
