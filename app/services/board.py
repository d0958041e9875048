"""The managers' board (经营看板): a day's figures for the directors and the store manager.

Every figure is one or a few grouped statements read through `db.reading`; no customer,
task or case row comes to Python for a count. `drill` pages the rows behind a number,
phones masked. Only holders of VIEW_BOARD may read either."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import settings
from ..db import Database
from ..permissions import Actor, Permission, require_actor
from ..rules.board import dormant_bands, window_days
from . import board_drill
from .board_data import Board, DailyReport, DayTraffic, DrillRow, Figure, LoyaltyCounts
from .board_queries import complaints_by_class, dormant_counts, followups_by_owner, service_figures
from .complaints_data import load_policy
from .customer_value import CustomerValueService
from .key_customers import KeyCustomerService, week_of
from .loyalty import LoyaltyKind, LoyaltyService
from .reception import NO_TRAFFIC, Traffic, traffic_by_day
from .store_profile import read_profile


class BoardService:
    def __init__(
        self, db: Database, actor: Actor, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        self.db, self.actor, self.clock = db, require_actor(actor), clock

    def snapshot(self, day: date) -> Board:
        self.actor.require(Permission.VIEW_BOARD)
        with self.db.reading(self.actor) as session:
            days = settings.get(session, "board.window_days")
            first = day - timedelta(days=days - 1)
            board = self._read(session, day, first, days)
        return self._with_shared_counts(board, day)

    def _read(self, session: Session, day: date, first: date, days: int) -> dict[str, Any]:
        thresholds = settings.get(session, "reminders.dormant_months")
        due_days = settings.get(session, "board.next_due_days")
        labels = load_policy(session).class_labels
        return {
            "day": day,
            "window_days": days,
            "traffic": _traffic(session, day, days),
            "followups": followups_by_owner(session, day),
            "service": service_figures(session, day, first, due_days),
            "complaints": complaints_by_class(session, first, day, self.clock(), labels),
            "dormant": dormant_counts(session, dormant_bands(day, thresholds)),
        }

    def _with_shared_counts(self, read: dict[str, Any], day: date) -> Board:
        """Key customers, loyalty and segments: counted by the services that own them."""
        week = week_of(day)
        loyalty = LoyaltyService(self.db, self.actor, self.clock)
        value = CustomerValueService(self.db, self.actor, self.clock)
        return Board(
            **read,
            key_week=week,
            key_customers=KeyCustomerService(self.db, self.actor, self.clock).review(week),
            loyalty=LoyaltyCounts(
                loyalty.count_loyal(LoyaltyKind.SALES), loyalty.count_loyal(LoyaltyKind.AFTER_SALES)
            ),
            segments=value.segment_counts(),
            levels=value.level_counts(),
        )

    def daily_report(self, day: date) -> DailyReport:
        board = self.snapshot(day)
        with self.db.reading(self.actor) as session:
            store = read_profile(session)
        return DailyReport(store, board, self.clock())

    def drill(
        self, figure_key: str, params: dict[str, Any], offset: int = 0, limit: int = 100
    ) -> list[DrillRow]:
        """The customers / tasks / cases behind one number, paged, phones masked."""
        self.actor.require(Permission.VIEW_BOARD)
        figure = Figure(figure_key)
        with self.db.reading(self.actor) as session:
            query = board_drill.QUERIES[figure](**self._drill_params(session, figure, params))
            rows = session.execute(query.order_by("id").offset(offset).limit(limit)).all()
        return [board_drill.drill_row(row, self.actor.listed_mobile) for row in rows]

    def drill_count(self, figure_key: str, params: dict[str, Any]) -> int:
        """How many rows `drill` has for this number (for the list's paging)."""
        self.actor.require(Permission.VIEW_BOARD)
        figure = Figure(figure_key)
        with self.db.reading(self.actor) as session:
            query = board_drill.QUERIES[figure](**self._drill_params(session, figure, params))
            return session.scalar(select(func.count()).select_from(query.subquery())) or 0

    def _drill_params(
        self, session: Session, figure: Figure, params: dict[str, Any]
    ) -> dict[str, Any]:
        day = params.get("day") or self.clock().date()
        days = settings.get(session, "board.window_days")
        found = {**params, "day": day, "first": day - timedelta(days=days - 1)}
        if figure == Figure.NEXT_DUE:
            found["days"] = settings.get(session, "board.next_due_days")
        if figure == Figure.DORMANT:
            bands = dormant_bands(day, settings.get(session, "reminders.dormant_months"))
            found["band"] = next(b for b in bands if b.months == params["months"])
        return found


def _traffic(session: Session, day: date, days: int) -> list[DayTraffic]:
    days_ = window_days(day, days)
    found = traffic_by_day(session, days_[0], day)
    return [_day(when, found.get(when, NO_TRAFFIC)) for when in days_]


def _day(when: date, traffic: Traffic) -> DayTraffic:
    return DayTraffic(
        when, traffic.visits, traffic.first_visits, traffic.test_drives, traffic.orders
    )
