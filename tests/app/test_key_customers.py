"""Key customers on SQLite and PostgreSQL: marking, outcomes, carrying over, the review."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from app.errors import StaleRecordError, ValidationError
from app.models import AuditEntry, CustomerStage, StaffRole
from app.permissions import SYSTEM, Actor, PermissionDenied
from app.services.key_customers import (
    KeyCustomerService,
    budget_text,
    monday_of,
    next_week,
    parse_week,
    week_of,
)
from tests.app import reminder_world as w
from tests.factories import MANAGER, add_staff, exported

WEEK = "2026-W48"  # Monday 2026-11-23


@pytest.fixture
def service(db) -> KeyCustomerService:
    return KeyCustomerService(db, MANAGER, w.Clock())


@pytest.fixture
def store(db):
    wang, li = w.staff(db, "王顾问"), w.staff(db, "李顾问")
    model = w.model(db)
    people = {}
    for n, (name, consultant, level) in enumerate(
        [("张三", wang, "H"), ("李四", wang, "H"), ("王五", wang, "A"), ("赵六", li, "H")]
    ):
        cid = w.customer(db, name, f"1380000000{n}", consultant_id=consultant)
        w.visit(db, cid, consultant, datetime(2026, 11, 21, 10), level, model)
        people[name] = cid
    return {"wang": wang, "li": li, **people}


def test_weeks():
    assert week_of(w.TODAY) == WEEK and monday_of(WEEK) == w.TODAY
    assert next_week("2026-W53") == "2027-W01" and next_week("2025-W52") == "2026-W01"
    for bad in ("2026-47", "2026-W54", "W47", ""):
        with pytest.raises(ValidationError):
            parse_week(bad)


def test_budget_text():
    assert budget_text(150_000, 200_000) == "15-20万"
    assert budget_text(150_000, None) == "15万以上"
    assert budget_text(None, None) is None


def test_suggestions_are_level_h_prospects_not_yet_listed(service, store):
    assert service.current_week() == WEEK
    names = {p.name for p in service.suggestions(store["wang"])}
    assert names == {"张三", "李四"}
    service.mark(store["张三"], store["wang"])
    assert {p.name for p in service.suggestions(store["wang"])} == {"李四"}


def test_mark_and_monday_list(service, store):
    service.mark(store["张三"], store["wang"], WEEK, "周三试驾")
    service.mark(store["赵六"], store["li"], WEEK)
    assert service.count(WEEK) == 2 and service.count(WEEK, store["wang"]) == 1
    [row] = service.page(WEEK, store["wang"])
    assert (row.customer, row.phone, row.intent_level) == ("张三", "138****0000", "H")
    assert (
        row.model_of_interest == "星越L 2.0T" and row.last_contact == datetime(2026, 11, 21).date()
    )
    assert row.next_step == "周三试驾" and row.outcome_label == "进行中"
    with pytest.raises(ValidationError):
        service.mark(store["张三"], store["wang"], WEEK)


def test_only_prospects_can_be_marked(db, service, store):
    from app.models import Customer

    with db.transaction(SYSTEM) as session:
        session.get(Customer, store["李四"]).stage = CustomerStage.DEAL
    with pytest.raises(ValidationError):
        service.mark(store["李四"], store["wang"], WEEK)


def test_outcomes_and_review(service, store):
    entries = {
        name: service.mark(store[name], store["wang"], WEEK) for name in ("张三", "李四", "王五")
    }
    zhao = service.mark(store["赵六"], store["li"], WEEK)
    service.set_outcome(entries["张三"], "deal")
    with pytest.raises(ValidationError):
        service.set_outcome(entries["李四"], "lost")
    service.set_outcome(entries["李四"], "lost", "买了竞品")
    postponed = service.set_outcome(entries["王五"], "postponed", next_step="等年终奖")
    service.set_outcome(zhao, "deal")
    review = {c.consultant: c for c in service.review(WEEK)}
    wang = review["王顾问"]
    assert (wang.listed, wang.closed, wang.lost, wang.postponed) == (3, 1, 1, 1)
    assert wang.closing_rate == pytest.approx(1 / 3) and wang.needs_coaching
    assert review["李顾问"].closing_rate == 1.0 and not review["李顾问"].needs_coaching
    # Postponed: carried to next week's list with its next step.
    [carried] = service.page(next_week(WEEK), store["wang"])
    assert carried.customer == "王五" and carried.outcome == "open"
    assert carried.next_step == "等年终奖" and postponed.outcome_label == "延期"


def test_stale_outcome_refused(service, store):
    entry = service.mark(store["张三"], store["wang"], WEEK)
    [row] = service.page(WEEK)
    service.set_outcome(entry, "deal", version=row.version)
    with pytest.raises(StaleRecordError):
        service.set_outcome(entry, "lost", "改主意", version=row.version)


def test_sheet_matches_the_review_and_is_audited(db, service, store):
    service.mark(store["张三"], store["wang"], WEEK)
    service.mark(store["赵六"], store["li"], WEEK)
    sheet = exported(service.export_sheet, WEEK)
    assert [c.consultant for c in sheet.review] == sorted(["王顾问", "李顾问"])
    assert {len(rows) for rows in sheet.rows.values()} == {1}
    with db.transaction(SYSTEM) as session:
        audit = session.scalar(select(AuditEntry).where(AuditEntry.entity == "key_customers"))
        assert audit.action == "export" and "2 位客户" in audit.detail


def test_consultant_exports_their_own_list_others_need_the_permission(db, service, store):
    service.mark(store["张三"], store["wang"], WEEK)
    service.mark(store["赵六"], store["li"], WEEK)

    def sheet_for(actor: Actor):
        return exported(KeyCustomerService(db, actor, service.clock).export_sheet, WEEK)

    wang = sheet_for(Actor(store["wang"], "王顾问", StaffRole.SALES_CONSULTANT))
    assert [c.consultant for c in wang.review] == ["王顾问"]
    director = add_staff(db, "孙总监", StaffRole.SALES_DIRECTOR)
    assert len(sheet_for(Actor(director, "孙总监", StaffRole.SALES_DIRECTOR)).review) == 2
    desk = add_staff(db, "前台", StaffRole.RECEPTIONIST)
    with pytest.raises(PermissionDenied):
        sheet_for(Actor(desk, "前台", StaffRole.RECEPTIONIST))


def test_a_consultant_lists_only_their_own_prospects_a_director_anyone(db, service, store):
    """张伟 could list 赵鹏's customer: now only the director (or the manager) may."""
    wang = KeyCustomerService(
        db, Actor(store["wang"], "王顾问", StaffRole.SALES_CONSULTANT), service.clock
    )
    with pytest.raises(PermissionDenied, match="替其他顾问列重点客户"):
        wang.mark(store["赵六"], store["wang"], WEEK)  # 李顾问's prospect on his own list
    with pytest.raises(PermissionDenied, match="替其他顾问列重点客户"):
        wang.mark(store["赵六"], store["li"], WEEK)  # …or on 李顾问's list
    assert service.count(WEEK) == 0
    wang.mark(store["张三"], store["wang"], WEEK)
    director = add_staff(db, "孙总监", StaffRole.SALES_DIRECTOR)
    KeyCustomerService(db, Actor(director, "孙总监", StaffRole.SALES_DIRECTOR), service.clock).mark(
        store["赵六"], store["wang"], WEEK
    )  # coaching: anyone's prospect, any list
    assert [r.customer for r in service.page(WEEK, store["wang"])] == ["张三", "赵六"]


@pytest.mark.parametrize(
    "role", [StaffRole.RECEPTIONIST, StaffRole.SERVICE_ADVISOR, StaffRole.CUSTOMER_SERVICE]
)
def test_staff_outside_sales_cannot_list_key_customers(db, service, store, role):
    someone = KeyCustomerService(db, Actor(add_staff(db, "某员工", role), "某员工", role))
    with pytest.raises(PermissionDenied):
        someone.mark(store["张三"], store["wang"], WEEK)
    assert service.count(WEEK) == 0
