from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Entity
from .enums import ComplaintStatus


class Complaint(Entity):
    __tablename__ = "complaints"

    case_no: Mapped[str] = mapped_column(String(20), unique=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"))
    sales_order_id: Mapped[int | None] = mapped_column(ForeignKey("sales_orders.id"))
    service_visit_id: Mapped[int | None] = mapped_column(ForeignKey("service_visits.id"))
    channel: Mapped[str] = mapped_column(String(12))
    category: Mapped[str] = mapped_column(String(24), index=True)
    cause: Mapped[str | None] = mapped_column(String(60))
    severity: Mapped[int] = mapped_column(Integer, default=2)
    content: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    backdate_reason: Mapped[str | None] = mapped_column(String(200))
    department: Mapped[str | None] = mapped_column(String(30))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    status: Mapped[ComplaintStatus] = mapped_column(
        String(16), default=ComplaintStatus.RECEIVED, index=True
    )
    response_due_at: Mapped[datetime] = mapped_column(DateTime)
    first_proposal_due_at: Mapped[datetime] = mapped_column(DateTime)
    final_proposal_due_at: Mapped[datetime] = mapped_column(DateTime)
    responded_at: Mapped[datetime | None] = mapped_column(DateTime)
    first_proposal_at: Mapped[datetime | None] = mapped_column(DateTime)
    final_proposal_at: Mapped[datetime | None] = mapped_column(DateTime)
    paused_since: Mapped[datetime | None] = mapped_column(DateTime)
    pause_reason: Mapped[str | None] = mapped_column(String(200))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    satisfaction_score: Mapped[int | None] = mapped_column(Integer)
    # Anonymous complainers may leave a phone number to be called back and linked later.
    contact_phone: Mapped[str | None] = mapped_column(String(20))
    # Pauses so far, in seconds of the deadline clock (business seconds in that mode).
    paused_total_seconds: Mapped[int] = mapped_column(Integer, default=0)
    reopened_count: Mapped[int] = mapped_column(Integer, default=0)
    # Proposal rounds after a final proposal was refused or the case reopened.
    extra_rounds: Mapped[int] = mapped_column(Integer, default=0)

    events: Mapped[list[ComplaintEvent]] = relationship(
        cascade="all, delete-orphan", order_by="ComplaintEvent.at"
    )


class ComplaintEvent(Entity):
    """Each step of a case: who, when, what was said or proposed."""

    __tablename__ = "complaint_events"

    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaints.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(24))
    at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    text: Mapped[str | None] = mapped_column(Text)
