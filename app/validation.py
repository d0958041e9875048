"""Validators for what people type at the desk: mobile numbers, plates, VINs, names.

Each returns the normalised value or raises ValidationError with a Chinese message.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP

MAX_NAME_LENGTH = 60
MAX_TEXT_LENGTH = 2000

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # I and O are never used on plates
# Ordinary: 粤B12345 (5 characters after the issuing letter), optional trailing 学/警/挂/领/港/澳.
_ORDINARY_PLATE = re.compile(
    rf"^[{PROVINCES}][{_PLATE_LETTERS}][{_PLATE_LETTERS}0-9]{{4}}[{_PLATE_LETTERS}0-9挂学警港澳领]$"
)
# New energy, 8 characters: small cars D/F + 5 digits or letter + 4 digits;
# large cars 5 digits + D/F.
_NEW_ENERGY_PLATE = re.compile(
    rf"^[{PROVINCES}][{_PLATE_LETTERS}]"
    rf"(?:[DF][{_PLATE_LETTERS}0-9][0-9]{{4}}|[0-9]{{5}}[DF])$"
)

_VIN_ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"  # no I, O, Q
_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def clean_text(value: str | None, field: str, *, max_length: int = MAX_TEXT_LENGTH) -> str | None:
    """Strip, drop control characters (keep line breaks), refuse what is too long."""
    if value is None:
        return None
    kept = "".join(
        ch for ch in value if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs")
    ).strip()
    if len(kept) > max_length:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "内容过长（最多 {max_length} 个字）。"),
            max_length=max_length,
        )
    return kept or None


def validate_name(value: str | None, field: str = "name") -> str:
    name = clean_text(value, field, max_length=MAX_NAME_LENGTH)
    if not name:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "请填写客户姓名。"))
    return re.sub(r"\s+", " ", name)


def digits_only(value: str) -> str:
    return "".join(filter(str.isdigit, unicodedata.normalize("NFKC", value)))


def validate_mobile(value: str | None, field: str = "mobile") -> str:
    """A mainland China mobile number, returned as its 11 digits."""
    raw = unicodedata.normalize("NFKC", value or "").strip()
    if not raw:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "请填写手机号码。"))
    import phonenumbers  # its metadata loads in ~0.1 s: only when a number is checked
    from phonenumbers import PhoneNumberType

    try:
        parsed = phonenumbers.parse(raw, "CN")
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Errors", "手机号码“{raw}”格式不正确。"), raw=raw[:20]
        ) from exc
    is_mobile = phonenumbers.number_type(parsed) in (
        PhoneNumberType.MOBILE,
        PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )
    if parsed.country_code != 86 or not phonenumbers.is_valid_number(parsed) or not is_mobile:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "“{raw}”不是有效的中国大陆手机号码（11 位，1 开头）。"),
            raw=raw[:20],
        )
    return str(parsed.national_number)


def mask_mobile(mobile: str | None) -> str:
    if not mobile:
        return ""
    return mobile[:3] + "****" + mobile[-4:] if len(mobile) >= 8 else "****"


_PLATE_SEPARATORS = re.compile(r"[\s·.\-•]")


def normalize_plate(value: str) -> str:
    text = unicodedata.normalize("NFKC", value).upper()
    return _PLATE_SEPARATORS.sub("", text)


def validate_plate(value: str | None, field: str = "plate") -> str:
    plate = normalize_plate(value or "")
    if not plate:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "请填写车牌号。"))
    if not (_ORDINARY_PLATE.match(plate) or _NEW_ENERGY_PLATE.match(plate)):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "Errors", "车牌号“{plate}”格式不正确（例：粤B12345，新能源：粤BD12345）。"
            ),
            plate=plate[:12],
        )
    return plate


def is_new_energy_plate(plate: str) -> bool:
    return len(plate) == 8


def vin_check_digit(vin: str) -> str:
    total = sum(_VIN_VALUES[ch] * w for ch, w in zip(vin, _VIN_WEIGHTS, strict=True))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


@dataclass(frozen=True)
class VinCheck:
    vin: str
    check_digit_ok: bool


def validate_vin(value: str | None, field: str = "vin") -> VinCheck:
    """17 characters without I, O, Q. A wrong check digit is reported, not refused:
    not every maker uses it, so the caller asks the person to confirm."""
    vin = re.sub(r"\s", "", unicodedata.normalize("NFKC", value or "")).upper()
    if len(vin) != 17:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "车架号（VIN）应为 17 位，现在是 {length} 位。"),
            length=len(vin),
        )
    bad = sorted({ch for ch in vin if ch not in _VIN_ALPHABET})
    if bad:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Errors", "车架号（VIN）不能含有字符：{chars}。"), chars=bad
        )
    return VinCheck(vin, vin_check_digit(vin) == vin[8])


def with_check_digit(vin16: str) -> str:
    """Insert the correct check digit at position 9 of a 17-character VIN draft."""
    draft = vin16[:8] + "0" + vin16[9:]
    return draft[:8] + vin_check_digit(draft) + draft[9:]
