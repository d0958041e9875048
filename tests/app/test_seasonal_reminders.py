"""Seasonal checks made by the reminder run on SQLite and PostgreSQL: once per season per
car, in bulk on the first run on or after the trigger day, within marketing consent."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app import settings
from app.permissions import SYSTEM
from app.services.reminders import ReminderService
from tests.app import reminder_world as w
from tests.factories import MANAGER

KIND = "season_antifreeze"


@pytest.fixture
def clock() -> w.Clock:
    return w.Clock(datetime(2026, 12, 15, 9, 0))


@pytest.fixture
def store(db, clock) -> dict[str, int]:
    """Antifreeze moved to 01-10 (30 lead days: due from 2026-12-11, across the year end)."""
    ReminderService(db, MANAGER, clock).save_rule(KIND, {"season": "01-10", "lead_days": 30})
    people = {}
    for serial, (name, last_visit) in enumerate(
        [("张三", datetime(2026, 6, 1, 9)), ("李四", datetime(2026, 8, 1, 9)),
         ("王五", datetime(2025, 11, 30, 9)), ("赵六", None)], start=1,
    ):  # fmt: skip
        cid = w.customer(db, name, f"1390000000{serial}")
        car = w.vehicle(db, cid, serial)
        if last_visit:
            w.service_visit(db, cid, car, last_visit, 10_000 * serial)
        people[name] = cid
    return people


def seasonal_tasks(db) -> list:
    return w.tasks(db, kind=KIND)


def test_one_call_per_recent_car_within_marketing_consent(db, clock, store) -> None:
    service = ReminderService(db, MANAGER, clock)
    service.set_consent(store["李四"], "marketing", False, "不要推销")
    report = service.generate()
    [task] = seasonal_tasks(db)
    assert task.customer_id == store["张三"]  # 李四 refused, 王五 not in 12 months, 赵六 never
    assert task.dedupe_key.endswith(":2027") and task.due_date == date(2026, 12, 15)
    assert "张三" in task.message and "浙A00001" in task.message and "防冻液" in task.message
    assert report.refused_by_consent >= 1


def test_the_season_is_made_once(db, clock, store) -> None:
    service = ReminderService(db, MANAGER, clock)
    assert service.generate().by_kind.get(KIND) == 2
    w.service_visit(db, store["王五"], 3, datetime(2026, 12, 15, 10), 40_000)
    assert service.generate().by_kind.get(KIND) is None
    clock.now += timedelta(days=1)
    assert service.generate().by_kind.get(KIND) is None  # 王五 came after: next season
    with db.reading(SYSTEM) as session:
        assert settings.get(session, "reminders.seasons_made") == {KIND: "2027-01-10"}
    assert len(seasonal_tasks(db)) == 2


def test_consent_given_again_brings_the_season_back_for_that_customer(db, clock, store) -> None:
    service = ReminderService(db, MANAGER, clock)
    service.set_consent(store["李四"], "marketing", False, "不要推销")
    service.generate()
    clock.now += timedelta(hours=2)
    service.set_consent(store["李四"], "marketing", True, "回店时同意了")
    assert service.generate().by_kind.get(KIND) == 1
    assert {t.customer_id for t in seasonal_tasks(db)} == {store["张三"], store["李四"]}


def test_before_the_trigger_day_and_when_switched_off_nothing_is_made(db, clock, store) -> None:
    clock.now = datetime(2026, 12, 10, 9, 0)
    service = ReminderService(db, MANAGER, clock)
    assert service.generate().by_kind.get(KIND) is None
    service.save_rule(KIND, {"enabled": False})
    clock.now = datetime(2026, 12, 12, 9, 0)
    assert service.generate().by_kind.get(KIND) is None
