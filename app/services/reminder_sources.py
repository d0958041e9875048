"""Where reminder generation looks: each source reads a small, indexed slice of the
database and asks the pure rules in app.rules for drafts. No source reads the whole
history:

- events (walk-ins, handovers, service visits) on the first run by their date within a
  lookback, afterwards only the rows changed since the last run (updated_at, indexed):
  a visit entered late, a departure, a car handed over days after check-in;
- dated rules (warranty, insurance, 年审, birthdays, holidays, dormant cars) for the new
  days of the window, once a day, plus the cars and customers changed since;
- a customer who gave a kind of contact again is looked at as on a first run, alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Row, and_, exists, extract, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased
from sqlalchemy.sql import ColumnElement

from .. import settings
from ..models import (
    CarModel,
    ContactConsent,
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
    seasonal,
    vehicle_dates,
    walk_in,
)
from ..rules.dates import Window, add_months
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
    customers: frozenset[int] | None = None  # only these customers' rows (None: everyone's)

    @property
    def floor(self) -> date:
        """Tasks due before this are not made: history before the first run stays history."""
        return self.since.date() if self.since else self.today

    @property
    def incremental(self) -> bool:
        """The last run's watermarks hold: events are the rows changed since then."""
        return self.since is not None and self.changed_since is not None

    def only(self, column: InstrumentedAttribute[Any]) -> list[ColumnElement[bool]]:
        """No condition, or the one that keeps the rows of the customers this run is for."""
        return [] if self.customers is None else [column.in_(sorted(self.customers))]

    def as_first_for(self, customer_ids: Iterable[int]) -> Run:
        """This run as a first one (the lookback, the whole window), for a few customers:
        those who gave a kind of contact again since the last run."""
        return replace(
            self, fresh=self.window, since=None, changed_since=None,
            customers=frozenset(customer_ids),
        )  # fmt: skip

    def events_since(self, lookback_days: int) -> datetime:
        """Events (visits, deliveries) to look at: since the last run, or a lookback."""
        start = self.since - timedelta(days=1) if self.since else None
        first = datetime.combine(self.today - timedelta(days=lookback_days), time.min)
        return start or first

    def setting(self, key: str):
        if key not in self.cache:
            self.cache[key] = settings.get(self.session, key)
        return self.cache[key]


def events(
    run: Run,
    stamped: InstrumentedAttribute[datetime],
    happened: InstrumentedAttribute[Any],
    lookback_days: int,
) -> ColumnElement[bool]:
    """The event rows a run reads: after the first run, those changed since the last one
    (by the wall clock rows are stamped with, index on updated_at); on the first run,
    those that happened within the lookback."""
    if run.incremental:
        assert run.changed_since is not None  # incremental says so
        return stamped > run.changed_since
    return happened >= run.events_since(lookback_days)


def consent_given_again(run: Run) -> list[int]:
    """Customers who said yes again to a kind of contact since the last run: what their
    refusal held back is looked at anew (index on updated_at)."""
    if not run.incremental:
        return []
    changed = select(ContactConsent.customer_id).where(
        ContactConsent.updated_at > run.changed_since, ContactConsent.granted
    )  # no DISTINCT: SQLite would scan the (customer, kind) index for it
    return sorted(set(run.session.scalars(changed)))


