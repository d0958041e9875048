"""`segment --filter EXPR [--count] [--json] [--save NAME]` on SQLite and PostgreSQL, over
the world of tests/app/segment_world.py (expressions that do not depend on today)."""

from __future__ import annotations

import json

from sqlalchemy import select

from app.cli import main as cli
from app.models import AuditEntry, StaffRole
from app.services.segments import SegmentService
from tests.app import segment_world
from tests.factories import MANAGER, cli_user

KEYS = {"customer_id", "customer", "mobile", "gender", "district", "value", "rfm", "vehicle",
        "plate", "last_visit"}  # fmt: skip
WOMEN_WITH_A_NEW_VW = "gender=女 and brand=大众 and purchase_year>=2021"


def run(db, *args: str, user: str = "it", role: StaffRole = StaffRole.STORE_MANAGER) -> int:
    return cli(["--db", db.url, *cli_user(db, user, role), "segment", *args])


def test_count_as_a_number_and_as_json(db, capsys) -> None:
    segment_world.build(db)
    assert run(db, "--filter", "性别=女", "--count") == 0
    assert capsys.readouterr().out.strip() == "3"
    assert run(db, "--filter", "consent=marketing", "--count", "--json") == 0
    assert json.loads(capsys.readouterr().out) == {"count": 3}


def test_json_list_has_exactly_the_promised_keys(db, capsys) -> None:
    segment_world.build(db)
    assert run(db, "--filter", WOMEN_WITH_A_NEW_VW, "--json") == 0
    (wang,) = json.loads(capsys.readouterr().out)
    assert set(wang) == KEYS
    assert (wang["customer"], wang["mobile"], wang["gender"]) == ("王芳", "13800000001", "female")
    assert (wang["vehicle"], wang["plate"], wang["value"], wang["rfm"]) == (
        "朗逸 1.5L", "粤B00001", "high", "champion"
    )


def test_a_directors_list_has_whole_numbers_and_is_recorded(db, capsys) -> None:
    segment_world.build(db)
    assert run(db, "--filter", WOMEN_WITH_A_NEW_VW, "--json", user="board",
               role=StaffRole.SALES_DIRECTOR) == 0  # fmt: skip
    assert json.loads(capsys.readouterr().out)[0]["mobile"] == "13800000001"
    with db.reading(MANAGER) as session:
        detail = session.scalar(select(AuditEntry.detail).where(AuditEntry.entity == "segment"))
    assert detail == f"客户筛选 {WOMEN_WITH_A_NEW_VW}，1 位客户（含手机号）"


def test_text_output_is_a_readable_table(db, capsys) -> None:
    segment_world.build(db)
    assert run(db, "--filter", WOMEN_WITH_A_NEW_VW) == 0
    assert capsys.readouterr().out.split("\t")[1:5] == ["王芳", "13800000001", "女", "南山区"]
    assert run(db, "--filter", "brand=奔驰") == 0
    assert capsys.readouterr().out.strip() == "没有符合条件的客户。"


def test_save_keeps_the_filter_by_name(db, capsys) -> None:
    segment_world.build(db)
    assert run(db, "--filter", "gender=女", "--count", "--save", "女车主") == 0
    assert [s.name for s in SegmentService(db, MANAGER).saved()] == ["女车主"]


def test_a_syntax_error_is_one_chinese_line_and_exit_1(db, capsys) -> None:
    segment_world.build(db)
    assert run(db, "--filter", "gender=男人 and brand=大众", "--count") == 1
    captured = capsys.readouterr()
    assert "第 8 个字符处的“男人”不是“性别”的取值" in captured.err
    assert "Traceback" not in captured.err and captured.out == ""


def test_a_receptionist_is_refused(db, capsys) -> None:
    segment_world.build(db)
    assert run(db, "--filter", "gender=女", "--json", user="desk",
               role=StaffRole.RECEPTIONIST) == 1  # fmt: skip
    captured = capsys.readouterr()
    assert "创建活动邀约名单" in captured.err and captured.out == ""
