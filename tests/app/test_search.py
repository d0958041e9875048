from __future__ import annotations

import pytest

from app.db import Database
from app.services.search import SearchService
from app.validation import with_check_digit
from tests.factories import MANAGER, add_customer, add_vehicle


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    ids = {
        "张三": add_customer(db, "张三", "13812345678"),
        "张三丰": add_customer(db, "张三丰", "13900001111"),
        "曾小明": add_customer(db, "曾小明", "13712345678"),
        "李四": add_customer(db, "李四", "15000005678"),
    }
    add_vehicle(db, ids["张三"], "LSVAU2180N2183294", "粤B12345")
    add_vehicle(db, ids["李四"], "LFV2A21K0M3456789", "粤BD67890")
    return ids


def names(db: Database, query: str) -> list[str]:
    return [hit.name for hit in SearchService(db, MANAGER).search(query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("张三", ["张三", "张三丰"]),  # name prefix
        ("张三丰", ["张三丰"]),
        ("zs", ["张三", "张三丰"]),  # pinyin initials
        ("ZSF", ["张三丰"]),
        ("zxm", ["曾小明"]),  # surname read as a surname
        ("zengxiao", ["曾小明"]),  # full pinyin prefix
        ("13812345678", ["张三"]),  # full mobile
        ("138 1234 5678", ["张三"]),
        ("1391", []),
        ("139000", ["张三丰"]),  # mobile prefix
        ("5678", ["张三", "曾小明", "李四"]),  # last four digits
        ("粤B12345", ["张三"]),  # full plate
        ("粤b1", ["张三"]),  # plate prefix, lower case
        ("粤BD", ["李四"]),  # new-energy plate prefix
        ("王", []),
        ("", []),
    ],
)
def test_every_search_mode(db: Database, people: dict[str, int], query: str, expected) -> None:
    assert sorted(names(db, query)) == sorted(expected)


def test_vin_full_and_last_six(db: Database, people: dict[str, int]) -> None:
    vin = with_check_digit("LSVAU2180N2183294")
    assert names(db, vin) == ["张三"]
    assert names(db, vin.lower()) == ["张三"]
    assert names(db, vin[-6:]) == ["张三"]


def test_hits_carry_plates_and_vins(db: Database, people: dict[str, int]) -> None:
    (hit,) = SearchService(db, MANAGER).search("13812345678")
    assert hit.as_json() == {
        "id": people["张三"],
        "name": "张三",
        "phone": "138****5678",
        "stage": "prospect",
        "intent_level": "N",
        "consultant": None,
        "plates": ["粤B12345"],
        "vins": [with_check_digit("LSVAU2180N2183294")],
    }


def test_limit_is_respected(db: Database, people: dict[str, int]) -> None:
    assert len(SearchService(db, MANAGER).search("5678", limit=2)) == 2


def test_sql_metacharacters_are_just_text(db: Database, people: dict[str, int]) -> None:
    for query in ["' OR 1=1 --", "%", "_", "张%", "\\"]:
        assert names(db, query) == []
