"""The customer's 360° card (客户全景): who they are, their consent per kind of contact,
their cars with mileage and next service, household and referrals, value and loyalty,
the dedicated advisor, and the timeline of everything (app.services.customer_timeline).

Read-only but for the dedicated advisor (ASSIGN_ADVISORS, checked by
CustomerValueService). Phones and ID numbers come masked for everyone: revealing a phone
is the audited CustomerService.reveal_mobile, for staff allowed to.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ..db import Database
from ..errors import NotFoundError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    CarModel,
    Customer,
    FollowUpTask,
    OdometerReading,
    StaffRole,
    StaffUser,
    TaskStatus,
    Vehicle,
)
from ..permissions import Actor, Permission, require_actor
from ..rules import value as value_rules
from ..rules.loyalty import LoyaltyBadges
from ..validation import mask_mobile
from . import customer_timeline
from .customer_timeline import TimelineEntry
from .customer_value import CustomerValueService, CustomerValueView
from .loyalty import LoyaltyService
from .reminders import ConsentState, ReminderService
from .staff import StaffMember

RELATIVES_SHOWN = 20  # referrals and shared phones listed on the card; the count says all


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    contact_name: str | None
    mobile: str  # masked
    id_number: str  # masked
    customer_type: str
    owner_type: str
    stage: str
    intent_level: str
    gender: str
    birthday: date | None
    lunar_birthday: tuple[int, int] | None  # (month, day) of the lunar calendar
    age: int | None
    occupation: str | None
    hobbies: str | None
    district: str | None
    preferred_channel: str
    driving_years: int | None
    source_channel: str | None
    consultant: str | None
    loss_reason: str | None
    has_open_complaint: bool
    last_visit_at: datetime | None
    notes: str | None


@dataclass(frozen=True)
class VehicleLine:
    id: int
    plate: str | None
    vin: str
    model: str | None
    colour: str | None
    purchase_date: date | None
    last_km: int | None
    last_read_on: date | None
    daily_km_average: float | None
    next_service_date: date | None
    next_service_km: int | None
    warranty_end_date: date | None
    insurance_expiry: date | None


@dataclass(frozen=True)
class Relative:
    id: int
    name: str
    mobile: str  # masked


@dataclass(frozen=True)
class Household:
    referred_by: Relative | None
    referrals: list[Relative]  # the first RELATIVES_SHOWN, newest first
    referral_count: int
    uses_mobile_of: Relative | None  # this customer is reached on that customer's phone
    on_this_mobile: list[Relative]  # family or colleagues reached on this customer's phone


@dataclass(frozen=True)
class PriorityFlag:
    """What check-in and reception show about a customer's value: the badge."""

    customer_id: int
    level: value_rules.ValueLevel | None  # None until the first computation reached them
    dedicated_advisor: str | None

    @property
    def high_value(self) -> bool:
        return self.level is value_rules.ValueLevel.HIGH


@dataclass(frozen=True)
class Customer360:
    person: Person
    consents: list[ConsentState]
    vehicles: list[VehicleLine]
    household: Household
    value: CustomerValueView | None
    loyalty: LoyaltyBadges
    dedicated_advisor: StaffMember | None
    open_tasks: int
    may_reveal_mobile: bool
    may_assign_advisor: bool

    @property
    def high_value(self) -> bool:
        return self.value is not None and self.value.high_value


