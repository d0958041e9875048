"""The service check-in desk on SQLite and PostgreSQL: lookup, card, repair order,
mileage checks at the odometer, handover and the reminders it leaves, corrections."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from app import settings
from app.db import Database
from app.errors import UserError, ValidationError
from app.models import (
    Complaint,
    FollowUpTask,
    OdometerReading,
    RepairOrderStatus,
    ServiceType,
    ServiceVisit,
    StaffRole,
    TaskStatus,
    Vehicle,
)
from app.permissions import SYSTEM, Actor, PermissionDenied
from app.rules.mileage import AbsurdJumpNeedsConfirmation, LowerReadingRefused
from app.services.checkin import (
    CheckInService,
    NewVehicleForm,
    RepairOrderForm,
    VinCheckDigitWarning,
    WorkItemDraft,
)
from app.validation import with_check_digit
from tests.factories import MANAGER, add_customer, add_model, add_staff, add_vehicle, exported

VIN17 = "LSGJA52U0BS123456"


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def to(self, day: str, hour: int = 9) -> None:
        self.now = datetime.fromisoformat(day).replace(hour=hour)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 1, 5, 9, 0))


@pytest.fixture
def desk(db: Database, clock: Clock) -> CheckInService:
    return CheckInService(db, MANAGER, clock)


@pytest.fixture
def car(db: Database) -> dict:
    owner = add_customer(db, "王芳", "13812345678")
    vehicle = add_vehicle(db, owner, VIN17, "粤B12345")
    model = add_model(db)
    with db.transaction(SYSTEM) as session:
        row = session.get(Vehicle, vehicle)
        row.model_id, row.colour = model, "星河蓝"
    advisor = add_staff(db, "李顾问", StaffRole.SERVICE_ADVISOR)
    return {"owner": owner, "vehicle": vehicle, "advisor": advisor}


@pytest.fixture
def delivered(db: Database, car: dict) -> dict:
    """The same car, delivered by us on 2026-01-01 at 0 km."""
    with db.transaction(SYSTEM) as session:
        session.get(Vehicle, car["vehicle"]).delivery_date = date(2026, 1, 1)
    return car


def check_in(desk: CheckInService, car: dict, km: int, **extra) -> int:
    form = RepairOrderForm(vehicle_id=car["vehicle"], odometer_km=km, advisor_id=car["advisor"])
    for key, value in extra.items():
        setattr(form, key, value)
    return desk.open_order(form).id


def hand_over(desk: CheckInService, order_id: int, total: str | None = None):
    for status in ("in_progress", "quality_check", "ready"):
        desk.move(order_id, status)
    return desk.handover(order_id, total)


def open_tasks(db: Database, kind: str) -> list[FollowUpTask]:
    with db.transaction(SYSTEM) as session:
        query = select(FollowUpTask).where(
            FollowUpTask.kind == kind, FollowUpTask.status == TaskStatus.OPEN
        )
        return list(session.scalars(query))


# --- finding the car --------------------------------------------------------------------
@pytest.mark.parametrize(
    "query",
    ["粤B12345", "粤b 12345", with_check_digit(VIN17), "123456", "5678", "13812345678", "王芳"],
)
def test_find_by_plate_vin_phone_or_name(desk: CheckInService, car: dict, query: str) -> None:
    hits = desk.find(query)
    assert [h.id for h in hits] == [car["vehicle"]]
    assert hits[0].owner_phone == "138****5678" and hits[0].model == "星越L 2.0T"


def test_a_name_starting_like_a_plate_finds_the_owner(db: Database, desk: CheckInService) -> None:
    owner = add_customer(db, "苏明", "13700000002")
    add_vehicle(db, add_customer(db, "甲", "13700000003"), "LSGJA52U0BS200001", "苏A12345")
    mine = add_vehicle(db, owner, "LSGJA52U0BS200002", "粤B54321")
    assert [h.id for h in desk.find("苏明")] == [mine]


def test_find_nothing(desk: CheckInService, car: dict) -> None:
    assert desk.find("京A99999") == []
    assert desk.find("0000") == []


def test_register_with_a_failed_check_digit_needs_confirmation(desk: CheckInService) -> None:
    wrong = with_check_digit("LFV2A21K0D4000001")
    wrong = wrong[:8] + ("1" if wrong[8] != "1" else "2") + wrong[9:]
    form = NewVehicleForm(
        vin=wrong, plate="粤BD12345", owner_name="赵六", owner_mobile="13900001111"
    )
    with pytest.raises(VinCheckDigitWarning, match="校验位"):
        desk.register_vehicle(form)
    form.check_digit_confirmed = True
    hit = desk.register_vehicle(form)
    assert hit.plate == "粤BD12345" and hit.owner_name == "赵六"
    assert [h.id for h in desk.find("1111")] == [hit.id]


def test_register_refuses_a_vin_or_plate_on_another_car(desk: CheckInService, car: dict) -> None:
    taken_vin = NewVehicleForm(
        vin=with_check_digit(VIN17), plate=None, owner_name="赵六", owner_mobile="13900001111"
    )
    with pytest.raises(ValidationError, match="王芳") as error:
        desk.register_vehicle(taken_vin)
    assert error.value.field == "vin"
    taken_plate = NewVehicleForm(
        vin=with_check_digit("LFV2A21K0D4000001"), plate="粤B 12345", owner_id=car["owner"]
    )
    with pytest.raises(ValidationError, match="王芳") as error:
        desk.register_vehicle(taken_plate)
    assert error.value.field == "plate"


def test_register_refuses_a_bad_plate(desk: CheckInService) -> None:
    form = NewVehicleForm(
        vin=with_check_digit("LFV2A21K0D4000001"), plate="粤I12345", owner_name="赵六",
        owner_mobile="13900001111",
    )  # fmt: skip
    with pytest.raises(ValidationError, match="车牌号"):
        desk.register_vehicle(form)


# --- the card ---------------------------------------------------------------------------
def test_card_shows_the_car_its_owner_and_history(
    db: Database, desk: CheckInService, car: dict, clock: Clock
) -> None:
    order = check_in(desk, car, 1_000, items=[WorkItemDraft("更换机油机滤", "120", "280")])
    hand_over(desk, order, "400")
    with db.transaction(SYSTEM) as session:
        session.add(
            Complaint(
                case_no="TS1", customer_id=car["owner"], channel="phone", category="quality",
                content="异响", received_at=clock(), response_due_at=clock(),
                first_proposal_due_at=clock(), final_proposal_due_at=clock(),
            )
        )  # fmt: skip
    card = desk.card(car["vehicle"])
    assert (card.model, card.colour, card.plate) == ("星越L 2.0T", "星河蓝", "粤B12345")
    assert card.owner_phone == "138****5678" and card.open_complaints == 1
    assert [(h.km, h.work, h.amount) for h in card.history] == [
        (1_000, "更换机油机滤", Decimal("400.00"))
    ]
    assert [r.kind for r in card.due_reminders] == ["maintenance_due"]
    assert card.last_km == 1_000 and card.open_order_id is None


# --- the repair order -------------------------------------------------------------------
def test_order_numbers_run_per_day(desk: CheckInService, db: Database, clock: Clock) -> None:
    owner = add_customer(db, "甲", "13700000001")
    cars = [add_vehicle(db, owner, f"LSGJA52U0BS20000{i}", f"粤B1000{i}") for i in range(3)]
    numbers = [
        desk.open_order(RepairOrderForm(vehicle_id=v, odometer_km=10)).order_no for v in cars
    ]
    assert numbers == ["WX20260105-0001", "WX20260105-0002", "WX20260105-0003"]


def test_a_number_taken_elsewhere_is_skipped(db: Database, desk: CheckInService, car: dict) -> None:
    """Another workstation, its clock a day behind, already used today's first number."""
    owner = add_customer(db, "乙", "13700000009")
    elsewhere = add_vehicle(db, owner, "LSGJA52U0BS300001", "粤B30001")
    with db.transaction(SYSTEM) as session:
        session.add(
            ServiceVisit(
                order_no="WX20260105-0001", vehicle_id=elsewhere, customer_id=owner,
                checked_in_at=datetime(2026, 1, 4, 23, 59), odometer_km=10,
            )
        )  # fmt: skip
    order = desk.open_order(RepairOrderForm(vehicle_id=car["vehicle"], odometer_km=1_000))
    assert order.order_no == "WX20260105-0002"
    assert len(desk.readings(car["vehicle"])) == 1


