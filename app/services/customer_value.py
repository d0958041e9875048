"""Each customer's value (RFM scores, segment, level), kept in customer_values.

The rules are in app.rules.value; this module counts what they need and writes the
results. `recompute()` is the one writer: a full run once a day (recency moves with the
calendar, and quantile cut points with the whole store), incremental runs in between for
the customers with a paid visit or a delivery since the last run. It is slow work at a
store group's size: the window runs it on a worker (ui/jobs.py), never on the UI thread.
Writes go in chunks of customers, each its own short transaction, so other desks saving
on the same SQLite file wait a moment at most.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, case, delete, func, insert, select
from sqlalchemy.orm import Session

from .. import settings
from ..db import Database
from ..errors import NotFoundError, UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    Customer,
    CustomerValue,
    Delivery,
    OrderStatus,
    OwnerType,
    RepairOrderStatus,
    SalesOrder,
    ServiceVisit,
    StaffRole,
    StaffUser,
)
from ..permissions import Actor, Permission, require_actor
from ..rules import value as rules
from ..rules.value import History, RfmCuts, ValuePolicy

# Scores written per transaction: ~40 ms at 200,000 customers on SQLite, the longest a
# desk's save waits for this job (5,000 a part held the file's write lock 0.3-0.6 s).
CHUNK = 500
Progress = Callable[[int, int], None]  # done, total


@dataclass(frozen=True)
class CustomerValueView:
    customer_id: int
    r: int
    f: int
    m: int
    segment: rules.RfmSegment
    level: rules.ValueLevel
    frequency: int
    monetary_yuan: Decimal
    year_spend_yuan: Decimal
    last_paid_at: datetime | None
    computed_at: datetime
    dedicated_advisor: str | None

    @property
    def high_value(self) -> bool:
        return self.level is rules.ValueLevel.HIGH

    @property
    def segment_label(self) -> str:
        return rules.RFM_SEGMENT_LABELS[self.segment]

    @property
    def level_label(self) -> str:
        return rules.VALUE_LEVEL_LABELS[self.level]


@dataclass(frozen=True)
class RecomputeReport:
    full: bool
    customers: int


@dataclass
class _Totals:
    last: datetime | None = None
    count: int = 0
    window_sum: Decimal = Decimal(0)
    year_sum: Decimal = Decimal(0)

    def add(self, last: datetime | None, count: int, window_sum: Any, year_sum: Any) -> None:
        if last is not None and (self.last is None or last > self.last):
            self.last = last
        self.count += count or 0
        self.window_sum += Decimal(window_sum or 0)
        self.year_sum += Decimal(year_sum or 0)


def policy(session: Session) -> ValuePolicy:
    def cuts(key: str) -> tuple[int, ...]:
        return tuple(sorted(settings.get(session, key)))

    return ValuePolicy(
        window_days=settings.get(session, "value.window_days"),
        method=settings.get(session, "value.method"),
        cuts=RfmCuts(
            recency_days=cuts("value.recency_cuts_days"),
            frequency=cuts("value.frequency_cuts"),
            monetary_yuan=tuple(Decimal(n) for n in cuts("value.monetary_cuts_yuan")),
        ),
        high_spend_yuan=Decimal(settings.get(session, "value.high_spend_yuan")),
        medium_spend_yuan=Decimal(settings.get(session, "value.medium_spend_yuan")),
    )


class CustomerValueService:
    def __init__(
        self, db: Database, actor: Actor, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        self.db = db
        self.actor = require_actor(actor)
        self.clock = clock

    # --- reading ----------------------------------------------------------------------------
    def of(self, customer_id: int) -> CustomerValueView | None:
        """None until the first computation has reached this customer."""
        with self.db.reading(self.actor) as session:
            row = session.execute(
                select(CustomerValue, StaffUser.name)
                .join(Customer, Customer.id == CustomerValue.customer_id)
                .outerjoin(StaffUser, StaffUser.id == Customer.dedicated_advisor_id)
                .where(CustomerValue.customer_id == customer_id)
            ).first()
            return None if row is None else _view(row[0], row[1])

    def segment_counts(self) -> dict[rules.RfmSegment, int]:
        with self.db.reading(self.actor) as session:
            rows = session.execute(
                select(CustomerValue.segment, func.count()).group_by(CustomerValue.segment)
            ).all()
        counts = dict.fromkeys(rules.RfmSegment, 0)
        counts.update({rules.RfmSegment(segment): n for segment, n in rows})
        return counts

    def level_counts(self) -> dict[rules.ValueLevel, int]:
        with self.db.reading(self.actor) as session:
            rows = session.execute(
                select(CustomerValue.level, func.count()).group_by(CustomerValue.level)
            ).all()
        counts = dict.fromkeys(rules.ValueLevel, 0)
        counts.update({rules.ValueLevel(level): n for level, n in rows})
        return counts

    # --- the dedicated advisor ------------------------------------------------------------
    def set_dedicated_advisor(self, customer_id: int, advisor_id: int | None) -> None:
        self.actor.require(Permission.ASSIGN_ADVISORS)
        with self.db.transaction(self.actor) as session:
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到这位客户，可能已被删除。"))
            if advisor_id is not None:
                advisor = session.get(StaffUser, advisor_id)
                if advisor is None or not advisor.active:
                    raise NotFoundError(
                        QT_TRANSLATE_NOOP("Errors", "找不到这位顾问，或其账号已停用。")
                    )
                if advisor.role != StaffRole.SERVICE_ADVISOR:
                    raise UserError(
                        QT_TRANSLATE_NOOP("Errors", "{name} 不是服务顾问，不能做专属顾问。"),
                        name=advisor.name,
                    )
            customer.dedicated_advisor_id = advisor_id

    # --- computing --------------------------------------------------------------------------
    def recompute(
        self,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
        full: bool | None = None,
    ) -> RecomputeReport:
        """Full once a day (or when asked), else only the customers changed since the
        last run. Runs as the actor it was built for; the scores are not audited (they
        are derived, and every input to them is). Reads take no lock (a full run's sums
        read every paid visit: seconds at 200,000 customers, and a write transaction on
        SQLite would keep every desk's save waiting); the scores are written CHUNK
        customers a transaction."""
        now = self.clock()
        with self.db.reading(self.actor) as session:
            value_policy = policy(session)
            last_text = settings.get(session, "value.computed_at")
            last = datetime.fromisoformat(last_text) if last_text else None
            stored_cuts = settings.get(session, "value.quantile_cuts")
        if full is None:
            full = last is None or last.date() != now.date() or last > now
        if full:
            customers = self._all_customer_ids()
        else:
            assert last is not None
            # A day's margin: a handover entered a little after the fact is still seen.
            customers = self._changed_since(last - timedelta(days=1))
        totals = self._totals(customers if not full else None, now, value_policy)
        cuts = self._cuts(value_policy, totals, now, full, stored_cuts)
        done = 0
        for part in _chunks(customers, CHUNK):
            if cancelled():
                break
            if done:
                self.db.between_writes()
            self._write(part, totals, cuts, value_policy, now)
            done += len(part)
            if progress:
                progress(done, len(customers))
        else:
            with self.db.transaction(self.actor) as session:
                settings.put(session, "value.computed_at", now.isoformat())
        return RecomputeReport(full=full, customers=done)

    def _all_customer_ids(self) -> list[int]:
        with self.db.reading(self.actor) as session:
            return list(session.scalars(select(Customer.id).order_by(Customer.id)))

    def _changed_since(self, since: datetime) -> list[int]:
        """Customers with a paid visit handed over or a car delivered since `since`, and
        customers new since then (they have no row yet)."""
        with self.db.reading(self.actor) as session:
            visits = select(ServiceVisit.customer_id).where(ServiceVisit.handed_over_at > since)
            deliveries = (
                select(SalesOrder.customer_id)
                .join(Delivery, Delivery.order_id == SalesOrder.id)
                .where(Delivery.delivered_at > since)
            )
            without_row = select(Customer.id).where(
                Customer.id
                > func.coalesce(select(func.max(CustomerValue.customer_id)).scalar_subquery(), 0)
            )
            ids: set[int] = set()
            for statement in (visits, deliveries, without_row):
                ids.update(session.scalars(statement))
        return sorted(ids)

    def _totals(
        self, customers: Sequence[int] | None, now: datetime, value_policy: ValuePolicy
    ) -> dict[int, _Totals]:
        window_start = now - timedelta(days=value_policy.window_days)
        year_start = now - timedelta(days=365)
        totals: dict[int, _Totals] = {}
        with self.db.reading(self.actor) as session:
            for statement in _spend_statements(window_start, year_start, now):
                for part in [None] if customers is None else _chunks(customers, 900):
                    limited = (
                        statement
                        if part is None
                        else statement.where(statement.selected_columns[0].in_(part))
                    )
                    for customer_id, last, count, window_sum, year_sum in session.execute(limited):
                        totals.setdefault(customer_id, _Totals()).add(
                            last, count, window_sum, year_sum
                        )
        return totals

    def _cuts(
        self,
        value_policy: ValuePolicy,
        totals: dict[int, _Totals],
        now: datetime,
        full: bool,
        stored: str,
    ) -> RfmCuts:
        if value_policy.method != "quantile":
            return value_policy.cuts
        if not full and stored:
            recency, frequency, monetary = json.loads(stored)
            return RfmCuts(tuple(recency), tuple(frequency), tuple(Decimal(m) for m in monetary))
        known = [t for t in totals.values() if t.last is not None]
        if not known:
            return value_policy.cuts
        cuts = RfmCuts(
            recency_days=rules.recency_quantile_cuts(sorted(_days(now, t.last) for t in known)),
            frequency=rules.ascending_quantile_cuts(sorted(t.count for t in known)),
            monetary_yuan=rules.ascending_quantile_cuts(sorted(t.window_sum for t in known)),
        )
        with self.db.transaction(self.actor) as session:
            settings.put(
                session,
                "value.quantile_cuts",
                json.dumps(
                    [cuts.recency_days, cuts.frequency, [str(m) for m in cuts.monetary_yuan]]
                ),
            )
        return cuts

    def _write(
        self,
        part: Sequence[int],
        totals: dict[int, _Totals],
        cuts: RfmCuts,
        value_policy: ValuePolicy,
        now: datetime,
    ) -> None:
        with self.db.transaction(self.actor) as session:
            fleets = set(
                session.scalars(
                    select(Customer.id).where(
                        Customer.id.in_(part), Customer.owner_type == OwnerType.FLEET
                    )
                )
            )
            existing = set(session.scalars(select(Customer.id).where(Customer.id.in_(part))))
            rows = [
                _row(
                    customer_id,
                    totals.get(customer_id, _Totals()),
                    customer_id in fleets,
                    cuts,
                    value_policy,
                    now,
                )
                for customer_id in part
                if customer_id in existing
            ]
            session.execute(delete(CustomerValue).where(CustomerValue.customer_id.in_(part)))
            if rows:
                session.execute(insert(CustomerValue), rows)


SpendRow = Select[int, datetime | None, int, Any, Any]


def _spend_statements(
    window_start: datetime, year_start: datetime, now: datetime
) -> list[SpendRow]:
    """Per customer: the last paid moment, and the count and sum within the window, and
    the sum within the past year. Paid service visits, then delivered cars."""
    visit_paid = and_(
        ServiceVisit.status == RepairOrderStatus.HANDED_OVER,
        ServiceVisit.settlement_total > 0,
        ServiceVisit.handed_over_at <= now,
    )
    at = ServiceVisit.handed_over_at
    visits = (
        select(
            ServiceVisit.customer_id,
            func.max(at),
            func.count(case((at > window_start, 1))),
            func.sum(case((at > window_start, ServiceVisit.settlement_total))),
            func.sum(case((at > year_start, ServiceVisit.settlement_total))),
        )
        .where(visit_paid)
        .group_by(ServiceVisit.customer_id)
    )
    ordered = SalesOrder.ordered_at
    orders = (
        select(
            SalesOrder.customer_id,
            func.max(ordered),
            func.count(case((ordered > window_start, 1))),
            func.sum(case((ordered > window_start, SalesOrder.price))),
            func.sum(case((ordered > year_start, SalesOrder.price))),
        )
        .where(SalesOrder.status == OrderStatus.DELIVERED, ordered <= now)
        .group_by(SalesOrder.customer_id)
    )
    return [visits, orders]


def _days(now: datetime, moment: datetime | None) -> int:
    assert moment is not None
    return max(0, (now.date() - moment.date()).days)


def _row(
    customer_id: int,
    totals: _Totals,
    is_fleet: bool,
    cuts: RfmCuts,
    value_policy: ValuePolicy,
    now: datetime,
) -> dict[str, Any]:
    history = History(
        recency_days=None if totals.last is None else _days(now, totals.last),
        frequency=totals.count,
        monetary_yuan=totals.window_sum,
        year_spend_yuan=totals.year_sum,
        is_fleet=is_fleet,
    )
    scored = rules.score(history, value_policy, cuts)
    return {
        "customer_id": customer_id,
        "last_paid_at": totals.last,
        "frequency": totals.count,
        "monetary": totals.window_sum,
        "year_spend": totals.year_sum,
        "r_score": scored.r,
        "f_score": scored.f,
        "m_score": scored.m,
        "segment": scored.segment.value,
        "level": scored.level.value,
        "computed_at": now,
        "created_at": now,
        "updated_at": now,
        "version": 1,
    }


def _view(row: CustomerValue, advisor: str | None) -> CustomerValueView:
    return CustomerValueView(
        customer_id=row.customer_id,
        r=row.r_score,
        f=row.f_score,
        m=row.m_score,
        segment=rules.RfmSegment(row.segment),
        level=rules.ValueLevel(row.level),
        frequency=row.frequency,
        monetary_yuan=row.monetary,
        year_spend_yuan=row.year_spend,
        last_paid_at=row.last_paid_at,
        computed_at=row.computed_at,
        dedicated_advisor=advisor,
    )


def _chunks(items: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
