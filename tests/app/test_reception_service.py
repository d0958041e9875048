from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from app import settings
from app.db import Database
from app.errors import ValidationError
from app.models import Customer, FollowUpTask, SalesOrder, ShowroomVisit
from app.permissions import SYSTEM
from app.services.reception import (
    PhoneBelongsToSomeoneElse,
    PossibleDuplicate,
    ReceptionService,
    VisitFilter,
    VisitValues,
    WalkInForm,
)
from tests.factories import MANAGER, add_customer, add_model, add_staff

NOW = datetime(2026, 11, 23, 15, 0)
TODAY = NOW.date()


@pytest.fixture
def reception(db: Database) -> ReceptionService:
    return ReceptionService(db, MANAGER, clock=lambda: NOW)


def walk_in(**changes) -> WalkInForm:
    fields = {"name": "王芳", "mobile": "13912345678", "arrived_at": datetime(2026, 11, 23, 10)}
    return WalkInForm(**{**fields, **changes})


def count(db: Database, model) -> int:
    with db.transaction(SYSTEM) as session:
        return session.scalar(select(func.count()).select_from(model))


def test_new_walk_in_creates_customer_and_visit(db: Database, reception: ReceptionService) -> None:
    consultant = add_staff(db, "李顾问")
    model = add_model(db)
    visit_id = reception.register_walk_in(
        walk_in(
            consultant_id=consultant,
            model_of_interest_id=model,
            intent_level="H",
            party_size=3,
            test_drive=True,
            test_drive_route="城市环线",
            budget_min=150_000,
            budget_max=200_000,
            vehicle_use="family",
            priorities=["space", "fuel"],
        )
    )
    (row,) = reception.visits(VisitFilter(TODAY))
    assert row.id == visit_id
    assert (row.customer_name, row.mobile, row.consultant, row.intent_level) == (
        "王芳",
        "139****5678",
        "李顾问",
        "H",
    )
    assert row.is_first_visit and row.test_drive and row.party_size == 3
    card = reception.card(row.customer_id)
    assert card.customer.intent_level == "H"
    assert card.customer.consultant == "李顾问"


def test_returning_customer_is_found_by_phone_not_duplicated(
    db: Database, reception: ReceptionService
) -> None:
    reception.register_walk_in(walk_in())
    again = reception.find_by_mobile("139 1234 5678")
    assert again is not None and again.name == "王芳"
    reception.register_walk_in(walk_in(name="王芳", arrived_at=datetime(2026, 11, 23, 14)))
    assert count(db, Customer) == 1
    latest, first = reception.visits(VisitFilter(TODAY))
    assert (latest.is_first_visit, first.is_first_visit) == (False, True)


def test_same_name_with_another_phone_is_offered_as_possible_duplicate(
    db: Database, reception: ReceptionService
) -> None:
    add_customer(db, "王芳", "13800000000")
    with pytest.raises(PossibleDuplicate) as raised:
        reception.register_walk_in(walk_in())
    assert [c.mobile for c in raised.value.candidates] == ["138****0000"]
    assert count(db, ShowroomVisit) == 0
    reception.register_walk_in(walk_in(not_a_duplicate=True))
    assert count(db, Customer) == 2


def add_liu_siyuan(db: Database) -> tuple[int, int, int]:
    """刘思远, level A, with his consultant and one visit: a 星越L, 15–20万, family, space."""
    consultant = add_staff(db, "李顾问")
    model = add_model(db)
    setup = ReceptionService(db, MANAGER, clock=lambda: NOW)
    setup.register_walk_in(
        walk_in(
            name="刘思远", mobile="13812345678", arrived_at=datetime(2026, 11, 20, 10),
            intent_level="A", consultant_id=consultant, model_of_interest_id=model,
            budget_min=150_000, budget_max=200_000, vehicle_use="family", priorities=["space"],
        )
    )  # fmt: skip
    with db.transaction(SYSTEM) as session:
        customer = session.scalar(select(Customer.id).where(Customer.name == "刘思远"))
    return customer, consultant, model