def test_a_car_has_one_open_order(desk: CheckInService, car: dict) -> None:
    check_in(desk, car, 1_000)
    with pytest.raises(UserError, match="未交车"):
        check_in(desk, car, 1_000)


def test_bad_input_saves_nothing(desk: CheckInService, car: dict) -> None:
    with pytest.raises(ValidationError, match="油量"):
        check_in(desk, car, 1_000, fuel_level=150)
    with pytest.raises(ValidationError, match="金额"):
        check_in(desk, car, 1_000, items=[WorkItemDraft("检查", "abc")])
    assert desk.readings(car["vehicle"]) == []
    assert desk.card(car["vehicle"]).history == []


def test_lower_reading_refused_then_accepted_with_a_reason(
    desk: CheckInService, car: dict, clock: Clock
) -> None:
    hand_over(desk, check_in(desk, car, 20_000))
    clock.to("2026-03-01")
    with pytest.raises(LowerReadingRefused):
        check_in(desk, car, 2_000)
    check_in(desk, car, 2_000, correction_reason="更换仪表盘")
    last = desk.readings(car["vehicle"])[-1]
    assert (last.km, last.km_since_previous, last.correction_reason) == (
        2_000,
        -18_000,
        "更换仪表盘",
    )
    assert last.daily_average is None


