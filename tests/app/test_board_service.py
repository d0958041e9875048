"""The managers' board on SQLite and PostgreSQL: each figure against the hand count in
tests/app/board_world.py, the lists behind them, and who may read them."""

from __future__ import annotations

from datetime import date

import pytest

from app.models import StaffRole
from app.permissions import Actor, PermissionDenied
from app.rules.board import dormant_bands
from app.rules.value import RfmSegment
from app.services.board import BoardService
from app.services.board_data import Figure
from tests.app import board_world as world
from tests.factories import MANAGER, Clock

DIRECTOR = Actor(staff_id=None, name="销售总监", role=StaffRole.SALES_DIRECTOR)
CONSULTANT = Actor(staff_id=None, name="顾问", role=StaffRole.SALES_CONSULTANT)


@pytest.fixture
def ids(db):
    return world.build(db)


@pytest.fixture
def board(db):
    return BoardService(db, MANAGER, Clock(world.NOW))


def test_dormant_bands_by_hand():
    bands = dormant_bands(date(2026, 11, 23), [12, 6, 24])
    assert [(b.months, b.until_months) for b in bands] == [(6, 12), (12, 24), (24, None)]
    assert (bands[0].seen_from, bands[0].seen_before) == (date(2025, 11, 23), date(2026, 5, 23))
    assert (bands[2].seen_from, bands[2].seen_before) == (None, date(2024, 11, 23))
    # The 31st of a month six months on is the shorter month's last day.
    assert dormant_bands(date(2026, 8, 31), [6])[0].seen_before == date(2026, 2, 28)


def test_traffic_and_conversion_by_day(board, ids):
    snap = board.snapshot(world.DAY)
    assert len(snap.traffic) == 30 and snap.traffic[0].day == date(2026, 10, 25)
    today, yesterday = snap.traffic[-1], snap.traffic[-2]
    assert (today.day, today.visits, today.orders, today.conversion) == (world.DAY, 2, 1, 0.5)
    assert (yesterday.visits, yesterday.orders, yesterday.conversion) == (1, 0, 0.0)
    assert sum(day.visits for day in snap.traffic) == 3


def test_reception_tab_reads_the_same_traffic(db, ids):
    from app.services.reception import ReceptionService

    traffic = ReceptionService(db, MANAGER, Clock(world.NOW)).traffic(world.DAY)
    assert (traffic.visits, traffic.orders, traffic.conversion) == (2, 1, 0.5)


def test_followups_per_owner(board, ids):
    rows = {row.owner: row for row in board.snapshot(world.DAY).followups}
    wang, li = rows["王顾问"], rows["李顾问"]
    assert (wang.due_today, wang.done_today, wang.overdue) == (2, 1, 1)
    assert (li.due_today, li.done_today, li.overdue) == (0, 0, 1)


def test_service_complaints_dormant_key_customers(board, ids):
    snap = board.snapshot(world.DAY)
    service = snap.service
    assert (service.visits_today, service.visits_in_window, service.handed_over_today) == (1, 1, 1)
    assert service.next_due == 1
    classes = {row.category: row for row in snap.complaints}
    quality, price = classes["product_quality"], classes["price"]
    assert (quality.label, quality.received, quality.open) == ("产品质量", 2, 1)
    assert (quality.response_kept, quality.response_late, quality.kept_share) == (1, 1, 0.5)
    assert (price.received, price.open, price.response_kept, price.response_late) == (1, 1, 0, 0)
    assert "other" not in classes
    assert [(d.months, d.customers) for d in snap.dormant] == [(6, 1), (12, 1), (24, 1)]
    assert snap.key_week == "2026-W48"
    [wang] = snap.key_customers
    assert (wang.consultant, wang.listed, wang.closed) == ("王顾问", 2, 1)
    assert sum(snap.segments.values()) == 0 and snap.segments[RfmSegment.NONE] == 0


def test_drill_lists_the_rows_behind_a_number_masked_and_paged(board, ids):
    visits = board.drill(Figure.VISITS, {"day": world.DAY})
    assert sorted(row.customer for row in visits) == ["张三", "李四"]
    assert all("****" in row.mobile for row in visits)
    assert [r.customer for r in board.drill(Figure.ORDERS, {"day": world.DAY})] == ["张三"]
    overdue = board.drill(Figure.FOLLOWUPS_OVERDUE, {"day": world.DAY, "owner_id": ids["wang"]})
    assert [(r.kind, r.customer, r.when) for r in overdue] == [("task", "李四", date(2026, 11, 20))]
    done = board.drill(Figure.FOLLOWUPS_DONE, {"day": world.DAY, "owner_id": ids["wang"]})
    assert [(r.customer, r.detail) for r in done] == [("李四", "walk_in_callback")]
    cases = board.drill(Figure.COMPLAINTS, {"day": world.DAY, "category": "product_quality"})
    assert [(r.kind, r.detail) for r in cases] == [("case", "TS0001"), ("case", "TS0002")]
    assert [r.customer for r in board.drill(Figure.DORMANT, {"day": world.DAY, "months": 12})] == [
        "周八"
    ]
    assert [r.customer for r in board.drill(Figure.NEXT_DUE, {"day": world.DAY})] == ["孙七"]
    assert board.drill_count(Figure.VISITS, {"day": world.DAY}) == 2
    first, second = (board.drill(Figure.VISITS, {"day": world.DAY}, n, 1) for n in (0, 1))
    assert len(first) == len(second) == 1 and first != second


def test_director_reads_the_board_and_a_consultant_is_refused(db, ids):
    assert BoardService(db, DIRECTOR, Clock(world.NOW)).snapshot(world.DAY).today.visits == 2
    refused = BoardService(db, CONSULTANT, Clock(world.NOW))
    with pytest.raises(PermissionDenied):
        refused.snapshot(world.DAY)
    with pytest.raises(PermissionDenied):
        refused.drill(Figure.VISITS, {"day": world.DAY})