def customer_row(db: Database, customer_id: int) -> tuple:
    with db.transaction(SYSTEM) as session:
        c = session.get(Customer, customer_id)
        return c.name, c.mobile, c.intent_level, c.consultant_id


def latest_visit(db: Database) -> ShowroomVisit:
    with db.transaction(SYSTEM) as session:
        visit = session.scalar(select(ShowroomVisit).order_by(ShowroomVisit.id.desc()).limit(1))
        session.expunge(visit)
        return visit


def test_a_known_phone_under_another_name_stops_with_that_customers_card(
    db: Database, reception: ReceptionService
) -> None:
    customer, consultant, _model = add_liu_siyuan(db)
    with pytest.raises(PhoneBelongsToSomeoneElse) as raised:
        reception.register_walk_in(walk_in(name="刘小远", mobile="138 1234 5678"))
    card = raised.value.card
    assert (card.customer.id, card.customer.name, card.customer.mobile) == (
        customer, "刘思远", "138****5678"
    )  # fmt: skip
    assert (card.customer.intent_level, card.customer.consultant) == ("A", "李顾问")
    assert "刘思远" in raised.value.message and "刘小远" in raised.value.message
    assert (count(db, Customer), count(db, ShowroomVisit), count(db, FollowUpTask)) == (1, 1, 0)
    assert customer_row(db, customer) == ("刘思远", "13812345678", "A", consultant)


def test_same_person_chosen_is_a_return_visit_that_keeps_his_values(
    db: Database, reception: ReceptionService
) -> None:
    customer, consultant, model = add_liu_siyuan(db)
    reception.register_walk_in(walk_in(name="刘小远", mobile="13812345678", customer_id=customer))
    assert customer_row(db, customer) == ("刘思远", "13812345678", "A", consultant)
    visit = latest_visit(db)
    assert (visit.customer_id, visit.is_first_visit, visit.intent_level) == (customer, False, "A")
    assert (visit.consultant_id, visit.model_of_interest_id) == (consultant, model)
    assert (visit.budget_min, visit.budget_max, visit.vehicle_use, visit.priorities) == (
        150_000, 200_000, "family", "space"
    )  # fmt: skip
    assert (count(db, Customer), count(db, ShowroomVisit), count(db, FollowUpTask)) == (1, 2, 0)


def test_one_answered_visit_makes_one_set_of_departure_tasks(
    db: Database, reception: ReceptionService
) -> None:
    customer, _consultant, _model = add_liu_siyuan(db)
    typed = walk_in(name="刘小远", mobile="13812345678", arrived_at=datetime(2026, 11, 23, 10))
    with pytest.raises(PhoneBelongsToSomeoneElse):
        reception.register_walk_in(typed)
    typed.customer_id = customer  # the receptionist's answer: the same person
    visit_id = reception.register_walk_in(typed)
    assert count(db, FollowUpTask) == 0  # registering makes no task
    assert len(reception.record_departure(visit_id, datetime(2026, 11, 23, 11))) == 2
    with db.transaction(SYSTEM) as session:
        kinds = session.scalars(select(FollowUpTask.kind).order_by(FollowUpTask.kind)).all()
    assert kinds == ["departure_care", "same_evening_callback"]


def test_family_member_sharing_the_phone_is_a_new_customer_linked_to_the_owner(
    db: Database, reception: ReceptionService
) -> None:
    owner, consultant, _model = add_liu_siyuan(db)
    reception.register_walk_in(
        walk_in(name="刘小远", mobile="13812345678", shares_phone_with=owner, intent_level="B")
    )
    visit = latest_visit(db)
    assert visit.customer_id != owner and visit.is_first_visit and visit.intent_level == "B"
    with db.transaction(SYSTEM) as session:
        relative = session.get(Customer, visit.customer_id)
        assert (relative.name, relative.mobile, relative.intent_level) == ("刘小远", None, "B")
        assert "刘思远" in relative.notes and f"编号 {owner}" in relative.notes
        assert "138****5678" in relative.notes
    assert customer_row(db, owner) == ("刘思远", "13812345678", "A", consultant)


