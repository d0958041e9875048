from __future__ import annotations

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Entity
from .enums import StaffRole


class StaffUser(Entity):
    __tablename__ = "staff_users"

    name: Mapped[str] = mapped_column(String(40))
    username: Mapped[str] = mapped_column(String(40), unique=True)
    role: Mapped[StaffRole] = mapped_column(String(24), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Argon2id hash; empty until sign-in lands (picked from a list until then).
    password_hash: Mapped[str | None] = mapped_column(String(200))
