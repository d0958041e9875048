from __future__ import annotations

from dataclasses import replace

import pytest

from app.db import Database
from app.errors import StaleRecordError, ValidationError
from app.services.customers import CustomerService
from app.services.search import SearchService
from tests.factories import add_customer


def test_saving_updates_the_search_keys(db: Database) -> None:
    service = CustomerService(db)
    customer_id = add_customer(db, "张三", "13812345678")
    saved = service.save_profile(
        replace(service.profile(customer_id), name="曾五", mobile="13900001111")
    )
    assert saved.version == 2
    assert [h.name for h in SearchService(db).search("zw")] == ["曾五"]
    assert [h.name for h in SearchService(db).search("1111")] == ["曾五"]


def test_second_save_of_a_stale_copy_is_refused_never_overwrites(db: Database) -> None:
    service = CustomerService(db)
    customer_id = add_customer(db, "张三", "13812345678")
    reception_pc = service.profile(customer_id)
    service_desk = service.profile(customer_id)
    service.save_profile(replace(reception_pc, notes="喜欢白色"))
    with pytest.raises(StaleRecordError) as raised:
        service.save_profile(replace(service_desk, notes="周末来店"))
    assert "重新加载" in raised.value.message
    assert service.profile(customer_id).notes == "喜欢白色"


def test_bad_profile_is_refused_and_nothing_changes(db: Database) -> None:
    service = CustomerService(db)
    customer_id = add_customer(db, "张三", "13812345678")
    with pytest.raises(ValidationError):
        service.save_profile(replace(service.profile(customer_id), mobile="123"))
    assert service.profile(customer_id).version == 1
