"""A few complaints, each taken as far along the procedure (respond within 2 h, first
proposal within 24 h, final proposal within 48 h: the store's settings) as the time
since it came allows."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ..models import Complaint, ComplaintEvent, ComplaintStatus, TaskStatus
from ..services.complaints_calendar import deadline_task
from ..services.task_store import PastTask
from . import data
from .context import Demo
from .loading import flat_task

RECENT_SHARE, RECENT_DAYS = 0.3, 5  # keep some cases open for the complaint desk
OPENS = 9  # complaints come in during the store's hours
REINVESTIGATED = 0.3
S = ComplaintStatus
# The complaint desk's event kind for each step (app.services.complaints).
EVENT_KINDS = {
    S.RECEIVED: "intake",
    S.RESPONDED: "respond",
    S.FIRST_PROPOSAL: "first_proposal",
    S.REINVESTIGATING: "not_satisfied",
    S.FINAL_PROPOSAL: "final_proposal",
    S.CLOSED: "satisfied",
}


def add_complaint(demo: Demo, customer_id: int, vehicle_id: int | None, since: date) -> bool:
    """Add one complaint received after `since`; True when it is still open. Without a
    vehicle it is about the sale or the store, not the car or its service."""
    received = min(demo.at(_received_day(demo, since), OPENS, 18), demo.now - timedelta(minutes=30))
    key = demo.pick(tuple(data.COMPLAINT_CONTENT) if vehicle_id else data.ABOUT_THE_SALE)
    what = _what(demo, key)
    steps = [s for s in _steps(demo, received, demo.rules.complaint_hours) if s[1] <= demo.now]
    status = steps[-1][0] if steps else S.RECEIVED
    owner = demo.member("customer_service")
    case = {
        "case_no": _case_no(demo, received.date()),
        "customer_id": customer_id,
        "vehicle_id": vehicle_id,
        "owner_id": owner.id,
        "status": status,
        "extra_rounds": 0,  # the desk counts a round after a final proposal, never here
        "satisfaction_score": demo.between(3, 5) if status == S.CLOSED else None,
        **what,
        **_clock(demo, received, dict(steps)),
    }
    complaint_id = demo.out.add_new(Complaint, received, **case)
    history = [(S.RECEIVED, received), *steps]
    _add_events(demo, complaint_id, owner.id, history, what["content"])
    _add_deadline_task(demo, Complaint(id=complaint_id, **case), since=history[-1][1])
    return status != S.CLOSED


def _add_deadline_task(demo: Demo, case: Complaint, since: datetime) -> None:
    """The deadline task the complaint desk keeps for the case's current step, open
    since the step began (a closed case has none)."""
    wanted = deadline_task(case)
    if wanted is not None:
        task = PastTask(wanted.draft, wanted.customer_id, wanted.vehicle_id, wanted.owner_id,
                        wanted.values, wanted.source, since, TaskStatus.OPEN)  # fmt: skip
        demo.tasks.append(flat_task(task))


def _what(demo: Demo, key: str) -> dict:
    department, contents = data.COMPLAINT_CONTENT[key]
    return {
        "channel": demo.pick(data.COMPLAINT_CHANNELS),
        "category": key,
        "cause": demo.pick(demo.rules.complaint_causes.get(key) or [None]),
        "severity": demo.pick((1, 2, 2, 3)),
        "content": demo.pick(contents),
        "department": department,
    }


def _clock(demo: Demo, received: datetime, at: dict[str, datetime]) -> dict:
    respond, first, final = demo.rules.complaint_hours
    return {
        "received_at": received,
        "response_due_at": received + timedelta(hours=respond),
        "first_proposal_due_at": received + timedelta(hours=first),
        "final_proposal_due_at": received + timedelta(hours=final),
        "responded_at": at.get(S.RESPONDED),
        "first_proposal_at": at.get(S.FIRST_PROPOSAL),
        "final_proposal_at": at.get(S.FINAL_PROPOSAL),
        "closed_at": at.get(S.CLOSED),
    }


def _received_day(demo: Demo, since: date) -> date:
    earliest = max(since, demo.days_ago(RECENT_DAYS)) if demo.chance(RECENT_SHARE) else since
    span = max((demo.today - earliest).days, 0)
    day = earliest + timedelta(days=demo.between(0, span))
    return day if day < demo.today or demo.open_at(OPENS) else day - timedelta(days=1)


def _case_no(demo: Demo, day: date) -> str:
    # The complaint desk's numbering (TS20261123-0001), so its next number follows ours.
    prefix = demo.rules.prefixes["complaint"]
    return f"{prefix}{demo.stamp(day)}-{demo.sequence('complaint', day):04d}"


def _steps(
    demo: Demo, received: datetime, deadlines: tuple[int, int, int]
) -> list[tuple[ComplaintStatus, datetime]]:
    """Mostly in time (now and then a little late); a third need a second round."""
    respond, first, final = deadlines

    def after(low: float, high: float) -> datetime:
        return received + timedelta(hours=demo.rng.uniform(low, high))

    steps = [
        (S.RESPONDED, after(0.2, respond * 1.2)),
        (S.FIRST_PROPOSAL, after(respond, first * 1.1)),
    ]
    if demo.chance(REINVESTIGATED):
        steps.append((S.REINVESTIGATING, steps[-1][1] + timedelta(hours=2)))
        steps.append(
            (S.FINAL_PROPOSAL, max(after(first, final), steps[-1][1] + timedelta(hours=1)))
        )
    steps.append((S.CLOSED, steps[-1][1] + timedelta(hours=demo.rng.uniform(2, 72))))
    return steps


def _add_events(
    demo: Demo,
    complaint_id: int,
    staff_id: int,
    steps: list[tuple[ComplaintStatus, datetime]],
    said: str,
) -> None:
    for status, moment in steps:
        demo.out.add_new(
            ComplaintEvent,
            moment,
            complaint_id=complaint_id,
            kind=EVENT_KINDS[status],
            at=moment,
            staff_id=staff_id,
            text=said if status == S.RECEIVED else demo.pick(data.COMPLAINT_REPLIES),
        )
