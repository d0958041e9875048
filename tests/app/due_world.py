"""A small store at the end of November 2026 for the month-end due list (月底应到未到).

December's list (came in since 11-01, 30 days before 12-01):
- 张三 浙A00001: 二保 due 12-10, dedicated advisor 王顾问 -> listed, 王顾问
- 李四 浙A00002: due 12-15, came in early on 11-23 -> not listed
- 王五 浙A00003: due 12-20, booked for 12-05 -> not listed
- 赵六 浙A00004: 定保 due 12-31, a cancelled booking, last received by 李顾问 -> listed, 李顾问
- 钱七 浙A00005: due 2027-01-01 -> not December's
November's recall list (came in since 10-02):
- 孙八 浙A00006: 首保 due 11-30, not seen since -> listed, no advisor
- 周九 浙A00007: due 11-05, came on 11-06 -> not listed
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.db import Database
from app.models import (
    Appointment,
    AppointmentChannel,
    AppointmentKind,
    AppointmentStatus,
    Customer,
    RepairOrderStatus,
    ServiceType,
    ServiceVisit,
    StaffRole,
    Vehicle,
)
from app.permissions import SYSTEM
from tests.app import reminder_world as w

NOW = datetime(2026, 11, 28, 17, 0)
HANDED_OVER = RepairOrderStatus.HANDED_OVER


@dataclass
class World:
    wang: int
    li: int
    customers: dict[str, int]


def car(db: Database, name: str, serial: int, due: date, **extra) -> int:
    customer_id = w.customer(db, name, f"1381234{serial:04d}", **extra.pop("owner", {}))
    return _vehicle(db, customer_id, serial, due, **extra)


def _vehicle(db: Database, owner_id: int, serial: int, due: date, **extra) -> int:
    w.vehicle(db, owner_id, serial, next_service_date=due, next_service_km=serial * 10_000,
              **extra)  # fmt: skip
    return owner_id


def service(
    db: Database, serial: int, at: datetime, advisor_id: int | None = None,
    kind: ServiceType = ServiceType.REPAIR, handed_over: bool = False,
) -> None:  # fmt: skip
    with db.transaction(SYSTEM) as session:
        vehicle = session.query(Vehicle).filter(Vehicle.plate == f"浙A{serial:05d}").one()
        session.add(
            ServiceVisit(
                order_no=f"WX{serial:04d}{at:%m%d}", vehicle_id=vehicle.id,
                customer_id=vehicle.owner_id, advisor_id=advisor_id, service_type=kind,
                status=HANDED_OVER if handed_over else RepairOrderStatus.CHECKED_IN,
                checked_in_at=at, odometer_km=1000, handed_over_at=at if handed_over else None,
            )
        )  # fmt: skip


def booking(db: Database, serial: int, at: datetime, status: AppointmentStatus) -> None:
    with db.transaction(SYSTEM) as session:
        vehicle = session.query(Vehicle).filter(Vehicle.plate == f"浙A{serial:05d}").one()
        session.add(
            Appointment(
                vehicle_id=vehicle.id, customer_id=vehicle.owner_id, start_at=at, end_at=at,
                minutes=60, kind=AppointmentKind.MAINTENANCE, channel=AppointmentChannel.PHONE,
                status=status,
            )
        )  # fmt: skip


def build(db: Database) -> World:
    wang = w.staff(db, "王顾问", StaffRole.SERVICE_ADVISOR)
    li = w.staff(db, "李顾问", StaffRole.SERVICE_ADVISOR)
    model = w.model(db)
    delivered = {"delivery_date": date(2025, 12, 10), "model_id": model}
    ids = {
        "张三": car(db, "张三", 1, date(2026, 12, 10), owner={"dedicated_advisor_id": wang},
                    **delivered),
        "李四": car(db, "李四", 2, date(2026, 12, 15)),
        "王五": car(db, "王五", 3, date(2026, 12, 20)),
        "赵六": car(db, "赵六", 4, date(2026, 12, 31)),
        "钱七": car(db, "钱七", 5, date(2027, 1, 1)),
        "孙八": car(db, "孙八", 6, date(2026, 11, 30), delivery_date=date(2026, 5, 30)),
        "周九": car(db, "周九", 7, date(2026, 11, 5)),
    }  # fmt: skip
    service(db, 1, datetime(2026, 6, 10, 9), li, ServiceType.MAINTENANCE, handed_over=True)
    service(db, 2, datetime(2026, 11, 23, 10), li)
    booking(db, 3, datetime(2026, 12, 5, 9), AppointmentStatus.BOOKED)
    booking(db, 4, datetime(2026, 12, 6, 9), AppointmentStatus.CANCELLED)
    service(db, 4, datetime(2025, 12, 31, 9), li, ServiceType.MAINTENANCE, handed_over=True)
    service(db, 6, datetime(2026, 5, 29, 9), None, ServiceType.PDI, handed_over=True)
    service(db, 7, datetime(2026, 11, 6, 9), wang)
    return World(wang, li, ids)


def mobile_of(db: Database, customer_id: int) -> str:
    with db.reading(SYSTEM) as session:
        return session.get(Customer, customer_id).mobile  # type: ignore[union-attr]