# --- showroom visits -------------------------------------------------------------------
def walk_ins(run: Run) -> Iterator[Candidate]:
    lookback = run.setting("reminders.lookback_days")
    rows = run.session.execute(
        select(ShowroomVisit, CarModel.name)
        .outerjoin(CarModel, CarModel.id == ShowroomVisit.model_of_interest_id)
        .where(events(run, ShowroomVisit.updated_at, ShowroomVisit.arrived_at, lookback))
        .where(*run.only(ShowroomVisit.customer_id))
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
    return [d._replace(message=None) for d in departure] + [first]


# --- deliveries and service visits -------------------------------------------------------
def deliveries(run: Run) -> Iterator[Candidate]:
    care_days = run.setting("reminders.consultant_care_days")
    lookback = max([*care_days, run.setting("reminders.lookback_days")])
    rows = run.session.execute(
        select(Delivery.id, Delivery.consultant_id, Delivery.delivered_at, Vehicle.id,
               Vehicle.owner_id)
        .join(Vehicle, Vehicle.id == Delivery.vehicle_id)
        .where(events(run, Delivery.updated_at, Delivery.delivered_at, lookback))
        .where(Delivery.delivered_at.is_not(None), *run.only(Vehicle.owner_id))
    ).all()  # fmt: skip
    cars = [vehicle_id for *_delivery, vehicle_id, _owner in rows]
    daily, plans = km_per_day(run.session, cars), maintenance_plans_of(run, cars)
    for delivery_id, consultant_id, delivered_at, vehicle_id, owner in rows:
        if delivered_at is None:  # never: the query asked for delivered cars
            continue
        on = delivered_at.date()
        drafts = vehicle_dates.handover_drafts(run.rules, vehicle_id, on, care_days)
        source = ("delivery", delivery_id)
        for made in drafts:
            yield Candidate(made, owner, vehicle_id, consultant_id, {}, source)
        made, due_on = _first_maintenance(run, vehicle_id, on, plans[vehicle_id], daily)
        yield Candidate(made, owner, vehicle_id, None, _on(due_on), source)


def _first_maintenance(
    run: Run, vehicle_id: int, delivered_on: date, plan: IntervalRules, daily: dict
) -> tuple[TaskDraft, date]:
    km_a_day = daily.get(vehicle_id)
    due_on = vehicle_dates.next_maintenance(
        delivered_on, plan.first_km, plan.first_months, km_a_day
    )
    rule = run.rules[vehicle_dates.FIRST_MAINTENANCE]
    made = vehicle_dates.maintenance_draft(rule, vehicle_id, delivered_on, due_on, run.today)
    return made, due_on


def maintenance_plans_of(run: Run, vehicle_ids: list[int]) -> dict[int, IntervalRules]:
    """Each car's model's maintenance plan, else the store's default (read once a run)."""
    if "store_plan" not in run.cache:
        run.cache["store_plan"] = maintenance_plans.store_default(run.session)
    plans = maintenance_plans.for_vehicles(run.session, vehicle_ids, run.cache["store_plan"])
    return {vehicle_id: plan.intervals for vehicle_id, plan in plans.items()}


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
    """Regular maintenance predicted from a car's latest service visit, handed over without
    a next service date (the check-in desk feeds "maintenance_due" when it sets one; an
    imported history sets it on the latest visit)."""
    later = aliased(ServiceVisit)
    lookback = run.setting("reminders.lookback_days")
    rows = run.session.execute(
        select(ServiceVisit.id, ServiceVisit.vehicle_id, ServiceVisit.customer_id,
               ServiceVisit.advisor_id, ServiceVisit.checked_in_at)
        .where(events(run, ServiceVisit.updated_at, ServiceVisit.checked_in_at, lookback))
        .where(ServiceVisit.handed_over_at.is_not(None), ServiceVisit.next_service_date.is_(None))
        .where(~exists().where(later.vehicle_id == ServiceVisit.vehicle_id,
                               later.checked_in_at > ServiceVisit.checked_in_at))
        .where(*run.only(ServiceVisit.customer_id))
    ).all()  # fmt: skip
    cars = [row.vehicle_id for row in rows]
    daily, plans = km_per_day(run.session, cars), maintenance_plans_of(run, cars)
    rule = run.rules[vehicle_dates.REGULAR_MAINTENANCE]
    for visit_id, vehicle_id, customer_id, advisor_id, checked_in_at in rows:
        since, plan = checked_in_at.date(), plans[vehicle_id]
        due_on = vehicle_dates.next_maintenance(
            since, plan.regular_km, plan.regular_months, daily.get(vehicle_id)
        )
        made = vehicle_dates.maintenance_draft(rule, vehicle_id, since, due_on, run.today)
        yield Candidate(
            made, customer_id, vehicle_id, advisor_id, _on(due_on), ("service_visit", visit_id)
        )


# --- the vehicle's own dates ----------------------------------------------------------------
def vehicle_dates_due(run: Run) -> Iterator[Candidate]:
    """Warranty, insurance and 年审 reminders: of the cars whose date falls due on the new
    days of the window (one indexed range per date), and of every car changed since the
    last run (index on updated_at), whichever of its dates falls in the window."""
    picks = [_new_days(run, getattr(Vehicle, attribute), run.rules[key])
             for key, attribute in vehicle_dates.DATE_RULES.items()]  # fmt: skip
    if run.changed_since is not None:
        picks.append(Vehicle.updated_at > run.changed_since)
    attributes = dict.fromkeys(vehicle_dates.DATE_RULES.values())  # each column once, in order
    dates = [getattr(Vehicle, attribute) for attribute in attributes]
    for pick in picks:
        if pick is not None:
            query = select(Vehicle.id, Vehicle.owner_id, *dates)
            for car in run.session.execute(query.where(pick, *run.only(Vehicle.owner_id))):
                yield from _date_reminders(run, car)


def _date_reminders(run: Run, car: Row[Any]) -> Iterator[Candidate]:
    for key, attribute in vehicle_dates.DATE_RULES.items():
        event: date | None = getattr(car, attribute)
        if event is None:
            continue
        for made in vehicle_dates.date_drafts(run.rules[key], car.id, event, run.window):
            yield Candidate(made, car.owner_id, car.id, values=_on(event))


def _new_days(run: Run, column, rule: ReminderRule) -> ColumnElement[bool] | None:
    """Dates whose reminder falls due on the days of the window no run covered yet."""
    if run.fresh is None:
        return None
    lead = timedelta(days=rule.lead_days)
    low = run.window.start if run.since is None else run.fresh.start + lead
    return column.between(low, run.fresh.end + lead)


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
    ).where(or_(*match), *run.only(Customer.id))
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
    ids = run.session.scalars(
        select(Customer.id).where(Customer.stage == CustomerStage.DEAL, *run.only(Customer.id))
    )
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
        for vehicle_id, customer_id, last_seen in _last_seen_between(run, low, high):
            for made in dormant.dormant_drafts({months: rule}, vehicle_id, last_seen, run.window):
                yield Candidate(made, customer_id, vehicle_id, values=_on(last_seen))


