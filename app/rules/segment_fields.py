"""The fields a segment (客户筛选) filters on: their names (English and Chinese), kinds and,
for the closed vocabularies, the stored values with their Chinese labels. Pure data; the
parser (app.rules.segments) reads it, the service compiles it (app.services.segments)."""

from __future__ import annotations

import typing
from dataclasses import dataclass, field
from enum import StrEnum

from ..i18n import QT_TRANSLATE_NOOP
from ..models.enums import ConsentKind, CustomerStage, Gender, OwnerType
from .value import RFM_SEGMENT_LABELS, VALUE_LEVEL_LABELS

SEGMENTS = "Segments"  # the context of the field labels


class Kind(StrEnum):
    ENUM = "enum"  # one of `choices`
    TEXT = "text"  # free text, compared whole
    NUMBER = "number"
    DATE = "date"
    YES_NO = "yes_no"


class Where(StrEnum):
    PERSON = "person"  # a column of the customer
    VALUE = "value"  # the customer's computed value (customer_values)
    CONSENT = "consent"  # the customer's consents
    CAR = "car"  # "owns a car with …"


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # marked QT_TRANSLATE_NOOP("Segments", …)
    kind: Kind
    where: Where
    aliases: tuple[str, ...] = ()
    choices: dict[str, str] = field(default_factory=dict)  # stored value -> Chinese label

    @property
    def operators(self) -> tuple[str, ...]:
        return OPERATORS[self.kind]


EQUALITY = ("=", "!=", "in")
ORDERED = ("=", "!=", "<", "<=", ">", ">=")
OPERATORS = {
    Kind.ENUM: EQUALITY,
    Kind.TEXT: EQUALITY,
    Kind.NUMBER: (*ORDERED, "in"),
    Kind.DATE: ORDERED,
    Kind.YES_NO: ("=", "!="),
}

GENDERS = {
    Gender.FEMALE: QT_TRANSLATE_NOOP("Segments", "女"),
    Gender.MALE: QT_TRANSLATE_NOOP("Segments", "男"),
    Gender.UNKNOWN: QT_TRANSLATE_NOOP("Segments", "未知"),
}
STAGES = {
    CustomerStage.PROSPECT: QT_TRANSLATE_NOOP("Segments", "潜在客户"),
    CustomerStage.DEAL: QT_TRANSLATE_NOOP("Segments", "成交客户"),
    CustomerStage.LOST: QT_TRANSLATE_NOOP("Segments", "战败客户"),
}
OWNER_TYPES = {
    OwnerType.PRIVATE: QT_TRANSLATE_NOOP("Segments", "私家车主"),
    OwnerType.FLEET: QT_TRANSLATE_NOOP("Segments", "企业车队"),
    OwnerType.USED_CAR_DEALER: QT_TRANSLATE_NOOP("Segments", "二手车商"),
}
CONSENTS = {
    ConsentKind.MARKETING: QT_TRANSLATE_NOOP("Segments", "营销"),
    ConsentKind.GREETINGS: QT_TRANSLATE_NOOP("Segments", "节日问候"),
    ConsentKind.SERVICE: QT_TRANSLATE_NOOP("Segments", "服务提醒"),
}
LOYALTY = {
    "sales": QT_TRANSLATE_NOOP("Segments", "销售忠诚"),
    "after_sales": QT_TRANSLATE_NOOP("Segments", "售后忠诚"),
}
YES_NO = {"yes": QT_TRANSLATE_NOOP("Segments", "是"), "no": QT_TRANSLATE_NOOP("Segments", "否")}


def _choices(labels: dict[typing.Any, str]) -> dict[str, str]:
    return {str(value): label for value, label in labels.items()}


