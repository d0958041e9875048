"""What people type in their Excel lists, made into what DealerDesk stores.

Each function takes one cell's value (text, a number, a date: whatever the reader gave)
and returns the clean value, or raises CellError with the reason in Chinese.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP, Phrase
from ..models import Gender
from ..validation import validate_mobile, validate_plate, validate_vin

# --- headers -----------------------------------------------------------------------------
NAME, MOBILE, GENDER, BIRTHDAY = "name", "mobile", "gender", "birthday"
PLATE, VIN, MODEL, COLOUR = "plate", "vin", "model", "colour"
PURCHASE_DATE, MILEAGE, SERVICE_DATE, AMOUNT = "purchase_date", "mileage", "service_date", "amount"
ADDRESS, NOTES = "address", "notes"

# The first synonym is the field's own name in the store's words.
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    NAME: ("姓名", "客户姓名", "客户名称", "车主", "车主姓名", "客户", "客户名", "联系人"),
    MOBILE: (
        "手机", "手机号", "手机号码", "联系电话", "电话", "电话号码", "联系方式", "移动电话",
        "车主电话", "客户电话",
    ),
    GENDER: ("性别",),
    BIRTHDAY: ("生日", "出生日期", "出生年月日", "出生年月"),
    PLATE: ("车牌", "车牌号", "车牌号码", "牌照", "牌照号"),
    VIN: ("车架号", "vin", "vin码", "车辆识别代号", "车辆识别号", "车辆识别码", "底盘号"),
    MODEL: ("车型", "品牌车型", "车型名称", "车辆型号", "车系车型"),
    COLOUR: ("颜色", "车身颜色", "车辆颜色"),
    PURCHASE_DATE: ("购车日期", "开票日期", "购买日期", "购车时间", "开票时间"),
    MILEAGE: ("里程", "行驶里程", "公里数", "进厂里程", "表显里程", "里程数"),
    SERVICE_DATE: (
        "进厂日期", "保养日期", "服务日期", "维修日期", "最近进厂日期", "上次保养日期",
        "到店日期", "进厂时间",
    ),
    AMOUNT: ("金额", "消费金额", "结算金额", "维修金额", "保养金额", "费用"),
    ADDRESS: ("地址", "联系地址", "住址", "家庭住址"),
    NOTES: ("备注", "说明"),
}  # fmt: skip
FIELDS = tuple(HEADER_SYNONYMS)
_SYNONYM_FIELD = {word: field for field, words in HEADER_SYNONYMS.items() for word in words}
HEADER_SEARCH_ROWS = 50
MIN_HEADER_FIELDS = 2
_TOTALS_WORDS = ("合计", "总计", "小计", "共计")


def header_key(value: object) -> str:
    """A header cell as compared with the synonyms: no spaces, marks, units or case."""
    text = unicodedata.normalize("NFKC", str(value or "")).lower()
    text = re.sub(r"\(.*?\)|\[.*?\]", "", text)  # 里程(km), 手机（必填）: NFKC made them ()
    return re.sub(r"[\s*:：#_\-/]", "", text)


def field_for_header(value: object) -> str | None:
    return _SYNONYM_FIELD.get(header_key(value))


def map_columns(cells: Sequence[object]) -> dict[int, str]:
    """Column index → field, for the headers we know; the first of two same fields wins."""
    mapping: dict[int, str] = {}
    for index, cell in enumerate(cells):
        field = field_for_header(cell)
        if field is not None and field not in mapping.values():
            mapping[index] = field
    return mapping


def find_header_row(rows: Sequence[Sequence[object]]) -> int | None:
    """The index of the row that names the most known fields (at least two), looking
    past title rows, merged banners and blank rows. None: no header found."""
    best, best_count = None, MIN_HEADER_FIELDS - 1
    for index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        count = len(map_columns(cells))
        if count > best_count:
            best, best_count = index, count
    return best


def is_blank_row(cells: Sequence[object]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def is_totals_row(cells: Sequence[object]) -> bool:
    """合计 / 总计 / 小计 rows sum the columns above them; they are never a customer."""
    return any(isinstance(c, str) and "".join(c.split()).startswith(_TOTALS_WORDS) for c in cells)


# --- cells ------------------------------------------------------------------------------
class CellError(ValueError):
    """A cell that cannot be imported: `phrase` says why (a template marked under
    "Errors" and its values, as a UserError's), `message` in Chinese."""

    def __init__(self, template: str, /, **params: object) -> None:
        self.phrase = Phrase("Errors", template, params)
        self.message = str(self.phrase)
        super().__init__(self.message)

    @classmethod
    def saying(cls, phrase: Phrase) -> CellError:
        """The same words as a UserError's (a refused VIN or plate)."""
        return cls(phrase.template, **phrase.params)


_SPACES = re.compile(r"\s+")
_SPACE_IN_CHINESE = re.compile(r"(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])")
_PHONE_PUNCTUATION = re.compile(r"[\s\-()（）.]")
_PHONE_DIGITS = re.compile(r"\+?\d+")
_EIGHT_DIGITS = re.compile(r"\d{8}")
_SERIAL = re.compile(r"\d{5}(\.\d+)?")
_KM_UNIT = re.compile(r"\s*(km|公里|千米)$")
_MONEY_MARKS = re.compile(r"[¥￥,，\s]|元$")


def cell_text(value: object) -> str:
    """Text as typed: full-width letters and digits made plain, stray spaces trimmed.
    Whole numbers that Excel stores as floats (13812345678.0) lose their '.0'."""
    if value is None or value == "":
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = value if isinstance(value, str) else str(value)
    if not text.isascii():  # NFKC leaves ASCII as it is: skip it for most cells
        text = unicodedata.normalize("NFKC", text)
    return _SPACES.sub(" ", text).strip()


def clean_name(value: object) -> str:
    """张 三 → 张三 (spaces between Chinese characters are typing slips); Latin names keep
    one space between words."""
    text = cell_text(value)
    text = _SPACE_IN_CHINESE.sub("", text)
    if not text:
        raise CellError(QT_TRANSLATE_NOOP("Errors", "缺少客户姓名。"))
    if len(text) > 60:
        raise CellError(QT_TRANSLATE_NOOP("Errors", "姓名过长（最多 60 个字）。"))
    return text


@dataclass(frozen=True)
class Phone:
    """A mobile (11 digits) or a landline written as 区号-号码 (020-12345678)."""

    number: str
    is_mobile: bool


_PHONE_SEPARATORS = re.compile(r"[/,，;；、|]| 或 ")
_COUNTRY_PREFIX = re.compile(r"^(?:\+?0{0,2}86)(?=1\d{10}$)")
_TWO_DIGIT_AREAS = ("010", "02")


def clean_phone(value: object) -> Phone:
    """The first number in the cell: +86 / 0086 / 86 prefixes, spaces, dashes and
    brackets dropped; a mobile is checked against the numbering plan."""
    text = cell_text(value)
    first = _PHONE_SEPARATORS.split(text)[0].strip()
    digits = _PHONE_PUNCTUATION.sub("", first)
    if not digits:
        raise CellError(QT_TRANSLATE_NOOP("Errors", "缺少电话号码。"))
    if not _PHONE_DIGITS.fullmatch(digits):
        raise CellError(
            QT_TRANSLATE_NOOP("Errors", "电话号码“{first}”含有不是数字的字符。"), first=first[:20]
        )
    digits = _COUNTRY_PREFIX.sub("", digits.lstrip("+"))
    if digits.startswith("1"):
        return Phone(_mobile(digits, first), is_mobile=True)
    return Phone(_landline(digits, first), is_mobile=False)


def _mobile(digits: str, typed: str) -> str:
    try:
        return validate_mobile(digits)
    except ValidationError:
        raise CellError(
            QT_TRANSLATE_NOOP("Errors", "手机号“{typed}”不是有效的 11 位手机号码。"),
            typed=typed[:20],
        ) from None


def _landline(digits: str, typed: str) -> str:
    """0 + area code (2 or 3 digits) + a 7 or 8 digit number: 020-12345678, 0755-8888999."""
    if not digits.startswith("0"):
        raise CellError(
            QT_TRANSLATE_NOOP(
                "Errors", "电话号码“{typed}”不完整：固定电话请带区号（如 020-12345678）。"
            ),
            typed=typed[:20],
        )
    area_length = 3 if digits.startswith(_TWO_DIGIT_AREAS) else 4
    area, local = digits[:area_length], digits[area_length:]
    if len(local) not in (7, 8):
        raise CellError(
            QT_TRANSLATE_NOOP(
                "Errors", "电话号码“{typed}”位数不对（固定电话：区号 + 7 或 8 位号码）。"
            ),
            typed=typed[:20],
        )
    return f"{area}-{local}"


_DATE_PATTERN = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 (after Excel's 1900 leap day)
_EARLIEST, _LATEST = date(1900, 1, 1), date(2099, 12, 31)


def clean_date(value: object) -> date:
    """Excel dates and serial numbers; text as 2024-03-05, 2024/3/5, 2024.3.5,
    2024年3月5日 or 20240305 (any of them with a time after)."""
    if isinstance(value, datetime):
        return _in_range(value.date(), str(value))
    if isinstance(value, date):
        return _in_range(value, str(value))
    text = cell_text(value)
    if isinstance(value, int | float) and not _EIGHT_DIGITS.fullmatch(text):
        return _serial(value, text)  # a number cell: Excel's day count
    if _SERIAL.fullmatch(text):
        return _serial(float(text), text)  # a serial written out as text (a CSV)
    typed = text
    if _EIGHT_DIGITS.fullmatch(text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    found = _DATE_PATTERN.match(text)
    if found is None:
        if not text:
            raise CellError(QT_TRANSLATE_NOOP("Errors", "缺少日期。"))
        raise CellError(
            QT_TRANSLATE_NOOP("Errors", "日期“{typed}”无法识别（例：2024-03-05）。"),
            typed=typed[:20],
        )
    year, month, day = (int(part) for part in found.groups())
    try:
        return _in_range(date(year, month, day), typed)
    except ValueError:
        raise CellError(
            QT_TRANSLATE_NOOP("Errors", "日期“{typed}”不存在。"), typed=typed[:20]
        ) from None


def _serial(number: float, typed: str) -> date:
    if not 1 <= number < 73051:  # 2099-12-31
        raise CellError(
            QT_TRANSLATE_NOOP("Errors", "日期“{typed}”超出范围（1900 至 2099 年）。"),
            typed=typed[:20],
        )
    return _EXCEL_EPOCH + timedelta(days=int(number))


def _in_range(day: date, typed: str) -> date:
    if not _EARLIEST <= day <= _LATEST:
        raise CellError(
            QT_TRANSLATE_NOOP("Errors", "日期“{typed}”超出范围（1900 至 2099 年）。"),
            typed=typed[:20],
        )
    return day


_PLATE_DOTS = "·•・･‧∙."
_PLATE_SEPARATORS = re.compile(rf"[\s\-{re.escape(_PLATE_DOTS)}]")


def clean_plate(value: object) -> str:
    """粤b 12345, 粤B·12345, 粤b-d12345 → 粤B12345 / 粤BD12345 (8 characters: new energy)."""
    text = cell_text(value).upper()
    text = _PLATE_SEPARATORS.sub("", text)
    try:
        return validate_plate(text)
    except ValidationError as exc:
        raise CellError.saying(exc.phrase) from None


@dataclass(frozen=True)
class CleanVin:
    vin: str
    check_digit_ok: bool


def clean_vin(value: object) -> CleanVin:
    """Upper case, spaces dropped. A wrong check digit is the caller's warning: not every
    maker uses it."""
    try:
        checked = validate_vin(cell_text(value).replace("-", ""))
    except ValidationError as exc:
        raise CellError.saying(exc.phrase) from None
    return CleanVin(checked.vin, checked.check_digit_ok)


_GENDERS = {
    Gender.MALE: ("男", "男性", "m", "male", "先生", "男士"),
    Gender.FEMALE: ("女", "女性", "f", "female", "女士", "小姐"),
    Gender.UNKNOWN: ("", "未知", "-", "/", "不详"),
}
_GENDER_WORDS = {word: gender for gender, words in _GENDERS.items() for word in words}


def clean_gender(value: object) -> Gender:
    text = cell_text(value).lower()
    if text not in _GENDER_WORDS:
        raise CellError(
            QT_TRANSLATE_NOOP("Errors", "性别“{text}”无法识别（男/女/先生/女士/M/F）。"),
            text=text[:10],
        )
    return _GENDER_WORDS[text]


_MAX_KM = 2_000_000


def clean_km(value: object) -> int:
    """12345, 12,345, 12345km, 1.2万 → whole km."""
    text = cell_text(value).lower().replace(",", "").replace("，", "")
    text = _KM_UNIT.sub("", text)
    factor = 10_000 if text.endswith("万") else 1
    try:
        km = round(float(text.removesuffix("万")) * factor)
    except ValueError:
        raise CellError(
            QT_TRANSLATE_NOOP("Errors", "里程“{typed}”不是数字。"), typed=cell_text(value)[:20]
        ) from None
    if not 0 <= km <= _MAX_KM:
        raise CellError(
            QT_TRANSLATE_NOOP("Errors", "里程 {km:,} 不在合理范围（0 至 {most:,} km）。"),
            km=km,
            most=_MAX_KM,
        )
    return km


def clean_amount(value: object) -> Decimal:
    """¥1,234.50, 1234元 → Decimal('1234.50')."""
    text = _MONEY_MARKS.sub("", cell_text(value))
    try:
        amount = Decimal(text).quantize(Decimal("0.01"))
    except InvalidOperation:
        raise CellError(
            QT_TRANSLATE_NOOP("Errors", "金额“{typed}”不是数字。"), typed=cell_text(value)[:20]
        ) from None
    if not Decimal(0) <= amount < Decimal(100_000_000):
        raise CellError(QT_TRANSLATE_NOOP("Errors", "金额 {amount} 不在合理范围。"), amount=amount)
    return amount


def clean_text(value: object, limit: int) -> str | None:
    text = cell_text(value)
    if len(text) > limit:
        raise CellError(QT_TRANSLATE_NOOP("Errors", "内容过长（最多 {limit} 个字）。"), limit=limit)
    return text or None
