"""`followups --date … [--owner …] [--json]` on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date, datetime

from app.cli import main as cli
from tests.app import reminder_world as w
from tests.factories import cli_user


def test_followups_generates_then_prints_the_day_as_json(db, capsys):
    wang, li = w.staff(db, "王顾问"), w.staff(db, "李顾问")
    zhang = w.customer(db, "张三", "13800000001", consultant_id=wang)
    w.visit(db, zhang, wang, datetime(2026, 11, 22, 14), "A")
    w.customer(db, "李四", "13800000002", consultant_id=li, birthday=date(1990, 11, 23))
    assert cli(["--db", db.url, *cli_user(db), "followups", "--date", "2026-11-23", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["kind"] for r in rows} == {"prospect_first_follow_up", "birthday"}
    first = next(r for r in rows if r["kind"] == "prospect_first_follow_up")
    assert set(first) == {"id", "kind", "due_date", "customer", "phone", "owner", "channel",
                          "status", "message"}  # fmt: skip
    assert (first["customer"], first["phone"], first["owner"]) == ("张三", "138****0001", "王顾问")
    assert first["due_date"] == "2026-11-23" and first["status"] == "open"
    assert "张三" in first["message"]
    # Again, for one owner: nothing made twice, only that owner's tasks.
    assert cli(["--db", db.url, *cli_user(db), "followups", "--date", "2026-11-23",
                "--owner", "王顾问",
                "--json"]) == 0  # fmt: skip
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [first["id"]]


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
