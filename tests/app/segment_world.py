"""A small world for segment tests: four customers on 2026-11-30, worked out by hand.

- 王芳: female, born 1996-11-30 (30 today), 南山区 教师; a 大众 朗逸 bought 2022 (35,000 km);
  high value, 重要价值客户; bought here and referred 张伟: sales-loyal.
- 李娜: female, born 1996-12-01 (29 today), 福田区; a 吉利 星越L bought 2023 and a 大众 朗逸
  bought 2019; refused marketing; medium value, 一般价值客户.
- 张伟: male, no birthday, no car, not valued; last visit 2026-11-20 (10 days ago);
  referred by 王芳.
- 陈静: female, no birthday; a car with no model, bought 2024; said yes to marketing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from app.db import Database
from app.models import (
    CarModel,
    ContactConsent,
    CustomerStage,
    CustomerValue,
    Gender,
    OdometerReading,
    Vehicle,
)
from app.permissions import SYSTEM
from app.validation import with_check_digit
from tests.factories import Clock, add_customer

NOW = datetime(2026, 11, 30, 10, 0)


@dataclass(frozen=True)
class World:
    wang: int
    li: int
    zhang: int
    chen: int


def clock() -> Clock:
    return Clock(NOW)


def build(db: Database) -> World:
    langyi = _model(db, "大众", "朗逸", "朗逸 1.5L")
    xingyue = _model(db, "吉利", "星越L", "星越L 2.0T")
    wang = add_customer(db, "王芳", "13800000001", gender=Gender.FEMALE,
                        birthday=date(1996, 11, 30), district="南山区", occupation="教师",
                        stage=CustomerStage.DEAL)
    li = add_customer(db, "李娜", "13800000002", gender=Gender.FEMALE,
                      birthday=date(1996, 12, 1), district="福田区")
    zhang = add_customer(db, "张伟", "13800000003", gender=Gender.MALE,
                         last_visit_at=datetime(2026, 11, 20, 15, 30), referred_by_id=wang)
    chen = add_customer(db, "陈静", "13800000004", gender=Gender.FEMALE)  # fmt: skip
    _car(db, wang, langyi, date(2022, 5, 1), "粤B00001", km=35000)
    _car(db, li, xingyue, date(2023, 3, 1), "粤B00002")
    _car(db, li, langyi, date(2019, 6, 1), "粤B00003")
    _car(db, chen, None, date(2024, 1, 15), "粤B00004")
    _value(db, wang, "high", "champion", Decimal(25000))
    _value(db, li, "medium", "loyal", Decimal(5000))
    _consent(db, li, granted=False)
    _consent(db, chen, granted=True)
    return World(wang, li, zhang, chen)


def _model(db: Database, brand: str, series: str, name: str) -> int:
    with db.transaction(SYSTEM) as session:
        model = CarModel(brand=brand, series=series, name=name)
        session.add(model)
        session.flush()
        return model.id


def _car(
    db: Database, owner: int, model: int | None, bought: date, plate: str, km: int | None = None
) -> None:
    vin = with_check_digit(f"LSVAB2BR0MN0{plate[-5:]}")
    with db.transaction(SYSTEM) as session:
        car = Vehicle(owner_id=owner, model_id=model, vin=vin, vin_last6=vin[-6:], plate=plate,
                      purchase_date=bought)  # fmt: skip
        session.add(car)
        session.flush()
        if km is not None:
            session.add(OdometerReading(vehicle_id=car.id, read_at=NOW, km=km))


def _value(db: Database, customer: int, level: str, segment: str, spend: Decimal) -> None:
    with db.transaction(SYSTEM) as session:
        session.add(CustomerValue(customer_id=customer, level=level, segment=segment,
                                  year_spend=spend, monetary=spend, computed_at=NOW))  # fmt: skip


def _consent(db: Database, customer: int, granted: bool) -> None:
    with db.transaction(SYSTEM) as session:
        session.add(ContactConsent(customer_id=customer, kind="marketing", granted=granted,
                                   changed_at=NOW))  # fmt: skip
