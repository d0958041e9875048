"""Orders, lost prospects, deliveries and loyalty on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from app import settings
from app.db import Database
from app.errors import UserError, ValidationError
from app.models import (
    AuditEntry,
    Customer,
    Delivery,
    FollowUpTask,
    KeyCustomerEntry,
    KeyCustomerOutcome,
    RepairOrderStatus,
    SalesOrder,
    ServiceVisit,
    StaffRole,
    TaskStatus,
    Vehicle,
)
from app.permissions import SYSTEM, Actor
from app.services.delivery import DeliveryService, HandoverForm
from app.services.loyalty import LoyaltyKind, LoyaltyService
from app.services.sales import (
    CheckDigitWarning,
    OrderDetail,
    OrderFilter,
    OrderForm,
    SalesService,
)
from app.services.store_profile import DEFAULT_LOGO
from app.validation import with_check_digit
from reports.handover_pdf import render_handover
from tests.conftest import _postgres_db
from tests.factories import MANAGER, add_customer, add_model, add_staff, add_vehicle, exported

NOW = datetime(2026, 11, 23, 15, 0)  # a Monday, ISO week 2026-W48
VIN = with_check_digit("LB37624S0TL000001")


@pytest.fixture
def sales(db: Database) -> SalesService:
    return SalesService(db, MANAGER, clock=lambda: NOW)


@pytest.fixture
def prospect(db: Database) -> int:
    return add_customer(db, "王芳", "13912345678", intent_level="H")


def order_form(db: Database, customer_id: int, **changes) -> OrderForm:
    fields = {
        "customer_id": customer_id,
        "model_id": changes.pop("model_id", None) or add_model(db),
        "price": 158_000,
        "deposit": 5_000,
        "colour": "冰川白",
        "configuration": "2.0T 旗舰型",
        "planned_delivery_date": date(2026, 12, 5),
        "services": ["insurance", "plates"],
    }
    return OrderForm(**{**fields, **changes})


def add_task(db: Database, customer_id: int, kind: str, key: str) -> None:
    with db.transaction(SYSTEM) as session:
        session.add(
            FollowUpTask(kind=kind, dedupe_key=key, customer_id=customer_id, due_date=NOW.date())
        )


def tasks_by_kind(db: Database, customer_id: int) -> dict[str, FollowUpTask]:
    with db.transaction(SYSTEM) as session:
        rows = session.scalars(select(FollowUpTask).where(FollowUpTask.customer_id == customer_id))
        return {t.kind: t for t in rows}


def customer(db: Database, customer_id: int) -> Customer:
    with db.transaction(SYSTEM) as session:
        return session.get(Customer, customer_id)


# --- orders -------------------------------------------------------------------------------
def test_order_makes_a_deal_customer_and_stops_prospect_follow_ups(
    db: Database, sales: SalesService, prospect: int
) -> None:
    add_task(db, prospect, "prospect_follow_up", "p1")
    add_task(db, prospect, "same_evening_callback", "p2")
    add_task(db, prospect, "birthday", "b1")
    consultant = add_staff(db, "李顾问")
    with db.transaction(SYSTEM) as session:
        session.add(
            KeyCustomerEntry(customer_id=prospect, consultant_id=consultant, week="2026-W48")
        )
    detail = sales.create_order(order_form(db, prospect, consultant_id=consultant))

    assert detail.row.order_no == "XS202611230001"
    assert detail.row.status == "open" and detail.row.status_label == "已签约"
    assert [(s.label, s.progress_label) for s in detail.services] == [
        ("保险", "未开始"),
        ("上牌", "未开始"),
    ]
    saved = customer(db, prospect)
    assert (saved.stage, saved.intent_level, saved.consultant_id) == ("deal", "O", consultant)
    tasks = tasks_by_kind(db, prospect)
    assert tasks["prospect_follow_up"].status == TaskStatus.SKIPPED
    assert tasks["same_evening_callback"].status == TaskStatus.SKIPPED
    assert "已成交" in tasks["prospect_follow_up"].outcome_note
    assert tasks["birthday"].status == TaskStatus.OPEN
    with db.transaction(SYSTEM) as session:
        assert session.scalar(select(KeyCustomerEntry.outcome)) == KeyCustomerOutcome.DEAL


def test_order_numbers_count_up_within_the_day(
    db: Database, sales: SalesService, prospect: int
) -> None:
    yesterday = SalesService(db, MANAGER, clock=lambda: datetime(2026, 11, 22, 18, 0))
    before = add_customer(db, "钱前", "13512345678")
    earlier = yesterday.create_order(order_form(db, before))
    assert earlier.row.order_no == "XS202611220001"
    first = sales.create_order(order_form(db, prospect, model_id=earlier.model_id))
    assert first.row.order_no == "XS202611230001"
    other = add_customer(db, "赵强", "13812345678")
    second = sales.create_order(order_form(db, other, model_id=first.model_id))
    assert second.row.order_no == "XS202611230002"
    assert sales.count_orders(OrderFilter()) == 3
    assert [r.order_no for r in sales.orders(OrderFilter(customer_id=other))] == ["XS202611230002"]


def test_a_number_taken_by_a_workstation_with_a_skewed_clock_is_skipped(
    db: Database, sales: SalesService, prospect: int
) -> None:
    """Another workstation, its clock a day behind, already used today's first number."""
    model = add_model(db)
    with db.transaction(SYSTEM) as session:
        session.add(
            SalesOrder(
                order_no="XS202611230001", customer_id=add_customer(db, "钱前", "13512345678"),
                model_id=model, price=100_000, ordered_at=datetime(2026, 11, 22, 23, 59),
            )
        )  # fmt: skip
    detail = sales.create_order(order_form(db, prospect, model_id=model))
    assert detail.row.order_no == "XS202611230002"
    assert customer(db, prospect).stage == "deal"  # the whole action, once
    assert sales.count_orders(OrderFilter(customer_id=prospect)) == 1


