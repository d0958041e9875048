"""What a query means, from its shape alone (no database): one lookup for a shape with
one meaning, the likeliest first for the few with two."""

from __future__ import annotations

import pytest

from app.rules.search_modes import Lookup, Mode, lookups, phone_query

M = Mode


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("13812345678", [(M.MOBILE, "13812345678")]),
        ("138 1234-5678", [(M.MOBILE, "13812345678")]),
        ("１３８１２３４５６７８", [(M.MOBILE, "13812345678")]),  # full-width digits
        ("5678", [(M.MOBILE_LAST4, "5678")]),
        ("1391", [(M.MOBILE_LAST4, "1391")]),  # without the reveal permission: last four
        ("139000", [(M.VIN_LAST6, "139000")]),
        ("13900", []),  # a number's beginning is not for everyone
        ("12", []),
        ("LSVAU2180N2183294", [(M.VIN, "LSVAU2180N2183294")]),
        ("lsvau2180n2183294", [(M.VIN, "LSVAU2180N2183294")]),
        ("2183294", []),  # seven digits: neither a last six nor, here, a beginning
        ("183294", [(M.VIN_LAST6, "183294")]),
        ("n21832", [(M.VIN_LAST6, "N21832")]),
        ("粤B12345", [(M.PLATE, "粤B12345")]),
        ("粤b 1", [(M.PLATE, "粤B1")]),
        ("粤BD", [(M.PLATE, "粤BD")]),
        ("粤B1234学", [(M.PLATE, "粤B1234学")]),
        ("苏明", [(M.NAME, "苏明")]),  # 苏 begins plates and names
        ("粤B汽车服务", [(M.NAME, "粤B汽车服务")]),
        ("张三", [(M.NAME, "张三")]),
        ("张", [(M.NAME, "张")]),
        ("zs", [(M.INITIALS, "zs"), (M.PINYIN, "zs")]),
        ("ZSF", [(M.INITIALS, "zsf"), (M.PINYIN, "zsf")]),
        ("zhang san", [(M.INITIALS, "zhangsan"), (M.PINYIN, "zhangsan")]),
        ("abcdef", [(M.INITIALS, "abcdef"), (M.PINYIN, "abcdef")]),  # no digit: no VIN
        ("%", [(M.NAME, "%")]),
        ("' OR 1=1 --", []),
        ("A1B2", []),
        ("", []),
        ("  \x00\t ", []),
    ],
)
def test_a_shape_means_its_lookups(query: str, expected: list[tuple[Mode, str]]) -> None:
    assert lookups(query) == [Lookup(mode, key) for mode, key in expected]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("13812345678", [(M.MOBILE, "13812345678")]),
        ("1391", [(M.MOBILE_LAST4, "1391"), (M.MOBILE_PREFIX, "1391")]),
        ("5678", [(M.MOBILE_LAST4, "5678")]),  # mobile numbers begin with 1
        ("139000", [(M.MOBILE_PREFIX, "139000"), (M.VIN_LAST6, "139000")]),
        ("13900", [(M.MOBILE_PREFIX, "13900")]),
        ("12", []),
        ("138123456789", []),  # longer than a mobile number
        ("张三", [(M.NAME, "张三")]),
    ],
)
def test_staff_who_see_whole_numbers_also_search_their_beginning(
    query: str, expected: list[tuple[Mode, str]]
) -> None:
    assert lookups(query, phone_prefixes=True) == [Lookup(mode, key) for mode, key in expected]


def test_vehicle_lookups_are_told_apart() -> None:
    assert [lookup.finds_vehicles for lookup in lookups("139000", phone_prefixes=True)] == [
        False,
        True,
    ]


def test_a_very_long_query_is_cut() -> None:
    (lookup,) = lookups("张" * 500)
    assert lookup == Lookup(M.NAME, "张" * 60)


@pytest.mark.parametrize(
    ("query", "audited"),
    [("13812345678", "138****5678"), ("5678", "5678"), ("139", "*139"), ("12", None),
     ("张三", None), ("粤B12345", None)],
)  # fmt: skip
def test_a_phone_search_is_recorded_masked(query: str, audited: str | None) -> None:
    assert phone_query(query) == audited
