"""Closed vocabularies stored as short strings (no database ENUM types to migrate)."""

from __future__ import annotations

from enum import StrEnum


class CustomerStage(StrEnum):
    PROSPECT = "prospect"  # 潜在客户
    DEAL = "deal"  # 成交客户
    LOST = "lost"  # 战败客户


class CustomerType(StrEnum):
    PERSON = "person"
    COMPANY = "company"


class OwnerType(StrEnum):
    PRIVATE = "private"  # 私家车主
    FLEET = "fleet"  # 企业车队
    USED_CAR_DEALER = "used_car_dealer"  # 二手车商


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"
    UNKNOWN = "unknown"


class Channel(StrEnum):
    PHONE = "phone"
    SMS = "sms"
    WECHAT = "wechat"
    VISIT = "visit"


class StaffRole(StrEnum):
    RECEPTIONIST = "receptionist"
    SALES_CONSULTANT = "sales_consultant"
    SALES_DIRECTOR = "sales_director"
    SERVICE_ADVISOR = "service_advisor"
    CUSTOMER_SERVICE = "customer_service"
    APPOINTMENT_OFFICER = "appointment_officer"  # 预约专员
    STORE_MANAGER = "store_manager"


class VehicleUse(StrEnum):
    FAMILY = "family"
    BUSINESS = "business"
    LUXURY = "luxury"


class ConsentKind(StrEnum):
    MARKETING = "marketing"
    GREETINGS = "greetings"
    SERVICE = "service"


class TaskStatus(StrEnum):
    OPEN = "open"
    REACHED = "reached"
    NOT_REACHED = "not_reached"
    RESCHEDULED = "rescheduled"
    DONE = "done"
    SKIPPED = "skipped"
    BOOKED = "booked"  # answered by a service appointment (已预约)


class ServiceType(StrEnum):
    MAINTENANCE = "maintenance"
    REPAIR = "repair"
    WARRANTY = "warranty"
    ACCIDENT = "accident"
    RECALL = "recall"
    PDI = "pdi"


class RepairOrderStatus(StrEnum):
    CHECKED_IN = "checked_in"
    IN_PROGRESS = "in_progress"
    QUALITY_CHECK = "quality_check"
    READY = "ready"
    HANDED_OVER = "handed_over"


class WorkItemStatus(StrEnum):
    AGREED = "agreed"
    PENDING_CONSENT = "pending_consent"
    DECLINED = "declined"


class OrderStatus(StrEnum):
    OPEN = "open"
    ALLOCATED = "allocated"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


class PaymentMethod(StrEnum):
    CASH = "cash"
    LOAN = "loan"


class Progress(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class ComplaintStatus(StrEnum):
    RECEIVED = "received"
    RESPONDED = "responded"
    FIRST_PROPOSAL = "first_proposal"
    REINVESTIGATING = "reinvestigating"
    FINAL_PROPOSAL = "final_proposal"
    CLOSED = "closed"


class KeyCustomerOutcome(StrEnum):
    OPEN = "open"
    DEAL = "deal"  # 成交
    LOST = "lost"  # 战败
    POSTPONED = "postponed"  # 延期