@pytest.fixture
def pg_db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """PostgreSQL only: SQLite takes its write lock at BEGIN, so there the race cannot occur."""
    yield from _postgres_db(request.getfixturevalue("pg_template"))


@pytest.mark.postgres
def test_two_workstations_drawing_the_same_order_number_both_save(pg_db: Database) -> None:
    db = pg_db
    mine, theirs = SalesService(db, MANAGER, lambda: NOW), SalesService(db, MANAGER, lambda: NOW)
    model = add_model(db)
    me, other = add_customer(db, "王芳", "13912345678"), add_customer(db, "赵强", "13812345678")
    raced: list[OrderDetail] = []
    fired: list[bool] = []

    def other_workstation_saves_first(session, _context, _instances) -> None:
        if not fired and any(type(o).__name__ == "SalesOrder" for o in session.new):
            fired.append(True)  # between our number lookup and our insert
            raced.append(theirs.create_order(order_form(db, other, model_id=model)))

    event.listen(db.sessions, "before_flush", other_workstation_saves_first)
    try:
        signed = mine.create_order(order_form(db, me, model_id=model))
    finally:
        event.remove(db.sessions, "before_flush", other_workstation_saves_first)
    assert raced[0].row.order_no == "XS202611230001"
    assert signed.row.order_no == "XS202611230002"
    assert mine.count_orders(OrderFilter()) == 2


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"price": 0}, "price"),
        ({"deposit": 200_000}, "deposit"),
        ({"payment_method": "loan", "loan_bank": None, "loan_term_months": 36}, "loan_bank"),
        ({"payment_method": "loan", "loan_bank": "招商银行", "loan_term_months": 0}, "loan_term"),
        ({"services": ["massage"]}, "services"),
    ],
)
def test_bad_order_is_refused_and_nothing_is_saved(
    db: Database, sales: SalesService, prospect: int, changes: dict, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        sales.create_order(order_form(db, prospect, **changes))
    assert refused.value.field == field
    assert sales.count_orders(OrderFilter()) == 0
    assert customer(db, prospect).stage == "prospect"


def test_loan_order_keeps_bank_and_term(db: Database, sales: SalesService, prospect: int) -> None:
    detail = sales.create_order(
        order_form(db, prospect, payment_method="loan", loan_bank="招商银行", loan_term_months=36)
    )
    assert (detail.payment_method, detail.loan_bank, detail.loan_term_months) == (
        "loan",
        "招商银行",
        36,
    )


def test_order_moves_open_allocated_delivered_only(
    db: Database, sales: SalesService, prospect: int
) -> None:
    order = sales.create_order(order_form(db, prospect))
    allocated = sales.allocate_vin(order.row.id, VIN.lower())
    assert (allocated.row.status, allocated.row.vin) == ("allocated", VIN)
    with pytest.raises(UserError, match="当前状态为“已配车”，不能变更为“已配车”"):
        sales.allocate_vin(order.row.id, with_check_digit("LB37624S0TL000002"))
    cancelled = sales.cancel_order(order.row.id)
    assert cancelled.row.status == "cancelled" and cancelled.row.vin is None
    with pytest.raises(UserError, match="当前状态为“已取消”，不能变更为“已取消”"):
        sales.cancel_order(order.row.id)
    with pytest.raises(UserError, match="不能变更为“已配车”"):
        sales.allocate_vin(order.row.id, VIN)
    # the car went back to stock and the customer is a prospect again
    with db.transaction(SYSTEM) as session:
        assert session.scalar(select(Vehicle.id).where(Vehicle.vin == VIN)) is None
    assert customer(db, prospect).stage == "prospect"


def test_vin_already_on_file_is_refused(db: Database, sales: SalesService, prospect: int) -> None:
    other = add_customer(db, "赵强", "13812345678")
    add_vehicle(db, other, "LB37624S0TL000001", None)
    order = sales.create_order(order_form(db, prospect))
    with pytest.raises(ValidationError, match="已登记在档"):
        sales.allocate_vin(order.row.id, VIN)
    assert sales.order(order.row.id).row.status == "open"


def test_wrong_check_digit_needs_confirmation(
    db: Database, sales: SalesService, prospect: int
) -> None:
    order = sales.create_order(order_form(db, prospect))
    wrong = VIN[:8] + ("1" if VIN[8] != "1" else "2") + VIN[9:]
    with pytest.raises(CheckDigitWarning):
        sales.allocate_vin(order.row.id, wrong)
    assert sales.allocate_vin(order.row.id, wrong, confirmed=True).row.vin == wrong


def test_service_progress_is_updated(db: Database, sales: SalesService, prospect: int) -> None:
    order = sales.create_order(order_form(db, prospect))
    detail = sales.set_service_progress(order.row.id, "plates", "in_progress", "已约车管所")
    plates = next(s for s in detail.services if s.kind == "plates")
    assert (plates.progress_label, plates.note) == ("办理中", "已约车管所")
    with pytest.raises(ValidationError):
        sales.set_service_progress(order.row.id, "plates", "half_done")
    with pytest.raises(UserError, match="没有这项"):
        sales.set_service_progress(order.row.id, "loan", "done")


# --- lost prospects ----------------------------------------------------------------------
def test_lost_prospect_keeps_reason_stops_follow_ups_and_closes_key_week(
    db: Database, sales: SalesService, prospect: int
) -> None:
    consultant = add_staff(db, "李顾问")
    with db.transaction(SYSTEM) as session:
        session.add(
            KeyCustomerEntry(customer_id=prospect, consultant_id=consultant, week="2026-W48")
        )
    add_task(db, prospect, "prospect_follow_up", "p1")

    kept = sales.mark_lost(prospect, "competitor", "比亚迪 汉")

    assert kept == "购买竞品：比亚迪 汉"
    saved = customer(db, prospect)
    assert (saved.stage, saved.intent_level, saved.loss_reason) == ("lost", "F", kept)
    assert tasks_by_kind(db, prospect)["prospect_follow_up"].status == TaskStatus.SKIPPED
    with db.transaction(SYSTEM) as session:
        entry = session.scalar(select(KeyCustomerEntry))
        assert (entry.outcome, entry.outcome_reason) == (KeyCustomerOutcome.LOST, kept)


def test_loss_reason_must_come_from_the_list_and_other_needs_words(
    db: Database, sales: SalesService, prospect: int
) -> None:
    with pytest.raises(ValidationError, match="请从列表中选择"):
        sales.mark_lost(prospect, "weather")
    with pytest.raises(ValidationError, match="需要填写请说明原因"):
        sales.mark_lost(prospect, "other", "   ")
    assert customer(db, prospect).stage == "prospect"
    assert sales.mark_lost(prospect, "price") == "价格因素"


def test_customer_with_an_order_cannot_be_lost(
    db: Database, sales: SalesService, prospect: int
) -> None:
    sales.create_order(order_form(db, prospect))
    with pytest.raises(UserError, match="未取消的订单"):
        sales.mark_lost(prospect, "price")


# --- delivery and handover ---------------------------------------------------------------
@pytest.fixture
def delivery(db: Database) -> DeliveryService:
    return DeliveryService(db, MANAGER, clock=lambda: NOW)


def allocated_order(db: Database, sales: SalesService, customer_id: int, **changes) -> int:
    consultant = add_staff(db, "李顾问")
    order = sales.create_order(order_form(db, customer_id, consultant_id=consultant, **changes))
    sales.allocate_vin(order.row.id, VIN)
    return order.row.id


def tick_all(delivery: DeliveryService, order_id: int) -> None:
    for item in delivery.start(order_id).items:
        delivery.tick(item.id, True)


def test_checklist_has_every_section_and_charging_only_for_new_energy(
    db: Database, sales: SalesService, delivery: DeliveryService, prospect: int
) -> None:
    fuel = sales.create_order(order_form(db, prospect))
    view = delivery.start(fuel.row.id)
    assert [s for s in dict.fromkeys(i.section for i in view.items)] == [
        "pdi",
        "handover",
        "explained",
        "kit",
    ]
    labels = [i.label for i in view.items]
    assert "灯光操作" in labels and "用户手册" in labels
    assert not any("充电" in label for label in labels)
    assert delivery.start(fuel.row.id).id == view.id  # starting twice: the same delivery

    ev_model = add_model(db, "银河E8 长续航", new_energy=True)
    other = add_customer(db, "赵强", "13812345678")
    ev = sales.create_order(order_form(db, other, model_id=ev_model))
    assert any("充电" in i.label for i in delivery.start(ev.row.id).items)


def test_handover_needs_the_vin_and_every_item_ticked_or_explained(
    db: Database, sales: SalesService, delivery: DeliveryService, prospect: int
) -> None:
    order = sales.create_order(order_form(db, prospect))
    items = delivery.start(order.row.id).items
    with pytest.raises(UserError, match="尚未配车"):
        delivery.hand_over(order.row.id, HandoverForm(odometer_km=12))
    sales.allocate_vin(order.row.id, VIN)
    with db.transaction(SYSTEM) as session:  # the delivery started first now knows its car
        assert session.scalar(select(Delivery.vehicle_id)) == session.scalar(select(Vehicle.id))
    for item in items[1:]:
        delivery.tick(item.id, True)
    with pytest.raises(UserError, match="还有 1 项未勾选"):
        delivery.hand_over(order.row.id, HandoverForm(odometer_km=12))
    delivery.tick(items[0].id, False, "备胎缺货，三日内补送")
    result = delivery.hand_over(order.row.id, HandoverForm(odometer_km=12))
    assert result.delivery.handed_over
    with pytest.raises(UserError, match="不能再修改"):
        delivery.tick(items[1].id, False)
    with pytest.raises(UserError, match="当前状态为“已交车”"):
        delivery.hand_over(order.row.id, HandoverForm(odometer_km=12))
    with pytest.raises(UserError, match="不能变更为“已取消”"):
        sales.cancel_order(order.row.id)


def test_handover_completes_the_car_and_makes_the_follow_ups(
    db: Database, sales: SalesService, delivery: DeliveryService, prospect: int
) -> None:
    order_id = allocated_order(db, sales, prospect)
    tick_all(delivery, order_id)
    result = delivery.hand_over(order_id, HandoverForm(odometer_km=18, plate="粤b·12345"))

    assert sales.order(order_id).row.status == "delivered"
    with db.transaction(SYSTEM) as session:
        car = session.get(Vehicle, result.vehicle_id)
        assert (car.owner_id, car.vin, car.plate) == (prospect, VIN, "粤B12345")
        assert (car.purchase_date, car.delivery_date) == (NOW.date(), NOW.date())
        assert (car.warranty_end_date, car.warranty_end_km) == (date(2029, 11, 22), 100_000)
        assert car.insurance_expiry == date(2027, 11, 22)
        tasks = session.scalars(
            select(FollowUpTask).where(FollowUpTask.id.in_(result.task_ids))
        ).all()
        made = sorted((t.kind, t.due_date, t.owner_role, t.owner_id, t.vehicle_id) for t in tasks)
    vid = result.vehicle_id
    mine = sales.order(order_id).row.consultant
    assert mine == "李顾问"
    consultant = tasks_by_kind(db, prospect)["handover_callback_24h"].owner_id
    assert made == [
        ("care_call_15d", date(2026, 12, 8), "customer_service", None, vid),
        ("consultant_care", date(2026, 12, 23), "sales_consultant", consultant, vid),
        ("consultant_care", date(2027, 2, 21), "sales_consultant", consultant, vid),
        ("first_maintenance", date(2027, 5, 16), "service_advisor", None, vid),  # 6 months - 7 d
        ("handover_callback_24h", date(2026, 11, 24), "sales_consultant", consultant, vid),
    ]
    assert consultant is not None
    callback = next(t for t in tasks if t.kind == "handover_callback_24h")
    assert callback.due_at == datetime(2026, 11, 24, 15, 0)
    assert "王芳" in callback.message and "李顾问" in callback.message


def test_handover_refuses_bad_km_future_time_and_a_plate_in_use(
    db: Database, sales: SalesService, delivery: DeliveryService, prospect: int
) -> None:
    other = add_customer(db, "赵强", "13812345678")
    add_vehicle(db, other, "LB37624S0TL000009", "粤B12345")
    order_id = allocated_order(db, sales, prospect)
    tick_all(delivery, order_id)
    with pytest.raises(ValidationError, match="里程不合理"):
        delivery.hand_over(order_id, HandoverForm(odometer_km=-1))
    with pytest.raises(ValidationError, match="不能晚于现在"):
        delivery.hand_over(
            order_id, HandoverForm(odometer_km=5, delivered_at=datetime(2026, 12, 1))
        )
    with pytest.raises(ValidationError, match="已登记在其他车辆"):
        delivery.hand_over(order_id, HandoverForm(odometer_km=5, plate="粤B12345"))
    assert sales.order(order_id).row.status == "allocated"  # nothing half-saved


def test_handover_document_carries_everything_the_paper_shows(
    db: Database, sales: SalesService, delivery: DeliveryService, prospect: int
) -> None:
    order_id = allocated_order(db, sales, prospect)
    tick_all(delivery, order_id)
    first = delivery.delivery(order_id).items[0]
    delivery.tick(first.id, True, "左后门轻微划痕已补漆")
    delivery.hand_over(order_id, HandoverForm(odometer_km=18, plate="粤B12345"))

    doc = exported(delivery.export_handover, delivery.find_order(vin=VIN))
    assert doc.order_no == "XS202611230001" and doc.order_date == NOW.date()
    assert (doc.customer_name, doc.customer_mobile) == ("王芳", "139****5678")
    assert (doc.vin, doc.plate, doc.odometer_km, doc.colour) == (VIN, "粤B12345", 18, "冰川白")
    assert doc.consultant_name == "李顾问"
    assert [s.key for s in doc.sections] == ["pdi", "handover", "explained", "kit"]
    assert doc.sections[0].lines[0].remarks == "左后门轻微划痕已补漆"
    assert all(line.checked for s in doc.sections for line in s.lines)
    assert doc.logo == DEFAULT_LOGO.read_bytes()  # the shipped logo until the store sets its own
    assert delivery.find_order(order_no="XS202611230001") == order_id
    with pytest.raises(UserError, match="找不到"):
        delivery.find_order(order_no="XS000")


# --- loyalty ------------------------------------------------------------------------------
@pytest.fixture
def loyalty(db: Database) -> LoyaltyService:
    return LoyaltyService(db, MANAGER, clock=lambda: NOW)


def add_paid_visit(
    db: Database, customer_id: int, vehicle_id: int, amount: str, days_ago: int = 30
) -> None:
    when = NOW - timedelta(days=days_ago)
    with db.transaction(SYSTEM) as session:
        number = session.scalar(select(func.count(ServiceVisit.id))) + 1
        session.add(
            ServiceVisit(
                order_no=f"WX{number:06d}",
                vehicle_id=vehicle_id,
                customer_id=customer_id,
                checked_in_at=when,
                odometer_km=1000 * number,
                status=RepairOrderStatus.HANDED_OVER,
                handed_over_at=when,
                settlement_total=Decimal(amount),
            )
        )


def add_referrals(db: Database, referrer: int, how_many: int) -> None:
    for _ in range(how_many):
        add_customer(db, "朋友", None, referred_by_id=referrer)


def test_after_sales_loyal_at_two_paid_visits_and_not_one(
    db: Database, loyalty: LoyaltyService
) -> None:
    owner = add_customer(db, "周敏", "13712345678", stage="deal")
    car = add_vehicle(db, owner, "LB37624S0TL000011", None)
    add_paid_visit(db, owner, car, "800")
    add_paid_visit(db, owner, car, "0")  # a free check: not a paid visit
    add_paid_visit(db, owner, car, "900", days_ago=400)  # outside the rolling year
    one = loyalty.badges(owner)
    assert (one.paid_visits, one.after_sales_loyal) == (1, False)
    add_paid_visit(db, owner, car, "700", days_ago=364)
    two = loyalty.badges(owner)
    assert (two.paid_visits, two.spend_yuan, two.after_sales_loyal) == (2, Decimal(1500), True)


def test_after_sales_loyal_at_3000_yuan_and_not_2999(db: Database, loyalty: LoyaltyService) -> None:
    owner = add_customer(db, "周敏", "13712345678", stage="deal")
    car = add_vehicle(db, owner, "LB37624S0TL000011", None)
    add_paid_visit(db, owner, car, "2999")
    assert not loyalty.badges(owner).after_sales_loyal
    assert loyalty.count_loyal(LoyaltyKind.AFTER_SALES) == 0
    with db.transaction(SYSTEM) as session:
        session.scalar(select(ServiceVisit)).settlement_total = Decimal("3000.00")
    assert loyalty.badges(owner).after_sales_loyal
    assert [r.id for r in loyalty.loyal_customers(LoyaltyKind.AFTER_SALES)] == [owner]


def test_sales_loyal_needs_three_referrals_without_a_purchase(
    db: Database, loyalty: LoyaltyService
) -> None:
    friend = add_customer(db, "钱多", "13512345678")
    buyer = add_customer(db, "孙买", "13612345678", stage="deal")
    add_referrals(db, friend, 2)
    add_referrals(db, buyer, 1)
    assert not loyalty.badges(friend).sales_loyal
    assert loyalty.badges(buyer).sales_loyal
    assert [r.id for r in loyalty.loyal_customers(LoyaltyKind.SALES)] == [buyer]
    add_referrals(db, friend, 3)  # now 5
    assert loyalty.badges(friend).referrals == 5
    assert loyalty.count_loyal(LoyaltyKind.SALES) == 2
    page = loyalty.loyal_customers(LoyaltyKind.ANY, offset=1, limit=1)
    assert [(r.id, r.badges.sales_loyal) for r in page] == [(buyer, True)]


def test_loyalty_thresholds_are_settings(db: Database, loyalty: LoyaltyService) -> None:
    buyer = add_customer(db, "孙买", "13612345678", stage="deal")
    add_referrals(db, buyer, 1)
    with db.transaction(SYSTEM) as session:
        settings.put(session, "loyalty.referrals_if_bought", 2)
    assert not loyalty.badges(buyer).sales_loyal
    assert loyalty.count_loyal() == 0


def test_the_handover_pdf_export_is_recorded_once_the_file_exists(
    db: Database, sales: SalesService, prospect: int, tmp_path
) -> None:
    """Written first, then recorded under who exported it; a file that cannot be written
    leaves no record (and no half file)."""
    order_id = allocated_order(db, sales, prospect)
    clerk = Actor(add_staff(db, "李顾问二", StaffRole.SALES_CONSULTANT), "李顾问二",
                  StaffRole.SALES_CONSULTANT)  # fmt: skip
    delivery = DeliveryService(db, clerk, clock=lambda: NOW)
    tick_all(delivery, order_id)
    delivery.hand_over(order_id, HandoverForm(odometer_km=18))

    def full_disk(_document) -> Path:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        delivery.export_handover(order_id, full_disk)
    assert exports(db) == []
    target = tmp_path / "交车清单.pdf"
    made = delivery.export_handover(order_id, lambda d: render_handover(d, target) or target)
    assert made == target and target.stat().st_size > 0
    [(staff_id, entity, entity_id, detail)] = exports(db)
    assert (staff_id, entity, entity_id) == (clerk.staff_id, "sales_orders", order_id)
    assert "交车清单.pdf" in detail


def exports(db: Database) -> list[tuple]:
    with db.transaction(SYSTEM) as session:
        query = select(
            AuditEntry.staff_id, AuditEntry.entity, AuditEntry.entity_id, AuditEntry.detail
        ).where(AuditEntry.action == "export")
        return [tuple(row) for row in session.execute(query)]
