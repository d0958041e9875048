"""Each customer's value as last computed (app.services.customer_value): derived from
service visits and orders, recomputed in the background, never edited by hand."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import DateTime, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Entity


class CustomerValue(Entity):
    __tablename__ = "customer_values"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), unique=True
    )
    last_paid_at: Mapped[datetime | None] = mapped_column(DateTime)
    frequency: Mapped[int] = mapped_column(Integer, default=0)
    monetary: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal(0))
    year_spend: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal(0))
    r_score: Mapped[int] = mapped_column(Integer, default=0)
    f_score: Mapped[int] = mapped_column(Integer, default=0)
    m_score: Mapped[int] = mapped_column(Integer, default=0)
    segment: Mapped[str] = mapped_column(String(12), index=True)
    level: Mapped[str] = mapped_column(String(8), index=True)
    computed_at: Mapped[datetime] = mapped_column(DateTime)


class StoredSegment(Entity):
    """A segment (客户筛选) kept by name: its expression (app.rules.segments), re-run each
    time it is opened, so it always counts today's customers."""

    __tablename__ = "saved_segments"

    name: Mapped[str] = mapped_column(String(60), unique=True)
    expression: Mapped[str] = mapped_column(Text)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
