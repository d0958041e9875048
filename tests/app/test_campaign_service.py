"""The campaign service on a real database (both engines): the list from a segment, the
refusals and the phoneless counted, one call each through the task store, the answers
(on the list and from the calendar), the export, and who may do it."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Select, select, text

from app.db import Database
from app.models import (
    AuditEntry,
    Campaign,
    CampaignInvitation,
    ContactConsent,
    Customer,
    FollowUpTask,
    RepairOrderStatus,
    ServiceVisit,
    StaffRole,
)
from app.permissions import SYSTEM, Actor, PermissionDenied
from app.rules.campaigns import CampaignKind
from app.services.calendar import CalendarService, TaskAction
from app.services.campaign_data import CampaignDraft
from app.services.campaigns import CampaignService
from tests.factories import MANAGER, Clock, add_customer, add_staff, add_vehicle, exported

NOW = datetime(2026, 12, 1, 9, 0)
EVENT_AT = datetime(2026, 12, 6, 14, 0)
TEMPLATE = "{姓名}您好，我是{顾问}，诚邀您{时间}到{地址}参加冬季用车讲座。"


def draft(kind: CampaignKind = CampaignKind.EVENT, **changes) -> CampaignDraft:
    fields = {
        "name": "冬季用车讲座", "kind": kind, "template": TEMPLATE, "calls_due": date(2026, 12, 3),
        "segment_label": "女性车主", "segment_expression": "gender = female",
        "event_at": EVENT_AT if kind == CampaignKind.EVENT else None, "place": "展厅二楼",
    }  # fmt: skip
    return CampaignDraft(**(fields | changes))  # type: ignore[arg-type]


def everyone() -> Select[int]:
    return select(Customer.id)


def refuse(db: Database, customer_id: int, kind: str) -> None:
    with db.transaction(SYSTEM) as session:
        session.add(ContactConsent(customer_id=customer_id, kind=kind, granted=False,
                                   changed_at=NOW))  # fmt: skip


@pytest.fixture
def store(db: Database) -> dict:
    li = add_staff(db, "李顾问")
    zhao = add_staff(db, "赵服务", StaffRole.SERVICE_ADVISOR)
    w = {
        "li": li, "zhao": zhao,
        "wang": add_customer(db, "王芳", "13800138001", consultant_id=li),
        "phoneless": add_customer(db, "陈无号", None),
        "no_marketing": add_customer(db, "孙拒营", "13800138003"),
        "no_service": add_customer(db, "周拒服", "13800138004"),
        "serviced": add_customer(db, "吴车主", "13800138005"),
    }  # fmt: skip
    refuse(db, w["no_marketing"], "marketing")
    refuse(db, w["no_service"], "service")
    car = add_vehicle(db, w["serviced"], "LSVAU2180N2100000", "浙A12345")
    with db.transaction(SYSTEM) as session:
        session.add(ServiceVisit(order_no="WX000001", vehicle_id=car, customer_id=w["serviced"],
                                 advisor_id=zhao, checked_in_at=datetime(2026, 10, 1, 9, 0),
                                 odometer_km=8000, status=RepairOrderStatus.HANDED_OVER,
                                 settlement_total=Decimal("600")))  # fmt: skip
    return w


def service(db: Database, actor: Actor = MANAGER) -> CampaignService:
    return CampaignService(db, actor, Clock(NOW))


def calls(db: Database) -> dict[int, FollowUpTask]:
    with db.reading(SYSTEM) as session:
        tasks = session.scalars(select(FollowUpTask).where(FollowUpTask.source_type == "campaign"))
        found = {t.customer_id: t for t in tasks}
        session.expunge_all()  # read, kept as read
        return found


def test_an_event_invites_those_who_allow_marketing_and_have_a_phone(db, store) -> None:
    made = service(db).create(draft(), everyone())
    assert (made.invited, made.excluded_refused, made.excluded_no_phone) == (3, 1, 1)
    assert made.response_rate == 0.0 and made.segment_label == "女性车主"
    tasks = calls(db)
    assert set(tasks) == {store["wang"], store["no_service"], store["serviced"]}
    wang = tasks[store["wang"]]
    assert wang.kind == "event_invitation" and wang.owner_id == store["li"]
    assert wang.message == "王芳您好，我是李顾问，诚邀您12月6日 14:00到展厅二楼参加冬季用车讲座。"
    assert wang.due_date == date(2026, 12, 3)
    assert tasks[store["serviced"]].owner_id == store["zhao"]  # the last visit's advisor
    unowned = tasks[store["no_service"]]
    assert unowned.owner_id is None and unowned.owner_role == "customer_service"


def test_a_weather_notice_goes_to_who_refused_marketing_not_to_who_refused_service(
    db, store
) -> None:
    made = service(db).create(draft(CampaignKind.WEATHER, name="寒潮提醒"), everyone())
    assert (made.invited, made.excluded_refused, made.excluded_no_phone) == (3, 1, 1)
    assert set(calls(db)) == {store["wang"], store["no_marketing"], store["serviced"]}
    assert {t.kind for t in calls(db).values()} == {"weather_notice"}


def test_only_the_segment_given_is_invited(db, store) -> None:
    segment = select(Customer.id).where(Customer.id.in_([store["wang"], store["phoneless"]]))
    made = service(db).create(draft(), segment)
    assert (made.invited, made.excluded_refused, made.excluded_no_phone) == (1, 0, 1)


def test_the_list_is_paged_with_masked_phones_and_the_answers_counted(db, store) -> None:
    campaigns = service(db)
    made = campaigns.create(draft(), everyone())
    page = campaigns.invitations(made.id, offset=0, limit=2)
    assert [r.customer for r in page] == ["王芳", "周拒服"]
    assert page[0].phone == "138****8001" and page[0].owner == "李顾问"
    assert campaigns.invitation_count(made.id) == 3
    campaigns.record_rsvp(page[0].id, "accepted", page[0].version)
    campaigns.record_rsvp(page[1].id, "not_reached")
    summary = campaigns.campaigns()[0]
    assert (summary.accepted, summary.declined, summary.not_reached) == (1, 0, 1)
    assert summary.response_rate == pytest.approx(1 / 3)
    assert campaigns.count() == 1


def test_a_stale_answer_or_an_unknown_one_is_refused(db, store) -> None:
    campaigns = service(db)
    made = campaigns.create(draft(), everyone())
    row = campaigns.invitations(made.id)[0]
    campaigns.record_rsvp(row.id, "declined", row.version)
    with pytest.raises(Exception, match="已被其他工作站修改"):
        campaigns.record_rsvp(row.id, "accepted", row.version)
    with pytest.raises(Exception, match="无效"):
        campaigns.record_rsvp(row.id, "maybe")


def test_the_answer_follows_the_call_in_the_calendar(db, store) -> None:
    made = service(db).create(draft(), everyone())
    calendar = CalendarService(db, MANAGER, Clock(NOW))
    first = calls(db)[store["wang"]]
    retry = calendar.act(TaskAction(first.id, "not_reached", store["li"], "无人接听"))
    row = service(db).invitations(made.id)[0]
    assert row.rsvp == "not_reached" and row.task_status == "open"
    assert retry.next_task_id is not None
    calendar.act(TaskAction(retry.next_task_id, "reached", store["li"], "会来", rsvp="accepted"))
    assert service(db).invitations(made.id)[0].rsvp == "accepted"
    counted = service(db).campaign(made.id)  # the counts moved with the answer
    assert (counted.accepted, counted.declined, counted.not_reached) == (1, 0, 0)


def test_staff_without_the_right_are_refused_and_nothing_is_made(db, store) -> None:
    consultant = Actor(store["li"], "李顾问", StaffRole.SALES_CONSULTANT)
    with pytest.raises(PermissionDenied):
        service(db, consultant).create(draft(), everyone())
    with pytest.raises(PermissionDenied):
        service(db, consultant).campaigns()
    care = Actor(None, "客服", StaffRole.CUSTOMER_SERVICE)
    assert service(db, care).create(draft(), everyone()).invited == 3
    with db.reading(SYSTEM) as session:
        assert session.scalar(select(Campaign.created_by_id)) is None


def test_a_bad_draft_is_refused_before_anything_is_written(db, store) -> None:
    with pytest.raises(Exception, match="车牌"):
        service(db).create(draft(template="{姓名}您好，{车牌}"), everyone())
    with pytest.raises(Exception, match="活动时间"):
        service(db).create(draft(event_at=None), everyone())
    with pytest.raises(Exception, match="邀约日期"):
        service(db).create(draft(calls_due=date(2026, 12, 7)), everyone())
    assert calls(db) == {}


def test_the_export_is_the_whole_list_and_is_audited(db, store) -> None:
    campaigns = service(db)
    made = campaigns.create(draft(), everyone())
    sheet = exported(campaigns.export_list, made.id)
    assert [r.phone for r in sheet.rows] == ["13800138001", "13800138004", "13800138005"]
    assert sheet.campaign.invited == 3 and sheet.template == TEMPLATE
    with db.reading(SYSTEM) as session:
        detail = session.scalar(select(AuditEntry.detail).where(AuditEntry.action == "export"))
    assert "冬季用车讲座" in (detail or "")


def test_an_error_half_way_leaves_nothing_made(sqlite_db: Database) -> None:
    add_customer(sqlite_db, "王芳", "13800138001")
    with sqlite_db.engine.begin() as connection:  # the disk fails at the invitations
        connection.execute(text(
            "CREATE TRIGGER fail BEFORE INSERT ON campaign_invitations "
            "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
        ))  # fmt: skip
    with pytest.raises(Exception, match="disk I/O error"):
        service(sqlite_db).create(draft(), everyone())
    with sqlite_db.reading(SYSTEM) as session:
        assert session.scalars(select(Campaign)).all() == []
        assert session.scalars(select(FollowUpTask)).all() == []
        assert session.scalars(select(CampaignInvitation)).all() == []


def test_a_notice_for_everyone_keeps_its_segment_in_the_stores_words(db, store) -> None:
    made = service(db).create_for_all(draft(CampaignKind.WEATHER, segment_label="All customers"))
    assert made.segment_label == "全部客户" and made.invited == 3


def test_a_file_whose_export_cannot_be_recorded_is_taken_away(sqlite_db: Database, tmp_path):
    add_customer(sqlite_db, "王芳", "13800138001")
    campaigns = service(sqlite_db)
    made = campaigns.create(draft(), everyone())
    with sqlite_db.engine.begin() as connection:  # the trail refuses the export's entry
        connection.execute(text(
            "CREATE TRIGGER fail BEFORE INSERT ON audit_log WHEN NEW.action = 'export' "
            "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
        ))  # fmt: skip
    target = tmp_path / "名单.xlsx"

    def write(_sheet) -> Path:
        target.write_bytes(b"stand-in")
        return target

    with pytest.raises(Exception, match="disk I/O error"):
        campaigns.export_list(made.id, write)
    assert not target.exists()
