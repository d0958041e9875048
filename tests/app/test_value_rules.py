"""RFM scores, segments and value levels at their boundaries (values worked by hand)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.rules.value import (
    History,
    RfmCuts,
    RfmSegment,
    ValueLevel,
    ValuePolicy,
    ascending_quantile_cuts,
    ascending_score,
    recency_quantile_cuts,
    recency_score,
    score,
    segment_of,
)

POLICY = ValuePolicy()  # cuts R 30/90/180/365 days, F 2/3/4/6, M ¥1000/3000/8000/20000


@pytest.mark.parametrize(
    ("days", "expected"),
    [(0, 5), (30, 5), (31, 4), (90, 4), (91, 3), (180, 3), (181, 2), (365, 2), (366, 1)],
)
def test_recency_scores_5_within_30_days_and_1_after_a_year(days: int, expected: int) -> None:
    assert recency_score(days, (30, 90, 180, 365)) == expected


def test_no_history_scores_zero_and_is_its_own_segment() -> None:
    nothing = History(None, 0, Decimal(0), Decimal(0))
    scored = score(nothing, POLICY)
    assert (scored.r, scored.f, scored.m) == (0, 0, 0)
    assert scored.segment is RfmSegment.NONE and scored.level is ValueLevel.LOW


@pytest.mark.parametrize(("visits", "expected"), [(0, 1), (1, 1), (2, 2), (3, 3), (5, 4), (6, 5)])
def test_frequency_reaches_a_score_at_its_cut(visits: int, expected: int) -> None:
    assert ascending_score(visits, (2, 3, 4, 6)) == expected


@pytest.mark.parametrize(
    ("yuan", "expected"),
    [("999.99", 1), ("1000", 2), ("2999.99", 2), ("3000", 3), ("19999.99", 4), ("20000", 5)],
)
def test_monetary_reaches_a_score_at_its_cut(yuan: str, expected: int) -> None:
    cuts = tuple(Decimal(n) for n in (1000, 3000, 8000, 20000))
    assert ascending_score(Decimal(yuan), cuts) == expected


@pytest.mark.parametrize(
    ("r", "f", "m", "segment"),
    [
        (3, 3, 3, RfmSegment.CHAMPION),  # 3 is "high": the boundary belongs to the top
        (5, 2, 5, RfmSegment.GROW),
        (2, 5, 5, RfmSegment.KEEP),
        (1, 1, 3, RfmSegment.WIN_BACK),
        (4, 4, 2, RfmSegment.LOYAL),
        (5, 1, 1, RfmSegment.PROMISING),
        (2, 3, 2, RfmSegment.SLIPPING),
        (2, 2, 2, RfmSegment.LOST),
    ],
)
def test_the_eight_segments(r: int, f: int, m: int, segment: RfmSegment) -> None:
    assert segment_of(r, f, m) is segment


@pytest.mark.parametrize(
    ("year_spend", "fleet", "level"),
    [
        ("20000", False, ValueLevel.HIGH),  # exactly the threshold is high value
        ("19999.99", False, ValueLevel.MEDIUM),
        ("3000", False, ValueLevel.MEDIUM),
        ("2999.99", False, ValueLevel.LOW),
        ("0", True, ValueLevel.HIGH),  # a fleet is high value whatever it spent
    ],
)
def test_value_level_at_its_thresholds(year_spend: str, fleet: bool, level: ValueLevel) -> None:
    history = History(10, 1, Decimal(year_spend), Decimal(year_spend), is_fleet=fleet)
    scored = score(history, POLICY)
    assert scored.level is level
    assert scored.high_value is (level is ValueLevel.HIGH)


def test_a_worked_example() -> None:
    # Last paid 45 days ago (R 4), 3 visits (F 3), ¥8,500 in the window (M 4), ¥6,000 this
    # year (medium): an important customer still coming: 重要价值客户, code 434.
    scored = score(History(45, 3, Decimal(8500), Decimal(6000)), POLICY)
    assert scored.code == "434"
    assert scored.segment is RfmSegment.CHAMPION and scored.level is ValueLevel.MEDIUM


def test_quantile_cut_points_split_into_fifths() -> None:
    days = list(range(1, 11))  # 10 customers, 1..10 days since their last visit
    assert recency_quantile_cuts(days) == (2, 4, 6, 8)
    assert recency_score(2, (2, 4, 6, 8)) == 5 and recency_score(3, (2, 4, 6, 8)) == 4


def test_ties_at_a_quantile_point_share_the_lower_score() -> None:
    visits = [1, 1, 1, 1, 1, 1, 1, 2, 3, 4]  # most customers came once
    cuts = ascending_quantile_cuts(visits)
    assert cuts == (2, 2, 2, 3)  # points 1,1,1,2: the next value above each
    assert ascending_score(1, cuts) == 1 and ascending_score(2, cuts) == 4
    assert ascending_score(4, cuts) == 5


def test_quantile_cuts_of_nothing_are_refused() -> None:
    with pytest.raises(ValueError):
        recency_quantile_cuts([])


def test_cuts_from_settings_drive_the_score() -> None:
    strict = ValuePolicy(cuts=RfmCuts((7, 14, 21, 28), (5, 10, 15, 20), POLICY.cuts.monetary_yuan))
    scored = score(History(8, 10, Decimal(0), Decimal(0)), strict)
    assert (scored.r, scored.f, scored.m) == (4, 3, 1)
