"""What a search box query means, read from its shape alone: 11 digits are a whole mobile
number, 4 digits its last four, a province character and a letter a plate, 17 VIN
characters a VIN and 6 with a digit its tail, latin letters pinyin (initials or whole),
anything else with Chinese characters a name. Each meaning is one index lookup (a
Lookup); only a shape that truly has two meanings gets two.

Phone numbers are listed masked (138****5678): a search by any other part of a number
would recover it digit by digit, so only staff who may see whole numbers search by a
number's beginning (`phone_prefixes`); everyone else finds a number whole or by its
last four digits.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from ..validation import PROVINCES, digits_only, mask_mobile, normalize_plate

MAX_QUERY_LENGTH = 60
_PHONE_PUNCTUATION = re.compile(r"[\s\-+]")
_SEPARATORS = re.compile(r"[\s\-·.]")
_LATIN = re.compile(r"^[a-z]+$")
_PLATE_BEGINNING = re.compile(rf"^[{PROVINCES}][A-Z][A-Z0-9]*[挂学警港澳领]?$")
_VIN_CHARACTER = "[A-HJ-NPR-Z0-9]"  # never I, O or Q
_VIN_FULL = re.compile(rf"^{_VIN_CHARACTER}{{17}}$")
_VIN_TAIL = re.compile(rf"^{_VIN_CHARACTER}{{6}}$")
MOBILE_LENGTH, LAST_DIGITS, VIN_LENGTH, VIN_TAIL_LENGTH = 11, 4, 17, 6
SHORTEST_PHONE_PREFIX = 3


class Mode(StrEnum):
    MOBILE = "mobile"  # the whole number
    MOBILE_LAST4 = "mobile_last4"
    MOBILE_PREFIX = "mobile_prefix"  # staff who may see whole numbers only
    VIN = "vin"
    VIN_LAST6 = "vin_last6"
    PLATE = "plate"  # a plate or its beginning
    NAME = "name"  # the beginning of a name
    INITIALS = "initials"  # the beginning of the pinyin initials: zs for 张三
    PINYIN = "pinyin"  # the beginning of the whole pinyin: zhangsan


VEHICLE_MODES = frozenset({Mode.VIN, Mode.VIN_LAST6, Mode.PLATE})


@dataclass(frozen=True, slots=True)
class Lookup:
    mode: Mode
    key: str  # the value as the column stores it (digits, upper-case VIN, lower-case pinyin)

    @property
    def finds_vehicles(self) -> bool:
        return self.mode in VEHICLE_MODES


def cleaned(query: str) -> str:
    """The query as typed, without control characters, surrounding blanks, full-width
    forms (NFKC) or anything past MAX_QUERY_LENGTH."""
    text = unicodedata.normalize("NFKC", query)
    if text.isprintable():  # no control, format or unassigned character: nothing to drop
        return text.strip()[:MAX_QUERY_LENGTH]
    kept = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    return kept.strip()[:MAX_QUERY_LENGTH]


def lookups(query: str, phone_prefixes: bool = False) -> list[Lookup]:
    """The lookups a query means, the likeliest first."""
    text = cleaned(query)
    if not text:
        return []
    digits = _phone_digits(text)
    if digits is not None:
        return _number_lookups(digits, phone_prefixes)
    compact = _SEPARATORS.sub("", text).upper()
    if _has_digit(compact) and _VIN_FULL.match(compact):
        return [Lookup(Mode.VIN, compact)]
    if _has_digit(compact) and _VIN_TAIL.match(compact):
        return [Lookup(Mode.VIN_LAST6, compact)]
    if is_plate_shaped(compact):
        return [Lookup(Mode.PLATE, normalize_plate(text))]
    if _LATIN.match(compact.lower()):
        latin = compact.lower()
        return [Lookup(Mode.INITIALS, latin), Lookup(Mode.PINYIN, latin)]
    if not _has_digit(text) or not text.isascii():
        return [Lookup(Mode.NAME, text)]
    return []  # latin letters with digits that are no VIN: nothing is stored that way


def is_plate_shaped(compact: str) -> bool:
    """粤B…: a province character, the issuing office's letter, then letters and digits
    (and 挂, 学, 警, … at the end): 苏明 and 粤B汽车服务 are names."""
    return _PLATE_BEGINNING.match(compact) is not None


def _number_lookups(digits: str, phone_prefixes: bool) -> list[Lookup]:
    if len(digits) == MOBILE_LENGTH:
        return [Lookup(Mode.MOBILE, digits)]
    if len(digits) == VIN_LENGTH:
        return [Lookup(Mode.VIN, digits)]
    found = []
    if len(digits) == LAST_DIGITS:
        found.append(Lookup(Mode.MOBILE_LAST4, digits))
    if phone_prefixes and _may_begin_a_mobile(digits):
        found.append(Lookup(Mode.MOBILE_PREFIX, digits))
    if len(digits) == VIN_TAIL_LENGTH:
        found.append(Lookup(Mode.VIN_LAST6, digits))
    return found


def _may_begin_a_mobile(digits: str) -> bool:
    """Mainland mobile numbers begin with 1: 5678 is a last four, never a beginning."""
    return digits.startswith("1") and SHORTEST_PHONE_PREFIX <= len(digits) < MOBILE_LENGTH


def _phone_digits(text: str) -> str | None:
    """The digits of a query that is nothing but a number (138 1234-5678), else None."""
    rest = _PHONE_PUNCTUATION.sub("", text)
    if not rest.isdigit():  # letters, Chinese: no number (and no need to look closer)
        return None
    digits = digits_only(text)
    return digits if digits == rest else None


def _has_digit(text: str) -> bool:
    return any(map(str.isdigit, text))


def phone_query(query: str) -> str | None:
    """The number a query searches by, as the audit trail keeps it (masked), or None."""
    digits = _phone_digits(query.strip())
    if digits is None or len(digits) < SHORTEST_PHONE_PREFIX:
        return None
    return mask_mobile(digits) if len(digits) >= 8 else "*" * max(0, 4 - len(digits)) + digits
