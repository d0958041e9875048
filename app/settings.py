"""Every setting declared once: key, type, default and its label for the settings screen.

The database keeps only values changed from their default (table `settings`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .errors import ValidationError
from .models import SettingValue
from .rules import complaints as complaint_rules
from .rules import handover, orders
from .rules import reminders as reminder_rules


@dataclass(frozen=True)
class SettingSpec:
    key: str
    type: type
    default: Any
    label: str


DEFAULT_INTENT_LEVELS = [
    # code, label, buys within (days), follow up every (days); None: no pacing.
    {"code": "H", "label": "H 级（7 天内购车）", "within_days": 7, "follow_up_every_days": 2},
    {"code": "A", "label": "A 级（15 天内购车）", "within_days": 15, "follow_up_every_days": 3},
    {"code": "B", "label": "B 级（30 天内购车）", "within_days": 30, "follow_up_every_days": 7},
    {"code": "C", "label": "C 级（3 个月内购车）", "within_days": 90, "follow_up_every_days": 15},
    {"code": "N", "label": "N 级（尚未判断）", "within_days": None, "follow_up_every_days": 7},
    {"code": "O", "label": "O 级（已订车）", "within_days": None, "follow_up_every_days": None},
    {"code": "F", "label": "F 级（战败）", "within_days": None, "follow_up_every_days": None},
]

SPECS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in [
        SettingSpec("store.name", str, "DealerDesk 示范 4S 店", "门店名称"),
        SettingSpec("store.address", str, "", "门店地址"),
        SettingSpec("store.phone", str, "", "门店电话"),
        SettingSpec("sales.intent_levels", list, DEFAULT_INTENT_LEVELS, "意向级别"),
        SettingSpec("reception.callback_hour", int, 19, "当晚回访时间（点）"),
        SettingSpec("search.default_limit", int, 50, "搜索结果条数"),
        SettingSpec("auth.max_failed_sign_ins", int, 5, "连续登录失败几次后锁定"),
        SettingSpec("auth.lockout_minutes", int, 15, "锁定时长（分钟）"),
        SettingSpec("auth.min_password_length", int, 8, "密码最短长度"),
        SettingSpec("backup.every_hours", int, 3, "自动备份间隔（小时）"),
        SettingSpec("backup.min_minutes_between", int, 30, "两次备份最短间隔（分钟）"),
        SettingSpec("backup.keep_days", int, 7, "保留每日备份（天）"),
        SettingSpec("backup.keep_weeks", int, 5, "保留每周备份（周）"),
        SettingSpec("backup.keep_months", int, 12, "保留每月备份（月）"),
        # --- reminders (follow-up calendar) -------------------------------------------
        SettingSpec("reminders.rules", dict, {}, "提醒规则（按规则修改的项）"),
        SettingSpec("reminders.window_days", int, 14, "提前生成提醒的天数"),
        SettingSpec("reminders.last_generated_at", str, "", "提醒上次生成时间"),
        SettingSpec("reminders.consultant_care_days", list, [30, 90], "顾问关怀（购车后天数）"),
        SettingSpec("reminders.dormant_months", list, [6, 12, 24], "不回厂提醒（月）"),
        SettingSpec(
            "reminders.greeting_holidays",
            list,
            ["元旦", "春节", "劳动节", "端午节", "中秋节", "国庆节"],
            "节日问候的节日",
        ),
        SettingSpec("reminders.not_reached_retry_days", int, 1, "未接通后再次联系（天后）"),
        SettingSpec("reminders.generated_until", str, "", "提醒已生成到的日期"),
        SettingSpec("reminders.rows_seen_at", str, "", "提醒上次查看数据变动的时间"),
        SettingSpec("reminders.lookback_days", int, 3, "首次生成时回看的天数"),
        SettingSpec("service.long_trip_ratio", float, 1.5, "长途行驶提示：日均里程超过平时的倍数"),
        SettingSpec("service.absurd_km_per_day", int, 2000, "里程异常：每天超过的公里数需确认"),
        SettingSpec("service.long_idle_days", int, 365, "长期停放提示：距上次到店天数"),
        SettingSpec("service.first_maintenance_km", int, 5000, "首保里程（km，自交车起）"),
        SettingSpec("service.first_maintenance_months", int, 6, "首保时间（月，自交车起）"),
        SettingSpec("service.regular_maintenance_km", int, 10000, "定保间隔里程（km）"),
        SettingSpec("service.regular_maintenance_months", int, 12, "定保间隔时间（月）"),
        SettingSpec("service.order_prefix", str, "WX", "维修委托书编号前缀"),
        # --- sales orders, handover and loyalty (issue 6) --------------------------------
        SettingSpec("store.logo_path", str, "", "门店标志图片（交车清单，留空用默认）"),
        SettingSpec("sales.order_prefix", str, "XS", "销售订单编号前缀"),
        SettingSpec("sales.order_services", list, orders.DEFAULT_ORDER_SERVICES, "增值服务项目"),
        SettingSpec("sales.loss_reasons", list, orders.DEFAULT_LOSS_REASONS, "战败原因"),
        SettingSpec("delivery.pdi_items", list, handover.DEFAULT_PDI_ITEMS, "PDI 检查项目"),
        SettingSpec(
            "delivery.handover_items", list, handover.DEFAULT_HANDOVER_ITEMS, "交车检查项目"
        ),
        SettingSpec(
            "delivery.explanation_items", list, handover.DEFAULT_EXPLANATION_ITEMS, "交车讲解项目"
        ),
        SettingSpec("delivery.kit_items", list, handover.DEFAULT_KIT_ITEMS, "随车物品"),
        SettingSpec("delivery.warranty_years", int, 3, "整车质保年限"),
        SettingSpec("delivery.warranty_km", int, 100_000, "整车质保里程（公里）"),
        SettingSpec("delivery.insurance_years", int, 1, "新车保险期限（年）"),
        SettingSpec("loyalty.referrals_if_bought", int, 1, "销售忠诚：本店购车客户的转介绍数"),
        SettingSpec("loyalty.referrals_if_not_bought", int, 3, "销售忠诚：未购车客户的转介绍数"),
        SettingSpec("loyalty.paid_visits", int, 2, "售后忠诚：一年内付费进厂次数"),
        SettingSpec("loyalty.spend_yuan", int, 3000, "售后忠诚：一年内消费金额（元）"),
        SettingSpec("loyalty.window_days", int, 365, "忠诚客户统计周期（天）"),
        # --- complaints (issue 5) ---------------------------------------------------------
        SettingSpec("complaints.response_hours", int, 2, "投诉响应时限（小时）"),
        SettingSpec("complaints.first_proposal_hours", int, 24, "投诉初步方案时限（小时）"),
        SettingSpec("complaints.final_proposal_hours", int, 48, "投诉最终方案时限（小时）"),
        SettingSpec(
            "complaints.new_round_hours", int, 24, "再次方案时限（小时，最终方案不满意或重开后）"
        ),
        SettingSpec("complaints.business_hours_only", bool, False, "投诉时限只计营业时间"),
        SettingSpec("complaints.amber_fraction", float, 0.25, "剩余时间少于该比例时黄色提醒"),
        SettingSpec("complaints.case_prefix", str, "TS", "投诉单号前缀"),
        SettingSpec("complaints.classes", list, complaint_rules.DEFAULT_CLASSES, "投诉类别"),
        SettingSpec("complaints.causes", dict, complaint_rules.DEFAULT_CAUSES, "各类别投诉原因"),
        SettingSpec(
            "complaints.severity_levels", list, complaint_rules.DEFAULT_SEVERITIES, "严重程度"
        ),
        SettingSpec(
            "complaints.departments", list, complaint_rules.DEFAULT_DEPARTMENTS, "责任部门"
        ),
        SettingSpec("store.opening_time", str, "08:30", "营业开始时间（HH:MM）"),
        SettingSpec("store.closing_time", str, "18:00", "营业结束时间（HH:MM）"),
        SettingSpec("store.extra_closed_days", list, [], "门店额外休息日（YYYY-MM-DD）"),
        SettingSpec("store.extra_open_days", list, [], "门店额外营业日（YYYY-MM-DD）"),
    ]
}


def spec(key: str) -> SettingSpec:
    try:
        return SPECS[key]
    except KeyError:
        raise KeyError(f"undeclared setting {key!r}") from None


def get(session: Session, key: str) -> Any:
    declared = spec(key)
    row = session.scalar(select(SettingValue).where(SettingValue.key == key))
    return declared.default if row is None else json.loads(row.value_json)


def put(session: Session, key: str, value: Any) -> None:
    declared = spec(key)
    if not isinstance(value, declared.type):
        raise ValidationError(key, f"设置“{declared.label}”的值类型不正确。")
    row = session.scalar(select(SettingValue).where(SettingValue.key == key))
    encoded = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(SettingValue(key=key, value_json=encoded))
    else:
        row.value_json = encoded


def rule(session: Session, key: str) -> reminder_rules.ReminderRule:
    """A reminder rule: its default (app.rules.reminders) with the manager's changes."""
    if key not in reminder_rules.DEFAULT_RULES:
        raise KeyError(f"unknown reminder rule {key!r}")
    return reminder_rules.merged(key, get(session, "reminders.rules").get(key))


def put_rule(session: Session, key: str, overrides: dict[str, Any]) -> reminder_rules.ReminderRule:
    """Save a manager's changes to one rule (validated: an unknown placeholder is refused)."""
    clean = reminder_rules.validate_overrides(key, overrides)
    stored = dict(get(session, "reminders.rules"))
    stored[key] = {**stored.get(key, {}), **clean}
    put(session, "reminders.rules", stored)
    return rule(session, key)
