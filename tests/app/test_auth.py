from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app.audit import AuditFilter, AuditService
from app.db import Database
from app.errors import UserError, ValidationError
from app.models import StaffRole
from app.permissions import Actor, Permission, PermissionDenied
from app.services.auth import AuthService, NewUser, SignInRefused
from app.services.customers import CustomerService
from tests.factories import Clock, add_customer

START = datetime(2026, 11, 23, 9, 0)


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def auth(db: Database, clock: Clock) -> AuthService:
    return AuthService(db, clock)


@pytest.fixture
def admin(auth: AuthService) -> Actor:
    return auth.create_first_admin(
        NewUser("boss", "王店长", StaffRole.STORE_MANAGER, "store-2026!")
    )


def test_first_run_creates_the_admin_once(auth: AuthService, admin: Actor) -> None:
    assert admin.role == StaffRole.STORE_MANAGER
    assert not auth.needs_first_admin()
    with pytest.raises(UserError, match="店长账号已存在"):
        auth.create_first_admin(NewUser("boss2", "张", StaffRole.STORE_MANAGER, "store-2026!"))


def test_sign_in_with_the_right_password_only(auth: AuthService, admin: Actor) -> None:
    assert auth.sign_in("BOSS", "store-2026!").staff_id == admin.staff_id
    for username, password in [("boss", "wrong-pass"), ("nobody", "store-2026!"), ("boss", "")]:
        with pytest.raises(SignInRefused, match="用户名或密码不正确"):
            auth.sign_in(username, password)


def test_repeated_failures_lock_the_account_for_a_while(
    db: Database, auth: AuthService, admin: Actor, clock: Clock
) -> None:
    auth.add_user(admin, NewUser("desk1", "刘前台", StaffRole.RECEPTIONIST, "front-desk-1"))
    for _ in range(5):
        with pytest.raises(SignInRefused, match="不正确"):
            auth.sign_in("desk1", "guess")
    with pytest.raises(SignInRefused) as locked:
        auth.sign_in("desk1", "front-desk-1")  # even the right password, while locked
    assert locked.value.message == "用户名或密码不正确。"  # the same answer as a wrong one
    clock.now = START + timedelta(minutes=16)
    assert auth.sign_in("desk1", "front-desk-1").name == "刘前台"
    failed = AuditService(db).count(admin, AuditFilter(action="sign_in_failed"))
    assert failed == 6


def test_wrong_guesses_never_lock_out_the_last_store_manager(
    db: Database, auth: AuthService, admin: Actor
) -> None:
    for _ in range(12):
        with pytest.raises(SignInRefused):
            auth.sign_in("boss", "guess")
    assert auth.sign_in("boss", "store-2026!").name == "王店长"
    second = auth.add_user(
        admin, NewUser("boss2", "李店长", StaffRole.STORE_MANAGER, "second-boss-1")
    )
    for _ in range(5):
        with pytest.raises(SignInRefused):
            auth.sign_in("boss", "guess")
    with pytest.raises(SignInRefused):  # with a second manager, the first can be locked
        auth.sign_in("boss", "store-2026!")
    assert auth.sign_in("boss2", "second-boss-1").staff_id == second.staff_id


def test_every_refusal_costs_one_password_check(
    auth: AuthService, admin: Actor, monkeypatch
) -> None:
    """Unknown users, disabled and locked accounts and wrong passwords take the same work
    (one Argon2 verify) and get the same answer: neither tells which accounts exist."""
    import app.services.auth as auth_module

    auth.add_user(admin, NewUser("gone", "离职", StaffRole.RECEPTIONIST, "gone-gone-1"))
    auth.disable(admin, "gone")
    checks: list[str] = []
    real = auth_module._verified
    monkeypatch.setattr(auth_module, "_verified", lambda h, p: checks.append(p) or real(h, p))
    answers = set()
    for username, password in [("nobody", "x-1"), ("gone", "gone-gone-1"), ("boss", "x-2")]:
        with pytest.raises(SignInRefused) as refused:
            auth.sign_in(username, password)
        answers.add(refused.value.message)
    assert checks == ["x-1", "gone-gone-1", "x-2"]
    assert answers == {"用户名或密码不正确。"}


def test_the_stand_in_hash_costs_what_a_real_one_does() -> None:
    """A refusal checks a written-out hash; it must take Argon2's current parameters, or
    an unknown user would be answered faster (or slower) than a wrong password."""
    import app.services.auth as auth_module
    from app import password_check

    assert not password_check.HASHER.check_needs_rehash(password_check.DUMMY_HASH)
    assert auth_module._verified(password_check.DUMMY_HASH, "dealerdesk-no-such-account")


def test_only_a_manager_adds_users_and_passwords_are_checked(
    auth: AuthService, admin: Actor
) -> None:
    clerk = auth.add_user(
        admin, NewUser("reception1", "刘前台", StaffRole.RECEPTIONIST, "front-desk-1")
    )
    with pytest.raises(PermissionDenied, match="管理员工账号"):
        auth.add_user(clerk, NewUser("x1", "某", StaffRole.STORE_MANAGER, "whatever-123"))
    with pytest.raises(ValidationError, match="至少 8 位"):
        auth.add_user(admin, NewUser("short", "短", StaffRole.RECEPTIONIST, "123"))
    with pytest.raises(ValidationError, match="已被使用"):
        auth.add_user(admin, NewUser("Reception1", "重", StaffRole.RECEPTIONIST, "front-desk-1"))


