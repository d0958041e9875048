"""Each role calls the services directly; what it may not do is refused by the service."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.audit import AuditFilter, AuditService
from app.db import Database
from app.errors import UserError
from app.models import StaffRole
from app.permissions import ROLE_PERMISSIONS, Actor, Permission, PermissionDenied
from app.services.appointments import AppointmentService
from app.services.auth import AuthService, NewUser
from app.services.checkin import CheckInService
from app.services.complaints import ComplaintService
from app.services.customer_import import CustomerImportService, ImportSource
from app.services.customers import CustomerService
from app.services.key_customers import KeyCustomerService
from app.services.reminders import ReminderService
from tests.factories import add_customer, add_staff


def attempts(db: Database, customer_id: int) -> dict[Permission, object]:
    """One service call per permission; each raises PermissionDenied when refused."""
    no_file = ImportSource(Path("没有这个文件.xlsx"))
    return {
        Permission.IMPORT_CUSTOMERS: lambda actor: CustomerImportService(db, actor).dry_run(
            no_file
        ),
        Permission.SEE_FULL_CONTACT: lambda actor: CustomerService(db, actor).reveal_mobile(
            customer_id
        ),
        Permission.VIEW_AUDIT: lambda actor: AuditService(db).page(actor, AuditFilter(), 0, 5),
        Permission.EDIT_SETTINGS: lambda actor: ReminderService(db, actor).save_rule(
            "birthday", {"lead_days": 2}
        ),
        Permission.MANAGE_USERS: lambda actor: AuthService(db).add_user(
            actor, NewUser(f"new{actor.staff_id}", "新人", StaffRole.RECEPTIONIST, "password-123")
        ),
        Permission.REOPEN_COMPLAINT: lambda actor: ComplaintService(db, actor).reopen(
            1, "客户再次来电"
        ),
        Permission.WORK_REPAIR_ORDERS: lambda actor: CheckInService(db, actor).move(
            1, "in_progress"
        ),
        Permission.LIST_ANY_KEY_CUSTOMER: lambda actor: KeyCustomerService(db, actor).mark(
            customer_id, add_staff(db, "另一位顾问")
        ),
        Permission.BOOK_APPOINTMENTS: lambda actor: AppointmentService(db, actor).cancel(1),
    }


@pytest.mark.parametrize("role", list(StaffRole))
def test_every_role_is_refused_exactly_what_it_may_not_do(db: Database, role: StaffRole) -> None:
    customer_id = add_customer(db, "张三", "13812345678")
    actor = Actor(add_staff(db, "某员工", role), "某员工", role)
    refused = set()
    for permission, attempt in attempts(db, customer_id).items():
        try:
            attempt(actor)
        except PermissionDenied:
            refused.add(permission)
        except UserError:  # let through the permission check, stopped later (no case 1)
            pass
    assert refused == set(attempts(db, customer_id)) - ROLE_PERMISSIONS[role]
