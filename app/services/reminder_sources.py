"""Where reminder generation looks: each source reads a small, indexed slice of the
database (what changed since the last run, or the new days of the window) and asks
the pure rules in app.rules for drafts. No source reads the whole history."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, exists, extract, false, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import ColumnElement

from .. import settings
from ..models import (
    CarModel,
    Customer,
    CustomerStage,
    Delivery,
    OdometerReading,
    ServiceVisit,
    ShowroomVisit,
    Vehicle,
)
from ..rules import (
    birthdays,
    dormant,
    holidays_cn,
    prospects,
    vehicle_dates,
    walk_in,
)
from ..rules.dates import Window
from ..rules.maintenance import IntervalRules
from ..rules.reminders import ReminderRule
from ..rules.tasks import TaskDraft, date_text
from . import maintenance_plans
from .task_store import Candidate


@dataclass(frozen=True)
class Run:
    """One generation run: the window ahead and what the last run already covered."""

    session: Session
    today: date
    window: Window
    fresh: Window | None  # the days not covered by the previous run (None: all covered)
    since: datetime | None  # the previous run, by the service clock (None: first run)
    changed_since: datetime | None  # the same moment by the wall clock rows are stamped with
    rules: dict[str, ReminderRule]
    cache: dict = field(default_factory=dict, compare=False)  # settings read once per run

    @property
    def floor(self) -> date:
        """Tasks due before this are not made: history before the first run stays history."""
        return self.since.date() if self.since else self.today

    def events_since(self, lookback_days: int) -> datetime:
        """Events (visits, deliveries) to look at: since the last run, or a lookback."""
        start = self.since - timedelta(days=1) if self.since else None
        first = datetime.combine(self.today - timedelta(days=lookback_days), time.min)
        return start or first

    def setting(self, key: str):
        if key not in self.cache:
            self.cache[key] = settings.get(self.session, key)
        return self.cache[key]


# --- showroom visits -------------------------------------------------------------------
def walk_ins(run: Run) -> Iterator[Candidate]:
    rows = run.session.execute(
        select(ShowroomVisit, CarModel.name)
        .outerjoin(CarModel, CarModel.id == ShowroomVisit.model_of_interest_id)
        .where(ShowroomVisit.arrived_at >= run.events_since(run.setting("reminders.lookback_days")))
    ).all()
    hour = run.setting("reception.callback_hour")
    for visit, model in rows:
        values = {"车型": model} if model else {}
        for made in _visit_drafts(run, visit, hour):
            yield Candidate(
                made,
                visit.customer_id,
                None,
                visit.consultant_id,
                values,
                ("showroom_visit", visit.id),
            )


def _visit_drafts(run: Run, visit: ShowroomVisit, hour: int) -> list[TaskDraft]:
    first = prospects.first_follow_up(
        run.rules[prospects.FIRST], visit.customer_id, visit.id, visit.arrived_at.date()
    )
    if visit.departed_at is None:
        return [first]
    # The same drafts (same keys) reception makes at departure: never twice.
    departure = walk_in.departure_tasks(visit.id, visit.departed_at, hour, run.rules, {})
    return [replace(d, message=None) for d in departure] + [first]


# --- deliveries and service visits -------------------------------------------------------
def deliveries(run: Run) -> Iterator[Candidate]:
    care_days = run.setting("reminders.consultant_care_days")
    lookback = max([*care_days, run.setting("reminders.lookback_days")])
    rows = run.session.execute(
        select(Delivery, Vehicle.id, Vehicle.owner_id)
        .join(Vehicle, Vehicle.id == Delivery.vehicle_id)
        .where(Delivery.delivered_at >= run.events_since(lookback))
    ).all()  # fmt: skip
    daily = km_per_day(run.session, [vehicle_id for _delivery, vehicle_id, _owner in rows])
    for delivery, vehicle_id, owner in rows:
        if delivery.delivered_at is None:  # never: the query asked for delivered cars
            continue
        on = delivery.delivered_at.date()
        drafts = vehicle_dates.handover_drafts(run.rules, vehicle_id, on, care_days)
        source = ("delivery", delivery.id)
        for made in drafts:
            yield Candidate(made, owner, vehicle_id, delivery.consultant_id, {}, source)
        made, due_on = _first_maintenance(run, vehicle_id, on, daily.get(vehicle_id))
        yield Candidate(made, owner, vehicle_id, None, _on(due_on), source)


def _first_maintenance(
    run: Run, vehicle_id: int, delivered_on: date, daily: float | None
) -> tuple[TaskDraft, date]:
    plan = maintenance_plan(run, vehicle_id)
    due_on = vehicle_dates.next_maintenance(delivered_on, plan.first_km, plan.first_months, daily)
    rule = run.rules[vehicle_dates.FIRST_MAINTENANCE]
    made = vehicle_dates.maintenance_draft(rule, vehicle_id, delivered_on, due_on, run.today)
    return made, due_on


def maintenance_plan(run: Run, vehicle_id: int) -> IntervalRules:
    """The car's model's maintenance plan, else the store's default (read once a run)."""
    key = ("maintenance_plan", vehicle_id)
    if key not in run.cache:
        run.cache[key] = maintenance_plans.for_vehicle(run.session, vehicle_id).intervals
    return run.cache[key]


