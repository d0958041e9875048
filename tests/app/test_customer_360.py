"""The customer's 360° card and timeline, as each role reads them. Both engines."""

from __future__ import annotations

import threading
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.audit import AuditFilter, AuditService
from app.db import Database
from app.errors import NotFoundError
from app.models import AuditEntry, Customer, StaffRole
from app.permissions import SYSTEM, Actor, PermissionDenied
from app.rules.value import ValueLevel
from app.services.container import AppServices
from app.services.customer_360 import age_on, mask_id_number
from app.services.customer_timeline import TimelineKind
from app.services.reception import WalkInForm
from tests.app import customer_history
from tests.app.customer_history import NOW, History
from tests.factories import MANAGER, Clock, add_staff


@pytest.fixture
def history(db: Database) -> History:
    return customer_history.build(db)


def acting(db: Database, role: StaffRole, name: str = "某员工") -> AppServices:
    actor = Actor(add_staff(db, name, role), name, role)
    return AppServices(db, actor, Clock(NOW))


def test_the_card_gathers_person_consent_cars_household_and_loyalty(db, history) -> None:
    card = AppServices(db, MANAGER, Clock(NOW)).customer360.card(history.customer)
    person = card.person
    assert (person.name, person.mobile, person.id_number) == (
        "张三", "138****5678", "330106********1234",
    )  # fmt: skip
    assert (person.age, person.occupation, person.consultant) == (35, "教师", "王顾问")
    consents = {c.kind: (c.granted, c.changed_at, c.reason) for c in card.consents}
    assert consents["marketing"] == (False, datetime(2026, 6, 1, 9, 0), "电话中表示不需要")
    assert consents["service"] == (True, None, None)  # never asked: not refused
    (car,) = card.vehicles
    assert (car.plate, car.model, car.last_km, car.last_read_on) == (
        "浙A12345", "星越L 2.0T", 10_000, date(2026, 9, 1),
    )  # fmt: skip
    assert (car.next_service_date, car.next_service_km) == (date(2027, 1, 15), 20_000)
    family = card.household
    assert family.referred_by is not None and family.referred_by.name == "李老客"
    assert family.referred_by.mobile == "139****0001"
    assert [r.name for r in family.referrals] == ["赵新客"] and family.referral_count == 1
    assert [r.name for r in family.on_this_mobile] == ["张小妹"]
    assert card.loyalty.labels == ["销售忠诚"]  # bought here and referred one
    assert card.value is None  # not computed yet


def test_the_timeline_is_everything_newest_first(db, history) -> None:
    entries = AppServices(db, MANAGER, Clock(NOW)).customer360.timeline(history.customer, 0, 50)
    assert [(e.at, e.kind) for e in entries] == [
        (datetime(2026, 9, 2, 11, 0), TimelineKind.COMPLAINT),
        (datetime(2026, 9, 1, 9, 0), TimelineKind.DECLINED_WORK),  # same moment: kind order
        (datetime(2026, 9, 1, 9, 0), TimelineKind.SERVICE_VISIT),
        (datetime(2025, 9, 1, 9, 0), TimelineKind.SERVICE_VISIT),
        (datetime(2025, 3, 2, 10, 30), TimelineKind.FOLLOW_UP),
        (datetime(2025, 3, 1, 10, 0), TimelineKind.HANDOVER),
        (datetime(2025, 2, 20, 16, 0), TimelineKind.ORDER),
        (datetime(2025, 2, 20, 15, 0), TimelineKind.SHOWROOM_VISIT),
        (datetime(2025, 2, 17, 9, 0), TimelineKind.KEY_CUSTOMER),
        (datetime(2025, 2, 10, 14, 0), TimelineKind.SHOWROOM_VISIT),
    ]
    by_kind = {e.kind: e for e in entries}
    assert by_kind[TimelineKind.COMPLAINT].summary.startswith("TS2026090001 · 售后服务")
    assert by_kind[TimelineKind.COMPLAINT].outcome == "已结案归档"
    declined = by_kind[TimelineKind.DECLINED_WORK]
    assert (declined.summary, declined.outcome, declined.amount_yuan) == (
        "更换雨刮 · WX20250001", "客户不做 · 下次再换", Decimal("180.00"),
    )  # fmt: skip
    assert entries[2].amount_yuan == Decimal("1280.00") and entries[2].staff == "马顾问"
    assert "10,000 km" in entries[2].summary
    assert by_kind[TimelineKind.FOLLOW_UP].outcome == "已联系 · 车很好开"
    assert by_kind[TimelineKind.ORDER].amount_yuan == Decimal(158_000)
    assert by_kind[TimelineKind.KEY_CUSTOMER].outcome == "成交"
    assert entries[-1].summary == "首次到店 · 星越L 2.0T · 2人"
    assert entries[-1].outcome == "意向 A" and entries[-1].kind_label == "展厅到店"


