"""All services over one database, bound to the staff member they act for.

The window builds one container per sign-in and hands it to the tabs it builds for that
person; a command builds one for its --user. A worker thread is handed the container of
whoever started the job: who acts is an argument, never an ambient global."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from ..audit import AuditService
from ..db import Database
from ..permissions import Actor, require_actor
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


@dataclass
class AppServices:
    db: Database
    actor: Actor
    clock: Callable[[], datetime] = datetime.now
    search: SearchService = field(init=False)
    auth: AuthService = field(init=False)
    changes: ChangeService = field(init=False)
    audit: AuditService = field(init=False)
    customers: CustomerService = field(init=False)
    reception: ReceptionService = field(init=False)
    directory: DirectoryService = field(init=False)
    sales: SalesService = field(init=False)
    delivery: DeliveryService = field(init=False)
    loyalty: LoyaltyService = field(init=False)
    checkin: CheckInService = field(init=False)
    appointments: AppointmentService = field(init=False)
    workshop: WorkshopService = field(init=False)
    repair_records: RepairRecordService = field(init=False)
    complaints: ComplaintService = field(init=False)
    reminders: ReminderService = field(init=False)
    calendar: CalendarService = field(init=False)
    key_customers: KeyCustomerService = field(init=False)
    customer_import: CustomerImportService = field(init=False)
    store_profile: StoreProfileService = field(init=False)
    staff_admin: StaffAdminService = field(init=False)
    catalogue: CatalogueService = field(init=False)
    settings: SettingsService = field(init=False)
    value: CustomerValueService = field(init=False)
    customer360: Customer360Service = field(init=False)
    segments: SegmentService = field(init=False)
    board: BoardService = field(init=False)
    campaigns: CampaignService = field(init=False)
    due_list: DueListService = field(init=False)

    def __post_init__(self) -> None:
        db, actor, clock = self.db, require_actor(self.actor), self.clock
        self.search = SearchService(db, actor)
        self.auth = AuthService(db, clock)
        self.changes = ChangeService(db)
        self.audit = AuditService(db)
        self.customers = CustomerService(db, actor, clock)
        self.reception = ReceptionService(db, actor, clock)
        self.directory = DirectoryService(db)
        self.sales = SalesService(db, actor, clock)
        self.delivery = DeliveryService(db, actor, clock)
        self.loyalty = LoyaltyService(db, actor, clock)
        self.checkin = CheckInService(db, actor, clock)
        self.appointments = AppointmentService(db, actor, clock)
        self.workshop = WorkshopService(db, actor, clock)
        self.repair_records = RepairRecordService(db, actor, clock)
        self.complaints = ComplaintService(db, actor, clock)
        self.reminders = ReminderService(db, actor, clock)
        self.calendar = CalendarService(db, actor, clock)
        self.key_customers = KeyCustomerService(db, actor, clock)
        self.customer_import = CustomerImportService(db, actor, clock)
        self.store_profile = StoreProfileService(db, actor, clock)
        self.staff_admin = StaffAdminService(db, actor, clock)
        self.catalogue = CatalogueService(db, actor, clock)
        self.settings = SettingsService(db, actor, clock)
        self.value = CustomerValueService(db, actor, clock)
        self.customer360 = Customer360Service(db, actor, clock)
        self.segments = SegmentService(db, actor, clock)
        self.board = BoardService(db, actor, clock)
        self.campaigns = CampaignService(db, actor, clock)
        self.due_list = DueListService(db, actor, clock)


@dataclass(frozen=True)
class Store:
    """One store's database and clock before anyone signs in: what the window needs to
    sign someone in, watch for other workstations, and build the services for them."""

    db: Database
    clock: Callable[[], datetime] = datetime.now

    def auth(self) -> AuthService:
        return AuthService(self.db, self.clock)

    def changes(self) -> ChangeService:
        return ChangeService(self.db)

    def audit(self) -> AuditService:
        return AuditService(self.db)

    def backups(self) -> AutomaticBackupService:
        return AutomaticBackupService(self.db)

    def restoring(self, actor: Actor) -> RestoreService:
        return RestoreService(self.db, actor)

    def acting_as(self, actor: Actor) -> AppServices:
        return AppServices(self.db, actor, self.clock)

    def describe(self) -> str:
        return self.db.describe()
