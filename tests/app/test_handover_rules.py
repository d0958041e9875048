"""Pure handover and order rules: the checklist, cover dates, the tasks, the state table."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.errors import UserError, ValidationError
from app.models import OrderStatus
from app.rules import handover, orders
from app.rules.reminders import DEFAULT_RULES

DELIVERED = datetime(2026, 11, 23, 15, 0)
LISTS = {
    handover.PDI: [{"label": "漆面"}],
    handover.HANDOVER: [{"label": "钥匙"}],
    handover.EXPLAINED: [{"label": "灯光"}, {"label": "充电", "new_energy_only": True}],
    handover.KIT: [{"label": "用户手册"}],
}


def rules(**changes) -> handover.HandoverRules:
    fields = {
        "rules": {key: DEFAULT_RULES[key] for key in handover.HANDOVER_RULE_KEYS},
        "consultant_care_days": (30, 90),
        "first_maintenance_months": 6,
        "first_maintenance_km": 5000,
    }
    return handover.HandoverRules(**{**fields, **changes})


FACTS = handover.HandoverFacts(
    7, DELIVERED, {"姓名": "王芳", "车型": "星越L", "车牌": "", "顾问": "李"}
)


def test_checklist_orders_sections_and_skips_charging_for_fuel_cars() -> None:
    fuel = handover.checklist(LISTS, is_new_energy=False)
    assert [(d.section, d.position, d.label) for d in fuel] == [
        ("pdi", 1, "漆面"),
        ("handover", 1, "钥匙"),
        ("explained", 1, "灯光"),
        ("kit", 1, "用户手册"),
    ]
    electric = handover.checklist(LISTS, is_new_energy=True)
    assert [d.label for d in electric if d.section == "explained"] == ["灯光", "充电"]


@pytest.mark.parametrize(
    ("start", "years", "last"),
    [
        (date(2026, 11, 23), 3, date(2029, 11, 22)),
        (date(2028, 2, 29), 1, date(2029, 2, 28)),  # anniversary 1 March: no 29 Feb in 2029
        (date(2026, 1, 1), 1, date(2026, 12, 31)),
    ],
)
def test_cover_ends_the_day_before_the_anniversary(start: date, years: int, last: date) -> None:
    assert handover.last_day_covered(start, years) == last


def test_handover_tasks_and_their_due_dates() -> None:
    made = {(t.kind, t.due_date) for t in handover.handover_tasks(FACTS, rules())}
    assert made == {
        ("handover_callback_24h", date(2026, 11, 24)),
        ("care_call_15d", date(2026, 12, 8)),
        ("consultant_care", date(2026, 12, 23)),
        ("consultant_care", date(2027, 2, 21)),
        ("first_maintenance", date(2027, 5, 16)),
    }


def test_keys_are_per_vehicle_and_delivery_day_and_messages_filled() -> None:
    tasks = handover.handover_tasks(FACTS, rules())
    assert len({t.dedupe_key for t in tasks}) == len(tasks)
    assert all(":vehicle:7:" in t.dedupe_key for t in tasks)
    first = next(t for t in tasks if t.kind == "first_maintenance")
    assert "2027-05-23" in first.message  # the due date itself, not the reminder's
    assert "{" not in "".join(t.message for t in tasks)


def test_a_disabled_rule_makes_nothing() -> None:
    quiet = dict(rules().rules)
    quiet["care_call_15d"] = replace(quiet["care_call_15d"], enabled=False)
    kinds = [t.kind for t in handover.handover_tasks(FACTS, rules(rules=quiet))]
    assert "care_call_15d" not in kinds and "handover_callback_24h" in kinds


def test_unexplained_items_hold_the_handover() -> None:
    items = [
        handover.ItemState("漆面", True, None),
        handover.ItemState("备胎", False, "三日内补送"),
        handover.ItemState("钥匙", False, None),
    ]
    assert handover.unexplained(items) == ["钥匙"]
    assert str(handover.unexplained_refusal(["a", "b", "c", "d"])) == (
        "还有 4 项未勾选（a、b、c等），请勾选或在备注中说明原因。"
    )


ALLOWED = {
    ("open", "allocated"),
    ("open", "cancelled"),
    ("allocated", "delivered"),
    ("allocated", "cancelled"),
}


@pytest.mark.parametrize("current", [s.value for s in OrderStatus])
@pytest.mark.parametrize("target", list(OrderStatus))
def test_order_state_table(current: str, target: OrderStatus) -> None:
    if (current, target.value) in ALLOWED:
        orders.check_transition(current, target)
    else:
        with pytest.raises(UserError, match="不能变更为"):
            orders.check_transition(current, target)


def test_loss_reason_wording() -> None:
    reasons = orders.loss_reasons_from_setting(orders.DEFAULT_LOSS_REASONS)
    assert orders.describe_loss(reasons, "financing", None) == "贷款未获批"
    assert orders.describe_loss(reasons, "other", "家人反对") == "其他：家人反对"
    with pytest.raises(ValidationError, match="品牌与车型"):
        orders.describe_loss(reasons, "competitor", None)


def test_a_hand_edited_reason_list_keeps_what_it_can() -> None:
    raw = [{"code": "price", "label": "价格因素", "colour": "red"}, {"label": "无代码"}, "其他"]
    assert orders.loss_reasons_from_setting(raw) == [orders.LossReason("price", "价格因素")]
