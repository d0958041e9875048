"""Showroom visits: when a customer came, with whom, what they wanted, how keen."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import NamedTuple

from ..models import ShowroomVisit
from . import data
from .context import Demo, Member, Model
from .people import Weighted

LEVELS = Weighted(data.VISIT_LEVELS)
USES = Weighted(data.VEHICLE_USES)
PARTY_SIZES = Weighted(((1, 40), (2, 40), (3, 14), (4, 6)))
TODAY_OPENING, TODAY_LAST_ARRIVAL = 9.0, 12.5
OPENING, LAST_ARRIVAL = 9.5, 19.0


class Visit(NamedTuple):
    id: int
    arrived_at: datetime
    departed_at: datetime | None
    intent_level: str


def add_visits(
    demo: Demo, customer_id: int, consultant: Member, interest: Model, days: list[date],
    levels: list[str], first_source: str,
) -> list[Visit]:  # fmt: skip
    visits = []
    for n, (day, level) in enumerate(zip(days, levels, strict=True)):
        source = first_source if n == 0 else demo.pick(data.RETURN_VISIT_SOURCES)
        visits.append(_add_visit(demo, customer_id, consultant, interest, day, level, source, n))
    return visits


def _add_visit(
    demo: Demo, customer_id: int, consultant: Member, interest: Model, day: date, level: str,
    source: str, n: int,
) -> Visit:  # fmt: skip
    arrived, departed = _times(demo, day)
    test_drive = demo.chance(0.45 if n == 0 else 0.3)
    visit_id = demo.out.add_new(
        ShowroomVisit,
        arrived,
        customer_id=customer_id,
        consultant_id=consultant.id,
        receptionist_id=demo.member("receptionist").id,
        arrived_at=arrived,
        departed_at=departed,
        party_size=PARTY_SIZES.draw(demo.rng),
        is_first_visit=n == 0,
        source_channel=source,
        model_of_interest_id=interest.id,
        **_needs(demo, interest),
        test_drive=test_drive,
        test_drive_route=demo.pick(data.TEST_DRIVE_ROUTES) if test_drive else None,
        test_drive_feedback=demo.pick(data.TEST_DRIVE_FEEDBACK) if test_drive else None,
        intent_level=level,
        notes=demo.pick(data.VISIT_NOTES) if demo.chance(0.2) else None,
    )
    return Visit(visit_id, arrived, departed, level)


def visitors_day(demo: Demo) -> date:
    """Today's walk-ins came today once the showroom has been open a while; before that
    (a demo made early in the morning), yesterday."""
    return demo.today if demo.open_at(TODAY_OPENING) else demo.days_ago(1)


def _times(demo: Demo, day: date) -> tuple[datetime, datetime | None]:
    """Today: morning arrivals, the latest ones still in the showroom."""
    if day == demo.today:
        arrived = demo.at(day, TODAY_OPENING, TODAY_LAST_ARRIVAL)
        departed = _leaves(demo, arrived)
        return arrived, departed if departed <= demo.now else None
    return (arrived := demo.at(day, OPENING, LAST_ARRIVAL)), _leaves(demo, arrived)


def _leaves(demo: Demo, arrived: datetime) -> datetime:
    return arrived + timedelta(minutes=demo.between(20, 149))


def _needs(demo: Demo, interest: Model) -> dict:
    price = interest.spec.guide_price
    priorities = demo.rng.sample(data.PRIORITIES, demo.between(1, 3))
    return {
        "budget_min": int(round(price * demo.rng.uniform(0.75, 0.95), -4)),
        "budget_max": int(round(price * demo.rng.uniform(1.0, 1.2), -4)),
        "vehicle_use": "luxury" if price > 350_000 else USES.draw(demo.rng),
        "priorities": ",".join(sorted(priorities, key=data.PRIORITIES.index)),
    }


def visit_levels(demo: Demo, stage: str, count: int) -> list[str]:
    """Keener visit by visit; a deal closes hot, a lost prospect ends cold."""
    levels = sorted((LEVELS.draw(demo.rng) for _ in range(count)), key="NCBAH".index)
    if stage == "deal":
        levels[-1] = demo.pick(data.CLOSING_LEVELS)
    elif stage == "lost":
        levels[-1] = demo.pick(data.COLD_LEVELS)
    return levels
