"""The month-end due list on SQLite and PostgreSQL: who is on it, who may read it, the export."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import AuditEntry, StaffRole
from app.permissions import Actor, PermissionDenied
from app.services.due_list import DueListService
from tests.app import due_world
from tests.app import reminder_world as w
from tests.factories import MANAGER, exported


@pytest.fixture
def world(db) -> due_world.World:
    return due_world.build(db)


def service(db, actor: Actor = MANAGER) -> DueListService:
    return DueListService(db, actor, w.Clock(due_world.NOW))


def test_december_lists_who_is_due_and_has_neither_come_nor_booked(db, world) -> None:
    rows = service(db).due("2026-12")
    assert [(r.customer, r.plate, r.due_kind, r.advisor) for r in rows] == [
        ("张三", "浙A00001", "二保", "王顾问"),
        ("赵六", "浙A00004", "定保", "李顾问"),
    ]
    first = rows[0]
    assert (first.due_date.isoformat(), first.due_km, first.last_visit.isoformat()) == (
        "2026-12-10", 10_000, "2026-06-10",
    )  # fmt: skip
    assert first.phone == "138****0001"
    assert service(db).count("2026-12") == 2


def test_the_recall_list_is_last_months_due_not_come(db, world) -> None:
    rows = service(db).not_come("2026-12")
    assert [(r.customer, r.due_kind, r.advisor, str(r.last_visit)) for r in rows] == [
        ("孙八", "首保", None, "2026-05-29")
    ]
    assert service(db).count("2026-12", recall=True) == 1


def test_one_advisors_list_and_the_counts_per_advisor(db, world) -> None:
    assert [r.customer for r in service(db).due("2026-12", world.li)] == ["赵六"]
    counts = [(c.advisor, c.due, c.not_come) for c in service(db).per_advisor("2026-12")]
    assert counts == [("李顾问", 1, 0), ("王顾问", 1, 0), (None, 0, 1)]


def test_pages_follow_one_another(db, world) -> None:
    assert [r.customer for r in service(db).due("2026-12", offset=1, limit=1)] == ["赵六"]


def test_an_advisor_reads_only_their_own_customers(db, world) -> None:
    wang = Actor(world.wang, "王顾问", StaffRole.SERVICE_ADVISOR)
    assert [r.customer for r in service(db, wang).due("2026-12")] == ["张三"]
    assert service(db, wang).advisors() == [(world.wang, "王顾问")]
    with pytest.raises(PermissionDenied):
        service(db, wang).due("2026-12", world.li)


@pytest.mark.parametrize("role", [StaffRole.CUSTOMER_SERVICE, StaffRole.SALES_DIRECTOR])
def test_customer_service_and_directors_read_everyones(db, world, role) -> None:
    assert service(db, Actor(None, "看全部", role)).count("2026-12") == 2


@pytest.mark.parametrize("role", [StaffRole.RECEPTIONIST, StaffRole.SALES_CONSULTANT])
def test_others_are_refused(db, world, role) -> None:
    with pytest.raises(PermissionDenied):
        service(db, Actor(None, "前台", role)).due("2026-12")


def test_the_export_holds_whole_phones_for_the_manager_and_is_audited(db, world) -> None:
    sheet = exported(service(db).export_sheet, "2026-12")
    assert sheet.month == "2026-12"
    assert [r.phone for r in sheet.due] == ["13812340001", "13812340004"]
    assert [r.customer for r in sheet.not_come] == ["孙八"]
    with db.reading(MANAGER) as session:
        detail = session.scalar(select(AuditEntry.detail).where(AuditEntry.entity == "due_list"))
    assert detail and "应到 2 辆" in detail and "上月未到 1 辆" in detail


def test_an_advisors_export_is_their_own_list(db, world) -> None:
    wang = Actor(world.wang, "王顾问", StaffRole.SERVICE_ADVISOR)
    sheet = exported(service(db, wang).export_sheet, "2026-12")
    assert [r.customer for r in sheet.due] == ["张三"] and sheet.not_come == []
