"""Staff accounts and sign-in: Argon2id hashes, lock-out after repeated failures, audited."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from .. import audit, password_check, settings
from ..db import Database
from ..errors import NotFoundError, UserError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import StaffRole, StaffUser
from ..password_check import DUMMY_HASH, HASHER, typed_username
from ..permissions import SYSTEM, Actor, Permission
from ..validation import clean_text

SIGN_IN_REFUSED = QT_TRANSLATE_NOOP("Errors", "用户名或密码不正确。")


class SignInRefused(UserError):
    pass


@dataclass(frozen=True)
class NewUser:
    username: str
    name: str
    role: StaffRole
    password: str


def actor_of(user: StaffUser) -> Actor:
    return Actor(staff_id=user.id, name=user.name, role=StaffRole(user.role))


class AuthService:
    def __init__(self, db: Database, clock: Callable[[], datetime] = datetime.now) -> None:
        self.db = db
        self.clock = clock

    def needs_first_admin(self) -> bool:
        """True until some store manager can sign in: the first run creates one."""
        with self.db.transaction() as session:
            admins = select(func.count(StaffUser.id)).where(
                StaffUser.role == StaffRole.STORE_MANAGER,
                StaffUser.password_hash.is_not(None),
                StaffUser.active,
            )
            return not session.scalar(admins)

    def create_first_admin(self, new: NewUser) -> Actor:
        """The first run: no one can sign in yet, so the store itself (SYSTEM) creates the
        first store manager; refused once one exists."""
        if not self.needs_first_admin():
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "店长账号已存在，请用店长账号登录后再添加员工。")
            )
        first = NewUser(new.username, new.name, StaffRole.STORE_MANAGER, new.password)
        return self._create(SYSTEM, first)

    def add_user(self, actor: Actor, new: NewUser) -> Actor:
        actor.require(Permission.MANAGE_USERS)
        return self._create(actor, new)

    def set_password(self, actor: Actor, username: str, password: str) -> None:
        """Anyone sets their own password; another's needs the right to manage staff.
        Who is who is decided by account id, never by a name someone may choose."""
        with self.db.transaction(actor) as session:
            user = _by_username(session, username)
            if user.id != actor.staff_id:
                actor.require(Permission.MANAGE_USERS)
            user.password_hash = HASHER.hash(checked_password(session, password))
            user.failed_sign_ins, user.locked_until = 0, None
            audit.record(
                session, actor, "password", at=self.clock(), entity="staff", entity_id=user.id
            )

    def change_own_password(self, actor: Actor, current: str, new: str) -> None:
        """Anyone signed in changes their own password, proving it with the current one.
        A wrong current password counts as a failed sign-in (and may lock the account),
        so a desk left signed in cannot be used to guess it."""
        now = self.clock()
        with self.db.transaction(actor) as session:
            user = session.get(StaffUser, actor.staff_id) if actor.staff_id else None
            if user is None or not user.active:
                raise UserError(QT_TRANSLATE_NOOP("Errors", "只有已登录的员工可以修改自己的密码。"))
            if not user.password_hash or not _verified(user.password_hash, current):
                self._count_failure(session, user, now)
                refused = True
            else:
                _check_new_password(session, current, new)
                user.password_hash = HASHER.hash(new)
                user.failed_sign_ins = 0
                refused = False
            audit.record(
                session, actor, "password_change_refused" if refused else "password",
                at=now, entity="staff_users", entity_id=user.id,
            )  # fmt: skip
        if refused:
            raise ValidationError(
                "current_password", QT_TRANSLATE_NOOP("Errors", "当前密码不正确。")
            )

    def disable(self, actor: Actor, username: str) -> None:
        actor.require(Permission.MANAGE_USERS)
        with self.db.transaction(actor) as session:
            user = _by_username(session, username)
            keep_a_manager(session, user)
            user.active = False
            audit.record(
                session, actor, "disable", at=self.clock(), entity="staff", entity_id=user.id
            )

    def sign_in(self, username: str, password: str) -> Actor:
        """The signed-in actor, or SignInRefused. An unknown user, a wrong password and a
        locked or disabled account get the same answer after the same work (one Argon2
        verify), so neither tells which accounts exist. Failures are counted; too many lock
        the account for a while, except the last store manager's (see _lock_out).

        The verify (~0.25 s of CPU) runs between a read and the write of its outcome, in
        no transaction: on SQLite a transaction that writes holds the file's one write
        lock, and every other desk's save would wait for this sign-in."""
        now = self.clock()
        typed = typed_username(username)
        with self.db.reading() as session:
            stored = _usable_hash(session.scalar(_account(typed)))
        verified = _verified(stored or DUMMY_HASH, password)
        rehashed = _rehashed(stored, password) if verified else None
        with self.db.transaction() as session:
            user = session.scalar(_account(typed))
            if _usable_hash(user) != stored:  # changed meanwhile: checked again, as it is now
                stored = _usable_hash(user)
                verified, rehashed = _verified(stored or DUMMY_HASH, password), None
            refusal = self._refusal(session, user, stored if verified else None, rehashed, now)
            audit.record(
                session, actor_of(user) if user else None,
                "sign_in_failed" if refusal else "sign_in", at=now,
                entity="staff_users", entity_id=user.id if user else None,
                detail=None if user else f"unknown user {typed!r}",
            )  # fmt: skip
        if refusal or user is None:  # no such user is always a refusal
            raise SignInRefused(refusal or SIGN_IN_REFUSED)
        return actor_of(user)

    # --- internals -------------------------------------------------------------------
    def _refusal(
        self,
        session: Session,
        user: StaffUser | None,
        verified_hash: str | None,
        rehashed: str | None,
        now: datetime,
    ) -> str | None:
        """`verified_hash`: the account's hash the password matched (None: no match)."""
        if user is None or _usable_hash(user) is None:
            return SIGN_IN_REFUSED
        if user.locked_until and user.locked_until > now:
            return SIGN_IN_REFUSED
        if verified_hash is not None:
            user.failed_sign_ins, user.locked_until, user.last_sign_in_at = 0, None, now
            if rehashed is not None:  # made with other Argon2 parameters
                session.info["actor"] = actor_of(user)  # audited as theirs, like a change
                user.password_hash = rehashed
            return None
        self._count_failure(session, user, now)
        return SIGN_IN_REFUSED

    def _count_failure(self, session: Session, user: StaffUser, now: datetime) -> None:
        user.failed_sign_ins += 1
        if user.failed_sign_ins >= settings.get(session, "auth.max_failed_sign_ins"):
            self._lock_out(session, user, now)

    def _lock_out(self, session: Session, user: StaffUser, now: datetime) -> None:
        """Too many failures lock the account for a while. The last active store manager
        is never locked: anyone at the desk could otherwise lock the store out of its own
        staff management by typing wrong passwords (Argon2 still makes guessing slow, and
        every failure is in the audit trail)."""
        user.failed_sign_ins = 0
        if user.role == StaffRole.STORE_MANAGER and _active_managers(session) <= 1:
            return
        user.locked_until = now + timedelta(minutes=settings.get(session, "auth.lockout_minutes"))

    def _create(self, actor: Actor, new: NewUser) -> Actor:
        username = (clean_text(new.username, "username", max_length=40) or "").lower()
        name = clean_text(new.name, "name", max_length=40)
        if not username or not username.isascii() or " " in username:
            raise ValidationError(
                "username", QT_TRANSLATE_NOOP("Errors", "用户名请用英文字母和数字，不含空格。")
            )
        if not name:
            raise ValidationError("name", QT_TRANSLATE_NOOP("Errors", "请填写员工姓名。"))
        with self.db.transaction(actor) as session:
            if session.scalar(select(StaffUser.id).where(StaffUser.username == username)):
                raise ValidationError(
                    "username",
                    QT_TRANSLATE_NOOP("Errors", "用户名“{username}”已被使用。"),
                    username=username,
                )
            user = StaffUser(
                username=username, name=name, role=new.role, active=True,
                password_hash=HASHER.hash(checked_password(session, new.password)),
            )  # fmt: skip
            session.add(user)
            session.flush()
            return actor_of(user)


