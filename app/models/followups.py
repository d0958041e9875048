from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Entity
from .customers import Customer
from .enums import Channel, TaskStatus


class FollowUpTask(Entity):
    """One entry of the follow-up calendar, made by a rule or by hand.

    `dedupe_key` makes rule generation idempotent: a rule asks for a key
    (rule + subject + occurrence) and an existing key is never made twice.
    """

    __tablename__ = "follow_up_tasks"
    __table_args__ = (
        Index("ix_follow_up_tasks_due_owner", "due_date", "owner_id"),
        Index("ix_follow_up_tasks_status_due", "status", "due_date"),
    )

    kind: Mapped[str] = mapped_column(String(32), index=True)
    dedupe_key: Mapped[str] = mapped_column(String(120), unique=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    owner_role: Mapped[str | None] = mapped_column(String(24))
    channel: Mapped[Channel] = mapped_column(String(12), default=Channel.PHONE)
    due_date: Mapped[date] = mapped_column(Date)
    due_at: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[TaskStatus] = mapped_column(String(12), default=TaskStatus.OPEN)
    message: Mapped[str | None] = mapped_column(Text)
    outcome_note: Mapped[str | None] = mapped_column(Text)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    completed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    attempt: Mapped[int] = mapped_column(Integer, default=1)
    source_type: Mapped[str | None] = mapped_column(String(24))
    source_id: Mapped[int | None] = mapped_column(Integer)

    customer: Mapped[Customer | None] = relationship()
