"""The repair order's status flow: checked in → in progress → quality check → ready →
handed over. A failed quality check sends the car back to the workshop."""

from __future__ import annotations

from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP, term
from ..models import RepairOrderStatus as S

# Marked for translation under "Service" (ui.i18n.app_label("Service", …) shows them).
STATUS_LABELS: dict[str, str] = {
    S.CHECKED_IN: QT_TRANSLATE_NOOP("Service", "已接车"),
    S.IN_PROGRESS: QT_TRANSLATE_NOOP("Service", "维修中"),
    S.QUALITY_CHECK: QT_TRANSLATE_NOOP("Service", "质检中"),
    S.READY: QT_TRANSLATE_NOOP("Service", "待交车"),
    S.HANDED_OVER: QT_TRANSLATE_NOOP("Service", "已交车"),
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
            QT_TRANSLATE_NOOP("Errors", "维修委托书当前状态为“{current}”，不能改为“{target}”。"),
            current=term("Service", STATUS_LABELS.get(current, current)),
            target=term("Service", STATUS_LABELS.get(target, target)),
        )
