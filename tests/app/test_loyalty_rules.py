"""The two loyalty rules at their boundaries (pure functions, default thresholds)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from app.rules.loyalty import (
    LoyaltyThresholds,
    badges,
    is_after_sales_loyal,
    is_sales_loyal,
    window_start,
)

LIMITS = LoyaltyThresholds()


@pytest.mark.parametrize(
    ("bought_here", "referrals", "loyal"),
    [
        (True, 0, False),
        (True, 1, True),
        (False, 1, False),
        (False, 2, False),
        (False, 3, True),
    ],
)
def test_sales_loyal(bought_here: bool, referrals: int, loyal: bool) -> None:
    assert is_sales_loyal(bought_here, referrals, LIMITS) is loyal


@pytest.mark.parametrize(
    ("visits", "spend", "loyal"),
    [
        (1, Decimal("2999.99"), False),
        (2, Decimal(0), True),
        (1, Decimal(3000), True),
        (0, Decimal(2999), False),
    ],
)
def test_after_sales_loyal(visits: int, spend: Decimal, loyal: bool) -> None:
    assert is_after_sales_loyal(visits, spend, LIMITS) is loyal


def test_thresholds_come_from_settings_not_code() -> None:
    strict = LoyaltyThresholds(referrals_if_bought=2, paid_visits=4, spend_yuan=Decimal(8000))
    assert not is_sales_loyal(True, 1, strict)
    assert not is_after_sales_loyal(3, Decimal(7999), strict)


def test_badges_and_their_labels() -> None:
    both = badges(True, 1, 2, Decimal(0), LIMITS)
    assert both.labels == ["销售忠诚", "售后忠诚"]
    assert badges(False, 2, 1, Decimal(100), LIMITS).labels == []


def test_the_rolling_year_ends_now() -> None:
    assert window_start(datetime(2026, 11, 23, 9), LIMITS) == datetime(2025, 11, 23, 9)
