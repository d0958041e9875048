"""Each customer's value as last computed (app.services.customer_value): derived from
service visits and orders, recomputed in the background, never edited by hand."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import DateTime, ForeignKey, Integer, Numeric, String
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
