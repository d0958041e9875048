"""Reminder generation on SQLite and PostgreSQL: idempotent, incremental, consent-aware."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest
from lunardate import LunarDate
from sqlalchemy import event, select

from app import settings
from app.errors import ValidationError
from app.models import AuditEntry, ContactConsent, Customer, CustomerStage, TaskStatus
from app.permissions import SYSTEM, Actor, PermissionDenied
from app.services.complaints import ComplaintForm, ComplaintService
from app.services.reminders import ReminderService
from tests.app import reminder_world as w
from tests.factories import MANAGER


@pytest.fixture
def clock() -> w.Clock:
    return w.Clock()


@pytest.fixture
def service(db, clock) -> ReminderService:
    return ReminderService(db, MANAGER, clock)


def kinds(db, **where) -> list[str]:
    return sorted(t.kind for t in w.tasks(db, **where))


def test_prospect_visit_gets_first_follow_up_with_message(db, service):
    consultant, model = w.staff(db), w.model(db)
    zhang = w.customer(db, "张三", "13800000001")
    w.visit(db, zhang, consultant, datetime(2026, 11, 22, 14), "H", model)
    report = service.generate()
    [task] = w.tasks(db, customer_id=zhang)
    assert task.kind == "prospect_first_follow_up"
    assert task.due_date == date(2026, 11, 23)
    assert task.owner_id == consultant
    assert "张三" in task.message and "王顾问" in task.message and "星越L" in task.message
    assert report.made == 1 and not report.incremental


def test_generation_twice_makes_no_duplicates(db, service):
    consultant, model = w.staff(db), w.model(db)
    li = w.customer(db, "李四", "13800000002", birthday=date(1990, 11, 25))
    car = w.vehicle(db, li, 1, model, warranty_end_date=date(2026, 12, 20))
    w.delivery(db, li, car, model, consultant, datetime(2026, 11, 20, 10))
    first = service.generate()
    count = len(w.tasks(db))
    second = service.generate()
    assert first.made == count > 0
    assert second.made == 0 and len(w.tasks(db)) == count
    assert len({t.dedupe_key for t in w.tasks(db)}) == count


def test_handover_and_vehicle_dates(db, service):
    consultant, model = w.staff(db), w.model(db)
    li = w.customer(db, "李四", "13800000002")
    car = w.vehicle(
        db, li, 2, model, warranty_end_date=date(2026, 12, 20), insurance_expiry=date(2026, 12, 1)
    )
    w.delivery(db, li, car, model, consultant, datetime(2026, 11, 20, 10))
    service.generate()
    made = {(t.kind, t.due_date) for t in w.tasks(db, vehicle_id=car)}
    assert ("handover_callback_24h", date(2026, 11, 21)) not in made  # before the first run
    assert ("care_call_15d", date(2026, 12, 5)) in made
    assert ("consultant_care", date(2026, 12, 20)) in made
    assert ("consultant_care", date(2027, 2, 18)) in made
    assert ("warranty_expiry", date(2026, 11, 23)) in made
    assert ("pre_expiry_inspection", date(2026, 11, 23)) in made
    assert ("insurance_expiry", date(2026, 11, 23)) in made
    # No mileage history: the first maintenance falls by months (6 months, 7 days ahead).
    assert ("first_maintenance", date(2027, 5, 13)) in made
    warranty = w.tasks(db, kind="warranty_expiry")[0]
    assert "12月20日" in warranty.message and "浙A00002" in warranty.message


def test_regular_maintenance_uses_daily_mileage(db, service):
    model = w.model(db)
    wu = w.customer(db, "吴七", "13800000007", stage=CustomerStage.DEAL)
    car = w.vehicle(db, wu, 7, model)
    w.service_visit(db, wu, car, datetime(2026, 9, 1, 9), 10_000)
    w.service_visit(db, wu, car, datetime(2026, 11, 20, 9), 18_000)  # 100 km a day
    service.generate()
    [task] = w.tasks(db, kind="regular_maintenance")
    # 10,000 km at 100 km a day: 2027-02-28, whichever-first beats 12 months; 7 days lead.
    assert task.due_date == date(2027, 2, 21)


def test_birthdays_solar_lunar_and_consent(db, service):
    lunar = LunarDate.from_solar_date(2026, 11, 30)
    wang = w.customer(db, "王五", "13800000003", birthday=date(1990, 11, 25))
    zhao = w.customer(
        db, "赵六", "13800000004", lunar_birthday_month=lunar.month, lunar_birthday_day=lunar.day
    )
    quiet = w.customer(db, "钱八", "13800000008", birthday=date(1985, 11, 26))
    service.set_consent(quiet, "greetings", False, "不需要节日短信")
    report = service.generate()
    assert [t.due_date for t in w.tasks(db, customer_id=wang)] == [date(2026, 11, 25)]
    assert [t.due_date for t in w.tasks(db, customer_id=zhao)] == [date(2026, 11, 30)]
    assert w.tasks(db, customer_id=quiet) == []
    assert report.refused_by_consent == 1


def test_incremental_run_looks_at_new_days_and_new_rows(db, service, clock):
    consultant = w.staff(db)
    service.generate()
    later = w.customer(db, "孙九", "13800000009", birthday=date(1991, 12, 8))  # new window day
    far = w.customer(db, "周十", "13800000010", birthday=date(1991, 12, 9))  # beyond it
    clock.now = datetime(2026, 11, 24, 9)
    w.visit(db, far, consultant, datetime(2026, 11, 24, 8, 30), "B")
    report = service.generate()
    assert report.incremental
    assert (report.window_start, report.window_end) == (date(2026, 11, 24), date(2026, 12, 8))
    assert kinds(db, customer_id=later) == ["birthday"]
    assert kinds(db, customer_id=far) == ["prospect_first_follow_up"]
    with service.db.transaction(SYSTEM) as session:
        assert settings.get(session, "reminders.generated_until") == "2026-12-08"


def test_changed_customer_is_looked_at_again(db, service, clock):
    wang = w.customer(db, "王五", "13800000003")
    service.generate()
    clock.now = datetime(2026, 11, 23, 15)
    with db.transaction(SYSTEM) as session:
        session.get(Customer, wang).birthday = date(1980, 11, 27)
    service.generate()
    assert [t.due_date for t in w.tasks(db, customer_id=wang)] == [date(2026, 11, 27)]


def test_prospect_turning_into_a_deal_stops_prospect_calls(db, service, clock):
    consultant = w.staff(db)
    zhang = w.customer(db, "张三", "13800000001")
    w.visit(db, zhang, consultant, datetime(2026, 11, 23, 8), "H")
    service.generate()
    [open_task] = w.tasks(db, customer_id=zhang)
    with db.transaction(SYSTEM) as session:
        row = session.get(Customer, zhang)
        row.stage, row.intent_level = CustomerStage.DEAL, "O"
    clock.now = datetime(2026, 11, 23, 18)
    w.visit(db, zhang, consultant, datetime(2026, 11, 23, 17), "O")
    report = service.generate()
    [task] = w.tasks(db, customer_id=zhang)  # no new prospect task for the second visit
    assert task.id == open_task.id and task.status == TaskStatus.SKIPPED
    assert "停止潜客跟进" in task.outcome_note
    assert report.retired == 1 and report.not_prospects >= 1


def test_withdrawn_consent_keeps_service_reminders(db, service, clock):
    model = w.model(db)
    li = w.customer(db, "李四", "13800000002", stage=CustomerStage.DEAL)
    car = w.vehicle(db, li, 3, model, warranty_end_date=date(2026, 12, 20))
    w.service_visit(db, li, car, datetime(2026, 5, 24, 9), 8000)  # 6 months on 11-24
    service.generate()
    assert kinds(db, customer_id=li) == ["dormant_6m", "pre_expiry_inspection", "warranty_expiry"]
    state = service.set_consent(li, "marketing", False, "电话里说不要推销")
    assert not state.granted and state.reason == "电话里说不要推销"
    status = {t.kind: t.status for t in w.tasks(db, customer_id=li)}
    assert status["dormant_6m"] == TaskStatus.SKIPPED
    assert status["warranty_expiry"] == status["pre_expiry_inspection"] == TaskStatus.OPEN
    with db.transaction(SYSTEM) as session:
        row = session.scalar(select(ContactConsent).where(ContactConsent.customer_id == li))
        assert (row.kind, row.granted, row.changed_at) == ("marketing", False, w.NOW)
        audit = session.scalar(select(AuditEntry).where(AuditEntry.action == "consent"))
        assert audit.entity_id == li and audit.detail == "电话里说不要推销"
    states = {s.kind: s.granted for s in service.consents(li)}
    assert states == {"marketing": False, "greetings": True, "service": True}


def test_dormant_reminder_retired_when_the_car_comes_back(db, service, clock):
    model = w.model(db)
    li = w.customer(db, "李四", "13800000002", stage=CustomerStage.DEAL)
    car = w.vehicle(db, li, 4, model)
    w.service_visit(db, li, car, datetime(2025, 11, 25, 9), 8000)  # 12 months on 11-25
    service.generate()
    assert kinds(db, customer_id=li) == ["dormant_12m"]
    clock.now = datetime(2026, 11, 24, 10)
    w.service_visit(db, li, car, datetime(2026, 11, 24, 9), 20000)
    report = service.generate()
    [dormant] = w.tasks(db, kind="dormant_12m")
    assert dormant.status == TaskStatus.SKIPPED and report.retired == 1


def test_holiday_greeting_for_deal_customers(db, service, clock):
    li = w.customer(db, "李四", "13800000002", stage=CustomerStage.DEAL)
    w.customer(db, "张三", "13800000001")  # a prospect: no holiday greeting
    clock.now = datetime(2026, 12, 20, 9)
    service.generate()
    [task] = w.tasks(db, kind="holiday_greeting")
    assert task.customer_id == li and task.due_date == date(2026, 12, 31)
    assert "元旦" in task.message


def test_rule_settings_change_lead_and_refuse_unknown_placeholder(db, service):
    service.save_rule("birthday", {"lead_days": 2, "template": "{姓名}生日快乐"})
    wang = w.customer(db, "王五", "13800000003", birthday=date(1990, 11, 28))
    service.generate()
    [task] = w.tasks(db, customer_id=wang)
    assert task.due_date == date(2026, 11, 26) and task.message == "王五生日快乐"
    with pytest.raises(ValidationError) as caught:
        service.save_rule("birthday", {"template": "{姓名}{生日}快乐"})
    assert "{生日}" in caught.value.message
    assert next(r for r in service.rules() if r.key == "birthday").template == "{姓名}生日快乐"


def test_disabled_rule_makes_nothing(db, service):
    service.save_rule("birthday", {"enabled": False})
    w.customer(db, "王五", "13800000003", birthday=date(1990, 11, 25))
    assert service.generate().made == 0


def test_bad_consent_kind_refused(db, service):
    li = w.customer(db, "李四", "13800000002")
    with pytest.raises(ValidationError):
        service.set_consent(li, "spam", False)


def test_window_setting(db, service):
    with db.transaction(SYSTEM) as session:
        settings.put(session, "reminders.window_days", 3)
    w.customer(db, "王五", "13800000003", birthday=date(1990, 11, 28))
    report = service.generate()
    assert report.made == 0 and report.window_end == w.TODAY + timedelta(days=3)


def test_only_managers_change_rules(db, service):
    consultant = Actor(staff_id=None, name="王顾问", role="sales_consultant")
    with pytest.raises(PermissionDenied):
        ReminderService(db, consultant).save_rule("birthday", {"lead_days": 3})
    director = Actor(staff_id=None, name="孙总监", role="sales_director")
    with pytest.raises(PermissionDenied):
        ReminderService(db, director).save_rule("birthday", {"lead_days": 3})


def test_recall_reaches_even_who_refused_marketing(db, service):
    model = w.model(db)
    li = w.customer(db, "李四", "13800000002", stage=CustomerStage.DEAL)
    car = w.vehicle(db, li, 5, model)
    service.set_consent(li, "marketing", False, "不要推销")
    service.set_consent(li, "greetings", False, "不要问候")
    with db.transaction(SYSTEM) as session:
        from app.models import Vehicle

        vin = session.get(Vehicle, car).vin
    assert service.add_recall("RC-2026-07", [vin, "LNOTAVIN000000000"]) == 1
    assert service.add_recall("RC-2026-07", [vin]) == 0  # once per car and campaign
    [task] = w.tasks(db, kind="recall")
    assert task.vehicle_id == car and task.dedupe_key == f"recall:vehicle:{car}:RC-2026-07"
    assert "浙A00005" in task.message and task.status == TaskStatus.OPEN
    with pytest.raises(ValidationError):
        service.add_recall(" ", [vin])


def statements_of(db, call) -> list[str]:
    """The SQL a call sends to the database."""
    sent: list[str] = []

    def keep(_conn, _cursor, statement, *_args) -> None:
        sent.append(statement)

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        call()
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    return sent


def test_complaint_deadlines_are_the_desks_and_no_run_reads_complaints(db, service, clock):
    """A case entered at the complaint desk is on the calendar at once, with no reminder
    run; each step moves its task; a run reads no complaint and changes none of them."""
    li = w.customer(db, "李四", "13800000002")
    desk = ComplaintService(db, MANAGER, clock)
    case_id = desk.intake(
        ComplaintForm(channel="phone", category="after_sales_service", cause="维修质量",
                      content="保养后异响", severity=2, customer_id=li)
    )  # fmt: skip
    [task] = w.tasks(db, kind="complaint_deadline")
    assert task.dedupe_key == f"complaint_deadline:complaint:{case_id}:response:0"
    assert (task.source_type, task.source_id, task.status) == ("complaint", case_id, "open")
    assert task.due_at == desk.detail(case_id).row.response_due_at
    sent = statements_of(db, service.generate)
    assert sent and not [s for s in sent if re.search(r"\bcomplaints\b", s)]
    assert [(t.id, t.version, t.status) for t in w.tasks(db, kind="complaint_deadline")] == [
        (task.id, task.version, "open")
    ]
    clock.now = datetime(2026, 11, 23, 10, 0)
    desk.respond(case_id, "已致电客户，约好明天复检。")
    old, new = w.tasks(db, kind="complaint_deadline")
    assert old.status == TaskStatus.DONE and new.status == TaskStatus.OPEN
    assert new.due_at == desk.detail(case_id).row.first_proposal_due_at


def test_refused_service_reminders_keep_the_necessary_ones(db, service):
    model = w.model(db)
    li = w.customer(db, "李四", "13800000002", stage=CustomerStage.DEAL)
    dates = {
        "warranty_end_date": date(2026, 12, 20),
        "insurance_expiry": date(2026, 12, 1),
        "annual_inspection_due": date(2026, 12, 5),
    }
    w.vehicle(db, li, 6, model, **dates)
    service.generate()
    assert kinds(db, customer_id=li) == [
        "annual_inspection", "insurance_expiry", "pre_expiry_inspection", "warranty_expiry",
    ]  # fmt: skip
    service.set_consent(li, "service", False, "保险在别家续")
    status = {t.kind: t.status for t in w.tasks(db, customer_id=li)}
    assert status == {
        "annual_inspection": "skipped", "insurance_expiry": "skipped",
        "pre_expiry_inspection": "open", "warranty_expiry": "open",
    }  # fmt: skip


def watermarks(db) -> tuple[str, str]:
    with db.transaction(SYSTEM) as session:
        return (
            settings.get(session, "reminders.last_generated_at"),
            settings.get(session, "reminders.generated_until"),
        )


def test_watermarks_past_today_are_not_trusted(db, service, clock):
    """An older version generated "for" 2027-06-01 when someone looked at that day: the
    birthdays due next week must still be made, and the watermarks come back to today."""
    w.customer(db, "李四", "13800000002", birthday=date(1990, 11, 28))
    with db.transaction(SYSTEM) as session:
        settings.put(session, "reminders.last_generated_at", "2027-06-01T09:00:00")
        settings.put(session, "reminders.generated_until", "2027-06-15")
    service.generate()
    assert [(t.kind, t.due_date) for t in w.tasks(db)] == [("birthday", date(2026, 11, 28))]
    assert watermarks(db) == (w.NOW.isoformat(), "2026-12-07")


def test_watermark_never_goes_back_within_the_day(db, service, clock):
    """A workstation whose clock is a little behind keeps the later run's watermark."""
    clock.now = datetime(2026, 11, 23, 10, 0)
    service.generate()
    clock.now = datetime(2026, 11, 23, 9, 30)
    service.generate()
    assert watermarks(db) == ("2026-11-23T10:00:00", "2026-12-07")