def _on(day: date) -> dict[str, str]:
    return {"日期": date_text(day)}


def km_per_day(session: Session, vehicle_ids: list[int], readings: int = 12) -> dict:
    """Each vehicle's daily average over its latest readings (None: no mileage history)."""
    found: dict[int, list[tuple[date, int]]] = {}
    ids = sorted(set(vehicle_ids))
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(OdometerReading.vehicle_id, OdometerReading.read_at, OdometerReading.km)
            .where(OdometerReading.vehicle_id.in_(ids[start : start + 500]))
            .order_by(OdometerReading.vehicle_id, OdometerReading.read_at)
        )
        for vehicle_id, read_at, km in rows:
            found.setdefault(vehicle_id, []).append((read_at.date(), km))
    return {vid: vehicle_dates.daily_km(points[-readings:]) for vid, points in found.items()}


def service_visits(run: Run) -> Iterator[Candidate]:
    """Regular maintenance predicted from each service visit handed over without a next
    service date (the check-in desk feeds "maintenance_due" when it sets one)."""
    rows = run.session.scalars(
        select(ServiceVisit).where(
            ServiceVisit.checked_in_at >= run.events_since(run.setting("reminders.lookback_days"))
        )
    ).all()
    rows = [v for v in rows if v.handed_over_at is not None and v.next_service_date is None]
    daily = km_per_day(run.session, [visit.vehicle_id for visit in rows])
    for visit in rows:
        made, due_on = _regular_maintenance(run, visit, daily.get(visit.vehicle_id))
        yield Candidate(
            made, visit.customer_id, visit.vehicle_id, visit.advisor_id, _on(due_on),
            ("service_visit", visit.id),
        )  # fmt: skip


def _regular_maintenance(
    run: Run, visit: ServiceVisit, daily: float | None
) -> tuple[TaskDraft, date]:
    since = visit.checked_in_at.date()
    plan = maintenance_plan(run, visit.vehicle_id)
    due_on = vehicle_dates.next_maintenance(since, plan.regular_km, plan.regular_months, daily)
    rule = run.rules[vehicle_dates.REGULAR_MAINTENANCE]
    made = vehicle_dates.maintenance_draft(rule, visit.vehicle_id, since, due_on, run.today)
    return made, due_on


# --- the vehicle's own dates ----------------------------------------------------------------
def vehicle_dates_due(run: Run) -> Iterator[Candidate]:
    for key, attribute in vehicle_dates.DATE_RULES.items():
        rule, column = run.rules[key], getattr(Vehicle, attribute)
        for vehicle in run.session.scalars(select(Vehicle).where(_due_in(run, column, rule))):
            event = getattr(vehicle, attribute)
            for made in vehicle_dates.date_drafts(rule, vehicle.id, event, run.window):
                yield Candidate(made, vehicle.owner_id, vehicle.id, values=_on(event))


def _due_in(run: Run, column, rule: ReminderRule) -> ColumnElement[bool]:
    """Dates whose reminder falls due in the new days, or any date of a changed row."""
    lead = timedelta(days=rule.lead_days)
    ranges = []
    if run.fresh is not None:
        low = run.window.start if run.since is None else run.fresh.start + lead
        ranges.append(column.between(low, run.fresh.end + lead))
    if run.changed_since is not None:
        changed = column.between(run.window.start, run.window.end + lead)
        ranges.append(and_(Vehicle.updated_at > run.changed_since, changed))
    return or_(*ranges) if ranges else false()