def test_pages_follow_one_another_without_gaps_or_repeats(db, history) -> None:
    service = AppServices(db, MANAGER, Clock(NOW)).customer360
    whole = service.timeline(history.customer, 0, 100)
    paged = [e for offset in range(0, 12, 3) for e in service.timeline(history.customer, offset, 3)]
    assert [(e.kind, e.ref_id) for e in paged] == [(e.kind, e.ref_id) for e in whole]
    assert service.timeline(history.customer, 10, 3) == []


def test_a_customer_with_nothing_yet_has_an_empty_timeline(db, history) -> None:
    service = AppServices(db, MANAGER, Clock(NOW)).customer360
    assert service.timeline(history.referred, 0, 50) == []
    with pytest.raises(NotFoundError):
        service.timeline(999_999, 0, 50)


@pytest.mark.parametrize(
    ("role", "may_reveal", "may_assign"),
    [
        (StaffRole.RECEPTIONIST, False, False),
        (StaffRole.SALES_CONSULTANT, True, False),
        (StaffRole.SERVICE_ADVISOR, True, False),
        (StaffRole.CUSTOMER_SERVICE, True, False),
        (StaffRole.SALES_DIRECTOR, True, False),
        (StaffRole.STORE_MANAGER, True, True),
    ],
)
def test_every_role_sees_the_phone_masked_and_only_some_may_reveal_or_assign(
    db, history, role, may_reveal, may_assign
) -> None:
    services = acting(db, role)
    card = services.customer360.card(history.customer)
    shown = [card.person.mobile, card.household.referred_by.mobile]  # type: ignore[union-attr]
    assert shown == ["138****5678", "139****0001"]
    assert (card.may_reveal_mobile, card.may_assign_advisor) == (may_reveal, may_assign)
    if may_reveal:
        assert services.customers.reveal_mobile(history.customer) == "13812345678"
    else:
        with pytest.raises(PermissionDenied):
            services.customers.reveal_mobile(history.customer)
    advisor = history.advisor
    if may_assign:
        services.customer360.set_dedicated_advisor(history.customer, advisor)
        assert services.customer360.card(history.customer).dedicated_advisor.name == "马顾问"  # type: ignore[union-attr]
    else:
        with pytest.raises(PermissionDenied, match="专属顾问"):
            services.customer360.set_dedicated_advisor(history.customer, advisor)


def test_the_reveal_from_the_card_is_audited(db, history) -> None:
    services = acting(db, StaffRole.SERVICE_ADVISOR, "马顾问二")
    services.customers.reveal_mobile(history.customer)
    (entry,) = AuditService(db).page(SYSTEM, AuditFilter(action="reveal"), 0, 5)
    assert (entry.entity, entry.field, entry.staff_name) == ("customers", "mobile", "马顾问二")