def _last_seen_between(run: Run, low: date, high: date) -> list[tuple[int, int, date]]:
    """Vehicles whose last service visit (or, never serviced, the delivery) was then."""
    start, end = datetime.combine(low, time.min), datetime.combine(high, time.max)
    later = aliased(ServiceVisit)
    visits = run.session.execute(
        select(ServiceVisit.vehicle_id, ServiceVisit.customer_id, ServiceVisit.checked_in_at)
        .where(ServiceVisit.checked_in_at.between(start, end))
        .where(~exists().where(later.vehicle_id == ServiceVisit.vehicle_id,
                               later.checked_in_at > ServiceVisit.checked_in_at))
        .where(*run.only(ServiceVisit.customer_id))
    ).all()  # fmt: skip
    never = run.session.execute(
        select(Vehicle.id, Vehicle.owner_id, Delivery.delivered_at)
        .select_from(Delivery)
        .join(Vehicle, Vehicle.id == Delivery.vehicle_id)
        .where(Delivery.delivered_at.between(start, end))
        .where(~exists().where(ServiceVisit.vehicle_id == Delivery.vehicle_id))
        .where(*run.only(Vehicle.owner_id))
    ).all()
    last: dict[int, tuple[int, int, date]] = {}
    for vehicle_id, customer_id, at in [*visits, *never]:
        if at is not None:  # always: the queries asked for a time in the range
            last[vehicle_id] = (vehicle_id, customer_id, at.date())
    return list(last.values())


# --- seasonal checks (季节提醒) --------------------------------------------------------------
SEASONS_TO_MARK = "seasons_made_by_this_run"  # the run's cache: written by its last step


def seasonal_checks(run: Run) -> Iterator[Candidate]:
    """On the first run on or after a season's trigger day, one call per car that came in
    within the recent months, all at once; the season is then marked made, so the runs
    after it read nothing (a customer who gave consent again is looked at anew)."""
    made = run.setting("reminders.seasons_made")
    for key in seasonal.SEASONAL_KEYS:
        rule = run.rules[key]
        season = seasonal.season_at(rule.season or "", rule.lead_days, run.today)
        if not rule.enabled or season is None:
            continue
        if run.customers is None:
            if made.get(key) == season.day.isoformat():
                continue
            made[key] = season.day.isoformat()
            run.cache[SEASONS_TO_MARK] = dict(made)  # marked made once the run's tasks are
        cars = _recent_cars(run)
        made_drafts = seasonal.seasonal_drafts(rule, [car for car, _ in cars], season, run.today)
        for (vehicle_id, owner_id), made_draft in zip(cars, made_drafts, strict=True):
            yield Candidate(made_draft, owner_id, vehicle_id, values=_on(season.day))


def _recent_cars(run: Run) -> list[tuple[int, int]]:
    """Cars (and their owners) checked in within the recent months: each car probes its
    own (vehicle, checked-in) index once (reading the period's visits instead, each car
    many times over, is ten times slower at 200,000 customers)."""
    if "recent_cars" not in run.cache:
        months = run.setting("reminders.seasonal_recent_months")
        since = datetime.combine(add_months(run.today, -months), time.min)
        came = exists().where(
            ServiceVisit.vehicle_id == Vehicle.id, ServiceVisit.checked_in_at >= since
        )
        query = select(Vehicle.id, Vehicle.owner_id).where(came, *run.only(Vehicle.owner_id))
        run.cache["recent_cars"] = [(car, owner) for car, owner in run.session.execute(query)]
    return run.cache["recent_cars"]


SOURCES = (
    walk_ins,
    deliveries,
    service_visits,
    vehicle_dates_due,
    birthday_greetings,
    holiday_greetings,
    dormant_vehicles,
    seasonal_checks,
)
