"""Campaign lists (活动邀约) and special-weather notices: the campaign as it was made
(its segment kept for the record) and one invitation per customer on its list, each with
its follow-up task and the customer's answer (app.services.campaigns)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Entity


class Campaign(Entity):
    __tablename__ = "campaigns"

    name: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(12))  # app.rules.campaigns.CampaignKind
    template: Mapped[str] = mapped_column(Text)
    event_at: Mapped[datetime | None] = mapped_column(DateTime)
    place: Mapped[str | None] = mapped_column(String(100))
    segment_label: Mapped[str] = mapped_column(String(100))
    segment_expression: Mapped[str] = mapped_column(Text)
    calls_due: Mapped[date] = mapped_column(Date)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    invited: Mapped[int] = mapped_column(Integer, default=0)
    excluded_refused: Mapped[int] = mapped_column(Integer, default=0)
    excluded_no_phone: Mapped[int] = mapped_column(Integer, default=0)
    # The answers so far, moved with each one (app.services.campaign_calls.set_answer).
    accepted: Mapped[int] = mapped_column(Integer, default=0)
    declined: Mapped[int] = mapped_column(Integer, default=0)
    not_reached: Mapped[int] = mapped_column(Integer, default=0)


class CampaignInvitation(Entity):
    __tablename__ = "campaign_invitations"
    __table_args__ = (UniqueConstraint("campaign_id", "customer_id"),)

    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    # The call now standing for the invitation (a retry after "not reached" takes over).
    follow_up_task_id: Mapped[int | None] = mapped_column(
        ForeignKey("follow_up_tasks.id", ondelete="SET NULL"), index=True
    )
    rsvp: Mapped[str] = mapped_column(String(12), default="pending")  # rules.campaigns.Rsvp
    answered_at: Mapped[datetime | None] = mapped_column(DateTime)
    answered_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
