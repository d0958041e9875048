"""The complaint desk service on SQLite and PostgreSQL: intake, the loop, the clock."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import event, select

from app import settings
from app.cli import main
from app.db import Database
from app.errors import NotFoundError, ValidationError
from app.models import Customer, FollowUpTask, StaffRole, TaskStatus
from app.permissions import SYSTEM, Actor, PermissionDenied
from app.services.complaints import ArchiveQuery, ComplaintForm, ComplaintService
from tests.factories import add_customer, add_staff, add_vehicle, cli_user

RECEIVED = datetime(2026, 11, 23, 9, 0)  # a Monday
MANAGER = Actor(None, "周店长", StaffRole.STORE_MANAGER)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock(RECEIVED)


@pytest.fixture
def desk(db: Database, clock: Clock) -> ComplaintService:
    return ComplaintService(db, MANAGER, clock)


def form(**changes) -> ComplaintForm:
    fields = {
        "channel": "phone",
        "category": "after_sales_service",
        "cause": "维修质量",
        "content": "保养后发动机异响，要求重新检查。",
        "severity": 2,
    }
    return ComplaintForm(**{**fields, **changes})


def flag(db: Database, customer_id: int) -> bool:
    with db.transaction(SYSTEM) as session:
        return session.get(Customer, customer_id).has_open_complaint


def tasks(db: Database) -> list[FollowUpTask]:
    with db.transaction(SYSTEM) as session:
        return list(session.scalars(select(FollowUpTask).order_by(FollowUpTask.id)))


def test_intake_starts_the_clock_numbers_the_case_and_flags_the_customer(db, desk) -> None:
    officer = add_staff(db, "陈客服", StaffRole.CUSTOMER_SERVICE)
    customer = add_customer(db, "张三", "13812345678")
    vehicle = add_vehicle(db, customer, "LB37624S0RX000001", "粤B12345")
    case_id = desk.intake(form(customer_id=customer, vehicle_id=vehicle, owner_id=officer))
    second = desk.intake(form())
    detail = desk.detail(case_id)
    assert detail.row.case_no == "TS20261123-0001"
    assert desk.detail(second).row.case_no == "TS20261123-0002"
    assert detail.row.response_due_at == datetime(2026, 11, 23, 11, 0)
    assert detail.row.first_proposal_due_at == datetime(2026, 11, 24, 9, 0)
    assert detail.row.final_proposal_due_at == datetime(2026, 11, 25, 9, 0)
    shown = (detail.row.customer, detail.vehicle_plate, detail.row.owner)
    assert shown == ("张三", "粤B12345", "陈客服")
    assert [e.kind for e in detail.events] == ["intake"]
    assert flag(db, customer)
    (task, _anonymous_task) = tasks(db)
    assert (task.kind, task.owner_id) == ("complaint_deadline", officer)
    assert task.owner_role == "customer_service"
    assert task.due_at == datetime(2026, 11, 23, 11, 0)


def test_intake_refuses_bad_input_and_saves_nothing(db, desk, clock) -> None:
    other = add_customer(db, "李四", "13900000000")
    vehicle = add_vehicle(db, add_customer(db, "张三", "13812345678"), "LB37624S0RX000001", "粤B1")
    cases = [
        (form(content="  "), "content"),
        (form(category="nope"), "category"),
        (form(cause="异响"), "cause"),
        (form(channel="fax"), "channel"),
        (form(severity=9), "severity"),
        (form(customer_id=other, vehicle_id=vehicle), "vehicles"),
        (form(received_at=clock.now - timedelta(hours=3)), "backdate_reason"),
        (form(received_at=clock.now + timedelta(hours=1)), "received_at"),
    ]
    for bad, field_name in cases:
        with pytest.raises(ValidationError) as refused:
            desk.intake(bad)
        assert refused.value.field == field_name
    assert desk.count_open() == 0 and tasks(db) == []


def test_back_dated_intake_keeps_its_reason_and_counts_from_the_received_time(desk, clock) -> None:
    earlier = clock.now - timedelta(hours=3)
    case_id = desk.intake(form(received_at=earlier, backdate_reason="昨晚来电，今早补录"))
    detail = desk.detail(case_id)
    assert detail.backdate_reason == "昨晚来电，今早补录"
    assert detail.row.urgency == "red" and detail.row.time_left_minutes == -60


def test_full_lifecycle_to_the_archive(db, desk, clock) -> None:
    officer = add_staff(db, "陈客服", StaffRole.CUSTOMER_SERVICE)
    desk = ComplaintService(db, Actor(officer, "陈客服", StaffRole.CUSTOMER_SERVICE), clock)
    customer = add_customer(db, "张三", "13812345678")
    case_id = desk.intake(form(customer_id=customer, owner_id=officer))
    clock.advance(minutes=40)
    desk.respond(case_id, "已致电客户致歉，安排明早复检。")
    clock.advance(hours=5)
    assert desk.propose(case_id, "免费复检并更换正时链条张紧器。") == "first_proposal"
    clock.advance(hours=2)
    assert desk.customer_feedback(case_id, satisfied=False, text="仍有异响") == "reinvestigating"
    clock.advance(hours=20)
    assert desk.propose(case_id, "更换发动机总成，延保一年。") == "final_proposal"
    with pytest.raises(ValidationError, match="满意度评分"):
        desk.customer_feedback(case_id, satisfied=True)
    desk.customer_feedback(case_id, satisfied=True, score=4)
    detail = desk.detail(case_id)
    assert detail.is_archived and detail.row.satisfaction_score == 4
    assert [e.kind for e in detail.events] == [
        "intake", "respond", "first_proposal", "not_satisfied", "final_proposal", "satisfied",
    ]  # fmt: skip
    assert all(e.staff == "陈客服" for e in detail.events)
    assert not flag(db, customer)
    assert desk.count_open() == 0 and desk.count(ArchiveQuery(closed_only=True)) == 1
    assert all(t.status == TaskStatus.DONE for t in tasks(db))
    kinds = [t.dedupe_key.split(":")[3] for t in tasks(db)]
    assert kinds == ["response", "first_proposal", "final_proposal"]


def test_closed_cases_are_read_only_and_reopen_only_with_a_reason(db, desk, clock) -> None:
    customer = add_customer(db, "张三", "13812345678")
    case_id = desk.intake(form(customer_id=customer))
    desk.respond(case_id, "已回电")
    desk.propose(case_id, "退还工时费")
    desk.customer_feedback(case_id, satisfied=True, score=5)
    for action in (
        lambda: desk.respond(case_id, "再说一次"),
        lambda: desk.propose(case_id, "新方案"),
        lambda: desk.pause(case_id, "等资料"),
    ):
        with pytest.raises(ValidationError):
            action()
    officer = Actor(None, "陈客服", StaffRole.CUSTOMER_SERVICE)
    with pytest.raises(PermissionDenied):
        ComplaintService(db, officer, clock).reopen(case_id, "客户再次来电")
    with pytest.raises(ValidationError, match="必须填写原因"):
        desk.reopen(case_id, " ")
    clock.advance(days=10)
    desk.reopen(case_id, "客户再次来电：问题复发")
    detail = desk.detail(case_id)
    assert detail.row.status == "reinvestigating" and detail.reopened_count == 1
    assert detail.row.next_deadline == clock.now + timedelta(hours=24)
    assert detail.row.urgency == "ok" and flag(db, customer)


def test_illegal_step_is_refused_naming_both_states(desk) -> None:
    case_id = desk.intake(form())
    with pytest.raises(ValidationError, match="“已受理”，不能转为“已提初步方案”"):
        desk.propose(case_id, "方案")
    with pytest.raises(ValidationError, match="只有已结案的投诉才能重新打开"):
        desk.reopen(case_id, "理由")
    with pytest.raises(NotFoundError):
        desk.respond(9999, "x")


def test_a_pause_freezes_the_clock_and_moves_pending_deadlines(db, desk, clock) -> None:
    case_id = desk.intake(form())
    clock.advance(minutes=30)
    desk.respond(case_id, "已联系")
    desk.pause(case_id, "客户出差，等待维修单据")
    with pytest.raises(ValidationError, match="已在暂停中"):
        desk.pause(case_id, "again")
    clock.advance(hours=30)
    paused = desk.detail(case_id)
    assert paused.row.paused and paused.pause_reason == "客户出差，等待维修单据"
    assert paused.row.time_left_minutes == (24 * 60 - 30) and paused.row.urgency == "ok"
    assert desk.escalations() == []
    desk.resume(case_id)
    resumed = desk.detail(case_id)
    assert resumed.row.response_due_at == datetime(2026, 11, 23, 11, 0)  # done: not moved
    assert resumed.row.first_proposal_due_at == datetime(2026, 11, 25, 15, 0)
    assert not resumed.row.paused
    (_response, first) = tasks(db)
    assert first.due_at == datetime(2026, 11, 25, 15, 0)


def test_business_hours_mode_counts_open_hours_only(db, desk, clock) -> None:
    with db.transaction(SYSTEM) as session:
        settings.put(session, "complaints.business_hours_only", True)
    clock.now = datetime(2026, 11, 27, 17, 0)  # Friday
    detail = desk.detail(desk.intake(form()))
    assert detail.row.response_due_at == datetime(2026, 11, 30, 9, 30)


def test_overdue_cases_escalate_to_the_manager_once(db, desk, clock) -> None:
    officer = add_staff(db, "陈客服", StaffRole.CUSTOMER_SERVICE)
    late = desk.intake(form(owner_id=officer))
    clock.advance(minutes=95)
    assert desk.list_open()[0].urgency == "amber"
    calm = desk.intake(form())
    clock.advance(minutes=30)
    (row,) = desk.escalations()
    assert row.id == late and row.urgency == "red" and desk.count_escalations() == 1
    assert [r.id for r in desk.list_open()] == [late, calm]
    desk.pause(late, "客户联系不上")
    assert [r.id for r in desk.list_open()] == [calm, late]  # a paused clock waits at the end
    desk.resume(late)
    desk.escalate_overdue()
    desk.escalate_overdue()
    escalations = [t for t in tasks(db) if t.kind == "complaint_escalation"]
    assert [(t.owner_role, t.owner_id) for t in escalations] == [("store_manager", None)]
    assert [e.kind for e in desk.detail(late).events][-1] == "escalated"


def test_anonymous_case_is_linked_later(db, desk) -> None:
    case_id = desk.intake(form(contact_phone="13912345678"))
    assert desk.detail(case_id).row.customer is None
    customer = add_customer(db, "王芳", "13912345678")
    desk.link_customer(case_id, customer)
    assert desk.detail(case_id).row.customer == "王芳" and flag(db, customer)
    assert all(t.customer_id == customer for t in tasks(db))
    with pytest.raises(ValidationError, match="已关联客户"):
        desk.link_customer(case_id, customer)


def test_archive_search_by_case_number_and_name(db, desk) -> None:
    customer = add_customer(db, "张三", "13812345678")
    desk.intake(form(customer_id=customer))
    desk.intake(form(category="price", cause="价格变动"))
    assert desk.count(ArchiveQuery(text="张")) == 1
    assert [r.case_no for r in desk.page(ArchiveQuery(text="ts20261123-0002"))] == [
        "TS20261123-0002"
    ]
    assert desk.count(ArchiveQuery(category="price")) == 1


def test_monthly_analysis(db, desk, clock) -> None:
    customer = add_customer(db, "张三", "13812345678")
    quick = desk.intake(form(customer_id=customer))
    clock.advance(minutes=30)
    desk.respond(quick, "已回电")
    desk.propose(quick, "方案")
    clock.advance(hours=1)
    desk.customer_feedback(quick, satisfied=True, score=5)  # closed 90 minutes after
    slow = desk.intake(form(customer_id=customer, category="price", cause="价格变动"))
    clock.advance(hours=3)
    desk.respond(slow, "已回电")  # late
    desk.intake(form(category="price", cause="价格变动"))  # still within its 2 hours
    report = desk.analysis(2026, 11)
    assert report.total == 3
    assert report.by_class == [("价格", 2), ("售后服务", 1)]
    assert report.top_causes[0] == ("价格", "价格变动", 2)
    response = report.deadlines[0]
    assert (response.kept, response.decided, response.share) == (1, 2, 0.5)
    assert report.median_response_minutes == 105.0  # 30 and 180 minutes
    assert report.median_close_hours == 1.5
    assert report.repeat_complainers == [("张三", 2)]
    assert desk.analysis(2026, 10).total == 0


def test_cli_lists_cases_as_json(db, desk, capsys) -> None:
    desk.intake(form())
    assert main(["--db", db.url, *cli_user(db), "complaints", "--open", "--json"]) == 0
    (case,) = json.loads(capsys.readouterr().out)
    assert set(case) == {
        "case_no", "status", "customer", "category", "cause", "received_at",
        "response_due_at", "first_proposal_due_at", "final_proposal_due_at",
        "next_deadline", "time_left_minutes", "urgency", "paused",
    }  # fmt: skip
    assert case["case_no"].startswith("TS") and case["status"] == "received"


def test_customer_links_offer_the_vehicles_to_point_at(db, desk) -> None:
    customer = add_customer(db, "张三", "13812345678")
    vehicle = add_vehicle(db, customer, "LB37624S0RX000001", "粤B12345")
    links = desk.customer_links(customer)
    assert links.vehicles == [(vehicle, "粤B12345")]
    assert links.sales_orders == [] and links.repair_orders == []


def test_a_refused_final_proposal_opens_a_new_round_with_its_own_deadline(desk, clock) -> None:
    case_id = desk.intake(form())
    desk.respond(case_id, "已回电")
    desk.propose(case_id, "方案一")
    desk.customer_feedback(case_id, satisfied=False)
    clock.advance(hours=30)
    desk.propose(case_id, "最终方案")
    clock.advance(hours=1)
    desk.customer_feedback(case_id, satisfied=False, text="仍不接受")
    row = desk.detail(case_id).row
    assert row.status == "reinvestigating"
    assert row.next_deadline == clock.now + timedelta(hours=24) and row.urgency == "ok"


def test_business_hours_time_left_counts_open_minutes_only(db, desk, clock) -> None:
    with db.transaction(SYSTEM) as session:
        settings.put(session, "complaints.business_hours_only", True)
        settings.put(session, "store.extra_closed_days", ["2026-11-30"])
    clock.now = datetime(2026, 11, 27, 17, 30)  # Friday; the store also closes Monday 30th
    case_id = desk.intake(form())
    clock.now = datetime(2026, 11, 28, 12, 0)  # Saturday: the clock stands still
    row = desk.detail(case_id).row
    assert row.response_due_at == datetime(2026, 12, 1, 10, 0)
    assert (row.time_left_minutes, row.urgency) == (90, "ok")
    with db.transaction(SYSTEM) as session:
        settings.put(session, "store.opening_time", "18:30")
    with pytest.raises(ValidationError, match="打烊时间必须晚于开门时间"):
        desk.list_open()


@pytest.mark.postgres
def test_two_workstations_drawing_the_same_case_number_both_save(pg_db, clock) -> None:
    db = pg_db
    desk, other_desk = ComplaintService(db, MANAGER, clock), ComplaintService(db, MANAGER, clock)
    raced: list[int] = []
    fired: list[bool] = []

    def other_workstation_saves_first(session, _context, _instances) -> None:
        if not fired and any(type(o).__name__ == "Complaint" for o in session.new):
            fired.append(True)  # between our number lookup and our insert
            raced.append(other_desk.intake(form(content="另一台工作站同时受理")))

    event.listen(db.sessions, "before_flush", other_workstation_saves_first)
    try:
        mine = desk.intake(form())
    finally:
        event.remove(db.sessions, "before_flush", other_workstation_saves_first)
    assert desk.detail(raced[0]).row.case_no == "TS20261123-0001"
    assert desk.detail(mine).row.case_no == "TS20261123-0002"
    assert desk.count_open() == 2
