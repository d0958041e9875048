"""Complaint rules: vocabularies, the state machine as data, deadlines and urgency.

A complaint is a promise with a clock: respond within 2 hours, a first proposal
within 24, a final one within 48 (all settings), counted from the received time.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP, term
from ..models.enums import ComplaintStatus
from .complaints_clock import DeadlineClock

HOUR = 3600.0

CHANNELS = {
    "phone": QT_TRANSLATE_NOOP("Complaints", "电话"),
    "email": QT_TRANSLATE_NOOP("Complaints", "电子邮件"),
    "online": QT_TRANSLATE_NOOP("Complaints", "网络"),
    "in_person": QT_TRANSLATE_NOOP("Complaints", "到店"),
    "survey": QT_TRANSLATE_NOOP("Complaints", "回访调查"),
}

DEFAULT_CLASSES = [
    {"code": "product_quality", "label": QT_TRANSLATE_NOOP("Complaints", "产品质量")},
    {"code": "after_sales_service", "label": QT_TRANSLATE_NOOP("Complaints", "售后服务")},
    {"code": "sales_service", "label": QT_TRANSLATE_NOOP("Complaints", "销售服务")},
    {"code": "price", "label": QT_TRANSLATE_NOOP("Complaints", "价格")},
    {"code": "other", "label": QT_TRANSLATE_NOOP("Complaints", "其他")},
]

DEFAULT_CAUSES = {
    "product_quality": [
        QT_TRANSLATE_NOOP("Complaints", "异响"),
        QT_TRANSLATE_NOOP("Complaints", "漏油/漏水"),
        QT_TRANSLATE_NOOP("Complaints", "电气故障"),
        QT_TRANSLATE_NOOP("Complaints", "动力/变速箱"),
        QT_TRANSLATE_NOOP("Complaints", "车身/漆面"),
        QT_TRANSLATE_NOOP("Complaints", "其他质量问题"),
    ],
    "after_sales_service": [
        QT_TRANSLATE_NOOP("Complaints", "维修质量"),
        QT_TRANSLATE_NOOP("Complaints", "维修时间过长"),
        QT_TRANSLATE_NOOP("Complaints", "服务态度"),
        QT_TRANSLATE_NOOP("Complaints", "收费争议"),
        QT_TRANSLATE_NOOP("Complaints", "配件缺货"),
        QT_TRANSLATE_NOOP("Complaints", "其他"),
    ],
    "sales_service": [
        QT_TRANSLATE_NOOP("Complaints", "承诺未兑现"),
        QT_TRANSLATE_NOOP("Complaints", "交车延迟"),
        QT_TRANSLATE_NOOP("Complaints", "服务态度"),
        QT_TRANSLATE_NOOP("Complaints", "手续办理"),
        QT_TRANSLATE_NOOP("Complaints", "加价/捆绑销售"),
        QT_TRANSLATE_NOOP("Complaints", "其他"),
    ],
    "price": [
        QT_TRANSLATE_NOOP("Complaints", "报价不透明"),
        QT_TRANSLATE_NOOP("Complaints", "价格变动"),
        QT_TRANSLATE_NOOP("Complaints", "优惠未兑现"),
        QT_TRANSLATE_NOOP("Complaints", "其他"),
    ],
    "other": [QT_TRANSLATE_NOOP("Complaints", "环境设施"), QT_TRANSLATE_NOOP("Complaints", "其他")],
}

DEFAULT_SEVERITIES = [
    {"level": 1, "label": QT_TRANSLATE_NOOP("Complaints", "轻微")},
    {"level": 2, "label": QT_TRANSLATE_NOOP("Complaints", "一般")},
    {"level": 3, "label": QT_TRANSLATE_NOOP("Complaints", "严重")},
    {"level": 4, "label": QT_TRANSLATE_NOOP("Complaints", "重大（可能升级至厂家或媒体）")},
]

DEFAULT_DEPARTMENTS = [
    QT_TRANSLATE_NOOP("Complaints", "客服部"),
    QT_TRANSLATE_NOOP("Complaints", "售后服务部"),
    QT_TRANSLATE_NOOP("Complaints", "销售部"),
    QT_TRANSLATE_NOOP("Complaints", "市场部"),
    QT_TRANSLATE_NOOP("Complaints", "财务部"),
]

S = ComplaintStatus
STATUS_LABELS = {
    S.RECEIVED: QT_TRANSLATE_NOOP("Complaints", "已受理"),
    S.RESPONDED: QT_TRANSLATE_NOOP("Complaints", "已响应"),
    S.FIRST_PROPOSAL: QT_TRANSLATE_NOOP("Complaints", "已提初步方案"),
    S.REINVESTIGATING: QT_TRANSLATE_NOOP("Complaints", "重新调查中"),
    S.FINAL_PROPOSAL: QT_TRANSLATE_NOOP("Complaints", "已提最终方案"),
    S.CLOSED: QT_TRANSLATE_NOOP("Complaints", "已结案归档"),
}

# The state machine: from each state, the states it may move to.
TRANSITIONS: dict[ComplaintStatus, frozenset[ComplaintStatus]] = {
    S.RECEIVED: frozenset({S.RESPONDED}),
    S.RESPONDED: frozenset({S.FIRST_PROPOSAL}),
    S.FIRST_PROPOSAL: frozenset({S.CLOSED, S.REINVESTIGATING}),
    S.REINVESTIGATING: frozenset({S.FINAL_PROPOSAL}),
    S.FINAL_PROPOSAL: frozenset({S.CLOSED, S.REINVESTIGATING}),
    S.CLOSED: frozenset({S.REINVESTIGATING}),  # reopening, only with a reason
}

# The states waiting for the customer's answer to a proposal.
AWAITING_FEEDBACK = frozenset({S.FIRST_PROPOSAL, S.FINAL_PROPOSAL})


def check_transition(current: ComplaintStatus, requested: ComplaintStatus) -> None:
    if requested not in TRANSITIONS[ComplaintStatus(current)]:
        raise ValidationError(
            "status",
            QT_TRANSLATE_NOOP("Errors", "投诉当前为“{current}”，不能转为“{requested}”。"),
            current=term("Complaints", STATUS_LABELS[ComplaintStatus(current)]),
            requested=term("Complaints", STATUS_LABELS[ComplaintStatus(requested)]),
        )


def proposal_target(current: ComplaintStatus) -> ComplaintStatus:
    """A proposal made now is the first one, or (after reinvestigation) the final one."""
    return S.FINAL_PROPOSAL if current == S.REINVESTIGATING else S.FIRST_PROPOSAL


def feedback_target(satisfied: bool) -> ComplaintStatus:
    return S.CLOSED if satisfied else S.REINVESTIGATING


class Step(StrEnum):
    RESPONSE = "response"
    FIRST_PROPOSAL = "first_proposal"
    FINAL_PROPOSAL = "final_proposal"


STEP_LABELS = {
    Step.RESPONSE: QT_TRANSLATE_NOOP("Complaints", "响应"),
    Step.FIRST_PROPOSAL: QT_TRANSLATE_NOOP("Complaints", "初步方案"),
    Step.FINAL_PROPOSAL: QT_TRANSLATE_NOOP("Complaints", "最终方案"),
}

# Which deadline the case runs against in each state (None: nothing is due from us).
NEXT_STEP: dict[ComplaintStatus, Step | None] = {
    S.RECEIVED: Step.RESPONSE,
    S.RESPONDED: Step.FIRST_PROPOSAL,
    S.FIRST_PROPOSAL: Step.FINAL_PROPOSAL,  # if not satisfied, the final one is due by then
    S.REINVESTIGATING: Step.FINAL_PROPOSAL,
    S.FINAL_PROPOSAL: None,
    S.CLOSED: None,
}


class Urgency(StrEnum):
    OK = "ok"
    AMBER = "amber"
    RED = "red"


@dataclass(frozen=True)
class DeadlineHours:
    response: float = 2
    first_proposal: float = 24
    final_proposal: float = 48
    new_round: float = 24  # a further proposal after "not satisfied" with a final one, or a reopen

    def __post_init__(self) -> None:
        if not 0 < self.response <= self.first_proposal <= self.final_proposal:
            raise ValidationError(
                "complaints",
                QT_TRANSLATE_NOOP("Errors", "投诉时限设置应满足：响应 ≤ 初步方案 ≤ 最终方案。"),
            )
        if self.new_round <= 0:
            raise ValidationError(
                "complaints", QT_TRANSLATE_NOOP("Errors", "再次方案时限必须大于 0。")
            )

    def window(self, step: Step, rounds: int = 0) -> float:
        """The allowance of a step, in seconds of the deadline clock."""
        if step == Step.RESPONSE:
            return self.response * HOUR
        if step == Step.FIRST_PROPOSAL:
            return self.first_proposal * HOUR
        return (self.final_proposal if rounds == 0 else self.new_round) * HOUR


@dataclass(frozen=True)
class Deadlines:
    response: datetime
    first_proposal: datetime
    final_proposal: datetime

    def of(self, step: Step) -> datetime:
        return getattr(self, step.value)

    def shifted(self, pending: set[Step], seconds: float, clock: DeadlineClock) -> Deadlines:
        """Pending steps move later by a pause of `seconds` (in the clock's measure)."""
        moved = {step.value: clock.add(self.of(step), seconds) for step in pending}
        return replace(self, **moved)


def initial_deadlines(received: datetime, hours: DeadlineHours, clock: DeadlineClock) -> Deadlines:
    return Deadlines(
        response=clock.add(received, hours.window(Step.RESPONSE)),
        first_proposal=clock.add(received, hours.window(Step.FIRST_PROPOSAL)),
        final_proposal=clock.add(received, hours.window(Step.FINAL_PROPOSAL)),
    )


def new_round_deadline(now: datetime, hours: DeadlineHours, clock: DeadlineClock) -> datetime:
    return clock.add(now, hours.new_round * HOUR)


def pending_steps(done: dict[Step, bool]) -> set[Step]:
    return {step for step, finished in done.items() if not finished}


def urgency(time_left: float | None, window: float, amber_fraction: float = 0.25) -> Urgency:
    """Red when overdue, amber when less than `amber_fraction` of the allowance is left."""
    if time_left is None:
        return Urgency.OK
    if time_left < 0:
        return Urgency.RED
    if time_left < window * amber_fraction:
        return Urgency.AMBER
    return Urgency.OK


@dataclass(frozen=True)
class ClockReading:
    step: Step | None
    due: datetime | None
    time_left: float | None  # seconds of the deadline clock; negative when overdue
    urgency: Urgency
    paused: bool


@dataclass(frozen=True)
class CaseClock:
    """What the clock needs to know about a case."""

    status: ComplaintStatus
    deadlines: Deadlines
    rounds: int = 0
    paused_since: datetime | None = None


def read_clock(
    case: CaseClock,
    now: datetime,
    hours: DeadlineHours,
    clock: DeadlineClock,
    amber_fraction: float = 0.25,
) -> ClockReading:
    """The next deadline, the time left (frozen while paused) and its colour."""
    step = NEXT_STEP[ComplaintStatus(case.status)]
    paused = case.paused_since is not None
    if step is None:
        return ClockReading(None, None, None, Urgency.OK, paused)
    due = case.deadlines.of(step)
    left = clock.between(case.paused_since or now, due)
    colour = urgency(left, hours.window(step, case.rounds), amber_fraction)
    return ClockReading(step, due, left, colour, paused)


def is_escalated(reading: ClockReading) -> bool:
    """Overdue and running: the manager must see it (a paused case waits on the customer)."""
    return reading.urgency == Urgency.RED and not reading.paused


def case_number(prefix: str, day: datetime, sequence: int) -> str:
    return f"{prefix}{day:%Y%m%d}-{sequence:04d}"


def validate_class_and_cause(
    category: str, cause: str | None, classes: list[dict], causes: dict[str, list[str]]
) -> None:
    codes = {c["code"] for c in classes}
    if category not in codes:
        raise ValidationError("category", QT_TRANSLATE_NOOP("Errors", "请选择投诉类别。"))
    allowed = causes.get(category, [])
    if cause is not None and allowed and cause not in allowed:
        raise ValidationError(
            "cause",
            QT_TRANSLATE_NOOP("Errors", "投诉原因“{cause}”不在该类别的原因列表中。"),
            cause=cause,
        )
