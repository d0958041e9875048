"""`followups --date … [--owner …] [--json]` on SQLite and PostgreSQL.

The command runs on the wall clock, so these tests place their data around the real today."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from app.cli import main as cli
from app.models import FollowUpTask, SettingValue
from app.permissions import SYSTEM
from tests.app import reminder_world as w
from tests.factories import cli_user

TODAY = date.today()


def followups(db, day: date, *extra: str) -> int:
    return cli(["--db", db.url, *cli_user(db), "followups", "--date", day.isoformat(), *extra])


def birthday_in(days: int) -> date:
    """A birthday falling `days` from today (1992: a leap year, for 29 February)."""
    day = TODAY + timedelta(days=days)
    return date(1992, day.month, day.day)


def stored_state(db) -> tuple[list, list]:
    """Every column of every task and setting, to compare byte for byte."""
    with db.transaction(SYSTEM) as session:
        tasks = [tuple(row) for row in session.execute(select(*FollowUpTask.__table__.columns)
                                                       .order_by(FollowUpTask.id))]  # fmt: skip
        settings = [tuple(row) for row in session.execute(select(*SettingValue.__table__.columns)
                                                          .order_by(SettingValue.key))]  # fmt: skip
    return tasks, settings


def test_followups_generates_then_prints_the_day_as_json(db, capsys):
    wang, li = w.staff(db, "王顾问"), w.staff(db, "李顾问")
    zhang = w.customer(db, "张三", "13800000001", consultant_id=wang)
    w.visit(db, zhang, wang, datetime.combine(TODAY - timedelta(days=1), time(14)), "A")
    w.customer(db, "李四", "13800000002", consultant_id=li, birthday=birthday_in(0))
    assert followups(db, TODAY, "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["kind"] for r in rows} == {"prospect_first_follow_up", "birthday"}
    first = next(r for r in rows if r["kind"] == "prospect_first_follow_up")
    assert set(first) == {"id", "kind", "due_date", "customer", "phone", "owner", "channel",
                          "status", "message"}  # fmt: skip
    assert (first["customer"], first["phone"], first["owner"]) == ("张三", "138****0001", "王顾问")
    assert first["due_date"] == TODAY.isoformat() and first["status"] == "open"
    assert "张三" in first["message"]
    # Again, for one owner: nothing made twice, only that owner's tasks.
    assert followups(db, TODAY, "--owner", "王顾问", "--json") == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [first["id"]]


def listed(db, capsys, day: date) -> list[dict]:
    assert followups(db, day, "--json") == 0
    return json.loads(capsys.readouterr().out)


def look_far_ahead_and_back(db, capsys) -> None:
    assert listed(db, capsys, TODAY + timedelta(days=200)) == []
    assert listed(db, capsys, TODAY - timedelta(days=330)) == []


def test_looking_at_another_day_never_changes_what_is_stored(db, capsys):
    """A far-future day once pushed the watermark past the birthdays and 年审 due soon (a
    later real run made none of them); a past day made every reminder since, overdue."""
    wang = w.staff(db, "王顾问")
    w.customer(db, "李四", "13800000002", consultant_id=wang, birthday=birthday_in(5))
    owner = w.customer(db, "王五", "13800000003", consultant_id=wang)
    w.vehicle(db, owner, 1, annual_inspection_due=TODAY + timedelta(days=20))
    never_generated = stored_state(db)
    look_far_ahead_and_back(db, capsys)
    assert stored_state(db) == never_generated
    # The real today's run still makes what falls due soon, and only that.
    assert [r["kind"] for r in listed(db, capsys, TODAY + timedelta(days=5))] == ["birthday"]
    made = {(t.kind, t.due_date) for t in w.tasks(db)}
    assert made == {("birthday", TODAY + timedelta(days=5)), ("annual_inspection", TODAY)}
    generated = stored_state(db)
    look_far_ahead_and_back(db, capsys)
    assert stored_state(db) == generated


def test_followups_plain_text_and_errors(db, capsys):
    w.staff(db, "王顾问")
    assert cli(["--db", db.url, *cli_user(db), "followups", "--date", "2026-11-23"]) == 0
    assert "没有回访任务" in capsys.readouterr().out
    assert (
        cli(["--db", db.url, *cli_user(db), "followups", "--date", "2026-11-23", "--owner", "无名"])
        == 1
    )
    assert "找不到员工" in capsys.readouterr().err
    assert cli(["--db", db.url, *cli_user(db), "followups", "--date", "23/11/2026"]) == 2


def test_dates_at_the_ends_of_the_supported_range_work_with_lunar_birthdays(db, capsys):
    wang = w.staff(db, "王顾问")
    for day in range(15, 26):  # lunar 11-20 is 2099-12-31; the lunar table ends in 2099
        w.customer(db, f"李{day}", f"138000000{day}", consultant_id=wang,
                   lunar_birthday_month=11, lunar_birthday_day=day)  # fmt: skip
    for day in ("2000-01-01", "2099-12-31"):
        assert cli(["--db", db.url, *cli_user(db), "followups", "--date", day]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_a_date_out_of_range_is_one_chinese_line_naming_the_form(sqlite_db, capsys):
    for day in ("9999-12-31", "0001-01-01", "1999-12-31", "2100-01-01"):
        assert cli(["--db", sqlite_db.url, *cli_user(sqlite_db), "followups", "--date", day]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "YYYY-MM-DD" in err and "2000-01-01" in err, err
