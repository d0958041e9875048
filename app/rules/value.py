"""Customer value (domain.md, "Value and segments"): RFM scores, the RFM segment, the
value level and the high-value flag. Pure functions; the numbers are settings (value.*),
read into ValuePolicy by app.services.customer_value.

- Recency: days since the last paid service visit or purchase (any time).
- Frequency: paid service visits plus purchases within the window (value.window_days).
- Monetary: service spend plus purchase prices within the same window, in yuan.
Each is scored 1 (worst) to 5 (best) against four ascending cut points. The cut points
are the store's thresholds (value.method = "threshold") or the 20/40/60/80 % quantiles of
the customers who have any history, computed at each full run ("quantile").

The classic eight RFM segments follow from whether each score is high (≥ 3).
Value level: high when the spend of the past year reaches value.high_spend_yuan or the
customer is a fleet (企业车队); medium from value.medium_spend_yuan; low otherwise.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from ..i18n import QT_TRANSLATE_NOOP

HIGH_SCORE = 3
Number = TypeVar("Number", int, Decimal)


class ValueLevel(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


VALUE_LEVEL_LABELS = {
    ValueLevel.HIGH: QT_TRANSLATE_NOOP("Value", "高价值"),
    ValueLevel.MEDIUM: QT_TRANSLATE_NOOP("Value", "中价值"),
    ValueLevel.LOW: QT_TRANSLATE_NOOP("Value", "低价值"),
}


class RfmSegment(StrEnum):
    CHAMPION = "champion"  # 重要价值客户: R F M all high
    GROW = "grow"  # 重要发展客户: recent, big spend, few visits
    KEEP = "keep"  # 重要保持客户: frequent big spenders who have not come lately
    WIN_BACK = "win_back"  # 重要挽留客户: big spend once, long ago
    LOYAL = "loyal"  # 一般价值客户: recent, frequent, small spend
    PROMISING = "promising"  # 一般发展客户: recent, rare, small spend
    SLIPPING = "slipping"  # 一般保持客户: frequent, small spend, not lately
    LOST = "lost"  # 一般挽留客户: nothing high
    NONE = "none"  # 无消费记录: no paid visit nor purchase yet


RFM_SEGMENT_LABELS = {
    RfmSegment.CHAMPION: QT_TRANSLATE_NOOP("Value", "重要价值客户"),
    RfmSegment.GROW: QT_TRANSLATE_NOOP("Value", "重要发展客户"),
    RfmSegment.KEEP: QT_TRANSLATE_NOOP("Value", "重要保持客户"),
    RfmSegment.WIN_BACK: QT_TRANSLATE_NOOP("Value", "重要挽留客户"),
    RfmSegment.LOYAL: QT_TRANSLATE_NOOP("Value", "一般价值客户"),
    RfmSegment.PROMISING: QT_TRANSLATE_NOOP("Value", "一般发展客户"),
    RfmSegment.SLIPPING: QT_TRANSLATE_NOOP("Value", "一般保持客户"),
    RfmSegment.LOST: QT_TRANSLATE_NOOP("Value", "一般挽留客户"),
    RfmSegment.NONE: QT_TRANSLATE_NOOP("Value", "无消费记录"),
}

_SEGMENTS = {  # (recent, frequent, big spender) -> segment
    (True, True, True): RfmSegment.CHAMPION,
    (True, False, True): RfmSegment.GROW,
    (False, True, True): RfmSegment.KEEP,
    (False, False, True): RfmSegment.WIN_BACK,
    (True, True, False): RfmSegment.LOYAL,
    (True, False, False): RfmSegment.PROMISING,
    (False, True, False): RfmSegment.SLIPPING,
    (False, False, False): RfmSegment.LOST,
}


@dataclass(frozen=True)
class RfmCuts:
    """Four ascending cut points for each measure. Recency cuts are days (fewer is
    better); frequency and monetary cuts are lower bounds of scores 2..5."""

    recency_days: tuple[int, ...] = (30, 90, 180, 365)
    frequency: tuple[int, ...] = (2, 3, 4, 6)
    monetary_yuan: tuple[Decimal, ...] = tuple(Decimal(n) for n in (1000, 3000, 8000, 20000))


@dataclass(frozen=True)
class ValuePolicy:
    window_days: int = 730
    method: str = "threshold"  # or "quantile"
    cuts: RfmCuts = RfmCuts()
    high_spend_yuan: Decimal = Decimal(20000)
    medium_spend_yuan: Decimal = Decimal(3000)


@dataclass(frozen=True)
class History:
    """What one customer did, as the service counts it."""

    recency_days: int | None  # None: never paid nor bought
    frequency: int
    monetary_yuan: Decimal
    year_spend_yuan: Decimal
    is_fleet: bool = False


@dataclass(frozen=True)
class CustomerValueScore:
    r: int
    f: int
    m: int
    segment: RfmSegment
    level: ValueLevel

    @property
    def high_value(self) -> bool:
        return self.level is ValueLevel.HIGH

    @property
    def code(self) -> str:
        """ "545" style, 000 for a customer with no history."""
        return f"{self.r}{self.f}{self.m}"


def recency_score(days: int | None, cuts: Sequence[int]) -> int:
    """5 within the first cut's days, 1 beyond the last one; 0 without any history."""
    if days is None:
        return 0
    return 5 - bisect_left(cuts, days)


