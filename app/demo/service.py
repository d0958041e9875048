"""After the handover: service visits at the store's maintenance intervals, with odometer
readings that rise at the car's own pace (now and then a long trip), until the owner
stops coming (a dormant customer) or the story reaches today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from ..models import OdometerReading, RepairOrderStatus, ServiceType, ServiceVisit
from ..rules.maintenance import Milestone, NextMaintenance, predict
from ..rules.mileage import Reading, usual_daily_average
from . import data
from .context import Demo, Model
from .people import Weighted

SERVICE_TYPES = Weighted(data.SERVICE_TYPES)
STOPS_COMING = 0.07  # chance, at each visit, that the owner is not seen again
LONG_TRIP_CHANCE, LONG_TRIP_FACTOR = 0.05, 2.5
TODAY_STATUSES = (RepairOrderStatus.CHECKED_IN, RepairOrderStatus.IN_PROGRESS)


@dataclass(frozen=True)
class Car:
    id: int
    owner_id: int
    model: Model
    plate: str


@dataclass(frozen=True)
class History:
    environment: str
    readings: list[Reading]
    daily_average: float | None
    next: NextMaintenance
    last_maintenance_visit: int | None
    first_maintenance_at: datetime | None


@dataclass(frozen=True)
class _Due:
    day: date
    km: int
    kind: str
    base: Milestone  # the delivery or the last maintenance, which the next one counts from
    first: bool  # no maintenance yet: the next one is the first (首保)


def add_history(
    demo: Demo, car: Car, delivered_at: datetime, environment: str, daily_km: float
) -> History:
    readings = [Reading(delivered_at, demo.rng.randint(3, 30))]
    _add_reading(demo, car.id, None, readings[0], "delivery")
    base, first, last_visit, first_at = _milestone(readings[0]), True, None, None
    while (due := _next_visit(demo, readings, base, daily_km, first)) is not None:
        visit_id, reading = _add_visit(demo, car, due, readings)
        readings.append(reading)
        if due.kind == ServiceType.MAINTENANCE:
            first_at = first_at or reading.read_at
            base, first, last_visit = _milestone(reading), False, visit_id
    average = usual_daily_average(readings)
    upcoming = predict(
        base, _milestone(readings[-1]), average or daily_km, demo.rules.intervals, first=first
    )
    return History(environment, readings, average, upcoming, last_visit, first_at)


def _milestone(reading: Reading) -> Milestone:
    return Milestone(reading.read_at.date(), reading.km)


def _next_visit(
    demo: Demo, readings: list[Reading], base: Milestone, daily_km: float, first: bool
) -> _Due | None:
    last = _milestone(readings[-1])
    kind = SERVICE_TYPES.draw(demo.rng)
    due = predict(base, last, daily_km, demo.rules.intervals, first=first).due_date
    if kind == ServiceType.MAINTENANCE:
        day = due + timedelta(days=demo.rng.randint(-20, 20))
    else:  # a repair between two maintenances
        day = last.day + timedelta(days=demo.rng.randint(15, max(16, (due - last.day).days)))
    day = max(day, last.day + timedelta(days=7))
    if day > demo.today or demo.chance(STOPS_COMING):
        return None
    pace = LONG_TRIP_FACTOR if demo.chance(LONG_TRIP_CHANCE) else demo.rng.uniform(0.85, 1.15)
    km = last.km + max(1, round((day - last.day).days * daily_km * pace))
    return _Due(day, km, kind, base, first)


def _add_visit(demo: Demo, car: Car, due: _Due, readings: list[Reading]) -> tuple[int, Reading]:
    today = due.day == demo.today
    checked_in = demo.at(due.day, 8.5, 11 if today else 16)
    promised = checked_in + timedelta(hours=demo.rng.randint(2, 6))
    visit_id = demo.out.new_id(ServiceVisit)
    demo.out.add(
        ServiceVisit,
        visit_id,
        checked_in,
        order_no=_order_no(demo, due.day),
        vehicle_id=car.id,
        customer_id=car.owner_id,
        advisor_id=demo.member("service_advisor").id,
        service_type=due.kind,
        status=demo.rng.choice(TODAY_STATUSES) if today else RepairOrderStatus.HANDED_OVER,
        checked_in_at=checked_in,
        odometer_km=due.km,
        fuel_level=demo.rng.randrange(10, 101, 5),
        customer_description=demo.rng.choice(data.SERVICE_COMPLAINTS[due.kind]),
        promised_at=promised,
        handed_over_at=None if today else promised + timedelta(minutes=demo.rng.randint(-60, 60)),
        settlement_total=None if today else _settlement(demo, due.kind, len(readings) == 1),
        **_next_service(demo, due, readings),
    )
    reading = Reading(checked_in, due.km)
    _add_reading(demo, car.id, visit_id, reading, "check_in")
    return visit_id, reading


def _order_no(demo: Demo, day: date) -> str:
    # The check-in desk's numbering (WX20261123-0001), so its next number follows ours.
    return f"{demo.rules.prefixes['service']}{day:%Y%m%d}-{demo.sequence('service', day):04d}"


def _settlement(demo: Demo, kind: str, first_visit: bool) -> Decimal:
    low, high = data.SERVICE_PRICES[kind]
    if kind == ServiceType.MAINTENANCE and first_visit:
        return Decimal(0)  # the first maintenance is free
    return Decimal(demo.rng.randint(low, high))


def _next_service(demo: Demo, due: _Due, readings: list[Reading]) -> dict:
    """What the advisor writes on the handover: the next maintenance, date and km."""
    if due.day == demo.today:  # not handed over yet
        return {"next_service_date": None, "next_service_km": None}
    here = Milestone(due.day, due.km)
    average = usual_daily_average([*readings, Reading(datetime.combine(due.day, time()), due.km)])
    if due.kind == ServiceType.MAINTENANCE:
        upcoming = predict(here, here, average, demo.rules.intervals, first=False)
    else:
        upcoming = predict(due.base, here, average, demo.rules.intervals, first=due.first)
    return {"next_service_date": upcoming.due_date, "next_service_km": upcoming.due_km}


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
