"""Setting a store up from the window's services, on SQLite and PostgreSQL: the store's
profile and logo, the settings screen, staff accounts, the car catalogue and the
maintenance plan each car follows. Who may do what is checked per role."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from app import settings
from app.db import Database
from app.errors import UserError, ValidationError
from app.models import AuditEntry, ServiceType, StaffRole, Vehicle
from app.permissions import SYSTEM, Actor, PermissionDenied
from app.services.auth import AuthService, NewUser
from app.services.catalogue import CatalogueService, ModelForm, PlanFigures
from app.services.checkin import CheckInService
from app.services.checkin_types import RepairOrderForm
from app.services.reminders import ReminderService
from app.services.settings_admin import SettingsService
from app.services.staff_admin import StaffAdminService
from app.services.store_profile import DEFAULT_LOGO, StoreProfile, StoreProfileService
from tests.app import reminder_world as w
from tests.factories import MANAGER, Clock, add_customer, add_staff, add_vehicle, exported

NOW = datetime(2026, 11, 23, 9, 0)
OTHER_ROLES = [r for r in StaffRole if r != StaffRole.STORE_MANAGER]
PNG = DEFAULT_LOGO.read_bytes()


def as_role(role: StaffRole) -> Actor:
    return Actor(staff_id=None, name="某员工", role=role)


def audited(db: Database, entity: str) -> list[AuditEntry]:
    with db.transaction() as session:
        query = select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)
        return list(session.scalars(query))


@pytest.fixture
def boss(db: Database) -> Actor:
    return AuthService(db, Clock(NOW)).create_first_admin(
        NewUser("boss", "王店长", StaffRole.STORE_MANAGER, "store-2026!")
    )


# --- the store's profile ----------------------------------------------------------------
def test_profile_is_saved_audited_and_drives_the_complaint_clock_days(
    db: Database, boss: Actor
) -> None:
    service = StoreProfileService(db, boss, Clock(NOW))
    saved = service.save(
        StoreProfile(
            " 吉祥汽车 4S 店 ", "广州市天河区车陂路 88 号", "020-8888 6666", "09:00", "17:30",
            extra_closed_days=(date(2026, 12, 31),), extra_open_days=(date(2026, 12, 27),),
        )
    )  # fmt: skip
    assert saved.name == "吉祥汽车 4S 店" and saved.closing_time == "17:30"
    assert service.profile() == saved
    changes = {
        e.field: (e.old_value, e.new_value)
        for e in audited(db, "settings")
        if e.action == "setting" and e.staff_id == boss.staff_id
    }
    assert changes["store.name"] == ('"DealerDesk 示范 4S 店"', '"吉祥汽车 4S 店"')
    assert changes["store.extra_closed_days"] == ("[]", '["2026-12-31"]')


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": " "}, "请填写门店名称。"),
        ({"opening_time": "18:00", "closing_time": "08:00"}, "打烊时间必须晚于开门时间。"),
        ({"opening_time": "9点"}, "格式不正确"),
        (
            {"extra_closed_days": (date(2026, 10, 1),), "extra_open_days": (date(2026, 10, 1),)},
            "2026-10-01 不能既休息又营业。",
        ),
    ],
)
def test_a_bad_profile_is_refused_in_chinese(db: Database, boss: Actor, change, message) -> None:
    service = StoreProfileService(db, boss, Clock(NOW))
    before = service.profile()
    fields = {**before.__dict__, **change}
    with pytest.raises(ValidationError, match=message):
        service.save(StoreProfile(**fields))
    assert service.profile() == before


def test_the_logo_is_kept_in_the_database_and_printed(db: Database, boss: Actor) -> None:
    service = StoreProfileService(db, boss, Clock(NOW))
    assert service.logo() is None
    own = PNG + b"\0" * 10  # another file than the shipped one
    service.set_logo("吉祥.png", own)
    assert service.logo().content == own and service.logo().media_type == "image/png"
    owner = add_customer(db, "王芳", "13812345678")
    vehicle = add_vehicle(db, owner, "LSGJA52U0BS123456", "粤B12345")
    advisor = add_staff(db, "李顾问", StaffRole.SERVICE_ADVISOR)
    desk = CheckInService(db, boss, Clock(NOW))
    order = desk.open_order(
        RepairOrderForm(vehicle_id=vehicle, odometer_km=100, advisor_id=advisor)
    )
    assert exported(desk.export_repair_order, order.id).logo == own
    service.clear_logo()
    assert exported(desk.export_repair_order, order.id).logo == PNG  # the shipped logo again
    assert [e.action for e in audited(db, "store_logo")] == ["create", "delete"]


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"GIF89a....", "PNG 或 JPG"), (PNG[:8] + b"\0" * 600_000, "太大")],
)
def test_a_logo_that_is_no_image_or_too_big_is_refused(
    db: Database, boss: Actor, content: bytes, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        StoreProfileService(db, boss, Clock(NOW)).set_logo("x", content)


@pytest.mark.parametrize("role", OTHER_ROLES)
def test_only_the_store_manager_changes_the_profile(db: Database, role: StaffRole) -> None:
    service = StoreProfileService(db, as_role(role), Clock(NOW))
    profile = service.profile()  # everyone reads it: it heads their printouts
    with pytest.raises(PermissionDenied, match="修改系统设置"):
        service.save(profile)
    with pytest.raises(PermissionDenied):
        service.set_logo("logo.png", PNG)


# --- settings ---------------------------------------------------------------------------
def test_every_setting_but_the_watermarks_is_listed_grouped(db: Database) -> None:
    views = SettingsService(db, MANAGER, Clock(NOW)).all()
    keys = [v.spec.key for v in views]
    assert "complaints.response_hours" in keys and "backup.every_hours" in keys
    assert not {"reminders.generated_until", "reminders.last_generated_at"} & set(keys)
    assert "reminders.rows_seen_at" not in keys
    groups = [v.spec.group for v in views]
    assert groups.index("store") < groups.index("complaints") < groups.index("auth")
    assert all(v.is_default for v in views)
    hours = next(v for v in views if v.spec.key == "complaints.response_hours")
    assert (hours.value, hours.spec.unit) == (2, "小时")


def test_settings_are_saved_validated_and_audited(db: Database, boss: Actor) -> None:
    service = SettingsService(db, boss, Clock(NOW))
    service.save({"complaints.response_hours": 4, "store.extra_closed_days": ["2026-12-31"]})
    with pytest.raises(ValidationError, match="“投诉响应时限”应在 1 到 240小时 之间。"):
        service.save({"complaints.response_hours": 0, "backup.every_hours": 6})
    values = {v.spec.key: v.value for v in service.all()}
    assert values["complaints.response_hours"] == 4
    assert values["backup.every_hours"] == 3  # one bad value saved nothing
    changed = [(e.field, e.new_value, e.staff_id) for e in audited(db, "settings") if e.field]
    assert changed == [
        ("complaints.response_hours", "4", boss.staff_id),
        ("store.extra_closed_days", '["2026-12-31"]', boss.staff_id),
    ]
    service.save({"complaints.response_hours": 2})  # back to the default
    assert all(v.is_default for v in service.all() if v.spec.key.startswith("complaints"))


def test_the_background_runs_bookkeeping_is_not_in_the_audit_trail(db: Database) -> None:
    """Every sign-in generates reminders and moves their watermarks: an audit entry for
    each would bury the changes people made."""
    with db.transaction(MANAGER) as session:
        settings.put(session, "reminders.last_generated_at", "2026-11-30T09:00:00")
        settings.put(session, "value.computed_at", "2026-11-30T09:00:00")
        settings.put(session, "complaints.response_hours", 3)
    entries = audited(db, "settings")
    assert len(entries) == 1  # the store's own setting, created
    assert entries[0].action == "create"


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("store.opening_time", "8:3", "格式不对"),
        ("store.closing_time", "06:00", "打烊时间必须晚于开门时间。"),
        ("store.extra_open_days", ["2026-02-30"], "不是日期"),
        ("complaints.departments", ["客服部", "客服部"], "重复"),
        ("complaints.case_prefix", "ts1", "格式不对"),
        ("reminders.dormant_months", [6, 0], "应在 1 到 120"),
        ("sales.intent_levels", [{"code": "H", "label": ""}], "每一项都要填写名称"),
        ("sales.intent_levels", [{"code": "H", "colour": "red"}], "值类型不正确"),
        ("reminders.generated_until", "2026-12-01", "不是在这里修改的设置"),
        ("reminders.rules", {}, "不是在这里修改的设置"),
        ("complaints.business_hours_only", "yes", "值类型不正确"),
    ],
)
def test_bad_settings_are_refused_in_chinese(db: Database, key: str, value, message) -> None:
    with pytest.raises(ValidationError, match=message):
        SettingsService(db, MANAGER, Clock(NOW)).save({key: value})


def test_changing_a_value_read_leaves_the_declared_default_alone(db: Database) -> None:
    service = SettingsService(db, MANAGER, Clock(NOW))
    levels = next(v.value for v in service.all() if v.spec.key == "sales.intent_levels")
    levels[0]["follow_up_every_days"] = 99
    levels.append({"code": "X"})
    again = next(v.value for v in service.all() if v.spec.key == "sales.intent_levels")
    assert again == settings.DEFAULT_INTENT_LEVELS and again[0]["follow_up_every_days"] == 2


def test_intent_levels_are_edited_as_records(db: Database) -> None:
    service = SettingsService(db, MANAGER, Clock(NOW))
    levels = next(v.value for v in service.all() if v.spec.key == "sales.intent_levels")
    levels[0] = {**levels[0], "follow_up_every_days": 1}
    service.save({"sales.intent_levels": levels})
    saved = next(v.value for v in service.all() if v.spec.key == "sales.intent_levels")
    assert saved[0]["follow_up_every_days"] == 1


def test_checklist_items_keep_their_optional_new_energy_mark(db: Database) -> None:
    service = SettingsService(db, MANAGER, Clock(NOW))
    items = next(v.value for v in service.all() if v.spec.key == "delivery.explanation_items")
    service.save({"delivery.explanation_items": [*items, {"label": "手机互联"}]})
    saved = next(v.value for v in service.all() if v.spec.key == "delivery.explanation_items")
    assert saved[-1] == {"label": "手机互联", "new_energy_only": False}
    assert any(item["new_energy_only"] for item in saved)


@pytest.mark.parametrize("role", OTHER_ROLES)
def test_only_the_store_manager_opens_the_settings(db: Database, role: StaffRole) -> None:
    service = SettingsService(db, as_role(role), Clock(NOW))
    with pytest.raises(PermissionDenied):
        service.all()
    with pytest.raises(PermissionDenied):
        service.save({"complaints.response_hours": 3})


# --- staff ------------------------------------------------------------------------------
def test_staff_are_added_edited_disabled_and_reset(db: Database, boss: Actor) -> None:
    admin, auth = StaffAdminService(db, boss, Clock(NOW)), AuthService(db, Clock(NOW))
    li = admin.add(NewUser("lifang", "李芳", StaffRole.RECEPTIONIST, "front-desk-1"))
    edited = admin.edit(li.id, "李芳芳", StaffRole.SALES_CONSULTANT)
    assert (edited.name, edited.role) == ("李芳芳", StaffRole.SALES_CONSULTANT)
    assert auth.sign_in("lifang", "front-desk-1").role == StaffRole.SALES_CONSULTANT
    admin.set_active(li.id, False)
    with pytest.raises(UserError, match="用户名或密码不正确"):
        auth.sign_in("lifang", "front-desk-1")
    admin.set_active(li.id, True)
    admin.reset_password(li.id, "new-pass-2026")
    assert auth.sign_in("lifang", "new-pass-2026").name == "李芳芳"
    assert [(a.name, a.active) for a in admin.accounts()] == [("王店长", True), ("李芳芳", True)]
    actions = [e.action for e in audited(db, "staff_users") if e.staff_id == boss.staff_id]
    assert "password_reset" in actions and actions.count("edit") >= 3


def test_the_last_store_manager_stays(db: Database, boss: Actor) -> None:
    admin = StaffAdminService(db, boss, Clock(NOW))
    with pytest.raises(UserError, match="最后一位能登录的店长"):
        admin.set_active(boss.staff_id, False)
    with pytest.raises(UserError, match="最后一位能登录的店长"):
        admin.edit(boss.staff_id, "王店长", StaffRole.SALES_DIRECTOR)
    second = admin.add(NewUser("boss2", "赵店长", StaffRole.STORE_MANAGER, "store-2026?"))
    assert not admin.set_active(boss.staff_id, False).active
    assert admin.account(second.id).active


@pytest.mark.parametrize("role", OTHER_ROLES)
def test_only_the_store_manager_manages_staff(db: Database, role: StaffRole) -> None:
    admin = StaffAdminService(db, as_role(role), Clock(NOW))
    someone = add_staff(db, "李顾问")
    with pytest.raises(PermissionDenied, match="管理员工账号"):
        admin.accounts()
    for attempt in (
        lambda: admin.add(NewUser("x1", "某人", StaffRole.RECEPTIONIST, "password-1")),
        lambda: admin.edit(someone, "某人", StaffRole.STORE_MANAGER),
        lambda: admin.set_active(someone, False),
        lambda: admin.reset_password(someone, "password-1"),
    ):
        with pytest.raises(PermissionDenied):
            attempt()


def test_everyone_changes_their_own_password_with_the_current_one(
    db: Database, boss: Actor
) -> None:
    auth = AuthService(db, Clock(NOW))
    clerk = auth.add_user(boss, NewUser("desk1", "刘前台", StaffRole.RECEPTIONIST, "front-desk-1"))
    with pytest.raises(ValidationError, match="当前密码不正确"):
        auth.change_own_password(clerk, "guess-guess", "front-desk-2")
    with pytest.raises(ValidationError, match="密码至少 8 位"):
        auth.change_own_password(clerk, "front-desk-1", "short")
    with pytest.raises(ValidationError, match="不能与当前密码相同"):
        auth.change_own_password(clerk, "front-desk-1", "front-desk-1")
    auth.change_own_password(clerk, "front-desk-1", "front-desk-2")
    assert auth.sign_in("desk1", "front-desk-2").staff_id == clerk.staff_id
    actions = [e.action for e in audited(db, "staff_users") if e.staff_id == clerk.staff_id]
    assert "password_change_refused" in actions and "password" in actions


def test_guessing_the_current_password_locks_the_account(db: Database, boss: Actor) -> None:
    auth = AuthService(db, Clock(NOW))
    clerk = auth.add_user(boss, NewUser("desk1", "刘前台", StaffRole.RECEPTIONIST, "front-desk-1"))
    for _ in range(5):
        with pytest.raises(ValidationError):
            auth.change_own_password(clerk, "guess-guess", "front-desk-2")
    with pytest.raises(UserError, match="用户名或密码不正确"):
        auth.sign_in("desk1", "front-desk-1")


# --- the car catalogue and the plan each car follows ------------------------------------
GALAXY = ModelForm(
    "吉利", "银河", "银河E8", True, 175_800,
    PlanFigures(first_km=3000, first_months=3, interval_km=5000, interval_months=6),
    configurations=("星舰版", "长续航版"), colours=("冰川白", "星河蓝"),
)  # fmt: skip


def test_a_model_is_added_with_its_plan_configurations_and_colours(db: Database) -> None:
    catalogue = CatalogueService(db, MANAGER, Clock(NOW))
    added = catalogue.add(GALAXY)
    assert catalogue.models() == [added]
    changed = catalogue.update(
        added.id,
        ModelForm(**{**GALAXY.__dict__, "colours": ("星河蓝", "曜石黑"), "configurations": ()}),
    )
    assert changed.form.colours == ("星河蓝", "曜石黑") and changed.form.configurations == ()
    assert changed.form.plan.first_months == 3 and changed.form.plan.warranty_years is None
    with pytest.raises(ValidationError, match="已在车型库中"):
        catalogue.add(GALAXY)
    with pytest.raises(ValidationError, match="首保时间应在 1 到 60 之间"):
        catalogue.add(ModelForm("吉利", "银河", "银河L7", plan=PlanFigures(first_months=0)))


def test_a_model_in_use_is_not_removed(db: Database) -> None:
    catalogue = CatalogueService(db, MANAGER, Clock(NOW))
    used, spare = catalogue.add(GALAXY), catalogue.add(ModelForm("吉利", "帝豪", "帝豪 1.5L"))
    owner = add_customer(db, "王芳", "13812345678")
    vehicle = add_vehicle(db, owner, "LSGJA52U0BS123456", "粤B12345")
    with db.transaction(SYSTEM) as session:
        session.get(Vehicle, vehicle).model_id = used.id
    with pytest.raises(UserError, match="不能删除"):
        catalogue.remove(used.id)
    catalogue.remove(spare.id)
    assert [m.name for m in catalogue.models()] == ["银河E8"]


def test_the_shipped_list_loads_once_and_keeps_the_stores_edits(db: Database) -> None:
    catalogue = CatalogueService(db, MANAGER, Clock(NOW))
    shipped = catalogue.shipped()
    assert 30 <= len(shipped) <= 60 and any(f.is_new_energy for f in shipped)
    assert all(f.plan.first_km and f.plan.interval_months for f in shipped)
    catalogue.add(ModelForm("吉利", "星越L", "星越L 2.0T", plan=PlanFigures(first_months=4)))
    assert catalogue.load(shipped) == len(shipped) - 1
    assert catalogue.load(shipped) == 0
    mine = next(m for m in catalogue.models() if m.name == "星越L 2.0T")
    assert mine.form.plan.first_months == 4


@pytest.mark.parametrize("role", OTHER_ROLES)
def test_only_the_store_manager_edits_the_catalogue(db: Database, role: StaffRole) -> None:
    catalogue = CatalogueService(db, as_role(role), Clock(NOW))
    with pytest.raises(PermissionDenied):
        catalogue.add(GALAXY)
    with pytest.raises(PermissionDenied):
        catalogue.load(catalogue.shipped()[:1])
    assert catalogue.models() == []  # reading is for everyone


def test_reminders_follow_the_cars_own_model_plan(db: Database) -> None:
    galaxy = CatalogueService(db, MANAGER, Clock(NOW)).add(GALAXY).id
    plain = w.model(db)  # no plan of its own: the store's default (6 months)
    consultant = w.staff(db)
    for serial, model in ((1, galaxy), (2, plain)):
        owner = w.customer(db, f"客户{serial}", f"1380000000{serial}")
        car = w.vehicle(db, owner, serial, model)
        w.delivery(db, owner, car, model, consultant, datetime(2026, 11, 20, 10))
    ReminderService(db, MANAGER, w.Clock()).generate()
    first = {t.vehicle_id: t.due_date for t in w.tasks(db, kind="first_maintenance")}
    # Delivered 2026-11-20; the rule reminds 7 days ahead of the due date.
    assert sorted(first.values()) == [date(2027, 2, 13), date(2027, 5, 13)]


def test_check_in_predicts_with_the_models_plan(db: Database) -> None:
    galaxy = CatalogueService(db, MANAGER, Clock(NOW)).add(GALAXY)
    owner = add_customer(db, "王芳", "13812345678")
    vehicle = add_vehicle(db, owner, "LSGJA52U0BS123456", "粤B12345")
    with db.transaction(SYSTEM) as session:
        row = session.get(Vehicle, vehicle)
        row.model_id, row.delivery_date = galaxy.id, date(2026, 1, 1)
    advisor = add_staff(db, "李顾问", StaffRole.SERVICE_ADVISOR)
    desk = CheckInService(db, MANAGER, Clock(datetime(2026, 2, 1, 9)))
    form = RepairOrderForm(vehicle_id=vehicle, odometer_km=500, advisor_id=advisor)
    form.service_type = ServiceType.REPAIR
    due = desk.preview_handover(desk.open_order(form).id)
    # The model's first service: 3,000 km or 3 months from delivery (the store's default
    # would say 5,000 km or 6 months).
    assert (due.kind, due.due_km, due.months_date) == ("first", 3_000, date(2026, 4, 1))
