"""Cell normalisation and header detection for imported customer lists: each pure
function with values worked out by hand."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from app.importing import normalize as n
from app.importing.rows import Column, column_letter, parse_row
from app.models import Gender
from app.validation import with_check_digit

VIN = with_check_digit("LSVAA4182E2184860")  # check digit computed: LSVAA418?E2184860


# --- phones -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "typed",
    [
        "13812345678", "138 1234 5678", "138-1234-5678", "１３８１２３４５６７８",
        "+86 138 1234 5678", "+8613812345678", "008613812345678", "86 13812345678",
        13812345678.0, 13812345678, " 13812345678 ", "(+86) 138-1234-5678",
        "13812345678/13912345678",
    ],
)  # fmt: skip
def test_mobiles_as_people_type_them_become_eleven_digits(typed) -> None:
    assert n.clean_phone(typed) == n.Phone("13812345678", is_mobile=True)


@pytest.mark.parametrize(
    ("typed", "landline"),
    [
        ("020-12345678", "020-12345678"),
        ("(010) 8765 4321", "010-87654321"),
        ("0755-8888999", "0755-8888999"),
        ("075588889999", "0755-88889999"),
        ("0086 20 1234 5678", None),  # a country prefix before a landline is not ours
    ],
)
def test_landlines_keep_their_area_code(typed: str, landline: str | None) -> None:
    if landline is None:
        with pytest.raises(n.CellError):
            n.clean_phone(typed)
    else:
        assert n.clean_phone(typed) == n.Phone(landline, is_mobile=False)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("abc", "不是数字"),
        ("1381234567", "不是有效的 11 位手机号码"),
        ("12012345678", "不是有效的 11 位手机号码"),
        ("87654321", "请带区号"),
        ("020-123", "位数不对"),
    ],
)
def test_a_bad_phone_says_why(typed: str, reason: str) -> None:
    with pytest.raises(n.CellError, match=reason):
        n.clean_phone(typed)


# --- dates ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "typed",
    [
        date(2024, 3, 5), datetime(2024, 3, 5, 14, 30), "2024-03-05", "2024/3/5", "2024.3.5",
        "2024年3月5日", "20240305", 20240305, "2024-03-05 00:00:00", "2024 年 3 月 5 日",
        45356, 45356.0, "45356", "２０２４－０３－０５",
    ],
)  # fmt: skip
def test_dates_in_every_usual_form(typed) -> None:
    # 45356 = days since 1899-12-30 (Excel's epoch): 2024-03-05.
    assert n.clean_date(typed) == date(2024, 3, 5)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [("2024-02-30", "不存在"), ("下周三", "无法识别"), ("1990", "无法识别"), (2958465, "超出范围")],
)
def test_a_bad_date_says_why(typed, reason: str) -> None:
    with pytest.raises(n.CellError, match=reason):
        n.clean_date(typed)


# --- plates, VINs, gender, numbers ----------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "plate"),
    [
        ("粤b12345", "粤B12345"), ("粤B 12345", "粤B12345"), ("粤B·12345", "粤B12345"),
        ("粤B・12345", "粤B12345"), ("粤B-12345", "粤B12345"), ("粤bd12345", "粤BD12345"),
        ("粤B·D12345", "粤BD12345"), ("粤B12345D", "粤B12345D"), ("粤Ｂ１２３４５", "粤B12345"),
    ],
)  # fmt: skip
def test_plates_in_lower_case_or_with_a_space_or_dot(typed: str, plate: str) -> None:
    assert n.clean_plate(typed) == plate


def test_a_plate_that_is_not_one_says_so() -> None:
    with pytest.raises(n.CellError, match="车牌号“粤B1234”格式不正确"):
        n.clean_plate("粤B1234")


def test_vins_in_lower_case_or_with_spaces() -> None:
    spaced = f"{VIN[:4].lower()} {VIN[4:10].lower()} {VIN[10:]}"
    assert n.clean_vin(spaced) == n.CleanVin(VIN, check_digit_ok=True)


def test_a_wrong_check_digit_is_kept_and_flagged() -> None:
    wrong = VIN[:8] + ("1" if VIN[8] != "1" else "2") + VIN[9:]
    assert n.clean_vin(wrong) == n.CleanVin(wrong, check_digit_ok=False)


def test_a_vin_of_the_wrong_length_is_refused() -> None:
    with pytest.raises(n.CellError, match="应为 17 位，现在是 16 位"):
        n.clean_vin(VIN[:16])


@pytest.mark.parametrize(
    ("typed", "gender"),
    [
        ("男", Gender.MALE), ("M", Gender.MALE), ("先生", Gender.MALE), (" male ", Gender.MALE),
        ("女", Gender.FEMALE), ("f", Gender.FEMALE), ("女士", Gender.FEMALE),
        ("小姐", Gender.FEMALE), ("未知", Gender.UNKNOWN),
    ],
)  # fmt: skip
def test_gender_words(typed: str, gender: Gender) -> None:
    assert n.clean_gender(typed) == gender


def test_unknown_gender_word_says_what_is_expected() -> None:
    with pytest.raises(n.CellError, match="男/女"):
        n.clean_gender("保密中")


@pytest.mark.parametrize(
    ("typed", "km"), [("12,345", 12345), ("12345km", 12345), ("1.2万", 12000), (8000.4, 8000)]
)
def test_km(typed, km: int) -> None:
    assert n.clean_km(typed) == km


def test_amounts_lose_currency_signs() -> None:
    assert n.clean_amount("¥1,234.5") == Decimal("1234.50")
    assert n.clean_amount("580元") == Decimal("580.00")
    with pytest.raises(n.CellError, match="不是数字"):
        n.clean_amount("五百")


def test_names_lose_stray_spaces_between_chinese_characters() -> None:
    assert n.clean_name("  张　三 ") == "张三"
    assert n.clean_name("Li  Ming") == "Li Ming"


# --- headers and rows ---------------------------------------------------------------------
def test_header_synonyms_map_to_fields_ignoring_marks_and_units() -> None:
    cells = ["序号", "客户名称*", "联系电话", "VIN码", "里程（km）", "车牌号码", "喜好", "电话"]
    assert n.map_columns(cells) == {1: "name", 2: "mobile", 3: "vin", 4: "mileage", 5: "plate"}


def test_header_row_is_found_below_titles_and_blank_rows() -> None:
    rows = [
        ["XX 汽车 4S 店客户名单", None, None],
        [None, None, None],
        ["导出日期：2026-11-01", "", ""],
        ["车主", "手机号", "车架号"],
        ["张三", "13812345678", VIN],
    ]
    assert n.find_header_row(rows) == 3


def test_no_header_row_when_fewer_than_two_known_headers() -> None:
    assert n.find_header_row([["姓名", "爱好"], ["张三", "钓鱼"]]) is None


def test_totals_and_blank_rows_are_recognised() -> None:
    assert n.is_totals_row(["合 计", "", 12000])
    assert n.is_totals_row(["", "总计：35 人"])
    assert not n.is_totals_row(["张三", "13812345678"])
    assert n.is_blank_row(["", None, "  "])


def test_column_letters_as_excel_names_them() -> None:
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 701, 702)] == [
        "A", "B", "Z", "AA", "AB", "ZZ", "AAA",
    ]  # fmt: skip


COLUMNS = [
    Column(0, "A", "姓名", "name"),
    Column(1, "B", "手机", "mobile"),
    Column(2, "C", "车牌", "plate"),
    Column(3, "D", "车架号", "vin"),
    Column(4, "E", "进厂日期", "service_date"),
    Column(5, "F", "里程", "mileage"),
]


def test_a_row_reports_every_bad_cell_with_its_column() -> None:
    row = parse_row(7, ["", "abc", "粤B1", VIN, "2024-13-01", "很多"], COLUMNS)
    assert [(p.row, p.column, p.letter) for p in row.errors] == [
        (7, "手机", "B"), (7, "车牌", "C"), (7, "进厂日期", "E"), (7, "里程", "F"),
        (7, "姓名", "A"),
    ]  # fmt: skip
    assert row.errors[-1].message == "缺少客户姓名。"


def test_a_row_needs_a_mobile_or_a_vin() -> None:
    row = parse_row(3, ["张三", "", "", "", "", ""], COLUMNS)
    assert [p.message for p in row.errors] == [
        "缺少手机号和车架号：至少填一项，才能识别客户、避免重复导入。"
    ]


def test_a_plate_without_a_vin_is_an_error_on_the_vin_column() -> None:
    row = parse_row(3, ["张三", "13812345678", "粤B12345", "", "", ""], COLUMNS)
    assert [(p.column, p.message[:9]) for p in row.errors] == [("车架号", "有车牌但没有车架号")]


def test_a_landline_goes_to_the_notes() -> None:
    row = parse_row(3, ["张三", "020-12345678", "", VIN, "", ""], COLUMNS)
    assert (row.mobile, row.notes, row.ok) == (None, "固定电话：020-12345678", True)


def test_service_record_needs_date_and_km() -> None:
    full = parse_row(3, ["张三", "13812345678", "", VIN, "2024/3/5", "12,000"], COLUMNS)
    half = parse_row(4, ["张三", "13812345678", "", VIN, "2024/3/5", ""], COLUMNS)
    assert full.service == n_service(date(2024, 3, 5), 12000)
    assert half.service is None
    assert [p.message for p in half.warnings] == ["有进厂日期但没有里程：这次进厂记录未导入。"]


def n_service(day: date, km: int):
    from app.importing.rows import ServiceRecord

    return ServiceRecord(day, km, None)
