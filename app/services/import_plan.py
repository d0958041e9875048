"""What each row of a customer list would create, and which rows are duplicates: of an
earlier row of the file, or of a customer or car already in the database (by phone,
VIN, plate). The same plan serves the dry run and the import."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ..i18n import QT_TRANSLATE_NOOP, Phrase
from ..importing.rows import Column, ParsedRow, Problem
from ..models import CarModel, Customer, Vehicle

PHONE, VIN, PLATE = "phone", "vin", "plate"

MODEL_UNKNOWN = QT_TRANSLATE_NOOP("Errors", "车型不在车型库中：车辆照常导入，车型待补。")


@dataclass(frozen=True)
class Ref:
    """A customer or vehicle: one made by an earlier row of this file (`row`), or one
    already in the database (`id`)."""

    row: int | None = None
    id: int | None = None

    @property
    def in_database(self) -> bool:
        return self.id is not None


@dataclass(frozen=True)
class Duplicate:
    row: int
    by: str  # PHONE, VIN or PLATE
    existing_customer_id: int | None
    same_as_row: int | None
    vehicle_attached: bool = False  # the row's new car goes to the customer already known

    def as_json(self) -> dict:
        return {
            "row": self.row,
            "existing_customer_id": self.existing_customer_id,
            "same_as_row": self.same_as_row,
            "by": self.by,
        }


@dataclass
class RowPlan:
    data: ParsedRow
    customer: Ref | None = None  # None: this row makes the customer
    vehicle: Ref | None = None  # None: this row makes the vehicle (when it has one)
    adds_service: bool = False
    model_id: int | None = None
    duplicates: list[Duplicate] = field(default_factory=list)

    @property
    def row(self) -> int:
        return self.data.row

    @property
    def new_customer(self) -> bool:
        return self.customer is None

    @property
    def new_vehicle(self) -> bool:
        return self.data.has_vehicle and self.vehicle is None

    @property
    def creates_something(self) -> bool:
        return self.new_customer or self.new_vehicle or self.adds_service


@dataclass(frozen=True)
class _Seen:
    row: int
    customer: Ref
    vehicle: Ref | None = None
    made_here: bool = False  # the vehicle is created by this import


class Planner:
    """Plans rows chunk by chunk; remembers the keys of the rows planned so far."""

    def __init__(self, session: Session, model_column: Column | None = None) -> None:
        self.session = session
        self.model_column = model_column
        self.phones: dict[str, _Seen] = {}
        self.vins: dict[str, _Seen] = {}
        self.plates: dict[str, _Seen] = {}
        self.services: set[tuple[str | None, date, int]] = set()
        self.models = _model_names(session)
        self.warnings: list[Problem] = []

    def plan(self, rows: Sequence[ParsedRow]) -> list[RowPlan]:
        """Error-free rows only: rows with errors are skipped, never matched against."""
        known = _Known.look_up(self.session, rows)
        return [self._plan_row(row, known) for row in rows]

    def _plan_row(self, data: ParsedRow, known: _Known) -> RowPlan:
        plan = RowPlan(data)
        car = self._known_vehicle(plan, known) if data.has_vehicle else None
        plan.vehicle = car.vehicle if car else None
        plan.customer = self._known_customer(plan, known) or (car.customer if car else None)
        vehicle_made_here = plan.new_vehicle or (car is not None and car.made_here)
        plan.adds_service = vehicle_made_here and self._new_service(data)
        if plan.new_vehicle:
            plan.model_id = self._model(data)
            self._mark_attached(plan)
        self._remember(plan, vehicle_made_here)
        return plan

    def _known_vehicle(self, plan: RowPlan, known: _Known) -> _Seen | None:
        data = plan.data
        for by, key, seen_here, in_database in (
            (VIN, data.vin, self.vins, known.vins),
            (PLATE, data.plate, self.plates, known.plates),
        ):
            found = _match(plan, by, key, seen_here, in_database)
            if found is not None:
                return found
        return None

    def _known_customer(self, plan: RowPlan, known: _Known) -> Ref | None:
        found = _match(plan, PHONE, plan.data.mobile, self.phones, known.phones)
        return found.customer if found else None

    def _new_service(self, data: ParsedRow) -> bool:
        if data.service is None:
            return False
        key = (data.vin, data.service.day, data.service.km)
        if key in self.services:
            return False
        self.services.add(key)
        return True

    def _model(self, data: ParsedRow) -> int | None:
        if not data.model:
            return None
        model_id = self.models.get(_model_key(data.model))
        if model_id is None:
            self.warnings.append(
                Problem(data.row, "车型", "", data.model, Phrase("Errors", MODEL_UNKNOWN))
            )
        return model_id

    def _mark_attached(self, plan: RowPlan) -> None:
        if plan.customer is not None and plan.customer.in_database:
            plan.duplicates = [
                Duplicate(d.row, d.by, d.existing_customer_id, d.same_as_row, True)
                if d.by == PHONE
                else d
                for d in plan.duplicates
            ]

    def _remember(self, plan: RowPlan, vehicle_made_here: bool) -> None:
        data, row = plan.data, plan.row
        customer = plan.customer or Ref(row=row)
        vehicle = plan.vehicle or (Ref(row=row) if data.has_vehicle else None)
        seen = _Seen(row, customer, vehicle, vehicle_made_here)
        for key, where in ((data.mobile, self.phones), (data.vin, self.vins)):
            if key and key not in where:
                where[key] = seen
        if data.plate and data.plate not in self.plates and vehicle is not None:
            self.plates[data.plate] = seen


def _match(
    plan: RowPlan, by: str, key: str | None, seen_here: dict[str, _Seen], in_database: dict
) -> _Seen | None:
    """The earlier row or the stored record with this key, noted as a duplicate."""
    if not key:
        return None
    if key in seen_here:
        seen = seen_here[key]
        _note(plan, Duplicate(plan.row, by, seen.customer.id, seen.row))
        return seen
    if key in in_database:
        seen = in_database[key]
        _note(plan, Duplicate(plan.row, by, seen.customer.id, None))
        return seen
    return None


def _note(plan: RowPlan, duplicate: Duplicate) -> None:
    """One entry per record matched: phone and VIN of the same customer say it once."""
    same = [
        d
        for d in plan.duplicates
        if (d.existing_customer_id, d.same_as_row)
        == (duplicate.existing_customer_id, duplicate.same_as_row)
    ]
    if not same:
        plan.duplicates.append(duplicate)


@dataclass
class _Known:
    """The chunk's phones, VINs and plates already in the database."""

    phones: dict[str, _Seen]
    vins: dict[str, _Seen]
    plates: dict[str, _Seen]

    @classmethod
    def look_up(cls, session: Session, rows: Sequence[ParsedRow]) -> _Known:
        phones = {r.mobile for r in rows if r.mobile}
        vins = {r.vin for r in rows if r.vin}
        plates = {r.plate for r in rows if r.plate}
        return cls(
            phones={
                mobile: _Seen(0, Ref(id=customer_id))
                for mobile, customer_id in session.execute(
                    select(Customer.mobile, Customer.id).where(Customer.mobile.in_(phones))
                )
                if mobile is not None  # never: the query asked for these numbers
            },
            vins=_vehicles(session, Vehicle.vin, vins),
            plates=_vehicles(session, Vehicle.plate, plates),
        )


def _vehicles(
    session: Session, column: InstrumentedAttribute[str | None], keys: set[str]
) -> dict[str, _Seen]:
    query = select(column, Vehicle.id, Vehicle.owner_id).where(column.in_(keys))
    return {
        key: _Seen(0, Ref(id=owner_id), Ref(id=vehicle_id))
        for key, vehicle_id, owner_id in session.execute(query)
        if key is not None  # never: the query asked for these keys
    }


def _model_key(name: str) -> str:
    return "".join(name.split()).lower()


def _model_names(session: Session) -> dict[str, int]:
    return {
        _model_key(name): id_ for id_, name in session.execute(select(CarModel.id, CarModel.name))
    }
