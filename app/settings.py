"""Every setting declared once: key, type, default, its label and unit for the settings
screen, and the bounds a value must keep. Labels are the store's words (Chinese), marked
for translation where declared (app.i18n); the window translates them.

The database keeps only values changed from their default (table `settings`). Internal
watermarks (the reminder generator's bookkeeping) are declared `internal`: they are
not settings anyone edits, and the settings screen does not show them.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP, term
from .models import SettingValue
from .rules import complaints as complaint_rules
from .rules import handover, orders
from .rules import reminders as reminder_rules

TEXT, NUMBERS, DATES, RECORDS, TEXT_LISTS = "text", "numbers", "dates", "records", "text_lists"
HH_MM = r"([01]\d|2[0-3]):[0-5]\d"
PREFIX = r"[A-Z]{1,4}"


@dataclass(frozen=True)
class SettingSpec:
    key: str
    type: type
    default: Any
    label: str
    unit: str = ""
    minimum: float | None = None
    maximum: float | None = None
    pattern: str | None = None  # a text value must match it whole
    items: str | None = None  # a list's items: TEXT, NUMBERS, DATES, RECORDS; dict: TEXT_LISTS
    internal: bool = False  # bookkeeping, not a setting: never shown
    edited_in: str | None = None  # has its own screen; the settings screen points there

    @property
    def group(self) -> str:
        return self.key.split(".", 1)[0]


# Group keys (the key's first part) in the order the settings screen shows them.
GROUP_LABELS = {
    "store": QT_TRANSLATE_NOOP("Settings", "门店"),
    "sales": QT_TRANSLATE_NOOP("Settings", "销售与意向级别"),
    "reception": QT_TRANSLATE_NOOP("Settings", "展厅接待"),
    "delivery": QT_TRANSLATE_NOOP("Settings", "交车"),
    "loyalty": QT_TRANSLATE_NOOP("Settings", "忠诚客户"),
    "value": QT_TRANSLATE_NOOP("Settings", "客户价值与 RFM"),
    "reminders": QT_TRANSLATE_NOOP("Settings", "回访提醒"),
    "service": QT_TRANSLATE_NOOP("Settings", "售后与保养"),
    "appointments": QT_TRANSLATE_NOOP("Settings", "售后预约"),
    "complaints": QT_TRANSLATE_NOOP("Settings", "客户投诉"),
    "backup": QT_TRANSLATE_NOOP("Settings", "备份"),
    "auth": QT_TRANSLATE_NOOP("Settings", "登录与密码"),
    "search": QT_TRANSLATE_NOOP("Settings", "搜索"),
    "board": QT_TRANSLATE_NOOP("Settings", "经营看板"),
}

HOURS = QT_TRANSLATE_NOOP("Settings", "小时")
MINUTES = QT_TRANSLATE_NOOP("Settings", "分钟")
DAYS = QT_TRANSLATE_NOOP("Settings", "天")
WEEKS = QT_TRANSLATE_NOOP("Settings", "周")
MONTHS = QT_TRANSLATE_NOOP("Settings", "个月")
YEARS = QT_TRANSLATE_NOOP("Settings", "年")
KM = QT_TRANSLATE_NOOP("Settings", "公里")
KM_PER_DAY = QT_TRANSLATE_NOOP("Settings", "公里/天")
YUAN = QT_TRANSLATE_NOOP("Settings", "元")
TIMES = QT_TRANSLATE_NOOP("Settings", "次")
PEOPLE = QT_TRANSLATE_NOOP("Settings", "人")
ROWS = QT_TRANSLATE_NOOP("Settings", "条")
CHARACTERS = QT_TRANSLATE_NOOP("Settings", "位")
O_CLOCK = QT_TRANSLATE_NOOP("Settings", "点")
RATIO = QT_TRANSLATE_NOOP("Settings", "倍")
FRACTION = QT_TRANSLATE_NOOP("Settings", "（0–1）")
CARS = QT_TRANSLATE_NOOP("Settings", "辆")
MEGABYTES = QT_TRANSLATE_NOOP("Settings", "MB")

DEFAULT_INTENT_LEVELS = [
    # code, label, buys within (days), follow up every (days); None: no pacing.
    {
        "code": "H",
        "label": QT_TRANSLATE_NOOP("Sales", "H 级（7 天内购车）"),
        "within_days": 7,
        "follow_up_every_days": 2,
    },
    {
        "code": "A",
        "label": QT_TRANSLATE_NOOP("Sales", "A 级（15 天内购车）"),
        "within_days": 15,
        "follow_up_every_days": 3,
    },
    {
        "code": "B",
        "label": QT_TRANSLATE_NOOP("Sales", "B 级（30 天内购车）"),
        "within_days": 30,
        "follow_up_every_days": 7,
    },
    {
        "code": "C",
        "label": QT_TRANSLATE_NOOP("Sales", "C 级（3 个月内购车）"),
        "within_days": 90,
        "follow_up_every_days": 15,
    },
    {
        "code": "N",
        "label": QT_TRANSLATE_NOOP("Sales", "N 级（尚未判断）"),
        "within_days": None,
        "follow_up_every_days": 7,
    },
    {
        "code": "O",
        "label": QT_TRANSLATE_NOOP("Sales", "O 级（已订车）"),
        "within_days": None,
        "follow_up_every_days": None,
    },
    {
        "code": "F",
        "label": QT_TRANSLATE_NOOP("Sales", "F 级（战败）"),
        "within_days": None,
        "follow_up_every_days": None,
    },
]

S = SettingSpec
SPECS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in [
        # --- the store (also 管理 → 门店信息) ---------------------------------------------
        S("store.name", str, "DealerDesk 示范 4S 店", QT_TRANSLATE_NOOP("Settings", "门店名称")),
        S("store.address", str, "", QT_TRANSLATE_NOOP("Settings", "门店地址")),
        S("store.phone", str, "", QT_TRANSLATE_NOOP("Settings", "门店电话")),
        S(
            "store.opening_time",
            str,
            "08:30",
            QT_TRANSLATE_NOOP("Settings", "营业开始时间（时:分）"),
            pattern=HH_MM,
        ),
        S(
            "store.closing_time",
            str,
            "18:00",
            QT_TRANSLATE_NOOP("Settings", "营业结束时间（时:分）"),
            pattern=HH_MM,
        ),
        S(
            "store.extra_closed_days",
            list,
            [],
            QT_TRANSLATE_NOOP("Settings", "门店额外休息日"),
            items=DATES,
        ),
        S(
            "store.extra_open_days",
            list,
            [],
            QT_TRANSLATE_NOOP("Settings", "门店额外营业日"),
            items=DATES,
        ),
        # --- sales -----------------------------------------------------------------------
        S(
            "sales.intent_levels",
            list,
            DEFAULT_INTENT_LEVELS,
            QT_TRANSLATE_NOOP("Settings", "意向级别及跟进节奏"),
            items=RECORDS,
        ),
        S(
            "sales.order_prefix",
            str,
            "XS",
            QT_TRANSLATE_NOOP("Settings", "销售订单编号前缀"),
            pattern=PREFIX,
        ),
        S(
            "sales.order_services",
            list,
            orders.DEFAULT_ORDER_SERVICES,
            QT_TRANSLATE_NOOP("Settings", "增值服务项目"),
            items=RECORDS,
        ),
        S(
            "sales.loss_reasons",
            list,
            orders.DEFAULT_LOSS_REASONS,
            QT_TRANSLATE_NOOP("Settings", "战败原因"),
            items=RECORDS,
        ),
        S(
            "reception.callback_hour",
            int,
            19,
            QT_TRANSLATE_NOOP("Settings", "当晚回访时间"),
            O_CLOCK,
            8,
            22,
        ),
        # --- sales orders, handover and loyalty ----------------------------------------
        S(
            "delivery.pdi_items",
            list,
            handover.DEFAULT_PDI_ITEMS,
            QT_TRANSLATE_NOOP("Settings", "PDI 检查项目"),
            items=RECORDS,
        ),
        S(
            "delivery.handover_items",
            list,
            handover.DEFAULT_HANDOVER_ITEMS,
            QT_TRANSLATE_NOOP("Settings", "交车检查项目"),
            items=RECORDS,
        ),
        S(
            "delivery.explanation_items",
            list,
            handover.DEFAULT_EXPLANATION_ITEMS,
            QT_TRANSLATE_NOOP("Settings", "交车讲解项目"),
            items=RECORDS,
        ),
        S(
            "delivery.kit_items",
            list,
            handover.DEFAULT_KIT_ITEMS,
            QT_TRANSLATE_NOOP("Settings", "随车物品"),
            items=RECORDS,
        ),
        S(
            "delivery.warranty_years",
            int,
            3,
            QT_TRANSLATE_NOOP("Settings", "整车质保年限（车型未设时）"),
            YEARS,
            1,
            15,
        ),
        S(
            "delivery.warranty_km",
            int,
            100_000,
            QT_TRANSLATE_NOOP("Settings", "整车质保里程（车型未设时）"),
            KM,
            1000,
            1_000_000,
        ),
        S(
            "delivery.insurance_years",
            int,
            1,
            QT_TRANSLATE_NOOP("Settings", "新车保险期限"),
            YEARS,
            1,
            5,
        ),
        S(
            "loyalty.referrals_if_bought",
            int,
            1,
            QT_TRANSLATE_NOOP("Settings", "销售忠诚：本店购车客户的转介绍数"),
            PEOPLE,
            1,
            100,
        ),
        S(
            "loyalty.referrals_if_not_bought",
            int,
            3,
            QT_TRANSLATE_NOOP("Settings", "销售忠诚：未购车客户的转介绍数"),
            PEOPLE,
            1,
            100,
        ),
        S(
            "loyalty.paid_visits",
            int,
            2,
            QT_TRANSLATE_NOOP("Settings", "售后忠诚：一年内付费进厂次数"),
            TIMES,
            1,
            100,
        ),
        S(
            "loyalty.spend_yuan",
            int,
            3000,
            QT_TRANSLATE_NOOP("Settings", "售后忠诚：一年内消费金额"),
            YUAN,
            1,
            10_000_000,
        ),
        S(
            "loyalty.window_days",
            int,
            365,
            QT_TRANSLATE_NOOP("Settings", "忠诚客户统计周期"),
            DAYS,
            30,
            3650,
        ),
        # --- customer value (RFM, value level; app.rules.value) ---------------------------
        S(
            "value.window_days",
            int,
            730,
            QT_TRANSLATE_NOOP("Settings", "RFM 统计周期（频次与金额）"),
            DAYS,
            30,
            3650,
        ),
        S(
            "value.method",
            str,
            "threshold",
            QT_TRANSLATE_NOOP("Settings", "RFM 分档方式（threshold 按门槛，quantile 按五分位）"),
            pattern="threshold|quantile",
        ),
        S(
            "value.recency_cuts_days",
            list,
            [30, 90, 180, 365],
            QT_TRANSLATE_NOOP("Settings", "R 近度门槛：距上次消费不超过（5 分至 2 分）"),
            DAYS,
            1,
            3650,
            items=NUMBERS,
        ),
        S(
            "value.frequency_cuts",
            list,
            [2, 3, 4, 6],
            QT_TRANSLATE_NOOP("Settings", "F 频次门槛：周期内消费次数达到（2 分至 5 分）"),
            TIMES,
            1,
            1000,
            items=NUMBERS,
        ),
        S(
            "value.monetary_cuts_yuan",
            list,
            [1000, 3000, 8000, 20000],
            QT_TRANSLATE_NOOP("Settings", "M 金额门槛：周期内消费金额达到（2 分至 5 分）"),
            YUAN,
            1,
            100_000_000,
            items=NUMBERS,
        ),
        S(
            "value.high_spend_yuan",
            int,
            20000,
            QT_TRANSLATE_NOOP("Settings", "高价值客户：一年内消费金额（企业车队均为高价值）"),
            YUAN,
            1,
            100_000_000,
        ),
        S(
            "value.medium_spend_yuan",
            int,
            3000,
            QT_TRANSLATE_NOOP("Settings", "中价值客户：一年内消费金额"),
            YUAN,
            1,
            100_000_000,
        ),
        S(
            "value.computed_at",
            str,
            "",
            QT_TRANSLATE_NOOP("Settings", "客户价值上次计算时间"),
            internal=True,
        ),
        S(
            "value.quantile_cuts",
            str,
            "",
            QT_TRANSLATE_NOOP("Settings", "上次全量计算得到的五分位门槛"),
            internal=True,
        ),
        # --- reminders (follow-up calendar) ---------------------------------------------
        S(
            "reminders.rules",
            dict,
            {},
            QT_TRANSLATE_NOOP("Settings", "提醒规则"),
            edited_in=QT_TRANSLATE_NOOP("Settings", "回访日历 → 提醒规则"),
        ),
        S(
            "reminders.window_days",
            int,
            14,
            QT_TRANSLATE_NOOP("Settings", "提前生成提醒的天数"),
            DAYS,
            1,
            90,
        ),
        S(
            "reminders.consultant_care_days",
            list,
            [30, 90],
            QT_TRANSLATE_NOOP("Settings", "顾问关怀：购车后第几天"),
            DAYS,
            1,
            365,
            items=NUMBERS,
        ),
        S(
            "reminders.dormant_months",
            list,
            [6, 12, 24],
            QT_TRANSLATE_NOOP("Settings", "不回厂提醒"),
            MONTHS,
            1,
            120,
            items=NUMBERS,
        ),
        S(
            "reminders.greeting_holidays",
            list,
            ["元旦", "春节", "劳动节", "端午节", "中秋节", "国庆节"],
            QT_TRANSLATE_NOOP("Settings", "节日问候的节日"),
            items=TEXT,
        ),
        S(
            "reminders.not_reached_retry_days",
            int,
            1,
            QT_TRANSLATE_NOOP("Settings", "未接通后再次联系"),
            DAYS,
            0,
            30,
        ),
        S(
            "reminders.lookback_days",
            int,
            3,
            QT_TRANSLATE_NOOP("Settings", "首次生成时回看的天数"),
            DAYS,
            0,
            60,
        ),
        S(
            "reminders.seasonal_recent_months",
            int,
            12,
            QT_TRANSLATE_NOOP("Settings", "季节提醒：最近多少个月内到过店的车辆"),
            MONTHS,
            1,
            60,
        ),
        S(
            "reminders.seasons_made",
            dict,
            {},
            QT_TRANSLATE_NOOP("Settings", "季节提醒已生成的季节"),
            internal=True,
        ),
        S(
            "reminders.last_generated_at",
            str,
            "",
            QT_TRANSLATE_NOOP("Settings", "提醒上次生成时间"),
            internal=True,
        ),
        S(
            "reminders.generated_until",
            str,
            "",
            QT_TRANSLATE_NOOP("Settings", "提醒已生成到的日期"),
            internal=True,
        ),
        S(
            "reminders.rows_seen_at",
            str,
            "",
            QT_TRANSLATE_NOOP("Settings", "提醒上次查看数据变动的时间"),
            internal=True,
        ),
        # --- after-sales: mileage and the store's default maintenance plan --------------
        S(
            "service.first_maintenance_km",
            int,
            5000,
            QT_TRANSLATE_NOOP("Settings", "首保里程（车型未设时，自交车起）"),
            KM,
            500,
            100_000,
        ),
        S(
            "service.first_maintenance_months",
            int,
            6,
            QT_TRANSLATE_NOOP("Settings", "首保时间（车型未设时，自交车起）"),
            MONTHS,
            1,
            60,
        ),
        S(
            "service.regular_maintenance_km",
            int,
            10000,
            QT_TRANSLATE_NOOP("Settings", "定保间隔里程（车型未设时）"),
            KM,
            500,
            100_000,
        ),
        S(
            "service.regular_maintenance_months",
            int,
            12,
            QT_TRANSLATE_NOOP("Settings", "定保间隔时间（车型未设时）"),
            MONTHS,
            1,
            60,
        ),
        S(
            "service.long_trip_ratio",
            float,
            1.5,
            QT_TRANSLATE_NOOP("Settings", "长途行驶提示：日均里程超过平时的倍数"),
            RATIO,
            1.0,
            20.0,
        ),
        S(
            "service.absurd_km_per_day",
            int,
            2000,
            QT_TRANSLATE_NOOP("Settings", "里程异常：每天超过此数需确认"),
            KM_PER_DAY,
            100,
            10_000,
        ),
        S(
            "service.long_idle_days",
            int,
            365,
            QT_TRANSLATE_NOOP("Settings", "长期停放提示：距上次到店"),
            DAYS,
            30,
            3650,
        ),
        S(
            "service.due_list_early_days",
            int,
            30,
            QT_TRANSLATE_NOOP("Settings", "月底应到未到：当月前多少天内到过店视为已到"),
            DAYS,
            0,
            180,
        ),
        S(
            "service.order_prefix",
            str,
            "WX",
            QT_TRANSLATE_NOOP("Settings", "维修委托书编号前缀"),
            pattern=PREFIX,
        ),
        # --- service appointments (预约) --------------------------------------------------
        S(
            "appointments.slot_minutes",
            int,
            30,
            QT_TRANSLATE_NOOP("Settings", "预约时段长度"),
            MINUTES,
            10,
            120,
        ),
        S(
            "appointments.default_minutes",
            int,
            60,
            QT_TRANSLATE_NOOP("Settings", "预约默认预计时长"),
            MINUTES,
            10,
            600,
        ),
        S(
            "appointments.advisor_start",
            str,
            "08:30",
            QT_TRANSLATE_NOOP("Settings", "顾问接车开始时间（时:分）"),
            pattern=HH_MM,
        ),
        S(
            "appointments.advisor_end",
            str,
            "17:30",
            QT_TRANSLATE_NOOP("Settings", "顾问下班时间，预约工作须在此前完成（时:分）"),
            pattern=HH_MM,
        ),
        S(
            "appointments.lunch_start",
            str,
            "12:00",
            QT_TRANSLATE_NOOP("Settings", "午休开始（时:分）"),
            pattern=HH_MM,
        ),
        S(
            "appointments.lunch_end",
            str,
            "13:30",
            QT_TRANSLATE_NOOP("Settings", "午休结束（时:分）"),
            pattern=HH_MM,
        ),
        S(
            "appointments.arrivals_per_slot",
            int,
            3,
            QT_TRANSLATE_NOOP("Settings", "每个时段最多接车（工位）"),
            CARS,
            1,
            50,
        ),
        S(
            "appointments.per_advisor_per_slot",
            int,
            1,
            QT_TRANSLATE_NOOP("Settings", "每位顾问每个时段最多接车"),
            CARS,
            1,
            10,
        ),
        S(
            "appointments.technician_hours",
            int,
            32,
            QT_TRANSLATE_NOOP("Settings", "每天可预约的技师工时"),
            HOURS,
            1,
            1000,
        ),
        S(
            "appointments.no_show_grace_minutes",
            int,
            30,
            QT_TRANSLATE_NOOP("Settings", "迟到多久算未按时到店"),
            MINUTES,
            0,
            240,
        ),
        S(
            "appointments.photo_max_mb",
            int,
            5,
            QT_TRANSLATE_NOOP("Settings", "预约照片大小上限"),
            MEGABYTES,
            1,
            50,
        ),
        S(
            "appointments.what_to_bring",
            str,
            "行驶证、保养手册",
            QT_TRANSLATE_NOOP("Settings", "确认预约时提醒客户携带"),
        ),
        # --- complaints -------------------------------------------------------------------
        S(
            "complaints.response_hours",
            int,
            2,
            QT_TRANSLATE_NOOP("Settings", "投诉响应时限"),
            HOURS,
            1,
            240,
        ),
        S(
            "complaints.first_proposal_hours",
            int,
            24,
            QT_TRANSLATE_NOOP("Settings", "投诉初步方案时限"),
            HOURS,
            1,
            720,
        ),
        S(
            "complaints.final_proposal_hours",
            int,
            48,
            QT_TRANSLATE_NOOP("Settings", "投诉最终方案时限"),
            HOURS,
            1,
            720,
        ),
        S(
            "complaints.new_round_hours",
            int,
            24,
            QT_TRANSLATE_NOOP("Settings", "再次方案时限（最终方案不满意或重开后）"),
            HOURS,
            1,
            720,
        ),
        S(
            "complaints.business_hours_only",
            bool,
            False,
            QT_TRANSLATE_NOOP("Settings", "投诉时限只计营业时间"),
        ),
        S(
            "complaints.amber_fraction",
            float,
            0.25,
            QT_TRANSLATE_NOOP("Settings", "剩余时间少于该比例时黄色提醒"),
            FRACTION,
            0.01,
            0.99,
        ),
        S(
            "complaints.case_prefix",
            str,
            "TS",
            QT_TRANSLATE_NOOP("Settings", "投诉单号前缀"),
            pattern=PREFIX,
        ),
        S(
            "complaints.classes",
            list,
            complaint_rules.DEFAULT_CLASSES,
            QT_TRANSLATE_NOOP("Settings", "投诉类别"),
            items=RECORDS,
        ),
        S(
            "complaints.causes",
            dict,
            complaint_rules.DEFAULT_CAUSES,
            QT_TRANSLATE_NOOP("Settings", "各类别投诉原因"),
            items=TEXT_LISTS,
        ),
        S(
            "complaints.severity_levels",
            list,
            complaint_rules.DEFAULT_SEVERITIES,
            QT_TRANSLATE_NOOP("Settings", "严重程度"),
            items=RECORDS,
        ),
        S(
            "complaints.departments",
            list,
            complaint_rules.DEFAULT_DEPARTMENTS,
            QT_TRANSLATE_NOOP("Settings", "责任部门"),
            items=TEXT,
        ),
        # --- backups, sign-in, search -----------------------------------------------------
        S(
            "backup.every_hours",
            int,
            3,
            QT_TRANSLATE_NOOP("Settings", "自动备份间隔"),
            HOURS,
            1,
            24,
        ),
        S(
            "backup.min_minutes_between",
            int,
            30,
            QT_TRANSLATE_NOOP("Settings", "两次备份最短间隔"),
            MINUTES,
            5,
            1440,
        ),
        S("backup.keep_days", int, 7, QT_TRANSLATE_NOOP("Settings", "保留每日备份"), DAYS, 1, 365),
        S(
            "backup.keep_weeks",
            int,
            5,
            QT_TRANSLATE_NOOP("Settings", "保留每周备份"),
            WEEKS,
            0,
            104,
        ),
        S(
            "backup.keep_months",
            int,
            12,
            QT_TRANSLATE_NOOP("Settings", "保留每月备份"),
            MONTHS,
            0,
            120,
        ),
        S(
            "auth.max_failed_sign_ins",
            int,
            5,
            QT_TRANSLATE_NOOP("Settings", "连续登录失败几次后锁定"),
            TIMES,
            3,
            20,
        ),
        S(
            "auth.lockout_minutes",
            int,
            15,
            QT_TRANSLATE_NOOP("Settings", "锁定时长"),
            MINUTES,
            1,
            1440,
        ),
        S(
            "auth.min_password_length",
            int,
            8,
            QT_TRANSLATE_NOOP("Settings", "密码最短长度"),
            CHARACTERS,
            8,
            64,
        ),
        S(
            "search.default_limit",
            int,
            50,
            QT_TRANSLATE_NOOP("Settings", "搜索结果条数"),
            ROWS,
            10,
            500,
        ),
        S(
            "board.window_days",
            int,
            30,
            QT_TRANSLATE_NOOP("Settings", "经营看板统计天数"),
            DAYS,
            7,
            92,
        ),
        S(
            "board.next_due_days",
            int,
            30,
            QT_TRANSLATE_NOOP("Settings", "经营看板：未来几天内到期保养"),
            DAYS,
            1,
            92,
        ),
    ]
}
del S


def spec(key: str) -> SettingSpec:
    try:
        return SPECS[key]
    except KeyError:
        raise KeyError(f"undeclared setting {key!r}") from None


def shown() -> list[SettingSpec]:
    """The settings people edit, grouped in the screen's order (internal ones left out)."""
    order = list(GROUP_LABELS)
    editable = [s for s in SPECS.values() if not s.internal]
    return sorted(editable, key=lambda s: order.index(s.group) if s.group in order else len(order))