# --- greetings ---------------------------------------------------------------------------
def birthday_greetings(run: Run) -> Iterator[Candidate]:
    rule = run.rules["birthday"]
    days = _greeting_days(run, rule)
    match = [
        *(and_(extract("month", Customer.birthday) == m, extract("day", Customer.birthday) == d)
          for m, d in birthdays.solar_pairs(days)),
        *(and_(Customer.lunar_birthday_month == m, Customer.lunar_birthday_day == d)
          for m, d in birthdays.lunar_pairs(days)),
    ]  # fmt: skip
    if run.changed_since is not None:
        match.append(Customer.updated_at > run.changed_since)
    if not match:
        return
    query = select(
        Customer.id, Customer.birthday, Customer.lunar_birthday_month, Customer.lunar_birthday_day
    ).where(or_(*match))
    for customer_id, solar, l_month, l_day in run.session.execute(query):
        lunar = (l_month, l_day) if l_month and l_day else None
        for made in birthdays.birthday_drafts(rule, customer_id, run.window, solar, lunar):
            yield Candidate(made, customer_id, values=_on(made.due_date))


def _greeting_days(run: Run, rule: ReminderRule) -> list[date]:
    """Birthdays whose greeting falls due in the new days (lead days ahead)."""
    if run.fresh is None:
        return []
    start = run.window.start if run.since is None else run.fresh.start + timedelta(rule.lead_days)
    end = run.fresh.end + timedelta(days=rule.lead_days)
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


def holiday_greetings(run: Run) -> Iterator[Candidate]:
    """Every deal customer, for a greeting holiday falling due in the new days."""
    rule, names = run.rules["holiday_greeting"], run.setting("reminders.greeting_holidays")
    if run.fresh is None or not holidays_cn.holidays_in(run.fresh, names, rule.lead_days):
        return
    ids = run.session.scalars(select(Customer.id).where(Customer.stage == CustomerStage.DEAL))
    for customer_id in ids:
        for name, made in holidays_cn.holiday_drafts(rule, customer_id, run.fresh, names):
            yield Candidate(made, customer_id, values={"日期": name})


# --- dormant customers ------------------------------------------------------------------
def dormant_vehicles(run: Run) -> Iterator[Candidate]:
    if run.fresh is None:
        return
    rules = {m: run.rules[dormant.rule_key(m)] for m in run.setting("reminders.dormant_months")}
    for months, rule in rules.items():
        low, high = dormant.seen_between(run.fresh, months, rule.lead_days)
        for vehicle_id, customer_id, last_seen in _last_seen_between(run.session, low, high):
            for made in dormant.dormant_drafts({months: rule}, vehicle_id, last_seen, run.window):
                yield Candidate(made, customer_id, vehicle_id, values=_on(last_seen))


def _last_seen_between(session: Session, low: date, high: date) -> list[tuple[int, int, date]]:
    """Vehicles whose last service visit (or, never serviced, the delivery) was then."""
    start, end = datetime.combine(low, time.min), datetime.combine(high, time.max)
    later = aliased(ServiceVisit)
    visits = session.execute(
        select(ServiceVisit.vehicle_id, ServiceVisit.customer_id, ServiceVisit.checked_in_at)
        .where(ServiceVisit.checked_in_at.between(start, end))
        .where(~exists().where(later.vehicle_id == ServiceVisit.vehicle_id,
                               later.checked_in_at > ServiceVisit.checked_in_at))
    ).all()  # fmt: skip
    never = session.execute(
        select(Vehicle.id, Vehicle.owner_id, Delivery.delivered_at)
        .select_from(Delivery)
        .join(Vehicle, Vehicle.id == Delivery.vehicle_id)
        .where(Delivery.delivered_at.between(start, end))
        .where(~exists().where(ServiceVisit.vehicle_id == Delivery.vehicle_id))
    ).all()
    last: dict[int, tuple[int, int, date]] = {}
    for vehicle_id, customer_id, at in [*visits, *never]:
        if at is not None:  # always: the queries asked for a time in the range
            last[vehicle_id] = (vehicle_id, customer_id, at.date())
    return list(last.values())


SOURCES = (
    walk_ins,
    deliveries,
    service_visits,
    vehicle_dates_due,
    birthday_greetings,
    holiday_greetings,
    dormant_vehicles,
)
