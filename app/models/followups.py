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
    # The calendar's lists are ordered by (due_date, due_at, id), each engine putting a
    # missing due_at where its own index does (SQLite first, PostgreSQL last), so these
    # indexes hand a page over in display order without sorting the day; status (and the
    # role) at the end let the month counts be read from the index alone.
    __table_args__ = (
        Index("ix_follow_up_tasks_day_order", "due_date", "due_at", "id", "status"),
        Index(
            "ix_follow_up_tasks_owner_day_order",
            *("owner_id", "due_date", "due_at", "id", "owner_role", "status"),
        ),
        Index("ix_follow_up_tasks_status_day_order", "status", "due_date", "due_at", "id"),
        # A source's tasks: a complaint's deadline, a walk-in's calls.
        Index("ix_follow_up_tasks_source", "source_type", "source_id"),
    )

    kind: Mapped[str] = mapped_column(String(32), index=True)
    dedupe_key: Mapped[str] = mapped_column(String(120), unique=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    # A car back in the workshop: its maintenance and dormant reminders are skipped.
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"), index=True)
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