def test_absurd_jump_needs_confirmation(desk: CheckInService, car: dict, clock: Clock) -> None:
    hand_over(desk, check_in(desk, car, 1_000))
    clock.to("2026-01-07")
    with pytest.raises(AbsurdJumpNeedsConfirmation):
        check_in(desk, car, 90_000)
    check_in(desk, car, 90_000, jump_confirmed=True)
    assert desk.readings(car["vehicle"])[-1].km == 90_000


def test_live_comparison_flags_long_trips(desk: CheckInService, car: dict, clock: Clock) -> None:
    for day, km in (("2026-01-05", 0), ("2026-04-15", 3_000), ("2026-07-24", 6_000)):
        clock.to(day)
        hand_over(desk, check_in(desk, car, km))
    clock.to("2026-08-23")
    normal = desk.compare_reading(car["vehicle"], 6_900)
    assert normal.usual_daily_average == pytest.approx(30.0) and not normal.long_trip
    far = desk.compare_reading(car["vehicle"], 9_000)
    assert far.days_since == 30 and far.ratio == pytest.approx(100 / 30)
    assert far.long_trip and "轮胎检查" in far.suggested_checks


def test_extra_work_counts_only_after_consent(desk: CheckInService, car: dict) -> None:
    order = check_in(desk, car, 1_000, items=[WorkItemDraft("保养", "100", "200")])
    desk.move(order, "in_progress")
    extra = desk.add_extra_work(order, WorkItemDraft("更换刹车片", "80", "420"))
    assert extra.estimate == Decimal("300.00")
    pending = extra.pending[0]
    assert pending.description == "更换刹车片" and pending.consent_at is None
    for status in ("quality_check", "ready"):
        desk.move(order, status)
    with pytest.raises(UserError, match="未取得客户同意"):
        desk.handover(order)
    agreed = desk.record_consent(pending.id, "电话确认")
    assert agreed.estimate == Decimal("800.00") and agreed.pending == []
    assert desk.handover(order).settlement_total == Decimal("800.00")


def test_illegal_status_moves_are_refused(desk: CheckInService, car: dict) -> None:
    order = check_in(desk, car, 1_000)
    with pytest.raises(UserError, match="不能改为“待交车”"):
        desk.move(order, "ready")
    with pytest.raises(UserError, match="已接车"):
        desk.handover(order)
    desk.move(order, "in_progress")
    desk.move(order, "quality_check")
    assert desk.move(order, "in_progress").status == RepairOrderStatus.IN_PROGRESS


