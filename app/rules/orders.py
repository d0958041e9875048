"""Sales orders as data: the states an order may move between, the value-added
services it carries, and why a prospect was lost (战败)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from ..errors import UserError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP, term
from ..models import OrderStatus, Progress
from .prospects import PROSPECT_KINDS

STATUS_LABELS = {
    OrderStatus.OPEN: QT_TRANSLATE_NOOP("Sales", "已签约"),
    OrderStatus.ALLOCATED: QT_TRANSLATE_NOOP("Sales", "已配车"),
    OrderStatus.DELIVERED: QT_TRANSLATE_NOOP("Sales", "已交车"),
    OrderStatus.CANCELLED: QT_TRANSLATE_NOOP("Sales", "已取消"),
}

# Where an order may go from each state; anything else is refused.
TRANSITIONS: dict[OrderStatus, frozenset[OrderStatus]] = {
    OrderStatus.OPEN: frozenset({OrderStatus.ALLOCATED, OrderStatus.CANCELLED}),
    OrderStatus.ALLOCATED: frozenset({OrderStatus.DELIVERED, OrderStatus.CANCELLED}),
    OrderStatus.DELIVERED: frozenset(),
    OrderStatus.CANCELLED: frozenset(),
}

PROGRESS_LABELS = {
    Progress.NOT_STARTED: QT_TRANSLATE_NOOP("Sales", "未开始"),
    Progress.IN_PROGRESS: QT_TRANSLATE_NOOP("Sales", "办理中"),
    Progress.DONE: QT_TRANSLATE_NOOP("Sales", "已完成"),
}

DEFAULT_ORDER_SERVICES = [
    {"code": "insurance", "label": QT_TRANSLATE_NOOP("Sales", "保险")},
    {"code": "plates", "label": QT_TRANSLATE_NOOP("Sales", "上牌")},
    {"code": "loan", "label": QT_TRANSLATE_NOOP("Sales", "贷款")},
    {"code": "accessories", "label": QT_TRANSLATE_NOOP("Sales", "精品加装")},
]

# `needs_text`: the reason is not complete without words (which competitor, what else).
DEFAULT_LOSS_REASONS = [
    {
        "code": "competitor",
        "label": QT_TRANSLATE_NOOP("Sales", "购买竞品"),
        "needs_text": True,
        "hint": QT_TRANSLATE_NOOP("Sales", "品牌与车型"),
    },
    {
        "code": "price",
        "label": QT_TRANSLATE_NOOP("Sales", "价格因素"),
        "needs_text": False,
        "hint": "",
    },
    {
        "code": "financing",
        "label": QT_TRANSLATE_NOOP("Sales", "贷款未获批"),
        "needs_text": False,
        "hint": "",
    },
    {
        "code": "postponed",
        "label": QT_TRANSLATE_NOOP("Sales", "无限期推迟购车"),
        "needs_text": False,
        "hint": "",
    },
    {
        "code": "other",
        "label": QT_TRANSLATE_NOOP("Sales", "其他"),
        "needs_text": True,
        "hint": QT_TRANSLATE_NOOP("Sales", "请说明原因"),
    },
]

# Follow-ups that only make sense while someone is still deciding: stopped by a deal
# or a loss (the list is the prospect rules' own).
PROSPECT_TASK_KINDS = PROSPECT_KINDS


@dataclass(frozen=True)
class LossReason:
    code: str
    label: str
    needs_text: bool = False
    hint: str = ""


def loss_reasons_from_setting(raw: list[dict]) -> list[LossReason]:
    """The store's list; entries without a code and label are skipped, unknown keys ignored."""
    known = {f.name for f in fields(LossReason)}
    return [
        LossReason(**{k: v for k, v in entry.items() if k in known})
        for entry in raw
        if isinstance(entry, dict) and entry.get("code") and entry.get("label")
    ]


def describe_loss(reasons: list[LossReason], code: str, text: str | None) -> str:
    """The loss reason as kept on the customer, e.g. "购买竞品：比亚迪 汉"."""
    reason = next((r for r in reasons if r.code == code), None)
    if reason is None:
        raise ValidationError(
            "loss_reason", QT_TRANSLATE_NOOP("Errors", "请从列表中选择战败原因。")
        )
    if reason.needs_text and not text:
        raise ValidationError(
            "loss_text",
            QT_TRANSLATE_NOOP("Errors", "战败原因“{label}”需要填写{hint}。"),
            label=term("Sales", reason.label),
            hint=term("Sales", reason.hint),
        )
    return f"{reason.label}：{text}" if text else reason.label


def check_transition(current: str, target: OrderStatus) -> None:
    """Refuse a move the order's state does not allow, saying why in words."""
    state = OrderStatus(current)
    if target not in TRANSITIONS[state]:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "订单当前状态为“{current}”，不能变更为“{target}”。"),
            current=term("Sales", STATUS_LABELS[state]),
            target=term("Sales", STATUS_LABELS[target]),
        )


def service_label(services: list[dict], code: str) -> str:
    return next((s["label"] for s in services if s["code"] == code), code)
