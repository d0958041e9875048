"""The catalogue of reminder rules (domain.md, "Follow-ups and reminders") as data.

Each rule says who owns its tasks, through which channel, how many days of lead,
the caring message template and which kind of consent it needs. Defaults live here;
a manager's changes are kept per rule in the setting "reminders.rules" and merged by
`app.settings.rule(session, key)`.

`lead_days` means, for a rule driven by a date (birthday, warranty end, insurance
expiry, …), how many days BEFORE that date the task falls due; for a rule driven by an
event (a visit, a handover, a service visit), how many days AFTER the event.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from typing import Any

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Channel, ConsentKind, StaffRole
from .tasks import TaskDraft

PLACEHOLDERS = ("姓名", "车型", "车牌", "日期", "顾问", "时间", "地址", "携带")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_MONTH_DAY = re.compile(r"^(\d{2})-(\d{2})$")

SERVICE = ConsentKind.SERVICE.value
MARKETING = ConsentKind.MARKETING.value
GREETINGS = ConsentKind.GREETINGS.value

SALES = StaffRole.SALES_CONSULTANT.value
ADVISOR = StaffRole.SERVICE_ADVISOR.value
CARE = StaffRole.CUSTOMER_SERVICE.value


@dataclass(frozen=True)
class ReminderRule:
    key: str  # also the task kind (FollowUpTask.kind)
    label: str
    owner_role: str
    channel: str
    lead_days: int
    template: str
    contact_kind: str  # "service" | "marketing" | "greetings": the consent it needs
    enabled: bool = True
    season: str | None = None  # a seasonal check's day, "MM-DD" (app.rules.seasonal)

    @property
    def always_goes(self) -> bool:
        """Service-necessary contact (recall, warranty, a complaint's deadline) goes
        whatever the customer said about marketing, greetings or service reminders."""
        return self.key in NECESSARY


# Contact the store owes the customer: never held back by a refused consent.
NECESSARY = frozenset({"recall", "warranty_expiry", "pre_expiry_inspection", "complaint_deadline"})

# Fields a manager may change in the rule settings editor.
EDITABLE = ("label", "owner_role", "channel", "lead_days", "template", "enabled", "season")


def _rule(key, label, owner, channel, lead, template, kind) -> ReminderRule:
    return ReminderRule(key, label, owner, channel.value, lead, template, kind)


def _seasonal(key, label, owner, channel, lead, template, season) -> ReminderRule:
    """A seasonal check is an offer: it needs marketing consent."""
    return ReminderRule(key, label, owner, channel.value, lead, template, MARKETING, True, season)


PHONE, SMS, WECHAT = Channel.PHONE, Channel.SMS, Channel.WECHAT

DEFAULT_RULES: dict[str, ReminderRule] = {
    r.key: r
    for r in [
        # --- showroom walk-ins and prospects ---------------------------------------------
        _rule("departure_care", QT_TRANSLATE_NOOP("FollowUps", "离店关怀短信"),
              SALES, SMS, 0,
              "{姓名}您好，感谢您今天光临本店，路上注意安全。如有任何问题，欢迎随时联系{顾问}。",
              GREETINGS),
        _rule("same_evening_callback", QT_TRANSLATE_NOOP("FollowUps", "当晚回访"),
              SALES, PHONE, 0,
              "{姓名}您好，我是{顾问}，感谢您今天来店看车，想听听您对{车型}的感受。",
              MARKETING),
        _rule("prospect_first_follow_up", QT_TRANSLATE_NOOP("FollowUps", "24 小时首次跟进"),
              SALES, PHONE, 1,
              "{姓名}您好，我是{顾问}，昨天您来店看了{车型}，还有什么我可以帮您解答的吗？",
              MARKETING),
        _rule("prospect_follow_up", QT_TRANSLATE_NOOP("FollowUps", "按级别跟进"),
              SALES, PHONE, 0,
              "{姓名}您好，我是{顾问}，想了解一下您最近考虑{车型}的情况，有需要随时找我。",
              MARKETING),
        # --- after the sale ------------------------------------------------------------
        _rule("handover_callback_24h", QT_TRANSLATE_NOOP("FollowUps", "交车 24 小时回访"),
              SALES, PHONE, 1,
              "{姓名}您好，我是{顾问}，您的{车型}用得还顺手吗？交车时有哪里没讲清楚的吗？",
              SERVICE),
        _rule("care_call_15d", QT_TRANSLATE_NOOP("FollowUps", "客服 15 天关怀回访"),
              CARE, PHONE, 15,
              "{姓名}您好，这里是客服中心，您提车半个月了，用车有什么问题都可以告诉我们。",
              SERVICE),
        _rule("consultant_care", QT_TRANSLATE_NOOP("FollowUps", "顾问 1-3 个月关怀"),
              SALES, PHONE, 0,
              "{姓名}您好，我是{顾问}，您的{车型}开了一段时间了，一切都好吗？",
              SERVICE),
        # --- the vehicle's dates ---------------------------------------------------------
        _rule("first_maintenance", QT_TRANSLATE_NOOP("FollowUps", "首保提醒"),
              ADVISOR, PHONE, 7,
              "{姓名}您好，您的爱车{车牌}预计在{日期}前后需要首次保养，欢迎提前预约。",
              SERVICE),
        _rule("regular_maintenance", QT_TRANSLATE_NOOP("FollowUps", "定期保养提醒"),
              ADVISOR, SMS, 7,
              "{姓名}您好，您的爱车{车牌}预计在{日期}前后需要保养，欢迎提前预约。",
              SERVICE),
        _rule("maintenance_due", QT_TRANSLATE_NOOP("FollowUps", "下次保养到期"),
              ADVISOR, SMS, 7,
              "{姓名}您好，您的爱车{车牌}下次保养日期是{日期}，欢迎提前预约。",
              SERVICE),
        _rule("declined_work", QT_TRANSLATE_NOOP("FollowUps", "未做项目回访"),
              ADVISOR, PHONE, 7,
              "{姓名}您好，上次{车牌}保养时建议的项目还没做，方便的时候我们帮您再检查一下。",
              SERVICE),
        _rule("pre_expiry_inspection", QT_TRANSLATE_NOOP("FollowUps", "出保前检查"),
              ADVISOR, PHONE, 60,
              "{姓名}您好，您的{车型}整车质保将于{日期}到期，出保前欢迎来店免费检查一次。",
              SERVICE),
        _rule("warranty_expiry", QT_TRANSLATE_NOOP("FollowUps", "质保到期提醒"),
              ADVISOR, SMS, 30,
              "{姓名}您好，您的{车型}（{车牌}）整车质保将于{日期}到期，特此提醒。",
              SERVICE),
        _rule("insurance_expiry", QT_TRANSLATE_NOOP("FollowUps", "保险到期提醒"),
              CARE, PHONE, 30,
              "{姓名}您好，您的爱车{车牌}保险将于{日期}到期，请留意及时续保。",
              SERVICE),
        _rule("annual_inspection", QT_TRANSLATE_NOOP("FollowUps", "年审提醒"),
              CARE, SMS, 30,
              "{姓名}您好，您的爱车{车牌}年审日期为{日期}，请提前安排，祝您行车平安。",
              SERVICE),
        _rule("recall", QT_TRANSLATE_NOOP("FollowUps", "召回通知"),
              ADVISOR, PHONE, 0,
              "{姓名}您好，厂家对{车型}发布了召回，您的爱车{车牌}需要免费检修，请与我们预约。",
              SERVICE),
        # --- service appointments (fed by the appointment book) -------------------------
        _rule("appointment_confirmation", QT_TRANSLATE_NOOP("FollowUps", "预约确认"),
              ADVISOR, PHONE, 1,
              "{姓名}您好，您预约了{时间}到店为{车牌}服务，地址：{地址}。请带好{携带}，"
              "如需改期请告诉我们。",
              SERVICE),
        _rule("appointment_no_show", QT_TRANSLATE_NOOP("FollowUps", "预约未到店回访"),
              ADVISOR, PHONE, 0,
              "{姓名}您好，您预约{日期}为{车牌}到店，今天没见到您，想问问是否方便改个时间？",
              SERVICE),
        # --- greetings -----------------------------------------------------------------
        _rule("birthday", QT_TRANSLATE_NOOP("FollowUps", "生日祝福"),
              CARE, SMS, 0,
              "{姓名}您好，今天是您的生日，全店同仁祝您生日快乐、出行平安！",
              GREETINGS),
        _rule("holiday_greeting", QT_TRANSLATE_NOOP("FollowUps", "节日问候"),
              CARE, WECHAT, 1,
              "{姓名}您好，值此{日期}之际，全店同仁祝您和家人节日快乐、出行平安！",
              GREETINGS),
        # --- dormant customers (不回厂) -------------------------------------------------
        _rule("dormant_6m", QT_TRANSLATE_NOOP("FollowUps", "半年未回厂"),
              ADVISOR, PHONE, 0,
              "{姓名}您好，您的爱车{车牌}有半年没回店了，我们为您准备了免费检测，欢迎回来看看。",
              MARKETING),
        _rule("dormant_12m", QT_TRANSLATE_NOOP("FollowUps", "一年未回厂"),
              ADVISOR, PHONE, 0,
              "{姓名}您好，您的爱车{车牌}有一年没回店了，老客户回店检测免费，欢迎预约。",
              MARKETING),
        _rule("dormant_24m", QT_TRANSLATE_NOOP("FollowUps", "两年未回厂"),
              CARE, PHONE, 0,
              "{姓名}您好，好久不见，您的爱车{车牌}两年没回店了，老客户专享优惠等您回来。",
              MARKETING),
        # --- campaigns (fed by the campaign tab; each campaign writes its own message) ---
        _rule("event_invitation", QT_TRANSLATE_NOOP("FollowUps", "活动邀约"),
              CARE, PHONE, 0,
              "{姓名}您好，我是{顾问}，诚邀您于{时间}参加本店的客户活动，地址：{地址}，"
              "期待您的光临。",
              MARKETING),
        _rule("weather_notice", QT_TRANSLATE_NOOP("FollowUps", "特殊天气提醒"),
              CARE, SMS, 0,
              "{姓名}您好，近期将有特殊天气，出行请注意安全，用车有任何需要请随时联系我们。",
              SERVICE),
        # --- seasonal checks (季节提醒): the season's day is the rule's, "MM-DD" ---------
        _seasonal("season_antifreeze", QT_TRANSLATE_NOOP("FollowUps", "入冬防冻液与暖风检查"),
                  ADVISOR, SMS, 30,
                  "{姓名}您好，天气转凉，入冬前建议为{车牌}检查防冻液和暖风，"
                  "欢迎预约免费检测，祝您用车安心。",
                  "11-15"),
        _seasonal("season_tyres", QT_TRANSLATE_NOOP("FollowUps", "入冬轮胎检查"),
                  ADVISOR, SMS, 30,
                  "{姓名}您好，冬季路面湿滑，建议为{车牌}检查轮胎花纹和气压，"
                  "欢迎来店免费检测，祝您出行平安。",
                  "11-01"),
        _seasonal("season_air_conditioning", QT_TRANSLATE_NOOP("FollowUps", "入夏空调检查"),
                  ADVISOR, SMS, 30,
                  "{姓名}您好，夏天快到了，建议为{车牌}检查空调制冷和滤芯，"
                  "欢迎预约免费检测，祝您清凉出行。",
                  "06-01"),
        _seasonal("season_rainy", QT_TRANSLATE_NOOP("FollowUps", "雨季雨刮与刹车检查"),
                  ADVISOR, SMS, 21,
                  "{姓名}您好，雨季将至，建议为{车牌}检查雨刮和刹车，"
                  "欢迎来店免费检测，雨天行车请注意安全。",
                  "04-15"),
        # --- complaints (fed by the complaint desk) -------------------------------------
        _rule("complaint_deadline", QT_TRANSLATE_NOOP("FollowUps", "投诉处理时限"),
              CARE, PHONE, 0,
              "{姓名}的投诉处理时限为{日期}，请按时答复客户。",
              SERVICE),
    ]
}  # fmt: skip

RULE_KEYS = tuple(DEFAULT_RULES)


def unknown_placeholders(template: str) -> list[str]:
    return [name for name in _PLACEHOLDER.findall(template) if name not in PLACEHOLDERS]


def validate_template(template: str) -> str:
    """Refuse a template naming a placeholder we cannot fill, saying which one."""
    unknown = unknown_placeholders(template)
    if unknown:
        raise ValidationError(
            "template",
            QT_TRANSLATE_NOOP(
                "Errors", "模板中的占位符“{{{unknown}}}”无法识别，可用的占位符：{allowed}。"
            ),
            unknown=unknown[0],
            allowed=["{" + p + "}" for p in PLACEHOLDERS],
        )
    if not template.strip():
        raise ValidationError("template", QT_TRANSLATE_NOOP("Errors", "消息模板不能为空。"))
    return template


def validate_overrides(key: str, overrides: dict[str, Any]) -> dict[str, Any]:
    """Check a manager's changes to one rule; returns them cleaned (unknown fields refused)."""
    if key not in DEFAULT_RULES:
        raise ValidationError(
            "rule", QT_TRANSLATE_NOOP("Errors", "没有名为“{key}”的提醒规则。"), key=key
        )
    clean: dict[str, Any] = {}
    for name, value in overrides.items():
        if name == "season" and DEFAULT_RULES[key].season is None:
            raise ValidationError(  # only a seasonal check has a season's day
                name, QT_TRANSLATE_NOOP("Errors", "提醒规则没有可修改的“{name}”项。"), name=name
            )
        clean[name] = _checked(name, value)
    return clean


def _checked(name: str, value: Any) -> Any:
    if name not in EDITABLE:
        raise ValidationError(
            name, QT_TRANSLATE_NOOP("Errors", "提醒规则没有可修改的“{name}”项。"), name=name
        )
    if name == "template":
        return validate_template(str(value))
    if name == "lead_days":
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 365:
            raise ValidationError(
                "lead_days", QT_TRANSLATE_NOOP("Errors", "提前天数应为 0 到 365 之间的整数。")
            )
        return value
    if name == "channel" and value not in set(Channel):
        raise ValidationError(
            "channel", QT_TRANSLATE_NOOP("Errors", "渠道“{value}”无效。"), value=value
        )
    if name == "owner_role" and value not in set(StaffRole):
        raise ValidationError(
            "owner_role", QT_TRANSLATE_NOOP("Errors", "负责岗位“{value}”无效。"), value=value
        )
    if name == "enabled":
        return bool(value)
    if name == "season":
        month, day = parse_month_day(value)
        return f"{month:02d}-{day:02d}"
    return value


def parse_month_day(text: object) -> tuple[int, int]:
    """'11-15' -> (11, 15); 02-29 is allowed (the 28th in a common year)."""
    match = _MONTH_DAY.match(str(text).strip())
    month, day = (int(match[1]), int(match[2])) if match else (0, 0)
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2024, month)[1]:
        raise ValidationError(
            "season",
            QT_TRANSLATE_NOOP("Errors", "季节日期“{text}”格式不对，应为 11-15 这样的月-日。"),
            text=text,
        )
    return month, day


