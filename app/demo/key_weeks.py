"""Key customers (重点客户) of the past eight weeks and this one, for every consultant.

A prospect who came in hot (H) goes on their consultant's list that week and stays on
it, postponed (延期) week after week, until the deal (成交), the loss (战败), or this
week's list (open). A consultant nobody came hot to that week lists one of their
resting prospects, as a consultant does on a Monday.
"""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ..models import KeyCustomerEntry, KeyCustomerOutcome
from ..services.key_customers import week_of
from . import data
from .context import Demo, Member
from .showroom import Visit

WEEKS = 9  # the past eight and this one
HOT = "H"
RESTING_KEPT = 12  # per consultant, the latest prospects not on any list
OUTCOME = KeyCustomerOutcome


@dataclass(frozen=True)
class Decision:
    """How a prospect's story ended: a deal or a loss, when, why (a loss)."""

    outcome: KeyCustomerOutcome
    at: datetime
    reason: str | None = None


class KeyWeeks:
    def __init__(self, demo: Demo) -> None:
        self.demo = demo
        this_monday = demo.today - timedelta(days=demo.today.weekday())
        self.mondays = [this_monday - timedelta(weeks=n) for n in range(WEEKS - 1, -1, -1)]
        self.listed: dict[int, set[int]] = defaultdict(set)  # consultant -> week indexes
        # consultant -> (customer, first visit) of their latest prospects on no list
        self.resting: dict[int, deque[tuple[int, date]]] = defaultdict(
            lambda: deque(maxlen=RESTING_KEPT)
        )

    def _week(self, day: date) -> int:
        return (day - self.mondays[0]).days // 7

    def add(
        self, customer_id: int, consultant: Member, visits: list[Visit], decided: Decision | None
    ) -> None:
        """A prospect's weeks on the list, from their first hot visit of these weeks."""
        first = self.mondays[0]
        hot = [v for v in visits if v.intent_level == HOT and v.arrived_at.date() >= first]
        if hot:
            self._listed(customer_id, consultant, self._week(hot[0].arrived_at.date()),
                         hot[0].arrived_at, decided)  # fmt: skip
        elif decided is None:
            self.resting[consultant.id].append((customer_id, visits[0].arrived_at.date()))

    def _listed(
        self, customer_id: int, consultant: Member, start: int, since: datetime,
        decided: Decision | None,
    ) -> None:  # fmt: skip
        last = WEEKS - 1 if decided is None else min(self._week(decided.at.date()), WEEKS - 1)
        end = decided or Decision(OUTCOME.OPEN, self.demo.now)
        carried = Decision(OUTCOME.POSTPONED, self.demo.now)
        for week in range(start, last + 1):
            result = end if week == last else carried
            made = since if week == start else self._monday_morning(week)
            self._entry(customer_id, consultant, week, made, result.outcome, result.reason)

    def _monday_morning(self, week: int) -> datetime:
        return min(datetime.combine(self.mondays[week], time(9)), self.demo.now)

    def _entry(
        self, customer_id: int, consultant: Member, week: int, made: datetime,
        outcome: KeyCustomerOutcome, reason: str | None,
    ) -> None:  # fmt: skip
        self.demo.out.add_new(
            KeyCustomerEntry,
            made,
            customer_id=customer_id,
            consultant_id=consultant.id,
            week=week_of(self.mondays[week]),
            outcome=outcome,
            outcome_reason=reason,
            next_step=self.demo.pick(data.NEXT_STEPS),
        )
        self.listed[consultant.id].add(week)

    def fill_gaps(self) -> None:
        """Every consultant has a list every week: one with none that week lists a resting
        prospect of theirs from then on."""
        for consultant in self.demo.staff["sales_consultant"]:
            for week in range(WEEKS):
                if week in self.listed[consultant.id]:
                    continue
                monday = self.mondays[week]
                waiting = [r for r in self.resting[consultant.id] if r[1] <= monday]
                if waiting:
                    resting = self.demo.pick(waiting)
                    self.resting[consultant.id].remove(resting)
                    since = self._monday_morning(week)
                    self._listed(resting[0], consultant, week, since, None)
