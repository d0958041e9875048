"""The whole domain as SQLAlchemy 2.0 typed models (see shared/domain.md)."""

from .appointments import (
    Appointment,
    AppointmentChannel,
    AppointmentKind,
    AppointmentStatus,
    Attachment,
)
from .base import Base, Entity
from .campaigns import Campaign, CampaignInvitation
from .complaints import Complaint, ComplaintEvent
from .customers import CarColour, CarConfiguration, CarModel, ContactConsent, Customer, Vehicle
from .enums import *  # noqa: F403 - the vocabularies belong with the models
from .followups import FollowUpTask
from .imports import IMPORTED, UNDONE, ImportBatch, ImportRecord
from .sales import (
    Delivery,
    DeliveryChecklistItem,
    KeyCustomerEntry,
    OrderService,
    SalesOrder,
    ShowroomVisit,
)
from .service import OdometerReading, ServiceVisit, WorkItem
from .staff import StaffUser
from .system import AuditEntry, SettingValue, StoreLogo
from .value import CustomerValue, StoredSegment

__all__ = [
    "IMPORTED",
    "UNDONE",
    "Appointment",
    "AppointmentChannel",
    "AppointmentKind",
    "AppointmentStatus",
    "Attachment",
    "AuditEntry",
    "Base",
    "Campaign",
    "CampaignInvitation",
    "CarColour",
    "CarConfiguration",
    "CarModel",
    "Complaint",
    "ComplaintEvent",
    "ContactConsent",
    "Customer",
    "CustomerValue",
    "Delivery",
    "DeliveryChecklistItem",
    "Entity",
    "FollowUpTask",
    "ImportBatch",
    "ImportRecord",
    "KeyCustomerEntry",
    "OdometerReading",
    "OrderService",
    "SalesOrder",
    "ServiceVisit",
    "SettingValue",
    "ShowroomVisit",
    "StaffUser",
    "StoreLogo",
    "StoredSegment",
    "Vehicle",
    "WorkItem",
]
