"""Service visits at the store's maintenance intervals, with odometer readings that rise
at the car's own pace (now and then a long trip), from the handover (a car sold here) or
the first check-in (a car bought elsewhere) until the owner stops coming (a dormant
customer) or the story reaches today."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from ..models import OdometerReading, RepairOrderStatus, ServiceType, ServiceVisit
from ..rules.maintenance import Milestone, NextMaintenance, predict
from ..rules.mileage import Reading, usual_daily_average
from . import data, workshop
from .context import Demo, Model
from .people import Weighted

SERVICE_TYPES = Weighted(data.SERVICE_TYPES)
STOPS_COMING = 0.05  # chance, at each visit, that the owner is not seen again
LONG_TRIP_CHANCE, LONG_TRIP_FACTOR = 0.05, 2.5
MAINTENANCE_EARLY, MAINTENANCE_LATE = -25, 15  # days around the predicted date
CHECK_IN_FROM = 8.5  # the workshop's first check-ins
FUEL_LEVELS = tuple(range(10, 101, 5))  # percent, as the check-in form offers them
TODAY_STATUSES = (RepairOrderStatus.CHECKED_IN, RepairOrderStatus.IN_PROGRESS)
M = ServiceType.MAINTENANCE


class Car(NamedTuple):
    id: int
    owner_id: int
    model: Model
    plate: str


class Visit(NamedTuple):
    """A repair order as the follow-ups need it."""

    id: int
    kind: str
    checked_in_at: datetime
    handed_over_at: datetime | None  # None: still in the workshop
    next: NextMaintenance | None  # written on the handover
    declined: list[str]  # suggested work the customer said no to
    km: int


@dataclass
class History:
    environment: str
    daily_km: float
    readings: list[Reading]
    visits: list[Visit] = field(default_factory=list)
    daily_average: float | None = None
    next: NextMaintenance | None = None  # the car's next maintenance (cached on the car)

    @property
    def first_maintenance_at(self) -> datetime | None:
        return next((v.checked_in_at for v in self.visits if v.kind == M), None)

    @property
    def last_seen(self) -> date:
        return self.readings[-1].read_at.date()


class _Due(NamedTuple):
    day: date
    km: int
    kind: str
    base: Milestone  # the delivery or the last maintenance, which the next one counts from
    first: bool  # no maintenance yet: the next one is the first (首保)
    long_trip: bool = False


def after_delivery(
    demo: Demo, car: Car, delivered_at: datetime, environment: str, daily_km: float
) -> History:
    """A car sold here: the odometer read at the handover, the first maintenance free."""
    start = Reading(delivered_at, demo.between(3, 30))
    _add_reading(demo, car.id, None, start, "delivery")
    history = History(environment, daily_km, [start])
    return _serviced(demo, car, history, _milestone(start), first=True)


def from_check_in(
    demo: Demo, car: Car, day: date, km: int, environment: str, daily_km: float
) -> History:
    """A car bought elsewhere, known from its first check-in here (mostly a maintenance)."""
    here = Milestone(day, km)
    kind = M if demo.chance(0.8) else SERVICE_TYPES.draw(demo.rng)
    history = History(environment, daily_km, [])
    visit = _add_visit(demo, car, _Due(day, km, kind, here, first=False), history)
    _record(history, visit)
    return _serviced(demo, car, history, here, first=False)


def _serviced(demo: Demo, car: Car, history: History, base: Milestone, first: bool) -> History:
    while (due := _next_visit(demo, history, base, first)) is not None:
        visit = _add_visit(demo, car, due, history)
        _record(history, visit)
        if due.kind == M:
            base, first = Milestone(due.day, due.km), False
    history.daily_average = usual_daily_average(history.readings)
    pace = history.daily_average or history.daily_km
    latest = _milestone(history.readings[-1])
    history.next = predict(base, latest, pace, demo.rules.intervals, first=first)
    return history


def _record(history: History, visit: Visit) -> None:
    history.visits.append(visit)
    history.readings.append(Reading(visit.checked_in_at, visit.km))


def _milestone(reading: Reading) -> Milestone:
    return Milestone(reading.read_at.date(), reading.km)


def _next_visit(demo: Demo, history: History, base: Milestone, first: bool) -> _Due | None:
    rng = demo.rng
    last = _milestone(history.readings[-1])
    kind = SERVICE_TYPES.draw(rng)
    due = predict(base, last, history.daily_km, demo.rules.intervals, first=first).due_date
    if kind == M:
        day = due + timedelta(days=demo.between(MAINTENANCE_EARLY, MAINTENANCE_LATE))
    else:  # a repair between two maintenances
        day = last.day + timedelta(days=demo.between(15, max(16, (due - last.day).days)))
    day = max(day, last.day + timedelta(days=7))
    if day > demo.today or rng.random() < STOPS_COMING:
        return None
    if day == demo.today and not demo.open_at(CHECK_IN_FROM):
        return None  # the workshop has not opened yet
    long_trip = rng.random() < LONG_TRIP_CHANCE
    pace = LONG_TRIP_FACTOR if long_trip else rng.uniform(0.85, 1.15)
    km = last.km + max(1, round((day - last.day).days * history.daily_km * pace))
    return _Due(day, km, kind, base, first, long_trip)


def _add_visit(demo: Demo, car: Car, due: _Due, history: History) -> Visit:
    today = due.day == demo.today
    checked_in = demo.at(due.day, CHECK_IN_FROM, 11 if today else 16)
    promised = checked_in + timedelta(hours=demo.between(2, 6))
    handed_over = None if today else promised + timedelta(minutes=demo.between(-60, 60))
    status = demo.pick(TODAY_STATUSES) if today else RepairOrderStatus.HANDED_OVER
    started = None  # the wait from arrival ends when the work starts (开始维修)
    if status != RepairOrderStatus.CHECKED_IN:
        started = min(checked_in + timedelta(minutes=demo.between(5, 45)), demo.now)
    visit_id = demo.out.new_id(ServiceVisit)
    work = workshop.job(demo, due.kind, free=due.first and due.kind == M)
    settled = workshop.add_items(demo, visit_id, checked_in, work, due.long_trip, today)
    upcoming = None if today else _next_service(demo, due, history)
    demo.out.add(
        ServiceVisit,
        visit_id,
        checked_in,
        order_no=_order_no(demo, due.day),
        vehicle_id=car.id,
        customer_id=car.owner_id,
        advisor_id=demo.member("service_advisor").id,
        service_type=due.kind,
        status=status,
        checked_in_at=checked_in,
        odometer_km=due.km,
        fuel_level=demo.pick(FUEL_LEVELS),
        customer_description=work.description,
        promised_at=promised,
        work_started_at=started,
        handed_over_at=handed_over,
        settlement_total=settled.total,
        next_service_date=upcoming.due_date if upcoming else None,
        next_service_km=upcoming.due_km if upcoming else None,
    )
    _add_reading(demo, car.id, visit_id, Reading(checked_in, due.km), "check_in")
    return Visit(visit_id, due.kind, checked_in, handed_over, upcoming, settled.declined, due.km)


def _order_no(demo: Demo, day: date) -> str:
    # The check-in desk's numbering (WX20261123-0001), so its next number follows ours.
    return f"{demo.rules.prefixes['service']}{demo.stamp(day)}-{demo.sequence('service', day):04d}"


def _next_service(demo: Demo, due: _Due, history: History) -> NextMaintenance:
    """What the advisor writes on the handover: the next maintenance, date and km."""
    here = Milestone(due.day, due.km)
    # The odometer only rises here: the first and the last reading give the whole
    # history's average (the sum of the intervals), without reading every visit again.
    latest = Reading(datetime.combine(due.day, time()), due.km)
    average = usual_daily_average([*history.readings[:1], latest])
    if due.kind == M:
        return predict(here, here, average, demo.rules.intervals, first=False)
    return predict(due.base, here, average, demo.rules.intervals, first=due.first)


def _add_reading(
    demo: Demo, vehicle_id: int, visit_id: int | None, reading: Reading, source: str
) -> None:
    demo.out.add_new(
        OdometerReading,
        reading.read_at,
        vehicle_id=vehicle_id,
        service_visit_id=visit_id,
        read_at=reading.read_at,
        km=reading.km,
        source=source,
    )
