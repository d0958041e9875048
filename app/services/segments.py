"""Segments (客户筛选): who matches an expression (app.rules.segments), how many, a page of
them, and segments saved by name.

Customer lists are personal data: filtering needs RUN_CAMPAIGNS (invitation lists) or
VIEW_BOARD (the managers); saving and deleting a segment needs RUN_CAMPAIGNS. A list shows
phone numbers masked; `page(..., reveal=True)` (the command line's output) gives the whole
number to staff allowed to see it and records that in the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from .. import audit
from ..db import Database
from ..errors import NotFoundError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import CarModel, Customer, CustomerValue, StaffUser, StoredSegment, Vehicle
from ..permissions import Actor, Permission, PermissionDenied
from ..rules.loyalty import LoyaltyThresholds
from ..rules.segments import Node, parse
from .loyalty import thresholds
from .segment_sql import condition, uses_loyalty

NAME_LENGTH = 60


@dataclass(frozen=True)
class SegmentRow:
    customer_id: int
    customer: str
    mobile: str
    gender: str
    district: str | None
    value: str  # ValueLevel; "low" when not yet valued
    rfm: str  # RfmSegment; "none" when not yet valued
    vehicle: str | None  # the model of the customer's first car
    plate: str | None
    last_visit: datetime | None


@dataclass(frozen=True)
class SavedSegment:
    name: str
    expression: str
    created_by: str | None
    updated_at: datetime


class SegmentService:
    def __init__(
        self, db: Database, actor: Actor, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        self.db, self.actor, self.clock = db, actor, clock

    def may_filter(self) -> bool:
        return self.actor.may_filter_customers()

    def _require_filter(self) -> None:
        if not self.may_filter():
            raise PermissionDenied(Permission.RUN_CAMPAIGNS)

    def customer_ids(self, expression: str) -> Select[int]:
        """The ids of the matching customers, as a select to use as a subquery."""
        self._require_filter()
        node = parse(expression)
        return select(Customer.id).where(condition(node, self.clock(), self._loyalty_limits(node)))

    def _loyalty_limits(self, node: Node | None) -> LoyaltyThresholds | None:
        if not uses_loyalty(node):
            return None
        with self.db.reading(self.actor) as session:
            return thresholds(session)

    def count(self, expression: str) -> int:
        ids = self.customer_ids(expression).subquery()
        with self.db.reading(self.actor) as session:
            return session.scalar(select(func.count()).select_from(ids)) or 0

    def page(
        self, expression: str, offset: int, limit: int, reveal: bool = False
    ) -> list[SegmentRow]:
        """Matching customers in id order (stable while new ones are added at the end)."""
        ids = self.customer_ids(expression).order_by(Customer.id).offset(offset).limit(limit)
        if reveal and self.actor.can(Permission.SEE_FULL_CONTACT):
            with self.db.transaction(self.actor) as session:
                rows = _rows(session, list(session.scalars(ids)), self.actor.exported_mobile)
                self._record_reveal(session, expression, len(rows))
                return rows
        with self.db.reading(self.actor) as session:
            return _rows(session, list(session.scalars(ids)), self.actor.listed_mobile)

    def _record_reveal(self, session: Session, expression: str, listed: int) -> None:
        audit.record(
            session, self.actor, "export", at=self.clock(), entity="segment",
            detail=f"客户筛选 {expression}，{listed} 位客户（含手机号）",
        )  # fmt: skip

    def save(self, name: str, expression: str) -> SavedSegment:
        """Keep the expression under `name` (replacing what that name held)."""
        self.actor.require(Permission.RUN_CAMPAIGNS)
        name = _valid_name(name)
        parse(expression)
        with self.db.transaction(self.actor) as session:
            saved = session.scalar(select(StoredSegment).where(StoredSegment.name == name))
            if saved is None:
                saved = StoredSegment(name=name, created_by=self.actor.staff_id,
                                      created_at=self.clock())  # fmt: skip
                session.add(saved)
            saved.expression = expression.strip()
            saved.updated_at = self.clock()
            session.flush()
            creator = session.get(StaffUser, saved.created_by) if saved.created_by else None
            return _view(saved, creator.name if creator else None)

    def saved(self) -> list[SavedSegment]:
        self._require_filter()
        query = (
            select(StoredSegment, StaffUser.name)
            .outerjoin(StaffUser, StaffUser.id == StoredSegment.created_by)
        )
        with self.db.reading(self.actor) as session:
            found = [_view(s, who) for s, who in session.execute(query)]
        return sorted(found, key=lambda s: s.name)  # the same order on every engine

    def delete(self, name: str) -> None:
        self.actor.require(Permission.RUN_CAMPAIGNS)
        with self.db.transaction(self.actor) as session:
            saved = session.scalar(select(StoredSegment).where(StoredSegment.name == name))
            if saved is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "找不到名为“{name}”的客户筛选。"), name=name
                )
            session.delete(saved)


def _valid_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > NAME_LENGTH:
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP("Errors", "筛选名称不能为空，最长 {length} 个字。"),
            length=NAME_LENGTH,
        )
    return name


def _view(saved: StoredSegment, who: str | None) -> SavedSegment:
    return SavedSegment(saved.name, saved.expression, who, saved.updated_at)


def _rows(
    session: Session, ids: list[int], mobile: Callable[[str | None], str]
) -> list[SegmentRow]:
    cars = _first_cars(session, ids)
    query = (
        select(Customer, CustomerValue.level, CustomerValue.segment)
        .outerjoin(CustomerValue, CustomerValue.customer_id == Customer.id)
        .where(Customer.id.in_(ids))
        .order_by(Customer.id)
    )
    return [
        SegmentRow(
            c.id, c.name, mobile(c.mobile), str(c.gender), c.district, level or "low",
            segment or "none", *cars.get(c.id, (None, None)), c.last_visit_at,
        )
        for c, level, segment in session.execute(query)
    ]  # fmt: skip


def _first_cars(session: Session, ids: list[int]) -> dict[int, tuple[str | None, str | None]]:
    first = (
        select(func.min(Vehicle.id)).where(Vehicle.owner_id.in_(ids)).group_by(Vehicle.owner_id)
    )
    query = (
        select(Vehicle.owner_id, CarModel.name, Vehicle.plate)
        .outerjoin(CarModel, CarModel.id == Vehicle.model_id)
        .where(Vehicle.id.in_(first))
    )
    return {owner: (model, plate) for owner, model, plate in session.execute(query)}
