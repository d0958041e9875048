"""SegmentService on SQLite and PostgreSQL over the world of tests/app/segment_world.py."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db import Database
from app.errors import NotFoundError
from app.models import AuditEntry, Customer, StaffRole
from app.permissions import Actor, PermissionDenied
from app.rules.segments import SegmentSyntaxError
from app.services.segments import SegmentService
from tests.app import segment_world
from tests.factories import MANAGER


def service(db: Database, role: StaffRole = StaffRole.STORE_MANAGER) -> SegmentService:
    actor = MANAGER if role is StaffRole.STORE_MANAGER else Actor(None, "某人", role)
    return SegmentService(db, actor, segment_world.clock())


def names(db: Database, expression: str) -> list[str]:
    return [row.customer for row in service(db).page(expression, 0, 50)]


@pytest.fixture
def world(db: Database) -> segment_world.World:
    return segment_world.build(db)


def test_women_owners_and_everybody(db: Database, world) -> None:
    assert names(db, "性别=女") == ["王芳", "李娜", "陈静"]
    assert service(db).count("") == 4


def test_car_conditions_joined_by_and_hold_for_the_same_car(db: Database, world) -> None:
    assert names(db, "gender=女 and brand=大众 and purchase_year>=2021") == ["王芳"]
    assert names(db, "purchase_year>=2021 and gender=女 and 品牌=大众") == ["王芳"]
    # In a group of their own, the person condition apart: each is "owns a car with …".
    assert names(db, "(gender=女 and brand=大众) and purchase_year>=2021") == ["王芳", "李娜"]
    assert names(db, "brand!=大众") == ["李娜"]  # 陈静's car has no model: brand unknown


def test_model_matches_the_series_or_the_name(db: Database, world) -> None:
    assert names(db, "model=朗逸") == names(db, "车型=“朗逸 1.5L”") == ["王芳", "李娜"]


def test_age_from_birthdays_on_the_clocks_day(db: Database, world) -> None:
    assert names(db, "age=30") == ["王芳"]
    assert names(db, "age<30") == ["李娜"]
    assert names(db, "age>=29 and age<=30") == ["王芳", "李娜"]
    assert names(db, "age!=30") == ["李娜"]  # no birthday: never matches


def test_consent_marketing_means_not_refused(db: Database, world) -> None:
    assert names(db, "consent=marketing") == ["王芳", "张伟", "陈静"]
    assert names(db, "consent!=营销") == ["李娜"]
    assert names(db, "not consent=marketing") == ["李娜"]


def test_values_with_customers_not_yet_valued(db: Database, world) -> None:
    assert names(db, "rfm=none") == ["张伟", "陈静"]
    assert names(db, "value in (low, 中价值)") == ["李娜", "张伟", "陈静"]
    assert names(db, "high_value=是") == ["王芳"]
    assert names(db, "high_value=否") == ["李娜", "张伟", "陈静"]
    assert names(db, "spend>=5000") == ["王芳", "李娜"]


def test_loyalty_as_the_loyalty_desk_counts_it(db: Database, world) -> None:
    assert names(db, "loyalty=销售忠诚") == ["王芳"]
    assert names(db, "loyalty!=sales") == ["李娜", "张伟", "陈静"]
    assert names(db, "忠诚度=售后忠诚") == []


def test_km_last_visit_and_days_away(db: Database, world) -> None:
    assert names(db, "km>=35000") == ["王芳"]
    assert names(db, "km>35000 or km<1000") == []  # 李娜's cars have no reading
    assert names(db, "last_visit=2026-11-20") == ["张伟"]
    assert names(db, "days_away<=10") == ["张伟"]
    assert names(db, "days_away<10") == []


def test_a_page_shows_masked_numbers_the_first_car_and_the_value(db: Database, world) -> None:
    first, second = service(db).page("gender=女", 0, 2)
    assert (first.customer_id, first.mobile, first.vehicle, first.plate) == (
        world.wang, "138****0001", "朗逸 1.5L", "粤B00001"
    )
    assert (first.value, first.rfm, first.district) == ("high", "champion", "南山区")
    assert (second.customer, second.plate) == ("李娜", "粤B00002")
    assert [r.customer for r in service(db).page("gender=女", 2, 2)] == ["陈静"]


def test_revealing_numbers_is_recorded(db: Database, world) -> None:
    row = service(db).page("age=30", 0, 10, reveal=True)[0]
    assert row.mobile == "13800000001"
    with db.reading(MANAGER) as session:
        detail = session.scalar(select(AuditEntry.detail).where(AuditEntry.entity == "segment"))
    assert detail == "客户筛选 age=30，1 位客户（含手机号）"


def test_customer_ids_is_a_subquery_for_other_services(db: Database, world) -> None:
    ids = service(db).customer_ids("district=南山区 or district=福田区")
    with db.reading(MANAGER) as session:
        found = session.scalars(select(Customer.name).where(Customer.id.in_(ids)).order_by(
            Customer.name))
        assert sorted(found) == sorted(["王芳", "李娜"])


def test_save_replace_list_and_delete(db: Database, world) -> None:
    segments = service(db)
    segments.save("美容课女车主", "gender=女")
    saved = segments.save(" 美容课女车主 ", "gender=女 and brand=大众")
    assert (saved.name, saved.expression) == ("美容课女车主", "gender=女 and brand=大众")
    segments.save("高价值", "high_value=是")
    assert [(s.name, s.expression) for s in segments.saved()] == [
        ("美容课女车主", "gender=女 and brand=大众"), ("高价值", "high_value=是")
    ]
    segments.delete("高价值")
    assert [s.name for s in segments.saved()] == ["美容课女车主"]
    with pytest.raises(NotFoundError, match="找不到名为“高价值”的客户筛选"):
        segments.delete("高价值")


def test_a_wrong_expression_is_not_saved(db: Database, world) -> None:
    with pytest.raises(SegmentSyntaxError):
        service(db).save("坏的", "gender=男人")
    assert service(db).saved() == []


@pytest.mark.parametrize("role", [StaffRole.RECEPTIONIST, StaffRole.SERVICE_ADVISOR])
def test_who_may_not_filter_is_refused(db: Database, world, role: StaffRole) -> None:
    for attempt in (lambda s: s.count("gender=女"), lambda s: s.page("", 0, 5),
                    lambda s: s.saved(), lambda s: s.save("x", "gender=女")):  # fmt: skip
        with pytest.raises(PermissionDenied, match="创建活动邀约名单"):
            attempt(service(db, role))


def test_customer_service_filters_and_saves(db: Database, world) -> None:
    segments = service(db, StaffRole.CUSTOMER_SERVICE)
    assert segments.count("gender=女") == 3
    segments.save("女车主", "gender=女")
