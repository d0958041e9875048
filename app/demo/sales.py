"""Orders, vehicles and handovers for the customers who bought."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..models import (
    Delivery,
    DeliveryChecklistItem,
    OrderService,
    OrderStatus,
    PaymentMethod,
    SalesOrder,
    Vehicle,
)
from ..rules.dates import add_months
from ..rules.handover import checklist, last_day_covered
from ..search_keys import vehicle_search_keys
from . import data, service
from .context import Demo, Member, Model
from .people import Weighted

HABITS = Weighted((habit[:2], habit[2]) for habit in data.DRIVING_HABITS)
FLEET_HABITS = Weighted((habit[:2], habit[2]) for habit in data.FLEET_HABITS)
FIRST_INSPECTION_MONTHS = 72  # new private cars: first inspection in the sixth year
PROGRESS = ("not_started", "in_progress", "done")
LOAN_SHARE = 0.45
CHECKLIST_DAYS = 60  # signed checklists are kept on file for recent handovers
ALLOCATED_AFTER_DAYS = 5  # an order older than a week has its car (FRESH_ORDER_DAYS)
FRESH_ORDER_DAYS = 7


@dataclass(frozen=True)
class Purchase:
    order_id: int
    model: Model
    ordered_at: datetime
    delivery_id: int | None = None
    delivered_at: datetime | None = None
    vehicle: service.Car | None = None
    history: service.History | None = None
    insurance_expiry: date | None = None
    loan: bool = False


@dataclass(frozen=True)
class Allocation:
    """Where the order's car stands: planned handover, status, the car (from 已配车 on)."""

    planned: date
    status: str
    vehicle_id: int | None
    colour: str


def add_purchase(
    demo: Demo, customer_id: int, consultant: Member, model: Model, ordered_at: datetime,
    fleet: bool = False, waiting: bool = False,
) -> Purchase:  # fmt: skip
    """`waiting`: the car is allocated, its handover in the coming days."""
    order_id = demo.out.new_id(SalesOrder)
    handover_day = ordered_at.date() + timedelta(days=demo.between(3, 35))
    if waiting:
        handover_day = demo.today + timedelta(days=demo.between(1, 14))
    colour = demo.pick(data.COLOURS)
    if handover_day >= demo.today:
        purchase = Purchase(order_id, model, ordered_at, loan=demo.chance(LOAN_SHARE))
        _add_order_services(demo, purchase)
    else:
        purchase = _delivered(demo, order_id, customer_id, consultant, model, ordered_at,
                              handover_day, fleet)  # fmt: skip
    status = _status(demo, purchase)
    car_id = purchase.vehicle.id if purchase.vehicle else None
    if status == OrderStatus.ALLOCATED:
        car_id = _allocate_car(demo, purchase, customer_id, colour)
    _add_order(demo, purchase, customer_id, consultant,
               Allocation(handover_day, status, car_id, colour))  # fmt: skip
    return purchase


def _allocate_car(demo: Demo, purchase: Purchase, customer_id: int, colour: str) -> int:
    """已配车: the car in stock, known by its VIN, waiting for its handover (no plate yet),
    as the sales desk records it when allocating."""
    car_id = demo.out.new_id(Vehicle)
    allocated_at = purchase.ordered_at + timedelta(days=demo.between(1, ALLOCATED_AFTER_DAYS))
    vin = demo.people.vin(purchase.model.spec, model_year(allocated_at))
    demo.out.add(
        Vehicle,
        car_id,
        allocated_at,
        owner_id=customer_id,
        model_id=purchase.model.id,
        vin=vin,
        **vehicle_search_keys(vin),
        colour=colour,
    )
    return car_id


def model_year(built: datetime) -> int:
    return built.year + (1 if built.month >= 10 else 0)


def _delivered(
    demo: Demo, order_id: int, customer_id: int, consultant: Member, model: Model,
    ordered_at: datetime, handover_day: date, fleet: bool,
) -> Purchase:  # fmt: skip
    delivered_at = demo.at(handover_day, 10, 18)
    car = service.Car(demo.out.new_id(Vehicle), customer_id, model, plate(demo, model))
    history = service.after_delivery(demo, car, delivered_at, *habit(demo, fleet))
    expiry = insurance_expiry(demo, delivered_at.date())
    _add_vehicle(demo, car, delivered_at, ordered_at, history, expiry)
    delivery_id = demo.out.add_new(
        Delivery,
        delivered_at,
        order_id=order_id,
        vehicle_id=car.id,
        consultant_id=consultant.id,
        delivered_at=delivered_at,
        odometer_km=history.readings[0].km,
    )
    if handover_day >= demo.days_ago(CHECKLIST_DAYS):
        _add_checklist(demo, delivery_id, delivered_at, model)
    return Purchase(order_id, model, ordered_at, delivery_id, delivered_at, car, history, expiry,
                    loan=demo.chance(LOAN_SHARE))  # fmt: skip


