"""Seasonal checks (季节提醒): antifreeze and heating before winter, air-conditioning
before summer, tyres before winter, wipers and brakes before the rainy season.

Each is a reminder rule with its season's day ("MM-DD", e.g. "11-15") and lead days,
both the manager's to change. A season's calls fall due from its trigger day (the season's
day less the lead days) and are made once, by the first run on or after it, until the
season's day. A season's year is its day's year: 01-10 with 30 lead days triggers on
12-11 of the year before and its calls are keyed with the new year.

A seasonal check is an offer, not service-necessary contact: it needs the customer's
marketing consent.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from .reminders import ReminderRule, draft, drafts, parse_month_day
from .tasks import TaskDraft

SEASONAL_KEYS = ("season_antifreeze", "season_tyres", "season_air_conditioning", "season_rainy")


@dataclass(frozen=True)
class Season:
    day: date  # the season's day this year (or next)
    trigger: date  # its calls fall due from here

    @property
    def year(self) -> int:
        return self.day.year


def day_in(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def season_at(month_day: str, lead_days: int, today: date) -> Season | None:
    """The season whose calls are due today: trigger <= today <= the season's day."""
    month, day = parse_month_day(month_day)
    for year in (today.year, today.year + 1):
        day_of_season = day_in(year, month, day)
        trigger = day_of_season - timedelta(days=lead_days)
        if trigger <= today <= day_of_season:
            return Season(day_of_season, trigger)
    return None


def seasonal_draft(rule: ReminderRule, vehicle_id: int, season: Season, today: date) -> TaskDraft:
    """One call per car per season (the key holds the season's year)."""
    return draft(rule, f"vehicle:{vehicle_id}", season.year, max(season.trigger, today))


def seasonal_drafts(
    rule: ReminderRule, vehicle_ids: list[int], season: Season, today: date
) -> list[TaskDraft]:
    """seasonal_draft for each of these cars, in their order."""
    subjects = [f"vehicle:{vehicle_id}" for vehicle_id in vehicle_ids]
    return drafts(rule, subjects, season.year, max(season.trigger, today))