# --- handover, predictions and reminders ------------------------------------------------
def test_handover_records_next_due_and_leaves_a_reminder(
    db: Database, desk: CheckInService, delivered: dict, clock: Clock
) -> None:
    car = delivered
    clock.to("2026-03-01")
    order = check_in(desk, car, 2_950, service_type=ServiceType.REPAIR)
    preview = desk.preview_handover(order)
    done = hand_over(desk, order, "350")
    # Delivered 2026-01-01 at 0 km, 2,950 km in 59 days: 50 km a day; first maintenance
    # at 5,000 km falls on 2026-04-11, before the 6 months (2026-07-01).
    assert (done.next_service_date, done.next_service_km) == (date(2026, 4, 11), 5_000)
    assert (preview.due_date, preview.by) == (date(2026, 4, 11), "km")
    [task] = open_tasks(db, "maintenance_due")
    assert task.vehicle_id == car["vehicle"] and task.owner_id == car["advisor"]
    assert task.due_date == date(2026, 4, 4)  # the rule's 7 days of lead
    assert "粤B12345" in task.message and "5,000 km" in task.message


def test_a_new_handover_replaces_the_open_maintenance_reminder(
    db: Database, desk: CheckInService, delivered: dict, clock: Clock
) -> None:
    car = delivered
    clock.to("2026-03-01")
    hand_over(desk, check_in(desk, car, 2_950))
    clock.to("2026-04-10")
    done = hand_over(desk, check_in(desk, car, 4_950))
    [task] = open_tasks(db, "maintenance_due")
    assert task.source_id == done.id
    # A maintenance visit: the next one is 10,000 km on, at 50 km a day.
    assert (done.next_service_km, done.next_service_date) == (14_950, date(2026, 10, 27))


def test_declined_work_is_kept_on_the_car_and_called_back(
    db: Database, desk: CheckInService, car: dict, clock: Clock
) -> None:
    items = [WorkItemDraft("保养", "100", "200"), WorkItemDraft("四轮定位检查", suggested=True)]
    order = check_in(desk, car, 1_000, items=items)
    suggested = desk.order(order).items[1]
    desk.decline_item(suggested.id)
    hand_over(desk, order)
    [task] = open_tasks(db, "declined_work")
    assert "四轮定位检查" in task.message and task.due_date == date(2026, 1, 12)
    clock.to("2026-06-01")
    assert [d.description for d in desk.card(car["vehicle"]).declined_work] == ["四轮定位检查"]


def test_a_corrected_typo_recomputes_the_prediction_and_moves_the_reminder(
    db: Database, desk: CheckInService, delivered: dict, clock: Clock
) -> None:
    car = delivered
    clock.to("2026-03-01")
    hand_over(desk, check_in(desk, car, 29_500))  # typed for 2,950
    [before] = open_tasks(db, "maintenance_due")
    assert before.due_date == date(2026, 3, 14)  # 500 km a day: due in three weeks
    reading = desk.readings(car["vehicle"])[-1]
    due = desk.correct_reading(reading.reading_id, 2_950, "录入多打一个 0")
    # 50 km a day since delivery: 10,000 km more in 200 days.
    assert (due.due_date, due.due_km) == (date(2026, 9, 17), 12_950)
    [after] = open_tasks(db, "maintenance_due")
    assert after.id == before.id and after.due_date == date(2026, 9, 10)
    fixed = desk.readings(car["vehicle"])[-1]
    assert (fixed.km, fixed.corrected_from_km, fixed.correction_reason) == (
        2_950, 29_500, "录入多打一个 0"
    )  # fmt: skip
    card = desk.card(car["vehicle"])
    assert card.history[0].km == 2_950 and card.next_service_date == date(2026, 9, 17)
    assert card.daily_km_average == pytest.approx(50.0)


def test_correction_needs_a_reason(desk: CheckInService, car: dict) -> None:
    check_in(desk, car, 1_000)
    reading = desk.readings(car["vehicle"])[0]
    with pytest.raises(ValidationError, match="更正原因"):
        desk.correct_reading(reading.reading_id, 100, " ")


def test_readings_show_days_km_and_daily_average(
    db: Database, desk: CheckInService, car: dict, clock: Clock
) -> None:
    hand_over(desk, check_in(desk, car, 1_000))
    clock.now += timedelta(days=100)
    hand_over(desk, check_in(desk, car, 5_000))
    with db.transaction(SYSTEM) as session:
        assert session.scalar(select(Vehicle.daily_km_average)) == pytest.approx(40.0)
        assert len(session.scalars(select(OdometerReading)).all()) == 2
    first, second = desk.readings(car["vehicle"])
    assert first.days_since_previous is None and first.daily_average is None
    assert (second.days_since_previous, second.km_since_previous) == (100, 4_000)
    assert second.daily_average == pytest.approx(40.0)


