"""One customer with a bit of everything, for the 360° card and timeline tests: real rows
through the ORM (follow-ups through the task store, the only writer of tasks)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from app.db import Database
from app.models import (
    Channel,
    Complaint,
    ComplaintStatus,
    ContactConsent,
    Customer,
    CustomerStage,
    Delivery,
    KeyCustomerEntry,
    KeyCustomerOutcome,
    OdometerReading,
    OrderStatus,
    RepairOrderStatus,
    SalesOrder,
    ServiceVisit,
    ShowroomVisit,
    StaffRole,
    TaskStatus,
    Vehicle,
    WorkItem,
    WorkItemStatus,
)
from app.permissions import SYSTEM
from app.rules.tasks import TaskDraft
from app.services.task_store import TaskStore
from app.validation import with_check_digit
from tests.factories import add_customer, add_model, add_staff

NOW = datetime(2026, 11, 30, 10, 0)
BOUGHT = datetime(2025, 3, 1, 10, 0)


@dataclass(frozen=True)
class History:
    customer: int
    consultant: int
    advisor: int
    vehicle: int
    referrer: int
    referred: int
    sharing: int


def build(db: Database) -> History:
    consultant = add_staff(db, "王顾问", StaffRole.SALES_CONSULTANT)
    advisor = add_staff(db, "马顾问", StaffRole.SERVICE_ADVISOR)
    model = add_model(db, "星越L 2.0T")
    referrer = add_customer(db, "李老客", "13900000001", stage=CustomerStage.DEAL)
    customer = add_customer(
        db, "张三", "13812345678", referred_by_id=referrer, consultant_id=consultant,
        id_number="330106199001011234", birthday=date(1990, 12, 5), occupation="教师",
        stage=CustomerStage.DEAL,
    )  # fmt: skip
    referred = add_customer(db, "赵新客", "13700000002", referred_by_id=customer)
    sharing = add_customer(db, "张小妹", None, shares_mobile_with_id=customer)
    with db.transaction(SYSTEM) as session:
        session.add(
            ContactConsent(
                customer_id=customer, kind="marketing", granted=False,
                changed_at=datetime(2026, 6, 1, 9, 0), reason="电话中表示不需要",
            )
        )  # fmt: skip
        session.add_all(_showroom(customer, consultant, model))
        vehicle = _bought(session, customer, consultant, model)
        _serviced(session, customer, vehicle, advisor)
        session.add(_complaint(customer))
        session.add(
            KeyCustomerEntry(
                customer_id=customer, consultant_id=consultant, week="2025-W08",
                outcome=KeyCustomerOutcome.DEAL, created_at=datetime(2025, 2, 17, 9, 0),
            )
        )  # fmt: skip
        _called(session, customer, consultant)
    return History(customer, consultant, advisor, vehicle, referrer, referred, sharing)


def _showroom(customer: int, consultant: int, model: int) -> list[ShowroomVisit]:
    return [
        ShowroomVisit(
            customer_id=customer, consultant_id=consultant, arrived_at=at,
            is_first_visit=first, intent_level=level, model_of_interest_id=model,
            test_drive=not first, party_size=2,
        )
        for at, first, level in (
            (datetime(2025, 2, 10, 14, 0), True, "A"),
            (datetime(2025, 2, 20, 15, 0), False, "H"),
        )
    ]  # fmt: skip


def _bought(session, customer: int, consultant: int, model: int) -> int:
    vin = with_check_digit("LB37622Z0RA000001")
    car = Vehicle(
        owner_id=customer, vin=vin, vin_last6=vin[-6:], plate="浙A12345", model_id=model,
        purchase_date=BOUGHT.date(), next_service_date=date(2027, 1, 15), next_service_km=20_000,
    )  # fmt: skip
    session.add(car)
    session.flush()
    order = SalesOrder(
        order_no="XS2025030001", customer_id=customer, consultant_id=consultant,
        model_id=model, vehicle_id=car.id, price=158_000, ordered_at=datetime(2025, 2, 20, 16, 0),
        status=OrderStatus.DELIVERED,
    )  # fmt: skip
    session.add(order)
    session.flush()
    session.add(
        Delivery(
            order_id=order.id, vehicle_id=car.id, consultant_id=consultant, delivered_at=BOUGHT
        )
    )
    return car.id


def _serviced(session, customer: int, vehicle: int, advisor: int) -> None:
    for n, (at, km, total) in enumerate(
        (
            (datetime(2025, 9, 1, 9, 0), 5_000, "380.00"),
            (datetime(2026, 9, 1, 9, 0), 10_000, "1280.00"),
        )
    ):
        visit = ServiceVisit(
            order_no=f"WX2025{n:04d}", vehicle_id=vehicle, customer_id=customer,
            advisor_id=advisor, checked_in_at=at, odometer_km=km,
            status=RepairOrderStatus.HANDED_OVER, handed_over_at=at + timedelta(hours=4),
            settlement_total=Decimal(total),
        )  # fmt: skip
        session.add(visit)
        session.flush()
        session.add(
            OdometerReading(vehicle_id=vehicle, service_visit_id=visit.id, read_at=at, km=km)
        )
    session.add(
        WorkItem(
            service_visit_id=visit.id, description="更换雨刮", labour=Decimal("20"),
            parts=Decimal("160"), status=WorkItemStatus.DECLINED, consent_note="下次再换",
        )
    )  # fmt: skip


def _complaint(customer: int) -> Complaint:
    at = datetime(2026, 9, 2, 11, 0)
    return Complaint(
        case_no="TS2026090001", customer_id=customer, channel="phone",
        category="after_sales_service", content="保养后车内有油污，希望处理。", received_at=at,
        response_due_at=at + timedelta(hours=2), first_proposal_due_at=at + timedelta(hours=24),
        final_proposal_due_at=at + timedelta(hours=48), status=ComplaintStatus.CLOSED,
    )  # fmt: skip


def _called(session, customer: int, consultant: int) -> None:
    store = TaskStore(session, SYSTEM, datetime(2025, 3, 2, 10, 30))
    draft = TaskDraft(
        kind="handover_callback_24h", dedupe_key=f"handover_callback_24h:t:{customer}",
        due_date=date(2025, 3, 2), due_at=None, channel=Channel.PHONE,
        owner_role="sales_consultant",
    )  # fmt: skip
    (task,) = store.make([draft], customer_id=customer, owner_id=consultant)
    store.complete(task, TaskStatus.REACHED, note="车很好开", staff_id=consultant)
    session.get(Customer, customer).has_open_complaint = False
