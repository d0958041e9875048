"""The robustness scripts' verdicts: a damaged or lost write is caught, a whole one passes.

The crash test's writer does its real loop here, in-process, on both engines; then rows
are taken away the way a torn transaction would leave them."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import FollowUpTask, WorkItem
from app.permissions import SYSTEM
from tests.factories import add_customer

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture
def crash_test(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(SCRIPTS))
    return importlib.import_module("crash_test")


@pytest.fixture
def stress(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(SCRIPTS))
    return importlib.import_module("stress_two_workstations")


def written_loop(crash_test: ModuleType, db: Database, capsys: pytest.CaptureFixture) -> list:
    """One loop of the writer (walk-in, departure, car, order); the lives it reported."""
    crash_test.Writer(db, "feedbeef", 1).loop()
    return [crash_test.read_life(capsys.readouterr().out)]


def delete_one(db: Database, table: type) -> None:
    with db.transaction(SYSTEM) as session:
        session.delete(session.scalars(select(table).limit(1)).one())


# --- crash test -------------------------------------------------------------------------
def test_whole_actions_pass(crash_test: ModuleType, db: Database, capsys) -> None:
    lives = written_loop(crash_test, db, capsys)
    report = crash_test.report(db.url, lives, 0)
    assert report["acknowledged_by_kind"] == {"walk_in": 1, "departure": 1, "car": 1, "order": 1}
    assert (report["missing"], report["half_written"], report["reused_ids"]) == (0, 0, 0)
    assert report["ok"]


def test_departure_short_of_a_task_is_half_written_and_missing(
    crash_test: ModuleType, db: Database, capsys
) -> None:
    lives = written_loop(crash_test, db, capsys)
    delete_one(db, FollowUpTask)
    report = crash_test.report(db.url, lives, 0)
    assert report["half_written_by_check"]["departure_tasks_wrong"] == 1
    assert report["missing"] == 1 and not report["ok"]


def test_order_short_of_an_item_is_half_written_and_missing(
    crash_test: ModuleType, db: Database, capsys
) -> None:
    lives = written_loop(crash_test, db, capsys)
    delete_one(db, WorkItem)
    report = crash_test.report(db.url, lives, 0)
    assert report["half_written_by_check"]["order_items_wrong"] == 1
    assert report["missing"] == 1 and not report["ok"]


def test_customer_left_without_visit_or_car_is_half_written(
    crash_test: ModuleType, db: Database, capsys
) -> None:
    lives = written_loop(crash_test, db, capsys)
    add_customer(db, "半途客户", "13912345678")
    report = crash_test.report(db.url, lives, 0)
    assert report["half_written_by_check"]["customer_without_visit_or_car"] == 1


def test_ids_acknowledged_again_after_a_kill_count_as_reused(
    crash_test: ModuleType, db: Database, capsys
) -> None:
    (life,) = written_loop(crash_test, db, capsys)
    ids_in_loop = sum(len(a["ids"].get(t, [])) for a in life.acks for t in crash_test.GROWING)
    report = crash_test.report(db.url, [life, life], 0)
    assert report["reused_ids"] == ids_in_loop and not report["ok"]


def test_row_carrying_another_token_counts_as_reused_and_missing(
    crash_test: ModuleType, db: Database, capsys
) -> None:
    (life,) = written_loop(crash_test, db, capsys)
    walk_in = life.acks[0]
    life.acks[0] = {**walk_in, "mark": "crash another-run-1"}
    report = crash_test.report(db.url, [life], 0)
    assert report["reused_ids"] == 1 and report["missing"] == 1


def test_action_killed_after_its_commit_counts_as_committed_unacknowledged(
    crash_test: ModuleType, db: Database, capsys
) -> None:
    (life,) = written_loop(crash_test, db, capsys)
    order = life.acks.pop()  # as if killed between the commit and the `ack`
    life.interrupted = {"begin": "order", "mark": order["mark"]}
    report = crash_test.report(db.url, [life], 0)
    assert report["committed_unacknowledged"] == 1 and report["ok"]


def test_a_killed_line_cut_short_is_not_read(crash_test: ModuleType) -> None:
    out = '{"ready": 1}\n{"begin": "car", "mark": "L1"}\n{"ack": "car", "mark": "L1", "ids'
    life = crash_test.read_life(out)
    assert life.acks == [] and life.interrupted == {"begin": "car", "mark": "L1"}


# --- two workstations -------------------------------------------------------------------
def found(stress: ModuleType, notes: str, version: int):
    return stress.Found(notes={1: notes.split()}, versions={1: version}, visits={}, integrity="ok")


def tallies(stress: ModuleType, *edits: tuple[int, str]) -> dict:
    return {"reception": stress.Tally(edits=list(edits))}


def test_every_acknowledged_edit_there_passes(stress: ModuleType) -> None:
    figures = stress.check(tallies(stress, (1, "r1"), (1, "r2")), {1: 1}, found(stress, "r1 r2", 3))
    losses = ("lost_updates", "version_mismatches", "saved_unacknowledged")
    assert [figures[k] for k in losses] == [0, 0, 0]


def test_save_overwriting_another_is_a_lost_update(stress: ModuleType) -> None:
    # Both desks saved from version 1 and were both told "saved": the second overwrote the
    # first (each bumped the version, so only the token shows it).
    figures = stress.check(tallies(stress, (1, "r1"), (1, "s1")), {1: 1}, found(stress, "s1", 3))
    assert (figures["lost_updates"], figures["version_mismatches"]) == (1, 0)


def test_acknowledged_save_that_never_landed_is_caught(stress: ModuleType) -> None:
    figures = stress.check(tallies(stress, (1, "r1"), (1, "s1")), {1: 1}, found(stress, "r1", 2))
    assert (figures["lost_updates"], figures["version_mismatches"]) == (1, 1)


def test_save_reported_as_failed_but_stored_is_caught(stress: ModuleType) -> None:
    figures = stress.check(tallies(stress, (1, "r1")), {1: 1}, found(stress, "r1 s7", 3))
    assert figures["saved_unacknowledged"] == 1 and figures["version_mismatches"] == 1


def test_refusal_other_than_a_conflict_fails_the_run(stress: ModuleType, tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'stress.sqlite3'}"
    Database(url).open().dispose()
    refused = {"service": stress.Tally(refusals=["EnvironmentProblem: 数据库正被其他程序占用"])}
    figures = stress.report(url, refused, {}, 0)
    assert figures["other_refusals"] == 1 and not figures["ok"]
