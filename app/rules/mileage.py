"""Mileage comparison at check-in (domain.md, "Service check-in and mileage").

Pure functions over a car's odometer history: km and days since the last reading,
this interval's daily average against the car's usual one, and what that suggests.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from ..errors import UserError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP

# What long trips call for; offered as suggested work items (the customer may decline).
# Marked under "Service": the window shows them translated; a work item keeps the Chinese.
LONG_TRIP_CHECKS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Service", "轮胎检查"),
    QT_TRANSLATE_NOOP("Service", "制动系统检查"),
    QT_TRANSLATE_NOOP("Service", "机油检查"),
    QT_TRANSLATE_NOOP("Service", "四轮定位检查"),
)
# What a car standing still for a long time calls for.
LONG_IDLE_CHECKS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Service", "蓄电池检查"),
    QT_TRANSLATE_NOOP("Service", "轮胎老化检查"),
    QT_TRANSLATE_NOOP("Service", "油液检查"),
)
MAX_ODOMETER_KM = 3_000_000


class Reading(NamedTuple):
    read_at: datetime
    km: int


@dataclass(frozen=True)
class MileageLimits:
    long_trip_ratio: float = 1.5
    absurd_km_per_day: int = 2000
    long_idle_days: int = 365


@dataclass(frozen=True)
class MileageComparison:
    """What the advisor sees next to the odometer field. None: not computable."""

    km: int
    previous_km: int | None = None
    previous_at: datetime | None = None
    km_since: int | None = None
    days_since: int | None = None
    interval_daily_average: float | None = None
    usual_daily_average: float | None = None
    ratio: float | None = None
    lower_than_previous: bool = False
    absurd_jump: bool = False
    long_trip: bool = False
    long_idle: bool = False

    @property
    def first_visit(self) -> bool:
        return self.previous_km is None

    @property
    def suggested_checks(self) -> tuple[str, ...]:
        return (LONG_TRIP_CHECKS if self.long_trip else ()) + (
            LONG_IDLE_CHECKS if self.long_idle else ()
        )


class LowerReadingRefused(ValidationError):
    """A reading below the last one: an error or an odometer problem, never silent."""

    def __init__(self, km: int, previous_km: int) -> None:
        super().__init__(
            "odometer_km",
            QT_TRANSLATE_NOOP(
                "Errors",
                "里程 {km:,} km 低于上次记录的 {previous_km:,} km。"
                "如确属更换仪表或上次录入错误，请填写更正原因后再保存。",
            ),
            km=km,
            previous_km=previous_km,
        )


class AbsurdJumpNeedsConfirmation(UserError):
    """More km a day than a car plausibly drives; the advisor confirms it is right."""

    def __init__(self, comparison: MileageComparison, limit: int) -> None:
        days = max(comparison.days_since or 0, 1)
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "距上次到店 {days} 天行驶了 {km:,} km（平均每天超过 {limit:,} km），"
                "请核对里程表读数后确认。",
            ),
            days=comparison.days_since,
            km=comparison.km_since,
            limit=limit,
        )
        self.km_per_day = (comparison.km_since or 0) / days


def days_between(earlier: datetime, later: datetime) -> int:
    """Calendar days; two readings on the same day are a zero-day interval."""
    return (later.date() - earlier.date()).days


def usual_daily_average(history: Sequence[Reading]) -> float | None:
    """km per day over the whole history. Intervals where the reading went down (odometer
    replaced) are left out; same-day readings count their km in the next interval."""
    ordered = sorted(history, key=lambda r: r.read_at)
    if not ordered:
        return None
    km_total = days_total = 0
    anchor = ordered[0]
    for reading in ordered[1:]:
        days = days_between(anchor.read_at, reading.read_at)
        if reading.km < anchor.km:
            anchor = reading  # a new odometer: start counting again from here
        elif days > 0:
            km_total += reading.km - anchor.km
            days_total += days
            anchor = reading
    return km_total / days_total if days_total else None


def compare(history: Sequence[Reading], new: Reading, limits: MileageLimits) -> MileageComparison:
    """The new reading against the latest earlier one and the car's usual average."""
    earlier = [r for r in history if r.read_at <= new.read_at]
    if not earlier:
        return MileageComparison(km=new.km)
    previous = max(earlier, key=lambda r: r.read_at)
    km_since = new.km - previous.km
    days = days_between(previous.read_at, new.read_at)
    interval = km_since / days if days > 0 and km_since >= 0 else None
    usual = usual_daily_average(earlier)
    ratio = interval / usual if interval is not None and usual else None
    return MileageComparison(
        km=new.km,
        previous_km=previous.km,
        previous_at=previous.read_at,
        km_since=km_since,
        days_since=days,
        interval_daily_average=interval,
        usual_daily_average=usual,
        ratio=ratio,
        lower_than_previous=km_since < 0,
        absurd_jump=km_since > limits.absurd_km_per_day * max(days, 1),
        long_trip=ratio is not None and ratio > limits.long_trip_ratio,
        long_idle=days >= limits.long_idle_days,
    )


def require_acceptable(
    comparison: MileageComparison,
    limits: MileageLimits,
    *,
    correction_reason: str | None,
    jump_confirmed: bool,
) -> None:
    """Refuse a lower reading without a reason; ask to confirm an absurd jump."""
    if comparison.km < 0 or comparison.km > MAX_ODOMETER_KM:
        raise ValidationError(
            "odometer_km", QT_TRANSLATE_NOOP("Errors", "里程表读数不正确，请重新输入。")
        )
    if comparison.lower_than_previous and not (correction_reason or "").strip():
        raise LowerReadingRefused(comparison.km, comparison.previous_km or 0)
    if comparison.absurd_jump and not jump_confirmed:
        raise AbsurdJumpNeedsConfirmation(comparison, limits.absurd_km_per_day)
