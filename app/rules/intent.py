"""Intent levels (意向级别): H/A/B/C/N for prospects, O ordered, F lost."""

from __future__ import annotations

from dataclasses import dataclass

ORDERED = "O"
LOST = "F"
UNKNOWN = "N"


@dataclass(frozen=True)
class IntentLevel:
    code: str
    label: str
    within_days: int | None
    follow_up_every_days: int | None

    @property
    def is_prospect(self) -> bool:
        return self.code not in (ORDERED, LOST)


def levels_from_setting(raw: list[dict]) -> list[IntentLevel]:
    return [IntentLevel(**entry) for entry in raw]


def prospect_levels(levels: list[IntentLevel]) -> list[IntentLevel]:
    """What a receptionist may pick at the desk (O and F come from orders and losses)."""
    return [level for level in levels if level.is_prospect]


def is_known(code: str, levels: list[IntentLevel]) -> bool:
    return any(level.code == code for level in levels)