def test_the_printed_order_carries_the_store_and_the_order(
    db: Database, desk: CheckInService, car: dict
) -> None:
    with db.transaction(SYSTEM) as session:
        settings.put(session, "store.name", "示范汽车 4S 店")
        settings.put(session, "store.address", "广州市天河区示范路 1 号")
    order = check_in(desk, car, 1_000, items=[WorkItemDraft("保养", "100", "200")])
    document = exported(desk.export_repair_order, order)
    assert (document.store_name, document.store_address) == (
        "示范汽车 4S 店",
        "广州市天河区示范路 1 号",
    )
    assert document.order.order_no == "WX20260105-0001" and document.order.advisor == "李顾问"
    assert document.order.customer_phone == "138****5678"


def test_after_an_odometer_replacement_the_next_due_counts_on_the_new_one(
    desk: CheckInService, car: dict, clock: Clock
) -> None:
    hand_over(desk, check_in(desk, car, 48_000))
    clock.to("2026-03-01")
    replaced = check_in(
        desk, car, 300, correction_reason="更换仪表盘", service_type=ServiceType.REPAIR
    )
    done = hand_over(desk, replaced)
    assert done.next_service_km == 10_300  # not 58,000 on the old odometer


def test_a_delivered_car_never_serviced_shows_its_first_maintenance(
    desk: CheckInService, delivered: dict
) -> None:
    card = desk.card(delivered["vehicle"])
    assert (card.next_service_date, card.next_service_km) == (date(2026, 7, 1), 5_000)


# --- who may work repair orders -----------------------------------------------------------
MAY_WORK_ORDERS = {StaffRole.SERVICE_ADVISOR, StaffRole.STORE_MANAGER}


@pytest.mark.parametrize("role", list(StaffRole))
def test_only_advisors_and_the_manager_start_work_on_a_repair_order(
    db: Database, desk: CheckInService, car: dict, clock: Clock, role: StaffRole
) -> None:
    order = check_in(desk, car, 1_000)
    someone = CheckInService(db, Actor(add_staff(db, "某员工", role), "某员工", role), clock)
    assert someone.may_work_orders == (role in MAY_WORK_ORDERS)
    if role in MAY_WORK_ORDERS:
        assert someone.move(order, "in_progress").status == "in_progress"
    else:
        with pytest.raises(PermissionDenied, match="开立和处理维修委托书"):
            someone.move(order, "in_progress")
        assert desk.order(order).status == "checked_in"


@pytest.mark.parametrize(
    "role", sorted(set(StaffRole) - MAY_WORK_ORDERS), ids=lambda role: role.value
)
def test_staff_outside_after_sales_cannot_open_extend_or_hand_over_an_order(
    db: Database, desk: CheckInService, car: dict, clock: Clock, role: StaffRole
) -> None:
    order = check_in(desk, car, 1_000, items=[WorkItemDraft("保养", "100", "200")])
    [item] = desk.order(order).items
    for status in ("in_progress", "quality_check", "ready"):
        desk.move(order, status)
    [reading] = desk.readings(car["vehicle"])
    someone = CheckInService(db, Actor(add_staff(db, "某员工", role), "某员工", role), clock)
    attempts = [
        lambda: someone.open_order(RepairOrderForm(vehicle_id=car["vehicle"], odometer_km=1_100)),
        lambda: someone.add_extra_work(order, WorkItemDraft("刹车片", "80", "300")),
        lambda: someone.record_consent(item.id),
        lambda: someone.decline_item(item.id),
        lambda: someone.handover(order, "300"),
        lambda: someone.correct_reading(reading.reading_id, 1_010, "录入错误"),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied):
            attempt()
    after = desk.order(order)
    assert (after.status, [i.status for i in after.items]) == ("ready", ["agreed"])
    assert someone.card(car["vehicle"]).open_order_id == order  # reading is for everyone
