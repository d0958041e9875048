"""A campaign's call completed in the follow-up calendar: the invitation follows it
(the answer, by app.rules.campaigns.rsvp_after_call; a retry or a rescheduled call
takes over as the invitation's call). Called by CalendarService.act in its transaction."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import CampaignInvitation, FollowUpTask
from ..rules.campaigns import rsvp_after_call


def follow_call(
    session: Session, task: FollowUpTask, answer: str | None, next_task_id: int | None,
    at: datetime, staff_id: int | None,
) -> None:  # fmt: skip
    invitation = session.scalar(
        select(CampaignInvitation).where(CampaignInvitation.follow_up_task_id == task.id)
    )
    if invitation is None:
        return
    if next_task_id is not None:
        invitation.follow_up_task_id = next_task_id
    rsvp = rsvp_after_call(task.status, answer, invitation.rsvp)
    if rsvp != invitation.rsvp:
        invitation.rsvp, invitation.answered_at, invitation.answered_by_id = rsvp, at, staff_id
