from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Entity


class SettingValue(Entity):
    """A setting changed from its default (declared in app.settings). Value as JSON."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), unique=True)
    value_json: Mapped[str] = mapped_column(Text)


class StoreLogo(Entity):
    """The store's logo, printed on every PDF. In the database, not beside it, so every
    workstation sharing a PostgreSQL database prints the same one. One row at most."""

    __tablename__ = "store_logo"

    content: Mapped[bytes] = mapped_column(LargeBinary)
    media_type: Mapped[str] = mapped_column(String(20))  # image/png or image/jpeg
    file_name: Mapped[str] = mapped_column(String(120))


class AuditEntry(Base):
    """Append-only: never updated, so it has no version column."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    action: Mapped[str] = mapped_column(String(24), index=True)
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    field: Mapped[str | None] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    detail: Mapped[str | None] = mapped_column(Text)
