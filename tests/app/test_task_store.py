"""The task store on SQLite and PostgreSQL: every way into the follow-up calendar keeps
the customer's consent per kind of contact (domain.md: a customer who refuses marketing
gets service-necessary contact only), makes a task once, and leaves an audit trail."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.models import AuditEntry, ContactConsent, Customer, FollowUpTask, StaffRole, TaskStatus
from app.permissions import SYSTEM, Actor
from app.rules import walk_in
from app.rules.reminders import DEFAULT_RULES, draft
from app.services import task_store
from app.services.calendar import CalendarService, TaskAction
from app.services.checkin import CheckInService, RepairOrderForm, WorkItemDraft
from app.services.complaints import ComplaintForm, ComplaintService
from app.services.delivery import DeliveryService, HandoverForm
from app.services.reception import ReceptionService
from app.services.reminders import ReminderService
from app.services.sales import OrderForm, SalesService
from app.services.task_store import CHUNK, Candidate, PastTask, TaskStore
from app.validation import with_check_digit
from tests.app import reminder_world as w
from tests.factories import MANAGER

NOW = w.NOW  # 2026-11-23 09:00, a Monday
MARKETING, GREETINGS, SERVICE = "marketing", "greetings", "service"
ALWAYS = None  # service-necessary: goes whatever was refused

REFUSALS = [
    (),
    (MARKETING,),
    (GREETINGS,),
    (SERVICE,),
    (MARKETING, GREETINGS),
    (MARKETING, GREETINGS, SERVICE),
]


def kinds_made(db, customer_id: int) -> set[str]:
    return {t.kind for t in w.tasks(db, customer_id=customer_id) if t.status == TaskStatus.OPEN}


def refuse(db, customer_id: int, kinds: tuple[str, ...]) -> None:
    reminders = ReminderService(db, MANAGER, w.Clock(NOW - timedelta(days=30)))
    for kind in kinds:
        reminders.set_consent(customer_id, kind, False, "客户表示不希望接收")


# --- the paths -------------------------------------------------------------------------------
def walk_in_departure(db, refused: tuple[str, ...]) -> int:
    consultant = w.staff(db)
    customer = w.customer(db, "张三", "13800000001", consultant_id=consultant)
    refuse(db, customer, refused)
    visit = w.visit(db, customer, consultant, NOW, "A")
    ReceptionService(db, MANAGER, w.Clock(NOW + timedelta(hours=1))).record_departure(visit)
    return customer


def paced_follow_up_after_a_call(db, refused: tuple[str, ...]) -> int:
    """The evening callback was on the list before the refusal reached this desk: a
    reached call at a new level, or a missed one, must not make the next marketing call."""
    consultant = w.staff(db)
    customer = w.customer(db, "张三", "13800000001", consultant_id=consultant)
    visit = w.visit(db, customer, consultant, NOW, "C")
    ReceptionService(db, MANAGER, w.Clock(NOW)).record_departure(visit)
    [callback, sms] = sorted(
        w.tasks(db, customer_id=customer), key=lambda t: t.kind != "same_evening_callback"
    )
    with db.transaction(SYSTEM) as session:  # the refusal, as another desk wrote it
        for kind in refused:
            session.add(ContactConsent(customer_id=customer, kind=kind, granted=False,
                                       changed_at=NOW))  # fmt: skip
    calendar = CalendarService(db, MANAGER, w.Clock(NOW + timedelta(hours=12)))
    calendar.act(TaskAction(callback.id, "reached", consultant, new_level="B"))
    calendar.act(TaskAction(sms.id, "not_reached", consultant))
    return customer


def handover(db, refused: tuple[str, ...]) -> int:
    customer = w.customer(db, "王芳", "13912345678", intent_level="H")
    refuse(db, customer, refused)
    sales = SalesService(db, MANAGER, lambda: NOW)
    order = sales.create_order(
        OrderForm(customer_id=customer, model_id=w.model(db), price=158_000,
                  consultant_id=w.staff(db, "李顾问"))
    )  # fmt: skip
    sales.allocate_vin(order.row.id, with_check_digit("LB37624S0TL000001"))
    delivery = DeliveryService(db, MANAGER, lambda: NOW)
    for item in delivery.start(order.row.id).items:
        delivery.tick(item.id, True)
    delivery.hand_over(order.row.id, HandoverForm(odometer_km=18))
    return customer


def check_in_handover(db, refused: tuple[str, ...]) -> int:
    customer = w.customer(db, "王芳", "13812345678")
    refuse(db, customer, refused)
    car = w.vehicle(db, customer, 7, w.model(db), delivery_date=date(2026, 1, 1))
    desk = CheckInService(db, MANAGER, w.Clock(NOW))
    items = [WorkItemDraft("保养", "100", "200"), WorkItemDraft("四轮定位检查", suggested=True)]
    advisor = w.staff(db, "李顾问", StaffRole.SERVICE_ADVISOR)
    order = desk.open_order(
        RepairOrderForm(vehicle_id=car, odometer_km=9_000, advisor_id=advisor, items=items)
    )
    desk.decline_item(desk.order(order.id).items[1].id)
    for status in ("in_progress", "quality_check", "ready"):
        desk.move(order.id, status)
    desk.handover(order.id, "300")
    return customer


def generation(db, refused: tuple[str, ...]) -> int:
    consultant = w.staff(db)
    customer = w.customer(db, "李四", "13800000002", consultant_id=consultant,
                          birthday=date(1990, 11, 26))  # fmt: skip
    refuse(db, customer, refused)
    w.vehicle(db, customer, 3, w.model(db), warranty_end_date=date(2026, 12, 20),
              insurance_expiry=date(2026, 12, 10))  # fmt: skip
    w.visit(db, customer, consultant, NOW - timedelta(days=1), "A")
    ReminderService(db, MANAGER, w.Clock(NOW)).generate()
    ReminderService(db, MANAGER, w.Clock(NOW)).add_recall("R2026-07", [_vin_of(db, customer)])
    return customer


def complaint_deadlines(db, refused: tuple[str, ...]) -> int:
    customer = w.customer(db, "赵六", "13800000006")
    refuse(db, customer, refused)
    clock = w.Clock(NOW)
    desk = ComplaintService(db, MANAGER, clock)
    fields = {"channel": "phone", "category": "after_sales_service", "cause": "维修质量"}
    desk.intake(ComplaintForm(**fields, content="保养后异响。", severity=2, customer_id=customer))
    clock.now = NOW + timedelta(hours=3)  # the 2-hour response is overdue
    desk.escalate_overdue()
    return customer


def _vin_of(db, customer_id: int) -> str:
    from app.models import Vehicle

    with db.transaction(SYSTEM) as session:
        return session.scalar(select(Vehicle.vin).where(Vehicle.owner_id == customer_id))


# Each path: what it makes for a customer who refused nothing, and the consent each needs.
PATHS: dict[str, tuple[Callable[..., int], dict[str, str | None]]] = {
    "walk-in departure": (
        walk_in_departure,
        {"departure_care": GREETINGS, "same_evening_callback": MARKETING},
    ),
    "paced follow-up after a call": (
        paced_follow_up_after_a_call,
        {"prospect_follow_up": MARKETING, "departure_care": GREETINGS},
    ),
    "handover": (
        handover,
        {
            "handover_callback_24h": SERVICE,
            "care_call_15d": SERVICE,
            "consultant_care": SERVICE,
            "first_maintenance": SERVICE,
        },
    ),
    "check-in handover": (
        check_in_handover,
        {"maintenance_due": SERVICE, "declined_work": SERVICE},
    ),
    "generation": (
        generation,
        {
            "birthday": GREETINGS,
            "prospect_first_follow_up": MARKETING,
            "insurance_expiry": SERVICE,
            "warranty_expiry": ALWAYS,
            "pre_expiry_inspection": ALWAYS,
            "recall": ALWAYS,
        },
    ),
    "complaint deadlines": (
        complaint_deadlines,
        {"complaint_deadline": ALWAYS, "complaint_escalation": ALWAYS},
    ),
}


@pytest.mark.parametrize("refused", REFUSALS, ids=lambda r: "+".join(r) or "nothing")
@pytest.mark.parametrize("path", PATHS)
def test_every_path_keeps_the_consent_per_kind(db, path: str, refused: tuple[str, ...]) -> None:
    run, needs = PATHS[path]
    customer = run(db, refused)
    expected = {kind for kind, consent in needs.items() if consent not in refused}
    assert kinds_made(db, customer) == expected


# --- one task, once ---------------------------------------------------------------------------
def _draft(key: str, due: date, kind: str = "recall"):
    from app.rules.reminders import DEFAULT_RULES, draft

    return draft(DEFAULT_RULES[kind], "vehicle:1", key, due)


def test_the_same_task_under_another_key_is_not_made_twice(db) -> None:
    """De-duplication by (customer, kind, source, vehicle, due day), not only by key."""
    customer = w.customer(db, "张三", "13800000001")
    with db.transaction(SYSTEM) as session:
        store = TaskStore(session, MANAGER, NOW)
        first = store.make([_draft("a", w.TODAY)], customer_id=customer, source=("x", 1))
        again = store.make([_draft("a", w.TODAY), _draft("b", w.TODAY)], customer_id=customer,
                           source=("x", 1))  # fmt: skip
        other_day = store.make([_draft("c", w.TODAY + timedelta(days=1))], customer_id=customer,
                               source=("x", 1))  # fmt: skip
    assert len(first) == 1 and again == [] and len(other_day) == 1


def test_made_tasks_carry_their_message_and_are_audited_under_the_actor(db) -> None:
    advisor = w.staff(db, "李顾问", StaffRole.SERVICE_ADVISOR)
    actor = Actor(advisor, "李顾问", StaffRole.SERVICE_ADVISOR)
    customer = w.customer(db, "张三", "13800000001")
    car = w.vehicle(db, customer, 5, w.model(db))
    with db.transaction(SYSTEM) as session:
        [task] = TaskStore(session, actor, NOW).make(
            [_draft("m", w.TODAY)], customer_id=customer, vehicle_id=car
        )
    assert "张三" in task.message and "浙A00005" in task.message and "星越L" in task.message
    with db.transaction(SYSTEM) as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.entity == "follow_up_tasks"))
        assert (entry.action, entry.entity_id, entry.staff_id) == ("create", task.id, advisor)


def test_skipping_bumps_the_version_and_audits_each_task(db) -> None:
    customer = w.customer(db, "张三", "13800000001")
    with db.transaction(SYSTEM) as session:
        store = TaskStore(session, MANAGER, NOW)
        made = store.make([_draft("1", w.TODAY), _draft("2", w.TODAY + timedelta(days=3))],
                          customer_id=customer)  # fmt: skip
    with db.transaction(SYSTEM) as session:
        skipped = TaskStore(session, MANAGER, NOW).skip(
            FollowUpTask.customer_id == customer, "客户已搬家"
        )
    assert skipped == 2
    after = w.tasks(db, customer_id=customer)
    assert [(t.status, t.version, t.outcome_note) for t in after] == [
        (TaskStatus.SKIPPED, 2, "客户已搬家")
    ] * 2
    with db.transaction(SYSTEM) as session:
        edits = session.scalars(
            select(AuditEntry.entity_id).where(AuditEntry.action == "edit",
                                               AuditEntry.entity == "follow_up_tasks")
        ).all()  # fmt: skip
    assert sorted(edits) == sorted(t.id for t in made)


def test_a_refusal_is_audited_under_who_recorded_it_and_stops_open_tasks(db) -> None:
    officer = w.staff(db, "刘客服", StaffRole.CUSTOMER_SERVICE)
    actor = Actor(officer, "刘客服", StaffRole.CUSTOMER_SERVICE)
    customer = walk_in_departure(db, ())
    ReminderService(db, actor, w.Clock(NOW + timedelta(hours=2))).set_consent(
        customer, GREETINGS, False, "不要短信"
    )
    assert kinds_made(db, customer) == {walk_in.SAME_EVENING_CALLBACK}
    with db.transaction(SYSTEM) as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "consent"))
        assert (entry.staff_id, entry.field, entry.new_value) == (officer, GREETINGS, "False")


def test_history_keeps_consent_keys_and_one_open_task_and_words_the_messages(db) -> None:
    """The demo's years of tasks, loaded in bulk: the same rules as a task made now."""
    customer = w.customer(db, "张三", "13800000001")
    car = w.vehicle(db, customer, 5, w.model(db))
    refuse(db, customer, (GREETINGS,))
    done = NOW - timedelta(days=3)

    def past(key: str, kind: str = "maintenance_due", status=TaskStatus.DONE) -> PastTask:
        task = draft(DEFAULT_RULES[kind], f"vehicle:{car}", key, w.TODAY)
        completed = None if status == TaskStatus.OPEN else done
        return PastTask(task, customer, car, None, {}, ("x", 1), done, status, completed)

    history = [
        past("2026-01"), past("2026-01"),  # the same key twice: one task
        past("2026-02", "birthday"),  # greetings refused: none
        past("2026-03", status=TaskStatus.OPEN),
        past("2026-04", status=TaskStatus.OPEN),  # the same open task under another key
    ]  # fmt: skip
    with db.transaction(SYSTEM) as session:
        assert TaskStore(session, SYSTEM, NOW).record_history(history) == 2
    with db.transaction(SYSTEM) as session:
        assert TaskStore(session, SYSTEM, NOW).record_history(history) == 0  # keys taken
    made = w.tasks(db, customer_id=customer)
    assert sorted((t.dedupe_key[-7:], t.status) for t in made) == [
        ("2026-01", "done"), ("2026-03", "open"),
    ]  # fmt: skip
    assert all("张三" in t.message and "浙A00005" in t.message for t in made)
    assert all(t.completed_at in (None, done) and t.created_at == done for t in made)