FIELDS: tuple[Field, ...] = (
    Field("gender", QT_TRANSLATE_NOOP("Segments", "性别"), Kind.ENUM, Where.PERSON,
          choices=_choices(GENDERS)),
    Field("age", QT_TRANSLATE_NOOP("Segments", "年龄"), Kind.NUMBER, Where.PERSON),
    Field("district", QT_TRANSLATE_NOOP("Segments", "区域"), Kind.TEXT, Where.PERSON, ("区县",)),
    Field("occupation", QT_TRANSLATE_NOOP("Segments", "职业"), Kind.TEXT, Where.PERSON),
    Field("source", QT_TRANSLATE_NOOP("Segments", "来源"), Kind.TEXT, Where.PERSON, ("来源渠道",)),
    Field("stage", QT_TRANSLATE_NOOP("Segments", "客户类别"), Kind.ENUM, Where.PERSON,
          choices=_choices(STAGES)),
    Field("owner_type", QT_TRANSLATE_NOOP("Segments", "车主类型"), Kind.ENUM, Where.PERSON,
          choices=_choices(OWNER_TYPES)),
    Field("loyalty", QT_TRANSLATE_NOOP("Segments", "忠诚度"), Kind.ENUM, Where.PERSON,
          ("忠诚",), choices=LOYALTY),
    Field("last_visit", QT_TRANSLATE_NOOP("Segments", "最近到店"), Kind.DATE, Where.PERSON),
    Field("days_away", QT_TRANSLATE_NOOP("Segments", "未到店天数"), Kind.NUMBER, Where.PERSON),
    Field("rfm", QT_TRANSLATE_NOOP("Segments", "RFM分层"), Kind.ENUM, Where.VALUE, ("RFM",),
          choices=_choices(RFM_SEGMENT_LABELS)),
    Field("value", QT_TRANSLATE_NOOP("Segments", "价值等级"), Kind.ENUM, Where.VALUE, ("价值",),
          choices=_choices(VALUE_LEVEL_LABELS)),
    Field("high_value", QT_TRANSLATE_NOOP("Segments", "高价值客户"), Kind.YES_NO, Where.VALUE,
          choices=YES_NO),
    Field("spend", QT_TRANSLATE_NOOP("Segments", "年消费"), Kind.NUMBER, Where.VALUE),
    Field("consent", QT_TRANSLATE_NOOP("Segments", "同意接收"), Kind.ENUM, Where.CONSENT,
          ("同意",), choices=_choices(CONSENTS)),
    Field("brand", QT_TRANSLATE_NOOP("Segments", "品牌"), Kind.TEXT, Where.CAR),
    Field("model", QT_TRANSLATE_NOOP("Segments", "车型"), Kind.TEXT, Where.CAR, ("车系",)),
    Field("new_energy", QT_TRANSLATE_NOOP("Segments", "新能源"), Kind.YES_NO, Where.CAR,
          choices=YES_NO),
    Field("colour", QT_TRANSLATE_NOOP("Segments", "颜色"), Kind.TEXT, Where.CAR, ("color",)),
    Field("purchase_year", QT_TRANSLATE_NOOP("Segments", "购车年份"), Kind.NUMBER, Where.CAR),
    Field("km", QT_TRANSLATE_NOOP("Segments", "里程"), Kind.NUMBER, Where.CAR, ("公里数",)),
    Field("warranty_end", QT_TRANSLATE_NOOP("Segments", "保修到期"), Kind.DATE, Where.CAR),
    Field("insurance_expiry", QT_TRANSLATE_NOOP("Segments", "保险到期"), Kind.DATE, Where.CAR),
    Field("inspection_due", QT_TRANSLATE_NOOP("Segments", "年检到期"), Kind.DATE, Where.CAR),
)  # fmt: skip


def _names() -> dict[str, Field]:
    names: dict[str, Field] = {}
    for f in FIELDS:
        for name in (f.key, f.label, *f.aliases):
            names[name.lower()] = f
    return names


FIELD_NAMES = _names()


def field_named(name: str) -> Field | None:
    return FIELD_NAMES.get(name.lower())