def ascending_score(value: Number, cuts: Sequence[Number]) -> int:
    """1 below the first cut, 5 from the last one on (a cut is reached at equality)."""
    return 1 + bisect_right(cuts, value)


def segment_of(r: int, f: int, m: int) -> RfmSegment:
    if r == 0:
        return RfmSegment.NONE
    return _SEGMENTS[(r >= HIGH_SCORE, f >= HIGH_SCORE, m >= HIGH_SCORE)]


def level_of(history: History, policy: ValuePolicy) -> ValueLevel:
    if history.is_fleet or history.year_spend_yuan >= policy.high_spend_yuan:
        return ValueLevel.HIGH
    if history.year_spend_yuan >= policy.medium_spend_yuan:
        return ValueLevel.MEDIUM
    return ValueLevel.LOW


def score(history: History, policy: ValuePolicy, cuts: RfmCuts | None = None) -> CustomerValueScore:
    cuts = cuts or policy.cuts
    if history.recency_days is None:
        r = f = m = 0
    else:
        r = recency_score(history.recency_days, cuts.recency_days)
        f = ascending_score(history.frequency, cuts.frequency)
        m = ascending_score(history.monetary_yuan, cuts.monetary_yuan)
    return CustomerValueScore(r, f, m, segment_of(r, f, m), level_of(history, policy))


def quantile_points(sorted_values: Sequence[Number]) -> tuple[Number, ...]:
    """The 20/40/60/80 % points (nearest rank) of values sorted ascending."""
    if not sorted_values:
        raise ValueError("no values to cut")
    n = len(sorted_values)
    return tuple(sorted_values[max(0, -(-n * p // 5) - 1)] for p in (1, 2, 3, 4))


def recency_quantile_cuts(sorted_days: Sequence[int]) -> tuple[int, ...]:
    """A customer at or under the 20 % point of days scores 5, as with thresholds."""
    return quantile_points(sorted_days)


def ascending_quantile_cuts(sorted_values: Sequence[Number]) -> tuple[Number, ...]:
    """Lower bounds of scores 2..5: the first value above each quantile point, so that
    customers tied at a point share the lower score (most have exactly one visit)."""
    cuts = []
    for point in quantile_points(sorted_values):
        above = bisect_right(sorted_values, point)
        cuts.append(sorted_values[above] if above < len(sorted_values) else point + 1)
    return tuple(cuts)
