"""`due-list` through the command line on SQLite and PostgreSQL: the JSON promised to
scripts, the recall list, one advisor's list, a refusal, a bad month."""

from __future__ import annotations

import json

from app.cli import main as cli
from app.models import StaffRole
from tests.app import due_world
from tests.factories import cli_user

KEYS = ["customer_id", "customer", "vehicle", "plate", "due_kind", "due_date", "due_km",
        "last_visit", "advisor"]  # fmt: skip


def run(db, *args: str, user: str = "it", role: StaffRole = StaffRole.STORE_MANAGER) -> int:
    return cli(["--db", db.url, *cli_user(db, user, role), "due-list", *args])


def test_the_json_has_exactly_the_promised_keys(db, capsys) -> None:
    world = due_world.build(db)
    assert run(db, "--month", "2026-12", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [list(row) for row in rows] == [KEYS, KEYS]
    assert rows[0] == {
        "customer_id": world.customers["张三"], "customer": "张三", "vehicle": "星越L 2.0T",
        "plate": "浙A00001", "due_kind": "二保", "due_date": "2026-12-10", "due_km": 10000,
        "last_visit": "2026-06-10", "advisor": "王顾问",
    }  # fmt: skip
    assert rows[1]["customer"] == "赵六"


def test_the_recall_list_and_one_advisors_list(db, capsys) -> None:
    due_world.build(db)
    assert run(db, "--month", "2026-12", "--not-come", "--json") == 0
    assert [r["customer"] for r in json.loads(capsys.readouterr().out)] == ["孙八"]
    assert run(db, "--month", "2026-12", "--advisor", "李顾问", "--json") == 0
    assert [r["customer"] for r in json.loads(capsys.readouterr().out)] == ["赵六"]
    assert run(db, "--month", "2026-12") == 0
    out = capsys.readouterr().out
    assert "浙A00001" in out and "138****0001" in out and "13812340001" not in out


def test_a_receptionist_is_refused_and_an_advisor_sees_their_own(db, capsys) -> None:
    due_world.build(db)
    assert run(db, "--month", "2026-12", user="desk", role=StaffRole.RECEPTIONIST) == 1
    assert "月底应到未到名单由服务顾问、客服" in capsys.readouterr().err
    assert run(db, "--month", "2026-12", "--advisor", "王顾问", user="adv",
               role=StaffRole.SERVICE_ADVISOR) == 1  # fmt: skip
    assert "只能查看自己名下客户" in capsys.readouterr().err


def test_a_bad_month_is_one_chinese_line(db, capsys) -> None:
    assert run(db, "--month", "2026-13") == 2
    err = capsys.readouterr().err
    assert "“2026-13”不是月份" in err and "例如 2026-12" in err
