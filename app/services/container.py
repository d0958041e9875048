"""All services over one database, built once at start and handed to the window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from ..audit import AuditService
from ..db import Database
from .auth import AuthService
from .calendar import CalendarService
from .changes import ChangeService
from .checkin import CheckInService
from .complaints import ComplaintService
from .customers import CustomerService
from .delivery import DeliveryService
from .key_customers import KeyCustomerService
from .loyalty import LoyaltyService
from .reception import ReceptionService
from .reminders import ReminderService
from .sales import SalesService
from .search import SearchService
from .staff import DirectoryService


@dataclass
class AppServices:
    db: Database
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
    complaints: ComplaintService = field(init=False)
    reminders: ReminderService = field(init=False)
    calendar: CalendarService = field(init=False)
    key_customers: KeyCustomerService = field(init=False)

    def __post_init__(self) -> None:
        self.search = SearchService(self.db)
        self.auth = AuthService(self.db, self.clock)
        self.changes = ChangeService(self.db)
        self.audit = AuditService(self.db)
        self.customers = CustomerService(self.db)
        self.reception = ReceptionService(self.db, self.clock)
        self.directory = DirectoryService(self.db)
        self.sales = SalesService(self.db, self.clock)
        self.delivery = DeliveryService(self.db, self.clock)
        self.loyalty = LoyaltyService(self.db, self.clock)
        self.checkin = CheckInService(self.db, self.clock)
        self.complaints = ComplaintService(self.db, self.clock)
        self.reminders = ReminderService(self.db, self.clock)
        self.calendar = CalendarService(self.db, self.clock)
        self.key_customers = KeyCustomerService(self.db, self.clock)
