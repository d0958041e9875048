"""管理 → 操作日志, read by the store manager: records and fields in the store's words,
times to the second, filtered by person, kind of action and date."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt

from app.db import Database
from app.models import StaffRole, Vehicle
from app.permissions import Actor
from app.services.sales import OrderForm, SalesService
from tests.factories import MANAGER, add_customer, add_model, add_staff, add_vehicle
from ui.audit_view import AuditDialog

TODAY = date.today()  # the trail records the real time of each change


@pytest.fixture
def trail(sqlite_db: Database) -> dict:
    """A consultant signs an order; a manager corrects a car's insurance expiry."""
    wang = Actor(add_staff(sqlite_db, "王顾问"), "王顾问", StaffRole.SALES_CONSULTANT)
    boss = Actor(add_staff(sqlite_db, "唐店长", StaffRole.STORE_MANAGER), "唐店长",
                 StaffRole.STORE_MANAGER)  # fmt: skip
    customer = add_customer(sqlite_db, "张三", "13812345678")
    order = SalesService(sqlite_db, wang, lambda: datetime(2026, 11, 30, 10, 15, 42)).create_order(
        OrderForm(customer_id=customer, model_id=add_model(sqlite_db), price=150_000)
    )
    car = add_vehicle(sqlite_db, customer, "LSGJA52U0BS123456", "粤B12345")
    with sqlite_db.transaction(boss) as session:
        session.get(Vehicle, car).insurance_expiry = date(2027, 3, 1)
    return {"wang": wang, "boss": boss, "order_no": order.row.order_no}


@pytest.fixture
def dialog(qtbot, sqlite_db: Database, trail) -> AuditDialog:
    from app.audit import AuditService

    view = AuditDialog(AuditService(sqlite_db), MANAGER, TODAY)
    qtbot.addWidget(view)
    view.show()
    return view


def shown(view: AuditDialog) -> list[dict[str, str]]:
    model = view.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return [
        {h: model.data(model.index(r, c)) for c, h in enumerate(headers)}
        for r in range(model.rowCount(QModelIndex()))
    ]


def test_records_and_fields_read_as_the_store_calls_them(dialog, trail) -> None:
    rows = shown(dialog)
    assert any(r["对象"] == f"订单 {trail['order_no']}" and r["员工"] == "王顾问" for r in rows)
    insurance = next(r for r in rows if r["字段"] == "保险到期")
    assert insurance["对象"] == "车辆 粤B12345" and insurance["新值"] == "2027-03-01"
    assert not any("sales_orders" in r["对象"] or r["字段"] == "insurance_expiry" for r in rows)


def test_times_are_to_the_second(dialog, trail) -> None:
    signed = next(r for r in shown(dialog) if r["对象"] == f"订单 {trail['order_no']}")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", signed["时间"])


def test_filters_by_person_kind_and_date(qtbot, dialog, trail) -> None:
    dialog.person.setCurrentIndex(dialog.person.findData(trail["boss"].staff_id))
    assert {r["员工"] for r in shown(dialog)} == {"唐店长"}
    dialog.person.setCurrentIndex(0)
    dialog.action.setCurrentIndex(dialog.action.findData("edit"))
    assert {r["操作"] for r in shown(dialog)} == {"修改"}
    dialog.until.setDate(QDate(TODAY - timedelta(days=1)))
    assert shown(dialog) == []
    dialog.since.setDate(QDate(2026, 12, 1))
    assert dialog.since.text() == "2026-12-01"


def test_in_english_the_trail_reads_in_english(qtbot, english_ui, sqlite_db, trail) -> None:
    from app.audit import AuditService

    view = AuditDialog(AuditService(sqlite_db), MANAGER, TODAY)
    qtbot.addWidget(view)
    rows = shown(view)
    assert any(r["Record"] == f"Order {trail['order_no']}" for r in rows)
    assert any(r["Field"] == "Insurance ends" for r in rows)
    assert view.since.text() == f"{TODAY - timedelta(days=30):%Y-%m-%d}"