def checked_password(session: Session, password: str) -> str:
    shortest = settings.get(session, "auth.min_password_length")
    if len(password or "") < shortest:
        raise ValidationError(
            "password", QT_TRANSLATE_NOOP("Errors", "密码至少 {shortest} 位。"), shortest=shortest
        )
    return password


def _check_new_password(session: Session, current: str, new: str) -> None:
    checked_password(session, new)
    if new == current:
        raise ValidationError("password", QT_TRANSLATE_NOOP("Errors", "新密码不能与当前密码相同。"))


def hash_password(password: str) -> str:
    return HASHER.hash(password)


LAST_MANAGER = QT_TRANSLATE_NOOP(
    "Errors", "这是最后一位能登录的店长，不能停用或改为其他岗位；请先添加另一位店长。"
)


def keep_a_manager(session: Session, leaving: StaffUser) -> None:
    """Refuse when `leaving` is the last active store manager who can sign in (from the
    window's staff dialog and from `user disable` alike)."""
    if leaving.role != StaffRole.STORE_MANAGER or not leaving.active:
        return
    others = select(func.count(StaffUser.id)).where(
        StaffUser.role == StaffRole.STORE_MANAGER,
        StaffUser.active,
        StaffUser.password_hash.is_not(None),
        StaffUser.id != leaving.id,
    )
    if not session.scalar(others):
        raise UserError(LAST_MANAGER)


def _active_managers(session: Session) -> int:
    return (
        session.scalar(
            select(func.count(StaffUser.id)).where(
                StaffUser.role == StaffRole.STORE_MANAGER,
                StaffUser.active,
                StaffUser.password_hash.is_not(None),
            )
        )
        or 0
    )


def _by_username(session: Session, username: str) -> StaffUser:
    user = session.scalar(select(StaffUser).where(StaffUser.username == typed_username(username)))
    if user is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "没有用户名为“{username}”的员工。"), username=username
        )
    return user


def check_password_offline(user: StaffUser | None, password: str, now: datetime) -> Actor:
    """Sign-in's checks on a staff row read without a session (the restore reads the
    database file directly, see app.signing_in): same answer, same work, nothing written."""
    stored = _usable_hash(user)
    verified = _verified(stored or DUMMY_HASH, password)
    if user is None or stored is None or not verified:
        raise SignInRefused(SIGN_IN_REFUSED)
    if user.locked_until and user.locked_until > now:
        raise SignInRefused(SIGN_IN_REFUSED)
    return actor_of(user)


def _usable_hash(user: StaffUser | None) -> str | None:
    """The password hash to check; None for no such user, a disabled one or one without
    a password (the dummy hash is checked instead, so every refusal takes as long)."""
    if user is None or not user.active or not user.password_hash:
        return None
    return user.password_hash


def _account(typed_username: str) -> Select[StaffUser]:
    return select(StaffUser).where(StaffUser.username == typed_username)


def _rehashed(stored: str | None, password: str) -> str | None:
    """The password hashed anew if its hash was made with other Argon2 parameters."""
    if stored is None or not HASHER.check_needs_rehash(stored):
        return None
    return HASHER.hash(password)


def _verified(stored_hash: str, password: str) -> bool:
    return password_check.verified(stored_hash, password)  # done ahead for a command
