"""All services over one database, bound to the staff member they act for.

The window builds one container per sign-in and hands it to the tabs it builds for that
person; a command builds one for its --user. A worker thread is handed the container of
whoever started the job: who acts is an argument, never an ambient global."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from importlib import import_module
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from ..db import Database
from ..permissions import Actor, require_actor

if TYPE_CHECKING:
    from ..audit import AuditService
    from .appointments import AppointmentService
    from .auth import AuthService
    from .backups import AutomaticBackupService
    from .board import BoardService
    from .calendar import CalendarService
    from .campaigns import CampaignService
    from .catalogue import CatalogueService
    from .changes import ChangeService
    from .checkin import CheckInService
    from .complaints import ComplaintService
    from .customer_360 import Customer360Service
    from .customer_import import CustomerImportService
    from .customer_value import CustomerValueService
    from .customers import CustomerService
    from .delivery import DeliveryService
    from .due_list import DueListService
    from .key_customers import KeyCustomerService
    from .loyalty import LoyaltyService
    from .reception import ReceptionService
    from .reminders import ReminderService
    from .repair_record import RepairRecordService
    from .restore import RestoreService
    from .sales import SalesService
    from .search import SearchService
    from .segments import SegmentService
    from .settings_admin import SettingsService
    from .staff import DirectoryService
    from .staff_admin import StaffAdminService
    from .store_profile import StoreProfileService
    from .workshop import WorkshopService

T = TypeVar("T")


class Lazy(Generic[T]):
    """A service of AppServices made, and its module imported, when first asked for: a
    window's launch and a command load only the services they use (the appointment
    book's, the board's, … modules cost ~0.2 s together)."""

    def __init__(self, module: str, name: str, *needs: str) -> None:
        self.module, self.name, self.needs = module, name, needs

    def __set_name__(self, owner: type, attribute: str) -> None:
        self.attribute = attribute

    @overload
    def __get__(self, services: None, owner: type) -> Lazy[T]: ...

    @overload
    def __get__(self, services: AppServices, owner: type) -> T: ...

    def __get__(self, services: AppServices | None, owner: type) -> Any:
        if services is None:
            return self
        service_class = getattr(import_module(self.module, __package__), self.name)
        service = service_class(*(getattr(services, need) for need in self.needs))
        services.__dict__[self.attribute] = service  # from now on found without us
        return service


class AppServices:
    """Every service acting for `actor`, each made when first used."""

    search: Lazy[SearchService] = Lazy(".search", "SearchService", "db", "actor")
    auth: Lazy[AuthService] = Lazy(".auth", "AuthService", "db", "clock")
    changes: Lazy[ChangeService] = Lazy(".changes", "ChangeService", "db")
    audit: Lazy[AuditService] = Lazy("..audit", "AuditService", "db")
    customers: Lazy[CustomerService] = Lazy(".customers", "CustomerService", "db", "actor", "clock")
    reception: Lazy[ReceptionService] = Lazy(
        ".reception", "ReceptionService", "db", "actor", "clock"
    )
    directory: Lazy[DirectoryService] = Lazy(".staff", "DirectoryService", "db")
    sales: Lazy[SalesService] = Lazy(".sales", "SalesService", "db", "actor", "clock")
    delivery: Lazy[DeliveryService] = Lazy(".delivery", "DeliveryService", "db", "actor", "clock")
    loyalty: Lazy[LoyaltyService] = Lazy(".loyalty", "LoyaltyService", "db", "actor", "clock")
    checkin: Lazy[CheckInService] = Lazy(".checkin", "CheckInService", "db", "actor", "clock")
    appointments: Lazy[AppointmentService] = Lazy(
        ".appointments", "AppointmentService", "db", "actor", "clock"
    )
    workshop: Lazy[WorkshopService] = Lazy(".workshop", "WorkshopService", "db", "actor", "clock")
    repair_records: Lazy[RepairRecordService] = Lazy(
        ".repair_record", "RepairRecordService", "db", "actor", "clock"
    )
    complaints: Lazy[ComplaintService] = Lazy(
        ".complaints", "ComplaintService", "db", "actor", "clock"
    )
    reminders: Lazy[ReminderService] = Lazy(".reminders", "ReminderService", "db", "actor", "clock")
    calendar: Lazy[CalendarService] = Lazy(".calendar", "CalendarService", "db", "actor", "clock")
    key_customers: Lazy[KeyCustomerService] = Lazy(
        ".key_customers", "KeyCustomerService", "db", "actor", "clock"
    )
    customer_import: Lazy[CustomerImportService] = Lazy(
        ".customer_import", "CustomerImportService", "db", "actor", "clock"
    )
    store_profile: Lazy[StoreProfileService] = Lazy(
        ".store_profile", "StoreProfileService", "db", "actor", "clock"
    )
    staff_admin: Lazy[StaffAdminService] = Lazy(
        ".staff_admin", "StaffAdminService", "db", "actor", "clock"
    )
    catalogue: Lazy[CatalogueService] = Lazy(
        ".catalogue", "CatalogueService", "db", "actor", "clock"
    )
    settings: Lazy[SettingsService] = Lazy(
        ".settings_admin", "SettingsService", "db", "actor", "clock"
    )
    value: Lazy[CustomerValueService] = Lazy(
        ".customer_value", "CustomerValueService", "db", "actor", "clock"
    )
    customer360: Lazy[Customer360Service] = Lazy(
        ".customer_360", "Customer360Service", "db", "actor", "clock"
    )
    segments: Lazy[SegmentService] = Lazy(".segments", "SegmentService", "db", "actor", "clock")
    board: Lazy[BoardService] = Lazy(".board", "BoardService", "db", "actor", "clock")
    campaigns: Lazy[CampaignService] = Lazy(".campaigns", "CampaignService", "db", "actor", "clock")
    due_list: Lazy[DueListService] = Lazy(".due_list", "DueListService", "db", "actor", "clock")

    def __init__(
        self, db: Database, actor: Actor, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        self.db, self.actor, self.clock = db, require_actor(actor), clock


@dataclass(frozen=True)
class Store:
    """One store's database and clock before anyone signs in: what the window needs to
    sign someone in, watch for other workstations, and build the services for them."""

    db: Database
    clock: Callable[[], datetime] = datetime.now

    def auth(self) -> AuthService:
        from .auth import AuthService

        return AuthService(self.db, self.clock)

    def changes(self) -> ChangeService:
        from .changes import ChangeService

        return ChangeService(self.db)

    def audit(self) -> AuditService:
        from ..audit import AuditService

        return AuditService(self.db)

    def backups(self) -> AutomaticBackupService:
        from .backups import AutomaticBackupService

        return AutomaticBackupService(self.db)

    def restoring(self, actor: Actor) -> RestoreService:
        from .restore import RestoreService

        return RestoreService(self.db, actor)

    def acting_as(self, actor: Actor) -> AppServices:
        return AppServices(self.db, actor, self.clock)

    def describe(self) -> str:
        return self.db.describe()
