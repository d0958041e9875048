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
        SettingSpec(
            "reception.departure_sms_template",
            str,
            "{姓名}您好，感谢您今天光临本店，路上注意安全。如有任何问题，欢迎随时联系{顾问}。",
            "离店关怀短信模板",
        ),
        SettingSpec("search.default_limit", int, 50, "搜索结果条数"),
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