def _of_type(declared: SettingSpec, value: Any) -> bool:
    """A bool is not an int here (isinstance would say it is)."""
    if declared.type is int and isinstance(value, bool):
        return False
    return isinstance(value, declared.type)


def validate(declared: SettingSpec, value: Any) -> Any:
    """`value` cleaned (text trimmed), if the setting may take it; else a ValidationError
    that names the setting in Chinese."""
    if declared.type is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not _of_type(declared, value):
        raise _invalid(declared, QT_TRANSLATE_NOOP("Errors", "“{label}”的值类型不正确。"))
    if declared.type in (int, float):
        return _within_bounds(declared, value)
    if declared.type is str:
        return _checked_text(declared, value)
    if declared.type is list:
        return _checked_list(declared, value)
    if declared.type is dict and declared.items == TEXT_LISTS:
        return {str(k): _checked_texts(declared, v) for k, v in value.items()}
    return value


def _invalid(declared: SettingSpec, template: str, **params: object) -> ValidationError:
    """`template` names the setting as {label} (its label, translated with the window)."""
    return ValidationError(declared.key, template, label=term("Settings", declared.label), **params)


def _within_bounds(declared: SettingSpec, value: float) -> float:
    low, high = declared.minimum, declared.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        raise _invalid(
            declared,
            QT_TRANSLATE_NOOP("Errors", "“{label}”应在 {low:g} 到 {high:g}{unit} 之间。"),
            low=low,
            high=high,
            unit=term("Settings", declared.unit),
        )
    return value


