"""Segments (客户筛选): how long the count of a typical filter takes (issue 14: ≤ 300 ms at
200,000 customers on SQLite), against the same SQL replayed bare.

The filter mixes person, car and value fields as a campaign would: women of 25 and over
who own a car of the database's most common brand bought since 2020, of high or medium
value (the values computed first if no run has). Median of repeated counts after one
warm-up (which also captures the SQL).
"""

from __future__ import annotations

from bare_sql import BareConnection, Statement, capture, dml_only
from figures import Figure, Goal, elapsed_ms, median
from run import Run
from sqlalchemy import func, select

from app.models import CarModel, CustomerValue, Vehicle
from app.services.customer_value import CustomerValueService
from app.services.segments import SegmentService

ROUNDS = 9
SEGMENT_GOAL = Goal(at_most=300)


def typical_filter(run: Run) -> str:
    with run.db.reading(run.actor) as session:
        brand = session.scalar(
            select(CarModel.brand)
            .join(Vehicle, Vehicle.model_id == CarModel.id)
            .group_by(CarModel.brand)
            .order_by(func.count().desc())
            .limit(1)
        )
    return (
        f"gender=女 and age>=25 and brand={brand or '吉利'} and purchase_year>=2020 "
        "and value in (high, medium)"
    )


def valued(run: Run) -> None:
    """The customers' values, computed once if no run has (the window does it in the
    background): the filter reads them."""
    with run.db.reading(run.actor) as session:
        present = session.scalar(select(CustomerValue.id).limit(1))
    if present is None:
        CustomerValueService(run.db, run.actor).recompute(full=True)


def segment_figures(run: Run) -> list[Figure]:
    valued(run)
    service = SegmentService(run.db, run.actor)
    expression = typical_filter(run)
    with capture(run.db.engine) as seen:
        matched = service.count(expression)
    statements: list[Statement] = dml_only(seen)
    bare = BareConnection(run.url)
    try:
        bare.replay(statements)
        floor = [elapsed_ms(lambda: bare.replay(statements)) for _ in range(ROUNDS)]
    finally:
        bare.close()
    ours = [elapsed_ms(lambda: service.count(expression)) for _ in range(ROUNDS)]
    return [
        Figure("segment_count", median(ours), median(floor), SEGMENT_GOAL,
               "the count's SQL replayed bare", note=f"{matched:,} match {expression}")
    ]  # fmt: skip