def test_sharing_is_checked_against_the_phones_real_owner(
    db: Database, reception: ReceptionService
) -> None:
    owner, _consultant, _model = add_liu_siyuan(db)
    someone = add_customer(db, "赵六", "13700001234")
    with pytest.raises(PhoneBelongsToSomeoneElse) as raised:
        reception.register_walk_in(
            walk_in(name="刘小远", mobile="13812345678", shares_phone_with=someone)
        )
    assert raised.value.card.customer.id == owner
    assert count(db, Customer) == 2


def test_same_phone_and_same_name_is_the_same_customer_with_her_values_kept(
    db: Database, reception: ReceptionService
) -> None:
    customer, consultant, model = add_liu_siyuan(db)
    reception.register_walk_in(walk_in(name="刘思远", mobile="13812345678"))
    assert count(db, Customer) == 1
    assert customer_row(db, customer) == ("刘思远", "13812345678", "A", consultant)
    assert latest_visit(db).model_of_interest_id == model


def test_what_the_receptionist_changed_is_recorded_and_only_that(
    db: Database, reception: ReceptionService
) -> None:
    customer, _consultant, model = add_liu_siyuan(db)
    other = add_staff(db, "王顾问")
    reception.register_walk_in(
        walk_in(customer_id=customer, intent_level="H", consultant_id=other, priorities=[])
    )
    assert customer_row(db, customer)[2:] == ("H", other)
    visit = latest_visit(db)
    assert (visit.intent_level, visit.consultant_id, visit.priorities) == ("H", other, None)
    assert (visit.model_of_interest_id, visit.budget_max) == (model, 200_000)  # untouched


def test_a_changed_budget_is_one_answer(db: Database, reception: ReceptionService) -> None:
    customer, _consultant, _model = add_liu_siyuan(db)
    reception.register_walk_in(walk_in(customer_id=customer, budget_min=250_000))
    visit = latest_visit(db)
    assert (visit.budget_min, visit.budget_max) == (250_000, None)


def test_card_gives_what_a_return_visit_starts_from(
    db: Database, reception: ReceptionService
) -> None:
    customer, consultant, model = add_liu_siyuan(db)
    assert reception.card(customer).usual == VisitValues(
        intent_level="A", consultant_id=consultant, model_of_interest_id=model,
        budget_min=150_000, budget_max=200_000, vehicle_use="family", priorities=("space",),
    )  # fmt: skip
    newcomer = add_customer(db, "钱七", "13600001111", intent_level="C")
    assert reception.card(newcomer).usual == VisitValues(intent_level="C")