def _checked_text(declared: SettingSpec, value: str) -> str:
    value = value.strip()
    if len(value) > 200:
        raise _invalid(declared, QT_TRANSLATE_NOOP("Errors", "“{label}”太长了（最多 200 字）。"))
    if declared.pattern and not re.fullmatch(declared.pattern, value):
        raise _invalid(
            declared,
            QT_TRANSLATE_NOOP("Errors", "“{label}”格式不对，例如“{example}”。"),
            example=declared.default,
        )
    return value


def _checked_list(declared: SettingSpec, value: list) -> list:
    if declared.items == NUMBERS:
        return [_checked_number_item(declared, v) for v in value]
    if declared.items == DATES:
        return [_checked_date(declared, v) for v in value]
    if declared.items == RECORDS:
        return _checked_records(declared, value)
    return _checked_texts(declared, value)


def _checked_number_item(declared: SettingSpec, value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _invalid(declared, QT_TRANSLATE_NOOP("Errors", "“{label}”每一项都应是整数。"))
    return int(_within_bounds(declared, value))


def _checked_date(declared: SettingSpec, value: Any) -> str:
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise _invalid(
            declared,
            QT_TRANSLATE_NOOP("Errors", "“{label}”中的“{value}”不是日期（应为 2026-10-01 这样）。"),
            value=value,
        ) from None


def _checked_texts(declared: SettingSpec, values: Any) -> list[str]:
    if not isinstance(values, list):
        raise _invalid(declared, QT_TRANSLATE_NOOP("Errors", "“{label}”的值类型不正确。"))
    cleaned = [str(v).strip() for v in values if str(v).strip()]
    if len(set(cleaned)) != len(cleaned):
        raise _invalid(declared, QT_TRANSLATE_NOOP("Errors", "“{label}”中有重复的项。"))
    return cleaned


def record_fields(declared: SettingSpec) -> dict[str, type]:
    """A list of records' fields and their types, as its default has them."""
    fields: dict[str, type] = {}
    for record in declared.default:
        for name, value in record.items():
            if value is not None or name not in fields:
                fields[name] = type(value) if value is not None else fields.get(name, int)
    return fields


def blank_value(kind: type) -> Any:
    """What a record's field holds when left out: no, no number, no text."""
    return False if kind is bool else None if kind is int else ""


def completed_record(fields: dict[str, type], record: dict) -> dict:
    """A record with every field: one its default items do not all have (e.g. a checklist
    item's new_energy_only) filled with its blank value."""
    return {name: record.get(name, blank_value(kind)) for name, kind in fields.items()}


def _checked_records(declared: SettingSpec, records: list) -> list[dict]:
    fields = record_fields(declared)
    cleaned = [_checked_record(declared, fields, r) for r in records]
    if not cleaned:
        raise _invalid(declared, QT_TRANSLATE_NOOP("Errors", "“{label}”至少要有一项。"))
    key = next((k for k in ("code", "level", "label") if k in fields), None)
    keys = [r[key] for r in cleaned] if key else []
    if len(set(keys)) != len(keys):
        raise _invalid(declared, QT_TRANSLATE_NOOP("Errors", "“{label}”中有重复的项。"))
    return cleaned


def _checked_record(declared: SettingSpec, fields: dict[str, type], record: Any) -> dict:
    if not isinstance(record, dict) or not set(record) <= set(fields):
        raise _invalid(declared, QT_TRANSLATE_NOOP("Errors", "“{label}”的值类型不正确。"))
    record = completed_record(fields, record)
    for name, kind in fields.items():
        value = record[name]
        if value is None and kind is int:
            continue
        if kind is str and (
            not isinstance(value, str) or (name in ("code", "label") and not value.strip())
        ):
            raise _invalid(declared, QT_TRANSLATE_NOOP("Errors", "“{label}”中每一项都要填写名称。"))
        if kind is not str and (type(value) is not kind or (isinstance(value, int) and value < 0)):
            raise _invalid(
                declared, QT_TRANSLATE_NOOP("Errors", "“{label}”中的数字应为不小于 0 的整数。")
            )
    return {name: record[name].strip() if fields[name] is str else record[name] for name in fields}


def get(session: Session, key: str) -> Any:
    declared = spec(key)
    row = session.scalar(select(SettingValue).where(SettingValue.key == key))
    # A copy: a caller changing the list it got must not change the declared default.
    return copy.deepcopy(declared.default) if row is None else json.loads(row.value_json)


def put(session: Session, key: str, value: Any) -> None:
    declared = spec(key)
    if not isinstance(value, declared.type):
        raise ValidationError(
            key,
            QT_TRANSLATE_NOOP("Errors", "设置“{label}”的值类型不正确。"),
            label=term("Settings", declared.label),
        )
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
