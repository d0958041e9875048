"""What a repair order holds: the work items with their labour and parts, the extra work
suggested on the way (agreed, declined, or still waiting for the customer's yes), and
the settlement: the sum of the agreed items, as the check-in desk settles it."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import NamedTuple

from ..models import ServiceType, WorkItem, WorkItemStatus
from ..rules.mileage import LONG_TRIP_CHECKS
from . import data
from .context import Demo

SUGGESTION_SHARE, DECLINED_SHARE = 0.15, 0.4
# Amounts in whole yuan, as ints: the same numbers stored as Decimals, without making a
# Decimal for each of the millions of items and converting it on its way to the database.
S = WorkItemStatus


class Job(NamedTuple):
    """What the customer asked for and the items it takes (amounts drawn)."""

    description: str
    items: list[tuple[str, int, int]]


class Settled(NamedTuple):
    total: int | None  # None: the order is still open
    declined: list[str]  # suggested work the customer said no to


def job(demo: Demo, kind: str, free: bool) -> Job:
    """`free`: the first maintenance (首保), which costs the customer nothing."""
    rng = demo.rng
    if kind == ServiceType.MAINTENANCE:
        items = list(data.MAINTENANCE_ITEMS)
        items += [item for item, share in data.MAINTENANCE_EXTRAS if rng.random() < share]
        words = demo.pick(data.MAINTENANCE_WORDS)
    else:
        words, planned = demo.pick(data.JOBS[kind])
        items = list(planned)
    return Job(words, [_priced(demo, item, free) for item in items])


def _priced(demo: Demo, item: data.Item, free: bool) -> tuple[str, int, int]:
    description, (labour_low, labour_high), (parts_low, parts_high) = item
    if free:
        return description, 0, 0
    return (
        description,
        demo.between(labour_low, labour_high),
        demo.between(parts_low, parts_high),
    )


def add_items(
    demo: Demo, visit_id: int, checked_in: datetime, work: Job, long_trip: bool, still_open: bool
) -> Settled:
    """The order's items: what was agreed at check-in, the long-trip checks the odometer
    called for, now and then a suggestion on the way."""
    total = 0
    for description, labour, parts in work.items:
        _add(demo, visit_id, checked_in, description, labour, parts, S.AGREED)
        total += labour + parts
    if long_trip:
        for check in LONG_TRIP_CHECKS:
            labour = demo.between(*data.LONG_TRIP_CHECK_LABOUR)
            _add(demo, visit_id, checked_in, check, labour, 0, S.AGREED, suggested=True)
            total += labour
    declined = []
    if demo.chance(SUGGESTION_SHARE):
        description, added, status = _suggestion(demo, visit_id, checked_in, still_open)
        if status == S.AGREED:
            total += added
        elif status == S.DECLINED:
            declined.append(description)
    return Settled(None if still_open else total, declined)


def _suggestion(
    demo: Demo, visit_id: int, checked_in: datetime, still_open: bool
) -> tuple[str, int, WorkItemStatus]:
    description, labour, parts = _priced(demo, demo.pick(data.SUGGESTED_ITEMS), free=False)
    found_at = min(checked_in + timedelta(minutes=demo.between(30, 120)), demo.now)
    if still_open:
        status = S.PENDING_CONSENT
    else:
        status = S.DECLINED if demo.chance(DECLINED_SHARE) else S.AGREED
    agreed = status == S.AGREED
    demo.out.add_new(
        WorkItem,
        found_at,
        service_visit_id=visit_id,
        description=description,
        labour=labour,
        parts=parts,
        status=status,
        consent_at=found_at if agreed else None,
        consent_note=demo.pick(data.CONSENT_NOTES) if agreed else None,
        suggested=True,
    )
    return description, labour + parts, status


def _add(
    demo: Demo, visit_id: int, at: datetime, description: str, labour: int,
    parts: int, status: WorkItemStatus, suggested: bool = False,
) -> None:  # fmt: skip
    demo.out.add_new(
        WorkItem,
        at,
        service_visit_id=visit_id,
        description=description,
        labour=labour,
        parts=parts,
        status=status,
        suggested=suggested,
    )
