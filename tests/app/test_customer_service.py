from __future__ import annotations

from dataclasses import replace

import pytest

from app.audit import AuditFilter, AuditService
from app.db import Database
from app.errors import StaleRecordError, ValidationError
from app.models import StaffRole
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
