"""What the check-in desk sends and gets back: plain data, never live rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    ServiceType,
    WorkItemStatus,
)
from ..rules import repair_order


# --- what the desk gets back ------------------------------------------------------------
@dataclass(frozen=True)
class VehicleHit:
    id: int
    plate: str | None
    vin: str
    model: str | None
    colour: str | None
    owner_name: str
    owner_phone: str  # masked


@dataclass(frozen=True)
class HistoryEntry:
    visit_id: int
    order_no: str
    day: date
    km: int
    service_type: str
    work: str
    amount: Decimal | None
    status: str


@dataclass(frozen=True)
class DeclinedWork:
    description: str
    day: date
    order_no: str


@dataclass(frozen=True)
class Reminder:
    kind: str
    due_date: date
    message: str | None


@dataclass(frozen=True)
class VehicleCard:
    id: int
    plate: str | None
    vin: str
    model: str | None
    colour: str | None
    purchase_date: date | None
    delivery_date: date | None
    warranty_end_date: date | None
    warranty_end_km: int | None
    insurance_expiry: date | None
    owner_id: int
    owner_name: str
    owner_phone: str  # masked
    marketing_allowed: bool | None  # None: never asked
    open_complaints: int
    due_reminders: list[Reminder]
    history: list[HistoryEntry]
    declined_work: list[DeclinedWork]
    last_km: int | None
    daily_km_average: float | None
    next_service_date: date | None
    next_service_km: int | None
    open_order_id: int | None


@dataclass(frozen=True)
class ReadingInterval:
    """One odometer reading with what changed since the one before it."""

    reading_id: int
    read_at: datetime
    km: int
    days_since_previous: int | None
    km_since_previous: int | None
    daily_average: float | None
    corrected_from_km: int | None
    correction_reason: str | None
    order_no: str | None


@dataclass(frozen=True)
class WorkItemRow:
    id: int
    description: str
    labour: Decimal
    parts: Decimal
    status: str
    suggested: bool
    consent_at: datetime | None
    consent_note: str | None

    @property
    def total(self) -> Decimal:
        return self.labour + self.parts

    @property
    def counts(self) -> bool:
        return self.status == WorkItemStatus.AGREED


@dataclass(frozen=True)
class RepairOrder:
    id: int
    order_no: str
    status: str
    vehicle_id: int
    plate: str | None
    vin: str
    model: str | None
    colour: str | None
    customer_name: str
    customer_phone: str  # masked
    checked_in_at: datetime
    odometer_km: int
    fuel_level: int | None
    description: str | None
    inspection_notes: str | None
    service_type: str
    items: list[WorkItemRow]
    promised_at: datetime | None
    advisor: str | None
    settlement_total: Decimal | None
    handed_over_at: datetime | None
    next_service_date: date | None
    next_service_km: int | None

    @property
    def estimate(self) -> Decimal:
        return sum((i.total for i in self.items if i.counts), Decimal(0))

    @property
    def pending(self) -> list[WorkItemRow]:
        return [i for i in self.items if i.status == WorkItemStatus.PENDING_CONSENT]

    @property
    def next_statuses(self) -> tuple[str, ...]:
        return repair_order.next_statuses(self.status)


# --- what the desk sends ----------------------------------------------------------------
@dataclass
class NewVehicleForm:
    vin: str
    plate: str | None
    owner_name: str = ""
    owner_mobile: str = ""
    owner_id: int | None = None
    model_id: int | None = None
    colour: str | None = None
    purchase_date: date | None = None
    delivery_date: date | None = None
    warranty_end_date: date | None = None
    warranty_end_km: int | None = None
    insurance_expiry: date | None = None
    check_digit_confirmed: bool = False


@dataclass
class WorkItemDraft:
    description: str
    labour: Decimal | str | int = Decimal(0)
    parts: Decimal | str | int = Decimal(0)
    suggested: bool = False
    declined: bool = False


@dataclass
class RepairOrderForm:
    vehicle_id: int
    odometer_km: int
    service_type: str = ServiceType.MAINTENANCE
    fuel_level: int | None = None
    description: str | None = None
    inspection_notes: str | None = None
    items: list[WorkItemDraft] = field(default_factory=list)
    promised_at: datetime | None = None
    advisor_id: int | None = None
    correction_reason: str | None = None
    jump_confirmed: bool = False
    appointment_id: int | None = None  # the booking this car came for: arrived with it


class VinCheckDigitWarning(UserError):
    """The 9th character does not match: the advisor confirms (not every maker uses it)."""

    def __init__(self, vin: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "车架号 {vin} 的校验位不符。部分厂家不使用校验位，请核对后确认登记。"
            ),
            vin=vin,
        )
        self.vin = vin


@dataclass(frozen=True)
class RepairOrderDocument:
    """What the printed repair order (维修委托书) shows."""

    store_name: str
    store_address: str
    store_phone: str
    logo: bytes | None  # PNG or JPEG; None: print without a logo
    order: RepairOrder
    printed_at: datetime
