"""The repair order's status flow: checked in → in progress → quality check → ready →
handed over. A failed quality check sends the car back to the workshop."""

from __future__ import annotations

from ..errors import UserError
from ..models import RepairOrderStatus as S

STATUS_LABELS: dict[str, str] = {
    S.CHECKED_IN: "已接车",
    S.IN_PROGRESS: "维修中",
    S.QUALITY_CHECK: "质检中",
    S.READY: "待交车",
    S.HANDED_OVER: "已交车",
}

ALLOWED_MOVES: dict[str, tuple[str, ...]] = {
    S.CHECKED_IN: (S.IN_PROGRESS,),
    S.IN_PROGRESS: (S.QUALITY_CHECK,),
    S.QUALITY_CHECK: (S.READY, S.IN_PROGRESS),
    S.READY: (S.HANDED_OVER,),
    S.HANDED_OVER: (),
}


def next_statuses(current: str) -> tuple[str, ...]:
    return ALLOWED_MOVES.get(current, ())


def require_move(current: str, target: str) -> None:
    if target not in next_statuses(current):
        raise UserError(
            f"维修委托书当前状态为“{STATUS_LABELS.get(current, current)}”，"
            f"不能改为“{STATUS_LABELS.get(target, target)}”。"
        )
