"""The handover (交车) as data: the checklist sections and their default items, the
dates a delivered car gets (warranty, insurance), and the follow-ups a handover makes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP, terms
from . import vehicle_dates
from .reminders import ReminderRule
from .tasks import TaskDraft, render_template

CALLBACK = vehicle_dates.HANDOVER_CALLBACK
CONSULTANT_CARE = vehicle_dates.CONSULTANT_CARE
HANDOVER_RULE_KEYS = (
    vehicle_dates.HANDOVER_CALLBACK,
    vehicle_dates.CARE_CALL,
    vehicle_dates.CONSULTANT_CARE,
    vehicle_dates.FIRST_MAINTENANCE,
)

PDI = "pdi"
HANDOVER = "handover"
EXPLAINED = "explained"
KIT = "kit"

SECTIONS = (PDI, HANDOVER, EXPLAINED, KIT)
SECTION_TITLES = {
    PDI: QT_TRANSLATE_NOOP("Sales", "PDI 交车前检查"),
    HANDOVER: QT_TRANSLATE_NOOP("Sales", "交车检查"),
    EXPLAINED: QT_TRANSLATE_NOOP("Sales", "功能与事项讲解"),
    KIT: QT_TRANSLATE_NOOP("Sales", "随车物品"),
}
SECTION_SETTINGS = {
    PDI: "delivery.pdi_items",
    HANDOVER: "delivery.handover_items",
    EXPLAINED: "delivery.explanation_items",
    KIT: "delivery.kit_items",
}


def _items(*labels: str) -> list[dict]:
    return [{"label": label} for label in labels]


DEFAULT_PDI_ITEMS = _items(
    QT_TRANSLATE_NOOP("Sales", "车身漆面无划痕、凹陷"),
    QT_TRANSLATE_NOOP("Sales", "轮胎、胎压与备胎"),
    QT_TRANSLATE_NOOP("Sales", "机油、冷却液、制动液、玻璃水液位"),
    QT_TRANSLATE_NOOP("Sales", "蓄电池电量与电气设备"),
    QT_TRANSLATE_NOOP("Sales", "灯光与仪表警示灯"),
    QT_TRANSLATE_NOOP("Sales", "路试：制动、转向、异响"),
    QT_TRANSLATE_NOOP("Sales", "车辆清洁（内外）"),
)
DEFAULT_HANDOVER_ITEMS = _items(
    QT_TRANSLATE_NOOP("Sales", "外观：漆面、玻璃、轮毂完好"),
    QT_TRANSLATE_NOOP("Sales", "内饰：座椅、地毯、顶棚整洁无损"),
    QT_TRANSLATE_NOOP("Sales", "随车文件：合格证、发票、一致性证书"),
    QT_TRANSLATE_NOOP("Sales", "钥匙：数量与遥控功能"),
    QT_TRANSLATE_NOOP("Sales", "随车工具：千斤顶、三角警示牌、拖车钩"),
)
DEFAULT_EXPLANATION_ITEMS = [
    *_items(
        QT_TRANSLATE_NOOP("Sales", "灯光操作"),
        QT_TRANSLATE_NOOP("Sales", "雨刮与洗涤"),
        QT_TRANSLATE_NOOP("Sales", "多媒体与导航"),
        QT_TRANSLATE_NOOP("Sales", "驾驶辅助功能"),
    ),
    {"label": QT_TRANSLATE_NOOP("Sales", "充电方法与充电设备"), "new_energy_only": True},
    *_items(
        QT_TRANSLATE_NOOP("Sales", "保养周期（首保时间与里程）"),
        QT_TRANSLATE_NOOP("Sales", "质保条款"),
        QT_TRANSLATE_NOOP("Sales", "售后服务流程与预约方式"),
        QT_TRANSLATE_NOOP("Sales", "紧急联系方式（救援电话、顾问电话）"),
    ),
]
DEFAULT_KIT_ITEMS = _items(
    QT_TRANSLATE_NOOP("Sales", "用户手册"),
    QT_TRANSLATE_NOOP("Sales", "保修手册"),
    QT_TRANSLATE_NOOP("Sales", "随车工具"),
    QT_TRANSLATE_NOOP("Sales", "车钥匙"),
)


def section_order(section: str) -> int:
    return SECTIONS.index(section) if section in SECTIONS else len(SECTIONS)


@dataclass(frozen=True)
class ChecklistDraft:
    section: str
    position: int
    label: str


def checklist(items_by_section: dict[str, list[dict]], is_new_energy: bool) -> list[ChecklistDraft]:
    """The checklist for one car: every section's items in order; items meant for
    new-energy cars only (charging) are left out for a fuel car."""
    drafts: list[ChecklistDraft] = []
    for section in SECTIONS:
        wanted = [
            item["label"]
            for item in items_by_section.get(section, [])
            if is_new_energy or not item.get("new_energy_only")
        ]
        drafts += [ChecklistDraft(section, n, label) for n, label in enumerate(wanted, 1)]
    return drafts


def last_day_covered(start: date, years: int) -> date:
    """A cover of N years from `start` ends the day before the anniversary
    (a 29 February start has its anniversary on 1 March)."""
    try:
        anniversary = start.replace(year=start.year + years)
    except ValueError:
        anniversary = date(start.year + years, 3, 1)
    return anniversary - timedelta(days=1)


@dataclass(frozen=True)
class HandoverRules:
    """The reminder rules a handover fires (by key), and the numbers they need."""

    rules: dict[str, ReminderRule]
    consultant_care_days: tuple[int, ...]
    first_maintenance_months: int
    first_maintenance_km: int


@dataclass(frozen=True)
class HandoverFacts:
    vehicle_id: int
    delivered_at: datetime
    values: dict[str, str]  # template placeholders: 姓名, 车型, 车牌, 顾问


def handover_tasks(facts: HandoverFacts, rules: HandoverRules) -> list[TaskDraft]:
    """The 24h callback, the 15-day care call, the consultant's care calls and the
    first-maintenance reminder (months or km, whichever first). Keys are those of the
    vehicle-date rules (vehicle + delivery day), so the daily reminder run and a
    repeated handover never make them twice."""
    day = facts.delivered_at.date()
    drafts = vehicle_dates.handover_drafts(
        rules.rules, facts.vehicle_id, day, list(rules.consultant_care_days)
    )
    first = rules.rules[vehicle_dates.FIRST_MAINTENANCE]
    # A new car has no mileage history yet: the months decide until readings come in.
    due = vehicle_dates.next_maintenance(
        day, rules.first_maintenance_km, rules.first_maintenance_months, None
    )
    drafts.append(vehicle_dates.maintenance_draft(first, facts.vehicle_id, day, due, day))
    return [
        _finished(d, rules.rules[d.kind], facts, due) for d in drafts if rules.rules[d.kind].enabled
    ]


def _finished(draft: TaskDraft, rule: ReminderRule, facts: HandoverFacts, due: date) -> TaskDraft:
    """Fill in the message; the 24h callback is due to the hour."""
    when = due if draft.kind == vehicle_dates.FIRST_MAINTENANCE else draft.due_date
    message = render_template(rule.template, {**facts.values, "日期": when.isoformat()})
    due_at = facts.delivered_at + timedelta(hours=24) if draft.kind == CALLBACK else None
    return draft._replace(message=message, due_at=due_at or draft.due_at)


@dataclass(frozen=True)
class ItemState:
    label: str
    checked: bool
    remarks: str | None


def unexplained(items: list[ItemState]) -> list[str]:
    """Items neither ticked nor explained in a remark: the handover waits for them."""
    return [item.label for item in items if not item.checked and not item.remarks]


def unexplained_refusal(labels: list[str]) -> UserError:
    """The first three items by name (a checklist item is marked under "Sales")."""
    template = (
        QT_TRANSLATE_NOOP(
            "Errors", "还有 {count} 项未勾选（{items}等），请勾选或在备注中说明原因。"
        )
        if len(labels) > 3
        else QT_TRANSLATE_NOOP(
            "Errors", "还有 {count} 项未勾选（{items}），请勾选或在备注中说明原因。"
        )
    )
    return UserError(template, count=len(labels), items=terms("Sales", labels[:3]))
