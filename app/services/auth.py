"""Staff accounts and sign-in: Argon2id hashes, lock-out after repeated failures, audited."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import audit, settings
from ..db import Database
from ..errors import NotFoundError, UserError, ValidationError
from ..models import StaffRole, StaffUser
from ..permissions import Actor, Permission
from ..validation import clean_text

_hasher = PasswordHasher()  # argon2-cffi's defaults are Argon2id with RFC 9106 parameters
SIGN_IN_REFUSED = "用户名或密码不正确。"


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
        if not self.needs_first_admin():
            raise UserError("店长账号已存在，请用店长账号登录后再添加员工。")
        return self._create(NewUser(new.username, new.name, StaffRole.STORE_MANAGER, new.password))

    def add_user(self, actor: Actor, new: NewUser) -> Actor:
        actor.require(Permission.MANAGE_USERS)
        return self._create(new)

    def set_password(self, actor: Actor, username: str, password: str) -> None:
        if actor.name != username:
            actor.require(Permission.MANAGE_USERS)
        with self.db.transaction() as session:
            user = _by_username(session, username)
            user.password_hash = _hasher.hash(self._checked_password(session, password))
            user.failed_sign_ins, user.locked_until = 0, None
            audit.record(
                session, actor, "password", at=self.clock(), entity="staff", entity_id=user.id
            )

    def disable(self, actor: Actor, username: str) -> None:
        actor.require(Permission.MANAGE_USERS)
        with self.db.transaction() as session:
            user = _by_username(session, username)
            user.active = False
            audit.record(
                session, actor, "disable", at=self.clock(), entity="staff", entity_id=user.id
            )

    def sign_in(self, username: str, password: str) -> Actor:
        """The signed-in actor, or SignInRefused with a message that does not say which
        half was wrong. Failures are counted; too many lock the account for a while."""
        now = self.clock()
        with self.db.transaction() as session:
            user = session.scalar(select(StaffUser).where(StaffUser.username == _typed(username)))
            refusal = self._refusal(session, user, password, now)
            audit.record(
                session, actor_of(user) if user else None,
                "sign_in_failed" if refusal else "sign_in", at=now,
                entity="staff_users", entity_id=user.id if user else None,
                detail=None if user else f"unknown user {_typed(username)!r}",
            )  # fmt: skip
        if refusal:
            raise SignInRefused(refusal)
        return actor_of(user)

    # --- internals -------------------------------------------------------------------
    def _refusal(self, session: Session, user: StaffUser | None, password: str, now) -> str | None:
        if user is None or not user.active or not user.password_hash:
            return SIGN_IN_REFUSED
        if user.locked_until and user.locked_until > now:
            minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            return f"登录失败次数过多，账号已锁定，请 {minutes} 分钟后再试。"
        if _verified(user.password_hash, password):
            user.failed_sign_ins, user.locked_until, user.last_sign_in_at = 0, None, now
            return None
        user.failed_sign_ins += 1
        if user.failed_sign_ins >= settings.get(session, "auth.max_failed_sign_ins"):
            user.locked_until = now + timedelta(
                minutes=settings.get(session, "auth.lockout_minutes")
            )
            user.failed_sign_ins = 0
        return SIGN_IN_REFUSED

    def _create(self, new: NewUser) -> Actor:
        username = (clean_text(new.username, "username", max_length=40) or "").lower()
        name = clean_text(new.name, "name", max_length=40)
        if not username or not username.isascii() or " " in username:
            raise ValidationError("username", "用户名请用英文字母和数字，不含空格。")
        if not name:
            raise ValidationError("name", "请填写员工姓名。")
        with self.db.transaction() as session:
            if session.scalar(select(StaffUser.id).where(StaffUser.username == username)):
                raise ValidationError("username", f"用户名“{username}”已被使用。")
            user = StaffUser(
                username=username, name=name, role=new.role, active=True,
                password_hash=_hasher.hash(self._checked_password(session, new.password)),
            )  # fmt: skip
            session.add(user)
            session.flush()
            return actor_of(user)

    def _checked_password(self, session: Session, password: str) -> str:
        shortest = settings.get(session, "auth.min_password_length")
        if len(password or "") < shortest:
            raise ValidationError("password", f"密码至少 {shortest} 位。")
        return password


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _typed(username: str) -> str:
    """A username as typed, made safe to look up (no control characters, bounded)."""
    kept = "".join(ch for ch in username if ch.isprintable())
    return kept.strip().lower()[:41]


def _by_username(session: Session, username: str) -> StaffUser:
    user = session.scalar(select(StaffUser).where(StaffUser.username == _typed(username)))
    if user is None:
        raise NotFoundError(f"没有用户名为“{username}”的员工。")
    return user


def _verified(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False
