"""Who and what: names, mobile numbers, plates, VINs and ID numbers, each unique
where the database says so (mobiles, plates, VINs), drawn from one seeded generator."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from datetime import date
from itertools import accumulate
from typing import TypeVar

from ..search_keys import name_search_keys
from ..validation import with_check_digit
from . import data

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
DIGITS = "0123456789"
T = TypeVar("T")


def cumulative(weights) -> list[float]:
    return list(accumulate(weights))


def pick(rng: random.Random, choices: Sequence[T]) -> T:
    """One of `choices`, each as likely (rng.choice without its checks: a hot path)."""
    return choices[int(rng.random() * len(choices))]


def between(rng: random.Random, low: int, high: int) -> int:
    """An integer from `low` to `high`, both included (rng.randint, faster)."""
    return low + int(rng.random() * (high - low + 1))


class Weighted:
    """Draw from a table of (value, weight) pairs; cumulative weights computed once."""

    def __init__(self, pairs) -> None:
        pairs = list(pairs)
        self.values = [value for value, _ in pairs]
        self.cum = cumulative(weight for _, weight in pairs)

    def draw(self, rng: random.Random):
        # What rng.choices(k=1) does, without building a list per draw.
        return self.values[bisect(self.cum, rng.random() * self.cum[-1], 0, len(self.cum) - 1)]


SURNAMES = Weighted(data.SURNAMES)
MOBILE_PREFIXES = Weighted(data.MOBILE_PREFIXES)
PLATE_PREFIXES = Weighted(data.LOCAL_PLATE_PREFIXES)
DISTRICTS = Weighted(zip(data.DISTRICTS, data.DISTRICT_WEIGHTS, strict=True))


def id_number(area: str, birthday: date, sequence: int) -> str:
    """An 18-digit resident ID number with its ISO 7064 check character."""
    body = f"{area}{birthday:%Y%m%d}{sequence:03d}"
    total = sum(int(digit) * weight for digit, weight in zip(body, _ID_WEIGHTS, strict=True))
    return body + _ID_CHECK[total % 11]


class Identities:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._mobiles: set[str] = set()
        self._plates: set[str] = set()
        self._vins: set[str] = set()
        self._keys: dict[str, dict[str, str | None]] = {}

    # --- names -------------------------------------------------------------------------
    def person_name(self, female: bool) -> str:
        given = data.FEMALE_GIVEN_NAMES if female else data.MALE_GIVEN_NAMES
        return SURNAMES.draw(self.rng) + pick(self.rng, given)

    def company_name(self, trades: tuple[str, ...]) -> str:
        trade_name = pick(self.rng, data.COMPANY_TRADE_NAMES)
        return f"深圳市{trade_name}{pick(self.rng, trades)}有限公司"

    def name_search_keys(self, name: str) -> dict[str, str | None]:
        # pypinyin is the slow part of a customer; there are few distinct names.
        keys = self._keys.get(name)
        if keys is None:
            keys = self._keys[name] = name_search_keys(name)
        return keys

    # --- numbers -----------------------------------------------------------------------
    def mobile(self) -> str:
        while True:
            number = f"{MOBILE_PREFIXES.draw(self.rng)}{int(self.rng.random() * 10**8):08d}"
            if number not in self._mobiles:
                self._mobiles.add(number)
                return number

    def plate(self, energy: str | None) -> str:
        while True:
            prefix = PLATE_PREFIXES.draw(self.rng)
            plate = prefix + (self._new_energy_tail(energy) if energy else self._ordinary_tail())
            if plate not in self._plates:
                self._plates.add(plate)
                return plate

    def _ordinary_tail(self) -> str:
        """Five characters: mostly digits, at most two letters (never I or O)."""
        tail = [pick(self.rng, DIGITS) for _ in range(5)]
        for position in self.rng.sample(range(5), pick(self.rng, (0, 1, 1, 1, 2))):
            tail[position] = pick(self.rng, data.PLATE_LETTERS)
        return "".join(tail)

    def _new_energy_tail(self, energy: str) -> str:
        """Small new-energy cars: D (electric) or F (hybrid), then a letter or digit and
        four digits, e.g. 粤BD12345 / 粤BFA1234."""
        second = pick(self.rng, data.PLATE_LETTERS + DIGITS)
        return f"{energy}{second}{int(self.rng.random() * 10_000):04d}"

    def vin(self, spec: data.ModelSpec, model_year: int) -> str:
        year_code = data.MODEL_YEAR_CODES.get(model_year, "T")
        while True:
            serial = f"{int(self.rng.random() * 10**6):06d}"
            vin = with_check_digit(f"{spec.wmi}{spec.vds}0{year_code}{spec.plant}{serial}")
            if vin not in self._vins:
                self._vins.add(vin)
                return vin
