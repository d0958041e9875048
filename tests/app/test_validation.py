from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.validation import (
    clean_text,
    mask_mobile,
    validate_mobile,
    validate_name,
    validate_plate,
    validate_vin,
    vin_check_digit,
    with_check_digit,
)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("+86 138-1234-5678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),  # full-width digits from a Chinese IME
    ],
)
def test_mobile_is_stored_as_its_eleven_digits(typed: str, stored: str) -> None:
    assert validate_mobile(typed) == stored


@pytest.mark.parametrize(
    "typed", ["", "1381234567", "23812345678", "010-12345678", "abc", "+1 650 253 0000"]
)
def test_wrong_mobile_is_refused_in_chinese(typed: str) -> None:
    with pytest.raises(ValidationError) as raised:
        validate_mobile(typed)
    assert raised.value.field == "mobile"
    assert "手机号码" in raised.value.message


def test_mobile_is_masked_for_staff_who_need_not_see_it() -> None:
    assert mask_mobile("13812345678") == "138****5678"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("粤B12345", "粤B12345"),
        ("粤b·12345", "粤B12345"),
        ("京A 8888学", "京A8888学"),
        ("粤BD12345", "粤BD12345"),  # new energy, small car
        ("沪AF1234X".replace("X", "5"), "沪AF12345"),
        ("粤B12345D", "粤B12345D"),  # new energy, large car
    ],
)
def test_plates_of_real_formats_are_accepted(typed: str, stored: str) -> None:
    assert validate_plate(typed) == stored


@pytest.mark.parametrize("typed", ["", "B12345", "粤B1234", "粤BI2345", "粤B1234567", "XX12345"])
def test_wrong_plates_are_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as raised:
        validate_plate(typed)
    assert "车牌" in raised.value.message


def test_vin_check_digit_is_computed_as_iso_3779() -> None:
    assert vin_check_digit("1M8GDM9AXKP042788") == "X"
    assert validate_vin("1m8gdm9axkp042788").check_digit_ok


def test_vin_with_a_wrong_check_digit_is_reported_not_refused() -> None:
    result = validate_vin("1M8GDM9A1KP042788")
    assert result.vin == "1M8GDM9A1KP042788"
    assert not result.check_digit_ok


@pytest.mark.parametrize(
    ("typed", "words"),
    [("LSVAU2180N218329", "17 位"), ("LSVAU2180N21832IO", "I、O")],
)
def test_malformed_vins_are_refused(typed: str, words: str) -> None:
    with pytest.raises(ValidationError) as raised:
        validate_vin(typed)
    assert words in raised.value.message


def test_with_check_digit_makes_a_valid_vin() -> None:
    assert validate_vin(with_check_digit("LSVAU2180N2183294")).check_digit_ok


def test_name_is_required_and_cleaned() -> None:
    assert validate_name("  张\u0000三 ") == "张三"
    with pytest.raises(ValidationError, match="姓名"):
        validate_name("   ")


@given(st.text(max_size=300))
def test_any_text_is_refused_cleanly_or_cleaned(text: str) -> None:
    try:
        cleaned = clean_text(text, "notes", max_length=200)
    except ValidationError as exc:
        assert "过长" in exc.message
    else:
        assert cleaned is None or all(ord(ch) >= 32 or ch in "\n\t" for ch in cleaned)


@given(st.text(max_size=40))
def test_no_input_crashes_the_phone_plate_or_vin_validators(text: str) -> None:
    for validator in (validate_mobile, validate_plate, validate_vin):
        try:
            validator(text)
        except ValidationError as exc:
            assert exc.message