def test_the_dedicated_advisor_change_is_audited_and_only_an_advisor_may_be_named(
    db, history
) -> None:
    services = AppServices(db, MANAGER, Clock(NOW))
    assert [a.name for a in services.customer360.advisors()] == ["马顾问"]
    with pytest.raises(Exception, match="不是服务顾问"):
        services.customer360.set_dedicated_advisor(history.customer, history.consultant)
    services.customer360.set_dedicated_advisor(history.customer, history.advisor)
    with db.transaction(SYSTEM) as session:
        changed = session.scalars(
            select(AuditEntry).where(AuditEntry.field == "dedicated_advisor_id")
        ).all()
    assert [(e.entity_id, e.new_value) for e in changed] == [
        (history.customer, str(history.advisor))
    ]


def test_the_priority_flag_names_a_high_value_customer_and_their_advisor(db, history) -> None:
    services = AppServices(db, MANAGER, Clock(NOW))
    assert services.customer360.priority(history.customer).level is None  # not computed
    services.value.recompute()
    flag = services.customer360.priority(history.customer)
    assert flag.level is ValueLevel.LOW and not flag.high_value  # ¥1,280 in the year
    with db.transaction(SYSTEM) as session:
        session.get(Customer, history.customer).owner_type = "fleet"  # fleets are high value
    services.value.recompute(full=True)
    services.customer360.set_dedicated_advisor(history.customer, history.advisor)
    flag = services.customer360.priority(history.customer)
    assert flag.high_value and flag.dedicated_advisor == "马顾问"
    card = services.customer360.card(history.customer)
    assert card.high_value and card.value is not None and card.value.r >= 1


def test_a_walk_in_sharing_a_phone_is_linked_both_ways(db) -> None:
    services = AppServices(db, MANAGER, Clock(NOW))
    owner = services.reception.register_walk_in(
        WalkInForm(name="王大明", mobile="13612345678", arrived_at=NOW)
    )
    owner_id = _customer_of_visit(db, owner)
    services.reception.register_walk_in(
        WalkInForm(name="王小明", mobile="13612345678", arrived_at=NOW, shares_phone_with=owner_id)
    )
    card = services.customer360.card(owner_id)
    (child,) = card.household.on_this_mobile
    assert child.name == "王小明" and child.mobile == ""  # the number stays the owner's
    other = services.customer360.card(child.id)
    assert other.household.uses_mobile_of is not None
    assert (other.household.uses_mobile_of.name, other.household.uses_mobile_of.mobile) == (
        "王大明", "136****5678",
    )  # fmt: skip


def _customer_of_visit(db: Database, visit_id: int) -> int:
    from app.models import ShowroomVisit

    with db.transaction(SYSTEM) as session:
        visit = session.get(ShowroomVisit, visit_id)
        assert visit is not None
        return visit.customer_id


def test_masking_and_age_rules() -> None:
    assert mask_id_number("330106199001011234") == "330106********1234"
    assert mask_id_number(None) == "" and mask_id_number("12345") == "*****"
    assert age_on(date(1990, 12, 5), date(2026, 12, 4)) == 35
    assert age_on(date(1990, 12, 5), date(2026, 12, 5)) == 36
    assert age_on(date(2030, 1, 1), date(2026, 12, 5)) is None


def test_the_card_reads_while_another_desk_holds_the_write_lock(sqlite_db: Database) -> None:
    """The background value run writes in chunks, each holding SQLite's write lock: the
    card opened meanwhile reads the last committed state at once."""
    history = customer_history.build(sqlite_db)
    other_desk = Database(sqlite_db.url)
    holding, release = threading.Event(), threading.Event()

    def long_write() -> None:
        with other_desk.transaction(SYSTEM) as session:
            session.get(Customer, history.referred).occupation = "医生"  # type: ignore[union-attr]
            session.flush()
            holding.set()
            release.wait(30)

    writer = threading.Thread(target=long_write)
    writer.start()
    try:
        assert holding.wait(30)
        service = AppServices(sqlite_db, MANAGER, Clock(NOW)).customer360
        assert service.card(history.customer).person.name == "张三"
        assert len(service.timeline(history.customer, 0, 50)) == 10
        assert service.priority(history.customer).level is None
        assert writer.is_alive()  # all read while the writer still held the lock
    finally:
        release.set()
        writer.join()
        other_desk.dispose()
