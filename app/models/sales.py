"""Showroom visits, key-customer weeks, sales orders and deliveries."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Entity
from .customers import CarModel, Customer
from .enums import KeyCustomerOutcome, OrderStatus, PaymentMethod, Progress
from .staff import StaffUser


class ShowroomVisit(Entity):
    __tablename__ = "showroom_visits"
    __table_args__ = (
        Index("ix_showroom_visits_arrived_consultant", "arrived_at", "consultant_id"),
        Index("ix_showroom_visits_updated_at", "updated_at"),  # the reminder run's watermark
    )

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    consultant_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    receptionist_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    arrived_at: Mapped[datetime] = mapped_column(DateTime)
    departed_at: Mapped[datetime | None] = mapped_column(DateTime)
    party_size: Mapped[int] = mapped_column(Integer, default=1)
    is_first_visit: Mapped[bool] = mapped_column(Boolean, default=True)
    source_channel: Mapped[str | None] = mapped_column(String(30))
    model_of_interest_id: Mapped[int | None] = mapped_column(ForeignKey("car_models.id"))
    budget_min: Mapped[int | None] = mapped_column(Integer)  # yuan
    budget_max: Mapped[int | None] = mapped_column(Integer)
    vehicle_use: Mapped[str | None] = mapped_column(String(12))
    priorities: Mapped[str | None] = mapped_column(String(120))  # comma-separated keys
    test_drive: Mapped[bool] = mapped_column(Boolean, default=False)
    test_drive_route: Mapped[str | None] = mapped_column(String(120))
    test_drive_feedback: Mapped[str | None] = mapped_column(Text)
    intent_level: Mapped[str] = mapped_column(String(2), default="N")
    notes: Mapped[str | None] = mapped_column(Text)

    customer: Mapped[Customer] = relationship()
    consultant: Mapped[StaffUser | None] = relationship(foreign_keys=[consultant_id])
    model_of_interest: Mapped[CarModel | None] = relationship()


class KeyCustomerEntry(Entity):
    """A prospect on a consultant's key-customer list for one ISO week (e.g. 2026-W47)."""

    __tablename__ = "key_customer_entries"
    __table_args__ = (UniqueConstraint("customer_id", "week"),)

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    consultant_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"), index=True)
    week: Mapped[str] = mapped_column(String(8), index=True)
    outcome: Mapped[KeyCustomerOutcome] = mapped_column(String(12), default=KeyCustomerOutcome.OPEN)
    outcome_reason: Mapped[str | None] = mapped_column(String(200))
    next_step: Mapped[str | None] = mapped_column(String(200))


class SalesOrder(Entity):
    __tablename__ = "sales_orders"
    # The orders list filters by status and shows the newest first.
    __table_args__ = (Index("ix_sales_orders_status_ordered_at", "status", "ordered_at"),)

    order_no: Mapped[str] = mapped_column(String(20), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    consultant_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    model_id: Mapped[int] = mapped_column(ForeignKey("car_models.id"))
    configuration: Mapped[str | None] = mapped_column(String(80))
    colour: Mapped[str | None] = mapped_column(String(20))
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"))
    price: Mapped[int] = mapped_column(Integer)  # yuan
    deposit: Mapped[int] = mapped_column(Integer, default=0)
    payment_method: Mapped[PaymentMethod] = mapped_column(String(8), default=PaymentMethod.CASH)
    loan_bank: Mapped[str | None] = mapped_column(String(40))
    loan_term_months: Mapped[int | None] = mapped_column(Integer)
    ordered_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    planned_delivery_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[OrderStatus] = mapped_column(String(12), default=OrderStatus.OPEN)

    customer: Mapped[Customer] = relationship()
    model: Mapped[CarModel] = relationship()
    services: Mapped[list[OrderService]] = relationship(cascade="all, delete-orphan")


class OrderService(Entity):
    """A value-added service on an order (insurance, plates, loan, accessories)."""

    __tablename__ = "order_services"
    __table_args__ = (UniqueConstraint("order_id", "kind"),)

    order_id: Mapped[int] = mapped_column(ForeignKey("sales_orders.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    progress: Mapped[Progress] = mapped_column(String(12), default=Progress.NOT_STARTED)
    note: Mapped[str | None] = mapped_column(String(200))


class Delivery(Entity):
    """Started for an order (PDI and checklist prepared); handed over when `delivered_at`
    is set. The vehicle is known once a VIN is allocated to the order."""

    __tablename__ = "deliveries"
    __table_args__ = (Index("ix_deliveries_updated_at", "updated_at"),)  # the reminder run's

    order_id: Mapped[int] = mapped_column(ForeignKey("sales_orders.id"), unique=True)
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"), index=True)
    consultant_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    odometer_km: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str | None] = mapped_column(Text)

    checklist: Mapped[list[DeliveryChecklistItem]] = relationship(cascade="all, delete-orphan")


class DeliveryChecklistItem(Entity):
    __tablename__ = "delivery_checklist_items"

    delivery_id: Mapped[int] = mapped_column(ForeignKey("deliveries.id", ondelete="CASCADE"))
    section: Mapped[str] = mapped_column(String(20))  # pdi / handover
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(120))
    checked: Mapped[bool] = mapped_column(Boolean, default=False)
    remarks: Mapped[str | None] = mapped_column(String(200))