def test_a_new_customer_without_answers_gets_the_defaults(
    db: Database, reception: ReceptionService
) -> None:
    reception.register_walk_in(walk_in())
    visit = latest_visit(db)
    assert (visit.intent_level, visit.consultant_id, visit.priorities) == ("N", None, None)


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"mobile": "12345"}, "mobile", "手机号码"),
        ({"name": " "}, "name", "姓名"),
        ({"arrived_at": datetime(2026, 11, 23, 18)}, "arrived_at", "不能晚于现在"),
        ({"party_size": 0}, "party_size", "人数"),
        ({"budget_min": 300_000, "budget_max": 200_000}, "budget", "预算"),
        ({"intent_level": "Z"}, "intent_level", "意向级别"),
        ({"intent_level": "O"}, "intent_level", "意向级别"),  # orders make O, not the desk
    ],
)
def test_bad_input_is_refused_and_nothing_is_saved(
    db: Database, reception: ReceptionService, changes, field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        reception.register_walk_in(walk_in(**changes))
    assert raised.value.field == field
    assert words in raised.value.message
    assert count(db, Customer) == count(db, ShowroomVisit) == 0


def test_departure_creates_care_sms_and_evening_callback_once(
    db: Database, reception: ReceptionService
) -> None:
    consultant = add_staff(db, "李顾问")
    visit_id = reception.register_walk_in(walk_in(consultant_id=consultant))
    made = reception.record_departure(visit_id, datetime(2026, 11, 23, 11, 30))
    assert len(made) == 2
    assert reception.record_departure(visit_id, datetime(2026, 11, 23, 11, 40)) == []
    with db.transaction(SYSTEM) as session:
        tasks = session.scalars(select(FollowUpTask).order_by(FollowUpTask.kind)).all()
        assert [(t.kind, t.channel, t.owner_id, t.due_date) for t in tasks] == [
            ("departure_care", "sms", consultant, TODAY),
            ("same_evening_callback", "phone", consultant, TODAY),
        ]
        assert tasks[0].message.startswith("王芳您好") and "李顾问" in tasks[0].message
        assert tasks[1].due_at == datetime(2026, 11, 23, 19, 0)


def test_departure_before_arrival_is_refused(db: Database, reception: ReceptionService) -> None:
    visit_id = reception.register_walk_in(walk_in())
    with pytest.raises(ValidationError, match="离店时间不能早于到店时间"):
        reception.record_departure(visit_id, datetime(2026, 11, 23, 9, 0))
    assert count(db, FollowUpTask) == 0


def test_callback_hour_is_a_setting(db: Database, reception: ReceptionService) -> None:
    with db.transaction(SYSTEM) as session:
        settings.put(session, "reception.callback_hour", 20)
    visit_id = reception.register_walk_in(walk_in())
    reception.record_departure(visit_id, datetime(2026, 11, 23, 11, 0))
    with db.transaction(SYSTEM) as session:
        callback = session.scalar(
            select(FollowUpTask).where(FollowUpTask.kind == "same_evening_callback")
        )
        assert callback.due_at == datetime(2026, 11, 23, 20, 0)


def test_visits_filter_by_consultant_and_level_and_page(
    db: Database, reception: ReceptionService
) -> None:
    a, b = add_staff(db, "甲"), add_staff(db, "乙")
    for i in range(5):
        reception.register_walk_in(
            walk_in(
                name=f"客户{i}",
                mobile=f"1391234560{i}",
                consultant_id=a if i % 2 else b,
                intent_level="A" if i < 2 else "B",
                arrived_at=datetime(2026, 11, 23, 9, i),
            )
        )
    reception.register_walk_in(walk_in(arrived_at=datetime(2026, 11, 22, 10)))  # yesterday
    assert reception.count_visits(VisitFilter(TODAY)) == 5
    assert reception.count_visits(VisitFilter(TODAY, consultant_id=a)) == 2
    assert reception.count_visits(VisitFilter(TODAY, intent_level="A")) == 2
    page = reception.visits(VisitFilter(TODAY), offset=1, limit=2)
    assert [r.customer_name for r in page] == ["客户3", "客户2"]


def test_traffic_counts_and_conversion(db: Database, reception: ReceptionService) -> None:
    model = add_model(db)
    first = reception.register_walk_in(walk_in(test_drive=True))
    reception.register_walk_in(walk_in(name="赵六", mobile="13700001234"))
    reception.record_departure(first, datetime(2026, 11, 23, 12))
    with db.transaction(SYSTEM) as session:
        buyer = session.scalar(select(Customer.id).where(Customer.name == "王芳"))
        session.add(
            SalesOrder(
                order_no="XS1",
                customer_id=buyer,
                model_id=model,
                price=1,
                ordered_at=datetime(2026, 11, 23, 11),
            )
        )
    traffic = reception.traffic(TODAY)
    assert (traffic.visits, traffic.first_visits, traffic.test_drives) == (2, 2, 1)
    assert (traffic.in_showroom, traffic.orders, traffic.conversion) == (1, 1, 0.5)
    assert reception.traffic(date(2026, 11, 22)).conversion == 0.0
