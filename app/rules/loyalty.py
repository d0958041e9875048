"""Loyalty (domain.md, "The sale and the handover"): one pure function per kind.

- sales-loyal (销售忠诚客户): bought here and referred at least one customer, or did
  not buy and referred three or more;
- after-sales-loyal (售后忠诚客户): two or more paid service visits within a rolling
  year, or ¥3,000 or more spent within a rolling year.
The numbers are settings (loyalty.*), read into LoyaltyThresholds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from ..i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class LoyaltyThresholds:
    referrals_if_bought: int = 1
    referrals_if_not_bought: int = 3
    paid_visits: int = 2
    spend_yuan: Decimal = Decimal(3000)
    window_days: int = 365


# Badge labels, marked under "Sales" (the window shows them translated).
SALES_LOYAL = QT_TRANSLATE_NOOP("Sales", "销售忠诚")
AFTER_SALES_LOYAL = QT_TRANSLATE_NOOP("Sales", "售后忠诚")


@dataclass(frozen=True)
class LoyaltyBadges:
    sales_loyal: bool
    after_sales_loyal: bool
    referrals: int
    paid_visits: int
    spend_yuan: Decimal

    @property
    def labels(self) -> list[str]:
        return [
            label
            for label, on in (
                (SALES_LOYAL, self.sales_loyal),
                (AFTER_SALES_LOYAL, self.after_sales_loyal),
            )
            if on
        ]


def is_sales_loyal(bought_here: bool, referrals: int, limits: LoyaltyThresholds) -> bool:
    needed = limits.referrals_if_bought if bought_here else limits.referrals_if_not_bought
    return referrals >= needed


def is_after_sales_loyal(paid_visits: int, spend_yuan: Decimal, limits: LoyaltyThresholds) -> bool:
    return paid_visits >= limits.paid_visits or spend_yuan >= limits.spend_yuan


def window_start(now: datetime, limits: LoyaltyThresholds) -> datetime:
    """The rolling year: visits handed over after this moment count."""
    return now - timedelta(days=limits.window_days)


def badges(
    bought_here: bool,
    referrals: int,
    paid_visits: int,
    spend_yuan: Decimal,
    limits: LoyaltyThresholds,
) -> LoyaltyBadges:
    return LoyaltyBadges(
        sales_loyal=is_sales_loyal(bought_here, referrals, limits),
        after_sales_loyal=is_after_sales_loyal(paid_visits, spend_yuan, limits),
        referrals=referrals,
        paid_visits=paid_visits,
        spend_yuan=spend_yuan,
    )
