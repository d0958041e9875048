"""What the managers' board shows: plain frozen records, one per section."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from ..rules.board import share
from ..rules.value import RfmSegment, ValueLevel
from .key_customers import ConsultantWeek
from .store_profile import StoreProfile


class Figure(StrEnum):
    """A number on the board that opens its list (BoardService.drill)."""

    VISITS = "visits"  # params: day
    ORDERS = "orders"  # params: day
    FOLLOWUPS_DONE = "followups_done"  # params: owner_id (None: nobody's)
    FOLLOWUPS_OVERDUE = "followups_overdue"  # params: owner_id
    SERVICE_VISITS = "service_visits"  # the day's check-ins
    NEXT_DUE = "next_due"  # cars due for service in the next days
    COMPLAINTS = "complaints"  # params: category
    DORMANT = "dormant"  # params: months (the band's lower end)
    SEGMENT = "segment"  # params: segment


@dataclass(frozen=True)
class DayTraffic:
    day: date
    visits: int
    first_visits: int
    test_drives: int
    orders: int

    @property
    def conversion(self) -> float:
        """Orders signed by the day's walk-ins, per walk-in (as the reception tab)."""
        return share(self.orders, self.visits)


@dataclass(frozen=True)
class OwnerFollowUps:
    """One owner's follow-ups: the day's list (`due_today`, of which `done_today` are
    done: reached, not reached, booked or done) and the open ones overdue from before."""

    owner_id: int | None
    owner: str | None
    due_today: int
    done_today: int
    overdue: int


@dataclass(frozen=True)
class ServiceFigures:
    visits_today: int
    visits_in_window: int
    handed_over_today: int
    next_due: int  # cars whose next service falls in the coming `next_due_days`
    next_due_days: int


@dataclass(frozen=True)
class ComplaintClass:
    category: str
    label: str
    received: int
    open: int
    response_kept: int
    response_late: int  # answered late, or not answered and already past due

    @property
    def kept_share(self) -> float:
        return share(self.response_kept, self.response_kept + self.response_late)


@dataclass(frozen=True)
class DormantCount:
    months: int
    until_months: int | None
    customers: int


@dataclass(frozen=True)
class LoyaltyCounts:
    sales_loyal: int
    after_sales_loyal: int


@dataclass(frozen=True)
class Board:
    day: date
    window_days: int
    traffic: list[DayTraffic]  # oldest first, one per day of the window
    key_week: str
    key_customers: list[ConsultantWeek]
    followups: list[OwnerFollowUps]
    service: ServiceFigures
    complaints: list[ComplaintClass]
    dormant: list[DormantCount]
    loyalty: LoyaltyCounts
    segments: dict[RfmSegment, int]
    levels: dict[ValueLevel, int]

    @property
    def today(self) -> DayTraffic:
        return self.traffic[-1]


@dataclass(frozen=True)
class DrillRow:
    """One line behind a number: a customer, a follow-up task or a complaint case."""

    kind: str  # "customer", "task", "case"
    id: int
    customer_id: int | None
    customer: str | None
    mobile: str  # masked
    when: date | None
    detail: str


@dataclass(frozen=True)
class DailyReport:
    """展厅日报 and 售后日报 of one day: counts only (no customer's name or number), so
    printing it is not an export of personal data."""

    store: StoreProfile
    board: Board
    printed_at: datetime
