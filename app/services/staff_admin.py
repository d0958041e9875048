"""The store manager's staff screen: who works here, in which role, who may sign in.

Every action needs the right to manage staff (checked here, not only in the window) and
is audited under the actor. The store is never left without a store manager who can
sign in: the last one cannot be disabled or given another role."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..db import Database
from ..errors import NotFoundError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import StaffRole, StaffUser
from ..permissions import Actor, Permission
from ..validation import clean_text
from .auth import AuthService, NewUser, checked_password, hash_password, keep_a_manager


@dataclass(frozen=True)
class StaffAccount:
    id: int
    username: str
    name: str
    role: StaffRole
    active: bool
    can_sign_in: bool  # has a password
    locked_until: datetime | None
    last_sign_in_at: datetime | None


class StaffAdminService:
    def __init__(self, db: Database, actor: Actor, clock: Callable[[], datetime]) -> None:
        self.db, self.actor, self.clock = db, actor, clock

    def accounts(self) -> list[StaffAccount]:
        self.actor.require(Permission.MANAGE_USERS)
        query = select(StaffUser).order_by(StaffUser.active.desc(), StaffUser.id)
        with self.db.transaction(self.actor) as session:
            return [_account(user) for user in session.scalars(query)]

    def add(self, new: NewUser) -> StaffAccount:
        actor = AuthService(self.db, self.clock).add_user(self.actor, new)
        return self.account(actor.staff_id)

    def account(self, staff_id: int | None) -> StaffAccount:
        self.actor.require(Permission.MANAGE_USERS)
        with self.db.transaction(self.actor) as session:
            return _account(_staff(session, staff_id))

    def edit(self, staff_id: int, name: str, role: StaffRole) -> StaffAccount:
        self.actor.require(Permission.MANAGE_USERS)
        clean = clean_text(name, "name", max_length=40)
        if not clean:
            raise ValidationError("name", QT_TRANSLATE_NOOP("Errors", "请填写员工姓名。"))
        with self.db.transaction(self.actor) as session:
            user = _staff(session, staff_id)
            if user.role != role:
                keep_a_manager(session, user)
            user.name, user.role = clean, StaffRole(role)
            session.flush()
            return _account(user)

    def set_active(self, staff_id: int, active: bool) -> StaffAccount:
        """Disable someone who left (their history stays theirs), or enable them again."""
        self.actor.require(Permission.MANAGE_USERS)
        with self.db.transaction(self.actor) as session:
            user = _staff(session, staff_id)
            if not active:
                keep_a_manager(session, user)
            user.active = active
            session.flush()
            return _account(user)

    def reset_password(self, staff_id: int, password: str) -> None:
        """A new password for someone who forgot theirs; it also lifts a lock-out."""
        self.actor.require(Permission.MANAGE_USERS)
        with self.db.transaction(self.actor) as session:
            user = _staff(session, staff_id)
            user.password_hash = hash_password(checked_password(session, password))
            user.failed_sign_ins, user.locked_until = 0, None
            audit.record(
                session, self.actor, "password_reset", at=self.clock(), entity="staff_users",
                entity_id=user.id,
            )  # fmt: skip


def _account(user: StaffUser) -> StaffAccount:
    return StaffAccount(
        id=user.id, username=user.username, name=user.name, role=StaffRole(user.role),
        active=user.active, can_sign_in=bool(user.password_hash),
        locked_until=user.locked_until, last_sign_in_at=user.last_sign_in_at,
    )  # fmt: skip


def _staff(session: Session, staff_id: int | None) -> StaffUser:
    user = session.get(StaffUser, staff_id) if staff_id is not None else None
    if user is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到这位员工。"))
    return user
