"""What every part of the story shares: the seeded generator, the reference day, the
writer, the staff and catalogue, and the store's rules (read from its settings)."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.orm import Session

from .. import settings
from ..rules import dormant, intent, orders, prospects, vehicle_dates, walk_in
from ..rules.handover import HANDOVER_RULE_KEYS, SECTION_SETTINGS, HandoverRules
from ..rules.intent import IntentLevel
from ..rules.maintenance import DECLINED_WORK, MAINTENANCE_DUE, IntervalRules
from ..rules.orders import LossReason
from ..rules.reminders import ReminderRule
from . import data
from .people import Identities, cumulative
from .writer import Writer

if TYPE_CHECKING:
    from .key_weeks import KeyWeeks
    from .loading import FlatTask

HISTORY_DAYS = 5 * 365
MIDNIGHT = time()
MINUTES = [timedelta(minutes=m) for m in range(24 * 60)]
T = TypeVar("T")
STORY_ENDS_AT = time(13)  # "now" on a reference day given without a time (the tests)


@dataclass(frozen=True)
class Member:
    id: int
    name: str
    role: str


@dataclass(frozen=True)
class Model:
    id: int
    name: str
    spec: data.ModelSpec

    @property
    def energy(self) -> str | None:
        return self.spec.energy


@dataclass(frozen=True)
class StoreRules:
    """The store's settings the story follows (numbers, vocabularies, reminder rules)."""

    callback_hour: int
    levels: list[IntentLevel]
    intervals: IntervalRules
    handover: HandoverRules
    reminders: dict[str, ReminderRule]
    loss_reasons: list[LossReason]
    order_services: list[str]
    complaint_hours: tuple[int, int, int]  # respond, first proposal, final proposal
    complaint_causes: dict[str, list[str]]
    prefixes: dict[str, str]  # sales, service, complaint numbers
    warranty: tuple[int, int]  # years, km
    insurance_years: int
    checklist_items: dict[str, list[dict]]  # the handover checklist, per section
    greeting_holidays: list[str]
    dormant_months: list[int]


Get = Callable[[str], Any]


def store_rules(session: Session) -> StoreRules:
    def get(key: str) -> Any:
        return settings.get(session, key)

    reminders = {key: settings.rule(session, key) for key in _RULES_USED}
    return StoreRules(
        callback_hour=get("reception.callback_hour"),
        levels=intent.levels_from_setting(get("sales.intent_levels")),
        intervals=_intervals(get),
        handover=_handover(get, reminders),
        reminders=reminders,
        loss_reasons=orders.loss_reasons_from_setting(get("sales.loss_reasons")),
        order_services=[entry["code"] for entry in get("sales.order_services")],
        complaint_hours=tuple(get(f"complaints.{step}_hours") for step in _COMPLAINT_STEPS),
        complaint_causes=get("complaints.causes"),
        prefixes={
            "sales": get("sales.order_prefix"),
            "service": get("service.order_prefix"),
            "complaint": get("complaints.case_prefix"),
        },
        warranty=(get("delivery.warranty_years"), get("delivery.warranty_km")),
        insurance_years=get("delivery.insurance_years"),
        checklist_items={section: get(key) for section, key in SECTION_SETTINGS.items()},
        greeting_holidays=get("reminders.greeting_holidays"),
        dormant_months=get("reminders.dormant_months"),
    )


_COMPLAINT_STEPS = ("response", "first_proposal", "final_proposal")


def _intervals(get: Get) -> IntervalRules:
    return IntervalRules(
        first_km=get("service.first_maintenance_km"),
        first_months=get("service.first_maintenance_months"),
        regular_km=get("service.regular_maintenance_km"),
        regular_months=get("service.regular_maintenance_months"),
    )


def _handover(get: Get, reminders: dict[str, ReminderRule]) -> HandoverRules:
    return HandoverRules(
        rules={key: reminders[key] for key in HANDOVER_RULE_KEYS},
        consultant_care_days=tuple(get("reminders.consultant_care_days")),
        first_maintenance_months=get("service.first_maintenance_months"),
        first_maintenance_km=get("service.first_maintenance_km"),
    )


_RULES_USED = (
    *HANDOVER_RULE_KEYS,
    *walk_in.RULE_KEYS,
    prospects.FIRST,
    prospects.PACED,
    MAINTENANCE_DUE,
    DECLINED_WORK,
    *vehicle_dates.DATE_RULES,
    "birthday",
    "holiday_greeting",
    *(dormant.rule_key(months) for months in (6, 12, 24)),
)


@dataclass
class Demo:
    rng: random.Random
    now: datetime  # where the story stops: nothing is timestamped after it
    out: Writer
    people: Identities
    staff: dict[str, list[Member]]
    models: list[Model]
    rules: StoreRules
    referrers: list[int] = field(default_factory=list)
    tasks: list[FlatTask] = field(default_factory=list)  # written by the task store at flush
    key_weeks: KeyWeeks = field(init=False)  # set once the demo exists (it reads the demo)
    today: date = field(init=False)
    _hours_now: float = field(init=False)
    _numbers: dict[tuple[str, date], int] = field(default_factory=dict)
    _stamps: dict[date, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._model_cum = cumulative(m.spec.popularity for m in self.models)
        self.today = self.now.date()
        self._hours_now = self.now.hour + self.now.minute / 60

    def sequence(self, kind: str, day: date) -> int:
        """The day's next number for an order or case (numbers restart every day)."""
        number = self._numbers.get((kind, day), 0) + 1
        self._numbers[(kind, day)] = number
        return number

    def model(self) -> Model:
        return self.rng.choices(self.models, cum_weights=self._model_cum)[0]

    def member(self, role: str) -> Member:
        staff = self.staff[role]
        return staff[int(self.rng.random() * len(staff))]

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def pick(self, choices: Sequence[T]) -> T:
        """One of `choices`, each as likely (rng.choice without its checks: a hot path)."""
        return choices[int(self.rng.random() * len(choices))]

    def between(self, low: int, high: int) -> int:
        """An integer from `low` to `high`, both included (rng.randint, faster)."""
        return low + int(self.rng.random() * (high - low + 1))

    def stamp(self, day: date) -> str:
        """20261123: the day as order and case numbers write it."""
        text = self._stamps.get(day)
        if text is None:
            text = self._stamps[day] = f"{day:%Y%m%d}"
        return text

    def at(self, day: date, start_hour: float, end_hour: float) -> datetime:
        """A moment on `day` between two hours, to the minute; today: before now (ask
        `open_at` first whether today's part has begun)."""
        if day == self.today:
            end_hour = min(end_hour, self._hours_now)
            if end_hour <= start_hour:
                return self.now
        return self.moment(day, start_hour, end_hour)

    def open_at(self, hour: float) -> bool:
        """Whether a desk opening at `hour` has had today's first half hour by now."""
        return self._hours_now >= hour + 0.5

    def moment(self, day: date, start_hour: float, end_hour: float) -> datetime:
        """A moment on `day` between two hours, to the minute, now or later."""
        start = int(start_hour * 60)
        minute = start + int(self.rng.random() * (int(end_hour * 60) - start))
        return datetime.combine(day, MIDNIGHT) + MINUTES[minute]

    def days_ago(self, days: int) -> date:
        return self.today - timedelta(days=days)