class Customer360Service:
    def __init__(
        self, db: Database, actor: Actor, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        self.db = db
        self.actor = require_actor(actor)
        self.clock = clock
        self.values = CustomerValueService(db, self.actor, clock)

    def card(self, customer_id: int) -> Customer360:
        today = self.clock().date()
        with self.db.reading(self.actor) as session:
            customer = _get(session, customer_id)
            person = _person(session, customer, today)
            vehicles = _vehicles(session, customer_id)
            household = _household(session, customer)
            advisor = _staff(session, customer.dedicated_advisor_id)
            open_tasks = _open_tasks(session, customer_id)
        # Reads that never wait for a writer (the value run in the background holds the
        # write lock a moment per chunk): here, and in each service below.
        consents = ReminderService(self.db, self.actor, self.clock).consents(customer_id)
        loyalty = LoyaltyService(self.db, self.actor, self.clock).badges(customer_id)
        return Customer360(
            person=person,
            consents=consents,
            vehicles=vehicles,
            household=household,
            value=self.values.of(customer_id),
            loyalty=loyalty,
            dedicated_advisor=advisor,
            open_tasks=open_tasks,
            may_reveal_mobile=self.actor.can(Permission.SEE_FULL_CONTACT),
            may_assign_advisor=self.actor.can(Permission.ASSIGN_ADVISORS),
        )

    def timeline(self, customer_id: int, offset: int = 0, limit: int = 50) -> list[TimelineEntry]:
        """Everything that happened with the customer, newest first, one page."""
        with self.db.reading(self.actor) as session:
            _get(session, customer_id)
            return customer_timeline.page(session, customer_id, offset, limit)

    def priority(self, customer_id: int) -> PriorityFlag:
        """The high-value badge as check-in and reception show it."""
        view = self.values.of(customer_id)
        with self.db.reading(self.actor) as session:
            advisor = _staff(session, _get(session, customer_id).dedicated_advisor_id)
        return PriorityFlag(
            customer_id=customer_id,
            level=view.level if view is not None else None,
            dedicated_advisor=advisor.name if advisor is not None else None,
        )

    def owner_of(self, vehicle_id: int) -> int:
        """The customer a car belongs to (the service desk finds cars, the card is theirs)."""
        with self.db.reading(self.actor) as session:
            vehicle = session.get(Vehicle, vehicle_id)
            if vehicle is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到该车辆。"))
            return vehicle.owner_id

    def advisors(self) -> list[StaffMember]:
        """The service advisors a dedicated advisor is chosen from (active accounts)."""
        with self.db.reading(self.actor) as session:
            rows = session.scalars(
                select(StaffUser)
                .where(StaffUser.active, StaffUser.role == StaffRole.SERVICE_ADVISOR)
                .order_by(StaffUser.name, StaffUser.id)
            )
            return [StaffMember(s.id, s.name, s.role) for s in rows]

    def set_dedicated_advisor(self, customer_id: int, advisor_id: int | None) -> None:
        """Store manager only (ASSIGN_ADVISORS); the change is audited with the customer."""
        self.values.set_dedicated_advisor(customer_id, advisor_id)


def _get(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到该客户。"))
    return customer


def _staff(session: Session, staff_id: int | None) -> StaffMember | None:
    staff = session.get(StaffUser, staff_id) if staff_id is not None else None
    return StaffMember(staff.id, staff.name, staff.role) if staff is not None else None


def _person(session: Session, customer: Customer, today: date) -> Person:
    consultant = _staff(session, customer.consultant_id)
    lunar = customer.lunar_birthday_month, customer.lunar_birthday_day
    return Person(
        id=customer.id,
        name=customer.name,
        contact_name=customer.contact_name,
        mobile=mask_mobile(customer.mobile),
        id_number=mask_id_number(customer.id_number),
        customer_type=customer.customer_type,
        owner_type=customer.owner_type,
        stage=customer.stage,
        intent_level=customer.intent_level,
        gender=customer.gender,
        birthday=customer.birthday,
        lunar_birthday=(lunar[0], lunar[1]) if lunar[0] and lunar[1] else None,
        age=age_on(customer.birthday, today),
        occupation=customer.occupation,
        hobbies=customer.hobbies,
        district=customer.district,
        preferred_channel=customer.preferred_channel,
        driving_years=customer.driving_years,
        source_channel=customer.source_channel,
        consultant=consultant.name if consultant else None,
        loss_reason=customer.loss_reason,
        has_open_complaint=customer.has_open_complaint,
        last_visit_at=customer.last_visit_at,
        notes=customer.notes,
    )


def mask_id_number(number: str | None) -> str:
    """An ID number as every screen shows it: the region and the last four (330106********1234)."""
    if not number:
        return ""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def age_on(birthday: date | None, today: date) -> int | None:
    if birthday is None or birthday > today:
        return None
    return today.year - birthday.year - ((today.month, today.day) < (birthday.month, birthday.day))


def _vehicles(session: Session, customer_id: int) -> list[VehicleLine]:
    rows = session.execute(
        select(Vehicle, CarModel.name)
        .outerjoin(CarModel, CarModel.id == Vehicle.model_id)
        .where(Vehicle.owner_id == customer_id)
        .order_by(Vehicle.id)
    ).all()
    return [_vehicle_line(session, vehicle, model) for vehicle, model in rows]


def _vehicle_line(session: Session, vehicle: Vehicle, model: str | None) -> VehicleLine:
    latest = session.execute(
        select(OdometerReading.km, OdometerReading.read_at)
        .where(OdometerReading.vehicle_id == vehicle.id)
        .order_by(OdometerReading.read_at.desc(), OdometerReading.id.desc())
        .limit(1)
    ).first()
    return VehicleLine(
        id=vehicle.id,
        plate=vehicle.plate,
        vin=vehicle.vin,
        model=model,
        colour=vehicle.colour,
        purchase_date=vehicle.purchase_date,
        last_km=latest.km if latest else None,
        last_read_on=latest.read_at.date() if latest else None,
        daily_km_average=vehicle.daily_km_average,
        next_service_date=vehicle.next_service_date,
        next_service_km=vehicle.next_service_km,
        warranty_end_date=vehicle.warranty_end_date,
        insurance_expiry=vehicle.insurance_expiry,
    )


def _household(session: Session, customer: Customer) -> Household:
    def relatives(column: InstrumentedAttribute[int | None]) -> list[Relative]:
        rows = session.scalars(
            select(Customer)
            .where(column == customer.id)
            .order_by(Customer.id.desc())
            .limit(RELATIVES_SHOWN)
        )
        return [_relative(c) for c in rows]

    referred_by = _other(session, customer.referred_by_id)
    sharer = _other(session, customer.shares_mobile_with_id)
    count = session.scalar(
        select(func.count(Customer.id)).where(Customer.referred_by_id == customer.id)
    )
    return Household(
        referred_by=_relative(referred_by) if referred_by is not None else None,
        referrals=relatives(Customer.referred_by_id),
        referral_count=count or 0,
        uses_mobile_of=_relative(sharer) if sharer is not None else None,
        on_this_mobile=relatives(Customer.shares_mobile_with_id),
    )


def _other(session: Session, customer_id: int | None) -> Customer | None:
    return session.get(Customer, customer_id) if customer_id is not None else None


def _relative(customer: Customer) -> Relative:
    return Relative(customer.id, customer.name, mask_mobile(customer.mobile))


def _open_tasks(session: Session, customer_id: int) -> int:
    return (
        session.scalar(
            select(func.count(FollowUpTask.id)).where(
                FollowUpTask.customer_id == customer_id, FollowUpTask.status == TaskStatus.OPEN
            )
        )
        or 0
    )
