"""A small store for the managers' board: every figure's value is counted by hand below.

Day 2026-11-23 (Monday, week 2026-W48), board read at 18:00; window 30 days (10-25..11-23).
- Showroom: 张三 and 李四 walk in on 11-23, 张三 orders that day; 王五 walks in on 11-22;
  赵六 orders on 11-23 without a visit (not a conversion), visited 10-20 (outside).
  -> 11-23: 2 visits, 1 order (50%); 11-22: 1 visit, 0 orders.
- Follow-ups: 王顾问's list of the day holds two (one open, one reached), one open is
  overdue (11-20), one due 11-25 (not counted); 李顾问 one open overdue (11-01), one
  skipped today (not on the list). -> 王 2 due, 1 done, 1 overdue; 李 0, 0, 1.
- Service: 孙七's car checked in and handed over today, its next service 12-10 (due within
  30 days); 周八's next service 2027-01-30 (not due).
  Last check-ins: 孙七 today, 王五 2026-05-01 (6-12 months), 周八 2025-11-01 (12-24),
  赵六 2024-01-01 (24+).
- Complaints: product quality 11-20 answered in time and closed; product quality 11-23 08:00
  due 10:00 unanswered (late, open); price 11-23 17:00 due 19:00 (open, not yet late);
  other 10-01 (outside the window).
- Key customers 2026-W48: 王顾问 listed 张三 (deal) and 李四 (open).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from app.db import Database
from app.models import (
    Complaint,
    ComplaintStatus,
    FollowUpTask,
    KeyCustomerEntry,
    KeyCustomerOutcome,
    SalesOrder,
    StaffRole,
    TaskStatus,
    Vehicle,
)
from app.permissions import SYSTEM
from tests.app import reminder_world as w

DAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 18, 0)


def build(db: Database) -> dict[str, int]:
    ids = {"wang": w.staff(db, "王顾问"), "li": w.staff(db, "李顾问")}
    ids["advisor"] = w.staff(db, "陈服务", StaffRole.SERVICE_ADVISOR)
    for n, (name, consultant) in enumerate(
        [("张三", "wang"), ("李四", "wang"), ("王五", "li"), ("赵六", "li"), ("孙七", None),
         ("周八", None)]
    ):  # fmt: skip
        ids[name] = w.customer(db, name, f"1380013{n:04d}", consultant_id=ids.get(consultant))
    _showroom(db, ids)
    _tasks(db, ids)
    _service(db, ids)
    _complaints(db, ids)
    _key_customers(db, ids)
    return ids


def _showroom(db: Database, ids: dict[str, int]) -> None:
    w.visit(db, ids["张三"], ids["wang"], datetime(2026, 11, 23, 10))
    w.visit(db, ids["李四"], ids["wang"], datetime(2026, 11, 23, 11))
    w.visit(db, ids["王五"], ids["li"], datetime(2026, 11, 22, 15))
    w.visit(db, ids["赵六"], ids["li"], datetime(2026, 10, 20, 15))
    model = w.model(db)
    with db.transaction(SYSTEM) as session:
        for n, name in enumerate(["张三", "赵六"]):
            session.add(SalesOrder(
                order_no=f"XS2611230{n}", customer_id=ids[name], consultant_id=ids["wang"],
                model_id=model, price=150000, ordered_at=datetime(2026, 11, 23, 14 + n),
            ))  # fmt: skip


def _task(owner: int, customer: int, due: date, status=TaskStatus.OPEN, done=None):
    return FollowUpTask(
        kind="walk_in_callback", dedupe_key=f"board:{owner}:{customer}:{due}:{status}",
        customer_id=customer, owner_id=owner, due_date=due, status=status, completed_at=done,
    )  # fmt: skip


def _tasks(db: Database, ids: dict[str, int]) -> None:
    wang, li = ids["wang"], ids["li"]
    with db.transaction(SYSTEM) as session:
        session.add_all([
            _task(wang, ids["张三"], DAY),
            _task(wang, ids["李四"], DAY, TaskStatus.REACHED, datetime(2026, 11, 23, 10)),
            _task(wang, ids["李四"], date(2026, 11, 20)),
            _task(wang, ids["张三"], date(2026, 11, 25)),
            _task(li, ids["王五"], date(2026, 11, 1)),
            _task(li, ids["赵六"], DAY, TaskStatus.SKIPPED, NOW),
        ])  # fmt: skip


def _service(db: Database, ids: dict[str, int]) -> None:
    cars = {
        name: w.vehicle(db, ids[name], n) for n, name in enumerate(["孙七", "周八", "王五", "赵六"])
    }
    w.service_visit(db, ids["孙七"], cars["孙七"], datetime(2026, 4, 1, 9), 5000)
    w.service_visit(db, ids["孙七"], cars["孙七"], datetime(2026, 11, 23, 9), 9000)
    w.service_visit(db, ids["王五"], cars["王五"], datetime(2026, 5, 1, 9), 8000)
    w.service_visit(db, ids["周八"], cars["周八"], datetime(2025, 11, 1, 9), 7000)
    w.service_visit(db, ids["赵六"], cars["赵六"], datetime(2024, 1, 1, 9), 3000)
    with db.transaction(SYSTEM) as session:
        session.get_one(Vehicle, cars["孙七"]).next_service_date = date(2026, 12, 10)
        session.get_one(Vehicle, cars["周八"]).next_service_date = date(2027, 1, 30)


def _complaint(n: int, customer: int, category: str, received: datetime, **done) -> Complaint:
    due = received + timedelta(hours=2)
    return Complaint(
        case_no=f"TS{n:04d}", customer_id=customer, channel="phone", category=category,
        content="……", received_at=received, response_due_at=due,
        first_proposal_due_at=received + timedelta(hours=24),
        final_proposal_due_at=received + timedelta(hours=48), **done,
    )  # fmt: skip


def _complaints(db: Database, ids: dict[str, int]) -> None:
    with db.transaction(SYSTEM) as session:
        session.add_all([
            _complaint(1, ids["孙七"], "product_quality", datetime(2026, 11, 20, 9),
                       responded_at=datetime(2026, 11, 20, 10), status=ComplaintStatus.CLOSED),
            _complaint(2, ids["周八"], "product_quality", datetime(2026, 11, 23, 8)),
            _complaint(3, ids["王五"], "price", datetime(2026, 11, 23, 17)),
            _complaint(4, ids["赵六"], "other", datetime(2026, 10, 1, 9)),
        ])  # fmt: skip


def _key_customers(db: Database, ids: dict[str, int]) -> None:
    with db.transaction(SYSTEM) as session:
        for name, outcome in [("张三", KeyCustomerOutcome.DEAL), ("李四", KeyCustomerOutcome.OPEN)]:
            session.add(KeyCustomerEntry(
                customer_id=ids[name], consultant_id=ids["wang"], week="2026-W48", outcome=outcome
            ))  # fmt: skip
