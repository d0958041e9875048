"""Service visits (repair orders), their work items, and odometer readings."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Entity
from .customers import Vehicle
from .enums import RepairOrderStatus, ServiceType, WorkItemStatus


class ServiceVisit(Entity):
    """A repair order (维修委托书) opened at check-in."""

    __tablename__ = "service_visits"
    __table_args__ = (
        Index("ix_service_visits_vehicle_checked_in", "vehicle_id", "checked_in_at"),
        Index("ix_service_visits_updated_at", "updated_at"),  # the reminder run's watermark
    )

    order_no: Mapped[str] = mapped_column(String(20), unique=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    service_type: Mapped[ServiceType] = mapped_column(String(12), default=ServiceType.MAINTENANCE)
    status: Mapped[RepairOrderStatus] = mapped_column(
        String(16), default=RepairOrderStatus.CHECKED_IN, index=True
    )
    checked_in_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    odometer_km: Mapped[int] = mapped_column(Integer)
    fuel_level: Mapped[int | None] = mapped_column(Integer)  # percent
    customer_description: Mapped[str | None] = mapped_column(Text)
    inspection_notes: Mapped[str | None] = mapped_column(Text)
    promised_at: Mapped[datetime | None] = mapped_column(DateTime)
    work_started_at: Mapped[datetime | None] = mapped_column(DateTime)  # first 开始维修
    handed_over_at: Mapped[datetime | None] = mapped_column(DateTime)
    settlement_total: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    next_service_date: Mapped[date | None] = mapped_column(Date)
    next_service_km: Mapped[int | None] = mapped_column(Integer)

    items: Mapped[list[WorkItem]] = relationship(cascade="all, delete-orphan")
    vehicle: Mapped[Vehicle] = relationship()


class WorkItem(Entity):
    __tablename__ = "work_items"

    service_visit_id: Mapped[int] = mapped_column(
        ForeignKey("service_visits.id", ondelete="CASCADE"), index=True
    )
    description: Mapped[str] = mapped_column(String(200))
    labour: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal(0))
    parts: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal(0))
    status: Mapped[WorkItemStatus] = mapped_column(String(16), default=WorkItemStatus.AGREED)
    consent_at: Mapped[datetime | None] = mapped_column(DateTime)
    consent_note: Mapped[str | None] = mapped_column(String(200))
    # Suggested by a rule (e.g. long-trip checks) rather than asked for by the customer.
    suggested: Mapped[bool] = mapped_column(Boolean, default=False)


class OdometerReading(Entity):
    """Every reading of a car's odometer. A corrected reading keeps the old value and why."""

    __tablename__ = "odometer_readings"
    __table_args__ = (
        Index("ix_odometer_readings_vehicle_read", "vehicle_id", "read_at"),
        # A car's highest reading from the index alone (the segment builder's km).
        Index("ix_odometer_readings_vehicle_km", "vehicle_id", "km"),
    )

    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"))
    service_visit_id: Mapped[int | None] = mapped_column(ForeignKey("service_visits.id"))
    read_at: Mapped[datetime] = mapped_column(DateTime)
    km: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(16), default="check_in")  # check_in/delivery
    corrected_from_km: Mapped[int | None] = mapped_column(Integer)
    correction_reason: Mapped[str | None] = mapped_column(String(200))