def test_disabled_user_cannot_sign_in_and_password_can_be_reset(
    auth: AuthService, admin: Actor
) -> None:
    auth.add_user(admin, NewUser("adv1", "陈顾问", StaffRole.SERVICE_ADVISOR, "advisor-2026"))
    auth.set_password(admin, "adv1", "new-secret-1")
    assert auth.sign_in("adv1", "new-secret-1").role == StaffRole.SERVICE_ADVISOR
    auth.disable(admin, "adv1")
    with pytest.raises(SignInRefused):
        auth.sign_in("adv1", "new-secret-1")


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (StaffRole.RECEPTIONIST, set()),
        (StaffRole.SALES_CONSULTANT, {Permission.SEE_FULL_CONTACT}),
        (
            StaffRole.SERVICE_ADVISOR,
            {
                Permission.SEE_FULL_CONTACT,
                Permission.WORK_REPAIR_ORDERS,
                Permission.BOOK_APPOINTMENTS,
            },
        ),
        (StaffRole.CUSTOMER_SERVICE,
         {Permission.SEE_FULL_CONTACT, Permission.RUN_CAMPAIGNS, Permission.BOOK_APPOINTMENTS}),
        (
            StaffRole.APPOINTMENT_OFFICER,
            {Permission.SEE_FULL_CONTACT, Permission.BOOK_APPOINTMENTS},
        ),
        (
            StaffRole.SALES_DIRECTOR,
            {
                Permission.SEE_FULL_CONTACT,
                Permission.EXPORT_CUSTOMERS,
                Permission.LIST_ANY_KEY_CUSTOMER,
                Permission.IMPORT_CUSTOMERS,
                Permission.VIEW_BOARD,
                Permission.RUN_CAMPAIGNS,
            },
        ),
        (StaffRole.STORE_MANAGER, set(Permission)),
    ],
)
def test_each_role_is_refused_what_it_may_not_do(role: StaffRole, allowed: set) -> None:
    actor = Actor(1, "某人", role)
    for permission in Permission:
        if permission in allowed:
            actor.require(permission)
        else:
            with pytest.raises(PermissionDenied):
                actor.require(permission)


def test_audit_view_is_for_managers_only(db: Database, admin: Actor) -> None:
    with pytest.raises(PermissionDenied):
        AuditService(db).page(Actor(9, "前台", StaffRole.RECEPTIONIST), AuditFilter(), 0, 10)
    rows = AuditService(db).page(admin, AuditFilter(), 0, 10)
    assert [r.action for r in rows] == ["create"]


def test_creates_edits_and_deletes_are_audited_with_who_and_what(
    db: Database, admin: Actor
) -> None:
    customer_id = add_customer(db, "张三", "13812345678")  # by the system (test set-up)
    service = CustomerService(db, admin)
    service.save_profile(replace(service.profile(customer_id), mobile="13900001111"))
    rows = AuditService(db).page(admin, AuditFilter(), 0, 50)
    customer_rows = [r for r in rows if r.entity == "customers"]
    assert {(r.action, r.field, r.old_value, r.new_value) for r in customer_rows} == {
        ("create", None, None, None),
        ("edit", "mobile", "13812345678", "13900001111"),
    }
    assert {(r.action, r.staff_id) for r in customer_rows} == {
        ("create", None),
        ("edit", admin.staff_id),
    }


def test_a_hash_made_with_other_argon2_parameters_is_remade_at_the_next_sign_in(
    db: Database, auth: AuthService, admin: Actor
) -> None:
    """Argon2's parameters may change (a store's PCs, OWASP's advice): a password hashed
    with the old ones still signs in, and is hashed anew with the current ones."""
    from argon2 import PasswordHasher
    from sqlalchemy import select

    from app.models import StaffUser
    from app.services.auth import hash_password

    old = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
    with db.transaction(admin) as session:
        user = session.scalars(select(StaffUser).where(StaffUser.username == "boss")).one()
        user.password_hash = old.hash("store-2026!")
    with pytest.raises(SignInRefused):
        auth.sign_in("boss", "wrong-2026!")
    assert stored_hash(db).startswith("$argon2id$v=19$m=19456,t=2,p=1$")  # not on a refusal
    assert auth.sign_in("boss", "store-2026!").staff_id == admin.staff_id
    current = hash_password("x" * 12).split("$")[3]
    assert stored_hash(db).split("$")[3] == current
    assert auth.sign_in("boss", "store-2026!").staff_id == admin.staff_id


def stored_hash(db: Database) -> str:
    from sqlalchemy import select

    from app.models import StaffUser

    with db.reading() as session:
        found = session.scalar(select(StaffUser.password_hash).where(StaffUser.username == "boss"))
    assert found is not None
    return found


def test_the_password_is_checked_while_other_desks_can_save(
    sqlite_db: Database, clock: Clock, monkeypatch
) -> None:
    """The Argon2 verify (~0.25 s) runs in no transaction: on SQLite a sign-in must not
    hold the file's one write lock while it runs (every desk's save would wait)."""
    import app.services.auth as auth_module
    from tests.desks import a_desk_can_save_now

    auth = AuthService(sqlite_db, clock)
    auth.create_first_admin(NewUser("boss", "王店长", StaffRole.STORE_MANAGER, "store-2026!"))
    desk_saved: list[bool] = []
    real = auth_module._verified

    def verified_while_a_desk_saves(stored_hash: str, password: str) -> bool:
        desk_saved.append(a_desk_can_save_now(sqlite_db))
        return real(stored_hash, password)

    monkeypatch.setattr(auth_module, "_verified", verified_while_a_desk_saves)
    auth.sign_in("boss", "store-2026!")
    with pytest.raises(SignInRefused):
        auth.sign_in("boss", "wrong-one")
    assert desk_saved == [True, True]