def _add_checklist(demo: Demo, delivery_id: int, delivered_at: datetime, model: Model) -> None:
    """The checklist the customer signed: every item ticked."""
    for item in checklist(demo.rules.checklist_items, model.energy is not None):
        demo.out.add_new(
            DeliveryChecklistItem,
            delivered_at,
            delivery_id=delivery_id,
            section=item.section,
            position=item.position,
            label=item.label,
            checked=True,
        )


def plate(demo: Demo, model: Model) -> str:
    return demo.people.plate(model.energy)


def habit(demo: Demo, fleet: bool) -> tuple[str, float]:
    """Where the car usually drives and its km a day (a company's car works all day)."""
    environment, typical_km = (FLEET_HABITS if fleet else HABITS).draw(demo.rng)
    return environment, typical_km * demo.rng.lognormvariate(0, 0.3)


def insurance_expiry(demo: Demo, delivered: date) -> date:
    """Renewed every year after the first cover; a few let it lapse (or went elsewhere)."""
    years = demo.rules.insurance_years
    while last_day_covered(delivered, years) < demo.today:
        years += 1
    if years > demo.rules.insurance_years and demo.chance(0.08):
        years -= 1
    return last_day_covered(delivered, years)


def _add_vehicle(
    demo: Demo, car: service.Car, delivered_at: datetime, ordered_at: datetime,
    history: service.History, insurance_expiry: date,
) -> None:  # fmt: skip
    vin = demo.people.vin(car.model.spec, model_year(delivered_at))
    delivered = delivered_at.date()
    demo.out.add(
        Vehicle,
        car.id,
        delivered_at,
        owner_id=car.owner_id,
        model_id=car.model.id,
        vin=vin,
        **vehicle_search_keys(vin),
        plate=car.plate,
        colour=demo.pick(data.COLOURS),
        purchase_date=ordered_at.date(),
        delivery_date=delivered,
        warranty_end_date=last_day_covered(delivered, demo.rules.warranty[0]),
        warranty_end_km=demo.rules.warranty[1],
        insurance_expiry=insurance_expiry,
        annual_inspection_due=add_months(delivered, FIRST_INSPECTION_MONTHS),
        usual_environment=history.environment,
        daily_km_average=history.daily_average,
        next_service_date=history.next.due_date if history.next else None,
        next_service_km=history.next.due_km if history.next else None,
    )


def _add_order(
    demo: Demo, purchase: Purchase, customer_id: int, consultant: Member, car: Allocation
) -> None:
    ordered_at, spec = purchase.ordered_at, purchase.model.spec
    loan = purchase.loan
    price = int(round(spec.guide_price * demo.rng.uniform(0.88, 0.98), -2))
    demo.out.add(
        SalesOrder,
        purchase.order_id,
        ordered_at,
        order_no=_order_no(demo, ordered_at.date()),
        customer_id=customer_id,
        consultant_id=consultant.id,
        model_id=purchase.model.id,
        configuration=f"{ordered_at.year}款 {demo.pick(data.TRIMS)}",
        colour=car.colour,
        vehicle_id=car.vehicle_id,
        price=price,
        deposit=demo.pick(data.DEPOSITS),
        payment_method=PaymentMethod.LOAN if loan else PaymentMethod.CASH,
        loan_bank=demo.pick(data.LOAN_BANKS) if loan else None,
        loan_term_months=demo.pick(data.LOAN_TERMS) if loan else None,
        ordered_at=ordered_at,
        planned_delivery_date=car.planned,
        status=car.status,
    )


def _order_no(demo: Demo, day: date) -> str:
    # The sales desk's numbering (XS202611230001), so its next number follows ours.
    return f"{demo.rules.prefixes['sales']}{demo.stamp(day)}{demo.sequence('sales', day):04d}"


def _status(demo: Demo, purchase: Purchase) -> str:
    if purchase.delivered_at is not None:
        return OrderStatus.DELIVERED
    fresh = purchase.ordered_at.date() >= demo.days_ago(FRESH_ORDER_DAYS)
    return OrderStatus.OPEN if fresh else OrderStatus.ALLOCATED


def _add_order_services(demo: Demo, purchase: Purchase) -> None:
    """The paperwork still under way for an order not yet handed over."""
    for kind in demo.rules.order_services:
        if kind == "loan" and not purchase.loan:
            continue
        demo.out.add_new(
            OrderService,
            purchase.ordered_at,
            order_id=purchase.order_id,
            kind=kind,
            progress=demo.pick(PROGRESS),
        )
