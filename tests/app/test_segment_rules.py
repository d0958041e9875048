"""The segment expression language: precedence, names in both languages, values, errors
naming the position and the word, and the date bands worked out by hand."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.rules.segment_fields import field_named
from app.rules.segments import (
    All,
    Any,
    Condition,
    Not,
    SegmentSyntaxError,
    condition_text,
    joined,
    parse,
    render,
    rows_of,
)
from app.services.segment_sql import age_band, days_away_band, year_band, years_before
from tests.conftest import examples


def cond(key: str, op: str, *values: object) -> Condition:
    found = field_named(key)
    assert found is not None
    return Condition(found, op, tuple(values))  # type: ignore[arg-type]


def test_and_binds_tighter_than_or_and_not_tighter_than_both() -> None:
    assert parse("age=1 or km=2 and spend=3") == Any(
        (cond("age", "=", 1), All((cond("km", "=", 2), cond("spend", "=", 3))))
    )
    assert parse("not age=1 and km=2") == All((Not(cond("age", "=", 1)), cond("km", "=", 2)))
    assert parse("(age=1 or km=2) and spend=3") == All(
        (Any((cond("age", "=", 1), cond("km", "=", 2))), cond("spend", "=", 3))
    )


def test_chinese_names_keywords_and_labels_mean_the_english_ones() -> None:
    chinese = parse("性别=女 且 （品牌=大众 或 非 购车年份 ≥ 2021）")
    english = parse("gender=female AND (brand=大众 OR NOT purchase_year>=2021)")
    assert chinese == english


def test_values_are_stored_values_numbers_dates_and_quoted_text() -> None:
    assert parse("rfm=重要价值客户") == cond("rfm", "=", "champion")
    assert parse("high_value=是") == cond("high_value", "=", "yes")
    assert parse("warranty_end<2027-01-31") == cond("warranty_end", "<", date(2027, 1, 31))
    assert parse('brand in (大众, "吉利 汽车", “别克”)') == cond(
        "brand", "in", "大众", "吉利 汽车", "别克"
    )
    assert parse("   ") is None


@pytest.mark.parametrize(
    "text",
    ["gender=female and brand=大众 and purchase_year>=2021",
     "(age=30 or district=南山区) and not consent=marketing",
     "brand in (大众, “吉利 汽车”) or km>60000 and value=high"],
)  # fmt: skip
def test_render_gives_back_an_expression_of_the_same_tree(text: str) -> None:
    assert parse(render(parse(text))) == parse(text)


@pytest.mark.parametrize(
    ("text", "position", "word"),
    [
        ("gender=男人", 8, "男人"),
        ("foo=1", 1, "foo"),
        ("age>=x", 6, "x"),
        ("gender=女)", 9, ")"),
        ("age ~ 3", 5, "~"),
        ("last_visit>2026-13-01", 12, "2026-13-01"),
        ("gender<女", 7, "<"),
    ],
)
def test_a_mistake_names_its_position_and_word(text: str, position: int, word: str) -> None:
    with pytest.raises(SegmentSyntaxError) as raised:
        parse(text)
    assert raised.value.position == position
    assert f"第 {position} 个字符" in raised.value.message
    assert f"“{word}”" in raised.value.message


def test_an_unfinished_expression_an_open_bracket_and_an_open_quote() -> None:
    for text, message in [("gender=女 and", "结尾处不完整"), ("(gender=女", "括号没有闭合"),
                          ('brand="大众', "引号没有结束")]:  # fmt: skip
        with pytest.raises(SegmentSyntaxError, match=message):
            parse(text)


def test_an_enum_mistake_lists_the_choices() -> None:
    with pytest.raises(SegmentSyntaxError, match="可选：女、男、未知"):
        parse("性别=男人")


def test_age_band_on_a_fixed_day() -> None:
    # On 2026-11-30 someone is 30 if born from 1995-12-01 up to and including 1996-11-30.
    assert age_band(30, date(2026, 11, 30)) == (date(1995, 12, 1), date(1996, 12, 1))


def test_age_band_on_a_leap_day_and_born_on_one() -> None:
    assert years_before(date(2028, 2, 29), 1) == date(2027, 2, 28)
    # On 2028-02-29 a person born 2000-02-29 is 28 (born up to 2000-02-29 inclusive).
    low, high = age_band(28, date(2028, 2, 29))
    assert low <= date(2000, 2, 29) < high


def test_purchase_year_and_days_away_bands() -> None:
    assert year_band(2021, date(2026, 1, 1)) == (date(2021, 1, 1), date(2022, 1, 1))
    assert days_away_band(10, date(2026, 11, 30)) == (
        datetime(2026, 11, 20), datetime(2026, 11, 21)
    )


def test_rows_of_a_flat_expression_and_back() -> None:
    rows = rows_of(parse("gender=女 and brand=大众 or value=high"))
    assert rows is not None
    assert [(joiner, c.field.key) for joiner, c in rows] == [
        ("and", "gender"), ("and", "brand"), ("or", "value")
    ]
    text = joined([(joiner, condition_text(c)) for joiner, c in rows])
    assert text == "gender=female and brand=大众 or value=high"
    assert rows_of(parse("not gender=女")) is None
    assert rows_of(parse("(age=1 or km=2) and spend=3")) is None
    assert rows_of(None) == []


PIECES = ["gender", "性别", "age", "brand", "km", "last_visit", "=", "!=", ">=", "<", "in",
          "(", ")", ",", "and", "or", "not", "且", "或", "女", "female", "30", "2026-01-31",
          "2026-13-01", '"', "“", "x y", "-5", "99999999999", " "]  # fmt: skip


@settings(max_examples=examples(300))
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.text(max_size=6))
def test_any_text_is_a_tree_or_a_syntax_error(pieces: list[str], noise: str) -> None:
    text = " ".join(pieces) + noise
    try:
        tree = parse(text)
    except SegmentSyntaxError as error:
        assert 1 <= error.position <= len(text) + 1
        return
    assert tree is None or parse(render(tree)) == tree