# --- many at once -----------------------------------------------------------------------------
def _customers(db, count: int) -> list[int]:
    """Many customers in one transaction (a seasonal run asks about tens of thousands)."""
    with db.transaction(SYSTEM) as session:
        rows = [
            Customer(name=f"客户{n}", name_initials="kh", name_pinyin=f"kehu{n}",
                     mobile=f"139{n:08d}", mobile_last4=f"{n:04d}"[-4:])
            for n in range(count)
        ]  # fmt: skip
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows]


@pytest.mark.parametrize("array_chunk", [task_store.ARRAY_CHUNK, 7], ids=["one", "several"])
def test_a_bulk_run_for_many_customers_keeps_consent_and_one_open_task_each(
    db, monkeypatch, array_chunk: int
) -> None:
    """More customers than one read holds (the open tasks are then read by day): a
    refusal still stops the call, an open task under another key still keeps it single,
    and every row is stored as one made alone would be. On PostgreSQL the lookups' values
    go as arrays: in one statement, or in several."""
    monkeypatch.setattr(task_store, "ARRAY_CHUNK", array_chunk)
    customers = _customers(db, CHUNK + 20)
    has_one, refused = customers[0], customers[-1]
    refuse(db, refused, (MARKETING,))
    season = DEFAULT_RULES["season_antifreeze"]  # an offer: needs marketing consent
    with db.transaction(SYSTEM) as session:
        TaskStore(session, MANAGER, NOW).make(
            [draft(season, f"customer:{has_one}", "earlier", w.TODAY)], customer_id=has_one
        )
    candidates = [Candidate(draft(season, f"customer:{c}", 2027, w.TODAY), c) for c in customers]
    with db.transaction(SYSTEM) as session:
        result = TaskStore(session, MANAGER, NOW).make_in_bulk(candidates)
    assert (len(result.made), result.refused_by_consent) == (len(customers) - 2, 1)
    made = w.tasks(db, kind=season.key)
    assert Counter(t.customer_id for t in made) == {c: 1 for c in customers if c != refused}
    bulk = [t for t in made if t.dedupe_key.endswith(":2027")]
    assert all(
        t.due_date == w.TODAY and t.status == TaskStatus.OPEN and t.version == 1
        and isinstance(t.created_at, datetime) and f"客户{customers.index(t.customer_id)}"
        in (t.message or "")
        for t in bulk
    )  # fmt: skip
    with db.transaction(SYSTEM) as session:  # a second run finds every key taken
        assert TaskStore(session, MANAGER, NOW).make_in_bulk(candidates).made == []
