"""The follow-up store: rule drafts become calendar tasks exactly once."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import FollowUpTask
from ..rules.tasks import TaskDraft


def add_tasks(
    session: Session,
    drafts: Iterable[TaskDraft],
    *,
    customer_id: int | None,
    owner_id: int | None,
    source: tuple[str, int] | None = None,
) -> list[FollowUpTask]:
    """Insert the drafts whose dedupe key is new; return the tasks made now."""
    drafts = list(drafts)
    keys = [d.dedupe_key for d in drafts]
    existing = set(
        session.scalars(select(FollowUpTask.dedupe_key).where(FollowUpTask.dedupe_key.in_(keys)))
    )
    made = [
        FollowUpTask(
            kind=d.kind,
            dedupe_key=d.dedupe_key,
            customer_id=customer_id,
            owner_id=owner_id,
            owner_role=d.owner_role,
            channel=d.channel,
            due_date=d.due_date,
            due_at=d.due_at,
            message=d.message,
            source_type=source[0] if source else None,
            source_id=source[1] if source else None,
        )
        for d in drafts
        if d.dedupe_key not in existing
    ]
    session.add_all(made)
    session.flush()
    return made
