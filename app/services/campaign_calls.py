"""A campaign's call completed in the follow-up calendar: the invitation follows it
(the answer, by app.rules.campaigns.rsvp_after_call; a retry or a rescheduled call
takes over as the invitation's call). Called by CalendarService.act in its transaction.
`set_answer` is the one way an answer is written (the list's buttons use it too): the
campaign's counts move with it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Column, select, update
from sqlalchemy.orm import Session

from ..models import Campaign, CampaignInvitation, FollowUpTask
from ..models.base import table_of
from ..rules.campaigns import Rsvp, rsvp_after_call


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
        set_answer(session, invitation, rsvp, at, staff_id)


def set_answer(
    session: Session, invitation: CampaignInvitation, rsvp: str, at: datetime,
    staff_id: int | None,
) -> None:  # fmt: skip
    """Record the answer and move the campaign's counts with it (read by the list at
    every refresh: counting 200,000 invitations each time would hold the window)."""
    old = invitation.rsvp
    invitation.rsvp, invitation.answered_at, invitation.answered_by_id = rsvp, at, staff_id
    changes: dict[str, Any] = {}
    if old in COUNTED:
        changes[old] = COUNTED[old] - 1
    if rsvp in COUNTED:
        changes[rsvp] = COUNTED[rsvp] + 1
    if old != rsvp and changes:
        session.execute(
            update(table_of(Campaign)).where(Campaign.id == invitation.campaign_id).values(changes)
        )


COUNTED: dict[str, Column[Any]] = {
    Rsvp.ACCEPTED: table_of(Campaign).c.accepted,
    Rsvp.DECLINED: table_of(Campaign).c.declined,
    Rsvp.NOT_REACHED: table_of(Campaign).c.not_reached,
}
