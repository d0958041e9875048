from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import select

from app.audit import AuditFilter, AuditService
from app.db import Database
from app.errors import StaleRecordError, UserError, ValidationError
from app.models import Channel, FollowUpTask, StaffRole, TaskStatus
from app.permissions import SYSTEM, Actor, PermissionDenied
from app.services.customers import CustomerService
from app.services.search import SearchService
from tests.factories import MANAGER, add_customer, add_staff


def test_saving_updates_the_search_keys(db: Database) -> None:
    service = CustomerService(db, MANAGER)
    customer_id = add_customer(db, "张三", "13812345678")
    saved = service.save_profile(
        replace(service.profile(customer_id), name="曾五", mobile="13900001111")
    )
    assert saved.version == 2
    assert [h.name for h in SearchService(db, MANAGER).search("zw")] == ["曾五"]
    assert [h.name for h in SearchService(db, MANAGER).search("1111")] == ["曾五"]


def test_second_save_of_a_stale_copy_is_refused_never_overwrites(db: Database) -> None:
    service = CustomerService(db, MANAGER)
    customer_id = add_customer(db, "张三", "13812345678")
    reception_pc = service.profile(customer_id)
    service_desk = service.profile(customer_id)
    service.save_profile(replace(reception_pc, notes="喜欢白色"))
    with pytest.raises(StaleRecordError) as raised:
        service.save_profile(replace(service_desk, notes="周末来店"))
    assert "重新加载" in raised.value.message
    assert service.profile(customer_id).notes == "喜欢白色"


def test_bad_profile_is_refused_and_nothing_changes(db: Database) -> None:
    service = CustomerService(db, MANAGER)
    customer_id = add_customer(db, "张三", "13812345678")
    with pytest.raises(ValidationError):
        service.save_profile(replace(service.profile(customer_id), mobile="123"))
    assert service.profile(customer_id).version == 1


@pytest.mark.parametrize(
    ("role", "may_reveal"),
    [(StaffRole.RECEPTIONIST, False), (StaffRole.SALES_CONSULTANT, True)],
)
def test_staff_see_masked_numbers_and_only_some_may_reveal_them(
    db: Database, role: StaffRole, may_reveal: bool
) -> None:
    customer_id = add_customer(db, "张三", "13812345678")
    staff_id = add_staff(db, "某员工", role)
    staff = Actor(staff_id, "某员工", role)
    (hit,) = SearchService(db, staff).search("张三")
    assert hit.mobile == "138****5678"
    if may_reveal:
        assert CustomerService(db, staff).reveal_mobile(customer_id) == "13812345678"
    else:
        with pytest.raises(PermissionDenied):
            CustomerService(db, staff).reveal_mobile(customer_id)
    reveals = AuditService(db).page(SYSTEM, AuditFilter(action="reveal"), 0, 5)
    assert [r.staff_id for r in reveals] == ([staff_id] if may_reveal else [])
    (hit,) = SearchService(db, MANAGER).search("张三")  # lists mask for everyone
    assert hit.mobile == "138****5678"


def test_a_masked_number_left_as_shown_keeps_the_stored_one(db: Database) -> None:
    customer_id = add_customer(db, "张三", "13812345678")
    desk = Actor(add_staff(db, "前台", StaffRole.RECEPTIONIST), "前台", StaffRole.RECEPTIONIST)
    service = CustomerService(db, desk)
    profile = service.profile(customer_id)
    assert profile.mobile == "138****5678"
    service.save_profile(replace(profile, district="南山区"))
    with pytest.raises(ValidationError, match="完整的 11 位"):
        service.save_profile(replace(service.profile(customer_id), mobile="138****5679"))
    assert CustomerService(db, MANAGER).reveal_mobile(customer_id) == "13812345678"


# --- the intent level, set from the customer's card ------------------------------------------
NOW = datetime(2026, 11, 23, 9, 0)