def merged(key: str, overrides: dict[str, Any] | None) -> ReminderRule:
    """The default rule with the stored overrides applied (bad stored values ignored)."""
    base = DEFAULT_RULES[key]
    known = {f.name for f in fields(ReminderRule)} & set(EDITABLE)
    usable = {k: v for k, v in (overrides or {}).items() if k in known}
    return replace(base, **usable)


_CHANNELS = {channel.value: channel for channel in Channel}


def channel_of(value: str) -> Channel:
    """Channel(value), without Enum's call (a draft each: millions for the demo)."""
    return _CHANNELS.get(value) or Channel(value)


def dedupe_key(rule_key: str, subject: str, occurrence: str | int) -> str:
    """rule:subject:occurrence, e.g. "birthday:customer:42:2026"."""
    return f"{rule_key}:{subject}:{occurrence}"


def draft(
    rule: ReminderRule,
    subject: str,
    occurrence: str | int,
    due_date: date,
    due_at: datetime | None = None,
    message: str | None = None,
) -> TaskDraft:
    """The TaskDraft a rule makes for one subject and occurrence (feeders use this too)."""
    return TaskDraft(
        kind=rule.key,
        dedupe_key=dedupe_key(rule.key, subject, occurrence),
        due_date=due_date,
        due_at=due_at,
        channel=channel_of(rule.channel),
        owner_role=rule.owner_role,
        message=message,
    )


def drafts(
    rule: ReminderRule, subjects: Iterable[str], occurrence: str | int, due_date: date
) -> list[TaskDraft]:
    """draft() for many subjects of one occurrence, the rule read once (a season's calls:
    tens of thousands of cars)."""
    kind, channel, role = rule.key, channel_of(rule.channel), rule.owner_role
    return [
        TaskDraft(kind, dedupe_key(kind, subject, occurrence), due_date, None, channel, role)
        for subject in subjects
    ]
