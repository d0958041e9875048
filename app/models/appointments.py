"""Service appointments (预约) and the files attached to records (a booking's photos, a
repair order's record PDF)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Entity


class AppointmentKind(StrEnum):
    MAINTENANCE = "maintenance"  # 保养
    REPAIR = "repair"  # 维修
    BODY_PAINT = "body_paint"  # 钣喷
    INSURANCE = "insurance"  # 保险
    RECALL = "recall"  # 召回
    OTHER = "other"  # 其他


class AppointmentChannel(StrEnum):
    PHONE = "phone"  # 电话
    WECHAT = "wechat"  # 微信
    APP = "app"  # APP
    WALK_IN = "walk_in"  # 到店


class AppointmentStatus(StrEnum):
    BOOKED = "booked"
    CONFIRMED = "confirmed"
    ARRIVED = "arrived"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class Appointment(Entity):
    """One booking: the car, the kind of work, what the customer said, the expected
    duration (start to end, in work minutes) and the advisor who receives the car."""

    __tablename__ = "appointments"
    __table_args__ = (Index("ix_appointments_vehicle_start", "vehicle_id", "start_at"),)

    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    start_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    end_at: Mapped[datetime] = mapped_column(DateTime)
    minutes: Mapped[int] = mapped_column(Integer)
    kind: Mapped[AppointmentKind] = mapped_column(String(16))
    channel: Mapped[AppointmentChannel] = mapped_column(String(12))
    description: Mapped[str | None] = mapped_column(Text)
    planned_work: Mapped[str | None] = mapped_column(Text)  # one work item a line
    status: Mapped[AppointmentStatus] = mapped_column(String(12), index=True)
    service_visit_id: Mapped[int | None] = mapped_column(ForeignKey("service_visits.id"))
    from_task_id: Mapped[int | None] = mapped_column(ForeignKey("follow_up_tasks.id"))
    booked_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime)
    arrived_at: Mapped[datetime | None] = mapped_column(DateTime)
    cancel_reason: Mapped[str | None] = mapped_column(String(200))


class Attachment(Entity):
    """A file kept with a record. SQLite: the file lives in the folder beside the database
    (`stored_path`, relative to it); PostgreSQL: its bytes live here (`content`), so every
    workstation sees it. `thumbnail`: a small PNG the window made, if any."""

    __tablename__ = "attachments"
    __table_args__ = (Index("ix_attachments_owner", "owner_type", "owner_id"),)

    owner_type: Mapped[str] = mapped_column(String(24))  # appointments / service_visits
    owner_id: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(120))
    media_type: Mapped[str] = mapped_column(String(40))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    stored_path: Mapped[str | None] = mapped_column(String(300))
    content: Mapped[bytes | None] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary)