def paced_follow_up(db: Database, customer_id: int, owner_id: int, due: date) -> int:
    with db.transaction(SYSTEM) as session:
        task = FollowUpTask(
            kind="prospect_follow_up", dedupe_key=f"prospect_follow_up:customer:{customer_id}:x",
            customer_id=customer_id, owner_id=owner_id, owner_role="sales_consultant",
            channel=Channel.PHONE, due_date=due, status=TaskStatus.OPEN,
        )  # fmt: skip
        session.add(task)
        session.flush()
        return task.id


def follow_ups(db: Database, customer_id: int) -> list[tuple[str, date, int | None, str | None]]:
    with db.transaction(SYSTEM) as session:
        tasks = session.scalars(
            select(FollowUpTask)
            .where(FollowUpTask.customer_id == customer_id)
            .order_by(FollowUpTask.id)
        )
        return [(t.status, t.due_date, t.owner_id, t.outcome_note) for t in tasks]


def test_raising_the_level_is_audited_and_re_paces_the_open_follow_up(db: Database) -> None:
    consultant = add_staff(db, "王顾问")
    actor = Actor(consultant, "王顾问", StaffRole.SALES_CONSULTANT)
    service = CustomerService(db, actor, lambda: NOW)
    customer_id = add_customer(db, "张三", "13812345678", intent_level="B")
    paced_follow_up(db, customer_id, consultant, date(2026, 11, 30))  # B: every 7 days
    shown = service.intent_choice(customer_id)
    assert (shown.level, shown.settable) == ("B", True)
    assert [lv.code for lv in shown.levels] == ["H", "A", "B", "C", "N"]
    changed = service.set_intent_level(customer_id, "H", shown.version)
    assert (changed.level, changed.version) == ("H", shown.version + 1)
    assert follow_ups(db, customer_id) == [
        ("skipped", date(2026, 11, 30), consultant, "意向级别调整，跟进重新排期。"),
        ("open", date(2026, 11, 25), consultant, None),  # H: every 2 days, from today
    ]
    trail = AuditService(db).page(MANAGER, AuditFilter(action="edit", staff_id=consultant), 0, 20)
    assert [(e.entity, e.field, e.old_value, e.new_value) for e in trail] == [
        ("follow_up_tasks", "status", "open", "skipped"),  # the task store's re-pacing
        ("customers", "intent_level", "B", "H"),
    ]


def test_a_level_set_from_a_stale_card_is_refused(db: Database) -> None:
    service = CustomerService(db, MANAGER, lambda: NOW)
    customer_id = add_customer(db, "张三", "13812345678", intent_level="B")
    reception_pc = service.intent_choice(customer_id)
    service.set_intent_level(customer_id, "A", reception_pc.version)
    with pytest.raises(StaleRecordError):
        service.set_intent_level(customer_id, "C", reception_pc.version)
    assert service.intent_choice(customer_id).level == "A"


@pytest.mark.parametrize(("stage", "level"), [("deal", "O"), ("lost", "F")])
def test_ordered_or_lost_customers_keep_their_level(db: Database, stage: str, level: str) -> None:
    service = CustomerService(db, MANAGER, lambda: NOW)
    customer_id = add_customer(db, "张三", "13812345678", stage=stage, intent_level=level)
    shown = service.intent_choice(customer_id)
    assert not shown.settable
    with pytest.raises(UserError, match="已订车或已战败"):
        service.set_intent_level(customer_id, "H", shown.version)
    assert service.intent_choice(customer_id).level == level


@pytest.mark.parametrize("level", ["O", "F", "X", ""])
def test_only_prospect_levels_can_be_chosen(db: Database, level: str) -> None:
    service = CustomerService(db, MANAGER, lambda: NOW)
    customer_id = add_customer(db, "张三", "13812345678", intent_level="B")
    with pytest.raises(ValidationError):
        service.set_intent_level(customer_id, level, service.intent_choice(customer_id).version)
    assert service.intent_choice(customer_id).level == "B"


def test_without_an_open_follow_up_nothing_is_scheduled(db: Database) -> None:
    service = CustomerService(db, MANAGER, lambda: NOW)
    customer_id = add_customer(db, "张三", "13812345678", intent_level="N")
    service.set_intent_level(customer_id, "A", service.intent_choice(customer_id).version)
    assert follow_ups(db, customer_id) == []
