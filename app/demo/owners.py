"""Owners known from the workshop only: the car was bought elsewhere (or before the
store's records), the owner registered at its first check-in, as the check-in desk
registers them (a customer who owns a car, source 售后接车), and came back for service.
A store group's workshop serves many more cars than it sold."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ..models import CustomerStage, Vehicle
from ..rules.dates import add_months
from ..rules.handover import last_day_covered
from ..search_keys import vehicle_search_keys
from . import data, followups, reminders, sales, service
from .context import HISTORY_DAYS, Demo
from .customers import Person, add_consents, add_row, new_person

SOURCE = "售后接车"  # what the check-in desk writes for an owner it registers
EARLY_SHARE, EARLY_DAYS = 0.4, 120  # already customers when the records begin
CAR_AGE_DAYS = (30, 7 * 365)  # the car's age at its first check-in here
INSURED_HERE = 0.6  # owners who renew their insurance through the store
FLEET_CARS = (2, 6)


@dataclass(frozen=True)
class _Car:
    vehicle: service.Car
    bought: date
    known_since: date
    history: service.History
    insured_from: date | None
    insurance_expiry: date | None
    warranty_end: date
    inspection_due: date


def add_owner(demo: Demo) -> None:
    person = new_person(demo, deal=True)
    first = _first_check_in(demo)
    count = demo.between(*FLEET_CARS) if person.company else 1
    cars = [_add_car(demo, person, first, fleet=person.company) for _ in range(count)]
    subject = followups.Subject(demo, person.id, person.name, None)
    for car in cars:
        reminders.add_car_tasks(subject, _facts(car))
    reminders.add_greetings(subject, first, person.birthday, person.lunar_birthday, first)
    since = min(car.history.visits[0].checked_in_at for car in cars)
    add_consents(demo, person.id, since)
    last_seen = max(car.history.readings[-1].read_at for car in cars)
    add_row(demo, person, since, CustomerStage.DEAL, None,
            source_channel=SOURCE, last_visit_at=last_seen)  # fmt: skip


def _first_check_in(demo: Demo) -> date:
    if demo.chance(EARLY_SHARE):
        return demo.days_ago(HISTORY_DAYS - demo.between(0, EARLY_DAYS))
    return demo.days_ago(demo.between(0, HISTORY_DAYS))


def _add_car(demo: Demo, person: Person, first: date, fleet: bool) -> _Car:
    rng = demo.rng
    model = demo.model()
    car = service.Car(demo.out.new_id(Vehicle), person.id, model, sales.plate(demo, model))
    bought = first - timedelta(days=demo.between(*CAR_AGE_DAYS))
    environment, daily_km = sales.habit(demo, fleet)
    km = max(100, round((first - bought).days * daily_km * rng.uniform(0.8, 1.2)))
    history = service.from_check_in(demo, car, first, km, environment, daily_km)
    insured = rng.random() < INSURED_HERE
    made = _car(demo, car, bought, first, history, insured)
    _add_vehicle(demo, made)
    return made


def _car(
    demo: Demo, car: service.Car, bought: date, first: date, history: service.History,
    insured: bool,
) -> _Car:  # fmt: skip
    inspection = add_months(bought, sales.FIRST_INSPECTION_MONTHS)
    if inspection < first:  # the six-year inspection was before we knew the car
        inspection = add_months(bought, 10 * 12)
    return _Car(
        vehicle=car,
        bought=bought,
        known_since=first,
        history=history,
        insured_from=bought if insured else None,
        insurance_expiry=sales.insurance_expiry(demo, bought) if insured else None,
        warranty_end=last_day_covered(bought, demo.rules.warranty[0]),
        inspection_due=inspection,
    )


def _add_vehicle(demo: Demo, car: _Car) -> None:
    spec, history = car.vehicle.model.spec, car.history
    vin = demo.people.vin(spec, sales.model_year(datetime.combine(car.bought, time())))
    demo.out.add(
        Vehicle,
        car.vehicle.id,
        history.visits[0].checked_in_at,
        owner_id=car.vehicle.owner_id,
        model_id=car.vehicle.model.id,
        vin=vin,
        **vehicle_search_keys(vin),
        plate=car.vehicle.plate,
        colour=demo.pick(data.COLOURS),
        purchase_date=car.bought,
        delivery_date=car.bought,
        warranty_end_date=car.warranty_end,
        warranty_end_km=demo.rules.warranty[1],
        insurance_expiry=car.insurance_expiry,
        annual_inspection_due=car.inspection_due,
        usual_environment=history.environment,
        daily_km_average=history.daily_average,
        next_service_date=history.next.due_date if history.next else None,
        next_service_km=history.next.due_km if history.next else None,
    )


def _facts(car: _Car) -> reminders.CarFacts:
    return reminders.CarFacts(
        vehicle_id=car.vehicle.id,
        plate=car.vehicle.plate,
        model=car.vehicle.model.name,
        known_since=car.known_since,
        history=car.history,
        insured_from=car.insured_from,
        insurance_expiry=car.insurance_expiry,
        warranty_end=car.warranty_end,
        inspection_due=car.inspection_due,
    )
