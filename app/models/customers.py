"""Customers, their consents, their vehicles and the catalogue of models."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Entity
from .enums import (
    Channel,
    ConsentKind,
    CustomerStage,
    CustomerType,
    Gender,
    OwnerType,
)


# Prefix searches use range conditions (col >= 'zs' AND col < 'zt'), which follow the
# column's collation: on PostgreSQL that must be "C" (code-point order) to match SQLite.
def search_key(length: int) -> String:
    return String(length).with_variant(String(length, collation="C"), "postgresql")


class Customer(Entity):
    __tablename__ = "customers"
    # The reminder run reads the customers changed since its last run (app.services.reminders).
    __table_args__ = (Index("ix_customers_updated_at", "updated_at"),)

    customer_type: Mapped[CustomerType] = mapped_column(String(12), default=CustomerType.PERSON)
    owner_type: Mapped[OwnerType] = mapped_column(String(20), default=OwnerType.PRIVATE)
    stage: Mapped[CustomerStage] = mapped_column(
        String(12), default=CustomerStage.PROSPECT, index=True
    )
    # Person's name, or the company's name with `contact_name` for the person we talk to.
    name: Mapped[str] = mapped_column(search_key(60), index=True)
    contact_name: Mapped[str | None] = mapped_column(String(40))
    # Search keys derived from the name: "zs" and "zhangsan" for 张三.
    name_initials: Mapped[str] = mapped_column(search_key(60), index=True, default="")
    name_pinyin: Mapped[str] = mapped_column(search_key(240), index=True, default="")
    # Digits only (13812345678); the suffix column makes "last four digits" an index lookup.
    mobile: Mapped[str | None] = mapped_column(search_key(20), unique=True)
    mobile_last4: Mapped[str | None] = mapped_column(String(4), index=True)
    gender: Mapped[Gender] = mapped_column(String(8), default=Gender.UNKNOWN)
    birthday: Mapped[date | None] = mapped_column(Date)
    # Lunar birthdays are kept as month/day of the lunar calendar (no year needed).
    lunar_birthday_month: Mapped[int | None] = mapped_column(Integer)
    lunar_birthday_day: Mapped[int | None] = mapped_column(Integer)
    id_number: Mapped[str | None] = mapped_column(String(18))
    occupation: Mapped[str | None] = mapped_column(String(40))
    hobbies: Mapped[str | None] = mapped_column(String(200))
    district: Mapped[str | None] = mapped_column(String(60))
    address: Mapped[str | None] = mapped_column(String(200))
    preferred_channel: Mapped[Channel] = mapped_column(String(12), default=Channel.PHONE)
    driving_years: Mapped[int | None] = mapped_column(Integer)
    source_channel: Mapped[str | None] = mapped_column(String(30))
    referred_by_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    consultant_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), index=True)
    # A high-value customer's own service advisor (domain.md, "Value and segments").
    dedicated_advisor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    # A family member or colleague reached on another customer's phone: the number stays
    # that customer's (one number, one customer), this one is linked to them.
    shares_mobile_with_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id"), index=True
    )
    intent_level: Mapped[str] = mapped_column(String(2), default="N", index=True)
    loss_reason: Mapped[str | None] = mapped_column(String(200))
    has_open_complaint: Mapped[bool] = mapped_column(Boolean, default=False)
    last_visit_at: Mapped[datetime | None] = mapped_column(DateTime)
    notes: Mapped[str | None] = mapped_column(Text)

    vehicles: Mapped[list[Vehicle]] = relationship(back_populates="owner")
    consents: Mapped[list[ContactConsent]] = relationship(
        back_populates="customer", cascade="all, delete-orphan"
    )


class ContactConsent(Entity):
    """Consent per kind of contact (PIPL). The latest change, with its date and reason."""

    __tablename__ = "contact_consents"
    __table_args__ = (
        UniqueConstraint("customer_id", "kind"),
        # The reminder run looks again at customers whose consent changed since its last run.
        Index("ix_contact_consents_updated_at", "updated_at"),
    )

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    kind: Mapped[ConsentKind] = mapped_column(String(12))
    granted: Mapped[bool] = mapped_column(Boolean)
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str | None] = mapped_column(String(200))

    customer: Mapped[Customer] = relationship(back_populates="consents")


class CarModel(Entity):
    """A model of the store's catalogue, with its maintenance plan and warranty.

    A plan figure left empty (None) is the store's default (settings service.* and
    delivery.warranty_*): see app.services.maintenance_plans."""

    __tablename__ = "car_models"

    brand: Mapped[str] = mapped_column(String(30))
    series: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(80), unique=True)
    is_new_energy: Mapped[bool] = mapped_column(Boolean, default=False)
    guide_price: Mapped[int] = mapped_column(Integer, default=0)  # yuan
    first_service_km: Mapped[int | None] = mapped_column(Integer)
    first_service_months: Mapped[int | None] = mapped_column(Integer)
    service_interval_km: Mapped[int | None] = mapped_column(Integer)
    service_interval_months: Mapped[int | None] = mapped_column(Integer)
    warranty_years: Mapped[int | None] = mapped_column(Integer)
    warranty_km: Mapped[int | None] = mapped_column(Integer)

    configurations: Mapped[list[CarConfiguration]] = relationship(
        cascade="all, delete-orphan", order_by="CarConfiguration.name"
    )
    colours: Mapped[list[CarColour]] = relationship(
        cascade="all, delete-orphan", order_by="CarColour.name"
    )


class CarConfiguration(Entity):
    """A trim of a model (豪华型, 旗舰型 …), as a sales order names it."""

    __tablename__ = "car_configurations"
    __table_args__ = (UniqueConstraint("model_id", "name"),)

    model_id: Mapped[int] = mapped_column(ForeignKey("car_models.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(80))


class CarColour(Entity):
    __tablename__ = "car_colours"
    __table_args__ = (UniqueConstraint("model_id", "name"),)

    model_id: Mapped[int] = mapped_column(ForeignKey("car_models.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(20))


class Vehicle(Entity):
    __tablename__ = "vehicles"
    # The reminder run reads the cars changed since its last run, and by the date columns
    # below only the cars whose reminder falls due on the new days of its window.
    # The segment builder (客户筛选) finds cars by brand through their model.
    __table_args__ = (
        Index("ix_vehicles_updated_at", "updated_at"),
        Index("ix_vehicles_model_id", "model_id"),
    )

    owner_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    model_id: Mapped[int | None] = mapped_column(ForeignKey("car_models.id"))
    vin: Mapped[str] = mapped_column(String(17), unique=True)
    vin_last6: Mapped[str] = mapped_column(String(6), index=True)
    plate: Mapped[str | None] = mapped_column(search_key(10), unique=True)
    colour: Mapped[str | None] = mapped_column(String(20))
    purchase_date: Mapped[date | None] = mapped_column(Date)
    delivery_date: Mapped[date | None] = mapped_column(Date)
    warranty_end_date: Mapped[date | None] = mapped_column(Date, index=True)
    warranty_end_km: Mapped[int | None] = mapped_column(Integer)
    insurance_expiry: Mapped[date | None] = mapped_column(Date, index=True)
    annual_inspection_due: Mapped[date | None] = mapped_column(Date, index=True)
    usual_environment: Mapped[str | None] = mapped_column(String(40))
    # Cached from the odometer history (app.rules.mileage); recomputed on every reading
    # and correction, so reminder rules can read it without the history.
    daily_km_average: Mapped[float | None] = mapped_column(Float)
    next_service_date: Mapped[date | None] = mapped_column(Date, index=True)
    next_service_km: Mapped[int | None] = mapped_column(Integer)

    owner: Mapped[Customer] = relationship(back_populates="vehicles")
    model: Mapped[CarModel | None] = relationship()
