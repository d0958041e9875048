"""Campaign lists (活动邀约) and special-weather notices (特殊天气提醒), as pure rules:
who of a segment is invited and who is left out (and why), who makes each call, and the
response rate (domain.md, "Follow-ups and reminders", "Value and segments").

Consent. An event invitation is marketing: a customer who refused marketing is left
out (PIPL; domain.md: "never promotions"). A weather notice (typhoon, snow, a cold
snap: "check your antifreeze, drive carefully") is care about the car and the driver,
not a promotion: refusing marketing does not stop it. It is not contact the store owes
the customer either (as a recall or the warranty's end is), so a customer who refused
service reminders is left out of it. Each kind's consent is the one its task kind
declares in the reminder catalogue (app.rules.reminders), so the list and the calendar
can never disagree.

Phone. Every invitation is a call or a message: a customer without a mobile is left
out. A customer who refused and has no phone is counted once, as a refusal (their word
comes first).

Owner of a call: the customer's sales consultant (who knows them best), else their
dedicated advisor (a high-value customer's), else the service advisor of their last
service visit, else nobody yet: the customer-service pool.

Response rate: answered (accepted + declined) / invited. A call not reached is
counted as invited and not answered, as is an invitation still pending: the rate says
how much of the list has been heard from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import TaskStatus
from .reminders import ADVISOR, CARE, DEFAULT_RULES, SALES, validate_template
from .tasks import date_text

EVENT_TASK = "event_invitation"
WEATHER_TASK = "weather_notice"
CAMPAIGN_PLACEHOLDERS = ("姓名", "日期", "时间", "地址", "顾问")


class CampaignKind(StrEnum):
    EVENT = "event"  # 活动邀约
    WEATHER = "weather"  # 特殊天气提醒


KIND_LABELS = {
    CampaignKind.EVENT: QT_TRANSLATE_NOOP("Campaigns", "活动邀约"),
    CampaignKind.WEATHER: QT_TRANSLATE_NOOP("Campaigns", "特殊天气提醒"),
}
TASK_KINDS = {CampaignKind.EVENT: EVENT_TASK, CampaignKind.WEATHER: WEATHER_TASK}


class Rsvp(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    NOT_REACHED = "not_reached"


RSVP_LABELS = {
    Rsvp.PENDING: QT_TRANSLATE_NOOP("Campaigns", "待回复"),
    Rsvp.ACCEPTED: QT_TRANSLATE_NOOP("Campaigns", "接受"),
    Rsvp.DECLINED: QT_TRANSLATE_NOOP("Campaigns", "谢绝"),
    Rsvp.NOT_REACHED: QT_TRANSLATE_NOOP("Campaigns", "未联系上"),
}
ANSWERS = (Rsvp.ACCEPTED, Rsvp.DECLINED, Rsvp.NOT_REACHED)  # what staff may record


_SPOKEN = (Rsvp.ACCEPTED, Rsvp.DECLINED)


class Exclusion(StrEnum):
    REFUSED = "refused"
    NO_PHONE = "no_phone"


@dataclass(frozen=True)
class Person:
    """One customer of the segment, as the rules need them."""

    customer_id: int
    mobile: str | None
    refused: frozenset[str]  # kinds of contact refused
    consultant_id: int | None = None
    dedicated_advisor_id: int | None = None
    last_advisor_id: int | None = None


@dataclass(frozen=True)
class Owner:
    staff_id: int | None  # None: the role's pool
    role: str


def needed_consent(kind: CampaignKind) -> str:
    """The consent a campaign of this kind needs (its task kind's, see the module)."""
    return DEFAULT_RULES[TASK_KINDS[kind]].contact_kind


def exclusion(person: Person, kind: CampaignKind) -> Exclusion | None:
    """Why the person is left out of the list, or None: invited."""
    if needed_consent(kind) in person.refused:
        return Exclusion.REFUSED
    if not person.mobile:
        return Exclusion.NO_PHONE
    return None


def owner(person: Person) -> Owner:
    if person.consultant_id is not None:
        return Owner(person.consultant_id, SALES)
    advisor = person.dedicated_advisor_id or person.last_advisor_id
    if advisor is not None:
        return Owner(advisor, ADVISOR)
    return Owner(None, CARE)


def response_rate(invited: int, accepted: int, declined: int) -> float | None:
    """None for an empty list (no rate to speak of)."""
    return (accepted + declined) / invited if invited else None


def validate_campaign_template(template: str) -> str:
    """A campaign's message: the reminder placeholders a customer and the event can
    fill (no car is concerned: {车型}, {车牌}, {携带} are refused)."""
    validate_template(template)
    for name in ("车型", "车牌", "携带"):
        if "{" + name + "}" in template:
            raise ValidationError(
                "template",
                QT_TRANSLATE_NOOP(
                    "Errors", "活动消息不能使用占位符“{{{name}}}”，可用的占位符：{allowed}。"
                ),
                name=name,
                allowed=["{" + p + "}" for p in CAMPAIGN_PLACEHOLDERS],
            )
    return template


def event_values(event_at: datetime | None, place: str | None, calls_due: date) -> dict[str, str]:
    """The event's placeholders: {日期} 12月6日, {时间} 12月6日 14:00, {地址} the place.
    A notice without an event (the weather) is dated by the day its messages go out."""
    if event_at is None:
        day = date_text(calls_due)
        return {"日期": day, "时间": day, "地址": place or ""}
    day = date_text(event_at.date())
    return {"日期": day, "时间": f"{day} {event_at:%H:%M}", "地址": place or ""}


def rsvp_after_call(outcome: str, answer: str | None, current: str) -> str:
    """The answer an invitation holds after its call is recorded in the calendar: what the
    customer said when reached (the calendar's outcome alone does not say it: then the
    answer stays as it was, to be recorded on the list); "not reached" unless they had
    already answered; anything else (rescheduled, skipped) changes nothing."""
    if outcome in (TaskStatus.REACHED, TaskStatus.DONE) and answer in _SPOKEN:
        return Rsvp(answer)
    if outcome == TaskStatus.NOT_REACHED and current not in _SPOKEN:
        return Rsvp.NOT_REACHED
    return current


def calls_due_ok(calls_due: date, today: date, event_at: datetime | None) -> bool:
    """Calls are due no earlier than today and, for an event, no later than its day."""
    return calls_due >= today and (event_at is None or calls_due <= event_at.date())
