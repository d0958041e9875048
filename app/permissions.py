"""Who may do what. Enforced in the services (app/), not only by hiding buttons."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .errors import UserError
from .models import StaffRole


class Permission(StrEnum):
    SEE_FULL_CONTACT = "see_full_contact"  # full phone and ID numbers
    EXPORT_CUSTOMERS = "export_customers"
    EDIT_SETTINGS = "edit_settings"
    REOPEN_COMPLAINT = "reopen_complaint"
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"


PERMISSION_LABELS = {
    Permission.SEE_FULL_CONTACT: "查看完整手机号和证件号",
    Permission.EXPORT_CUSTOMERS: "导出客户名单",
    Permission.EDIT_SETTINGS: "修改系统设置",
    Permission.REOPEN_COMPLAINT: "重新打开已归档投诉",
    Permission.MANAGE_USERS: "管理员工账号",
    Permission.VIEW_AUDIT: "查看操作日志",
}

_CONTACT_WORK = {Permission.SEE_FULL_CONTACT}
ROLE_PERMISSIONS: dict[StaffRole, frozenset[Permission]] = {
    # The receptionist types the number in but sees it masked afterwards.
    StaffRole.RECEPTIONIST: frozenset(),
    StaffRole.SALES_CONSULTANT: frozenset(_CONTACT_WORK),
    StaffRole.SERVICE_ADVISOR: frozenset(_CONTACT_WORK),
    StaffRole.CUSTOMER_SERVICE: frozenset(_CONTACT_WORK),
    StaffRole.SALES_DIRECTOR: frozenset(_CONTACT_WORK | {Permission.EXPORT_CUSTOMERS}),
    StaffRole.STORE_MANAGER: frozenset(Permission),
}


class PermissionDenied(UserError):
    def __init__(self, permission: Permission) -> None:
        super().__init__(f"您没有“{PERMISSION_LABELS[permission]}”的权限，请联系店长。")
        self.permission = permission


@dataclass(frozen=True)
class Actor:
    """The person an action is done for: the signed-in staff member, or the system."""

    staff_id: int | None
    name: str
    role: StaffRole

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(permission)


# Commands run on the machine by IT (backup, export scripts): full rights, still audited.
SYSTEM = Actor(staff_id=None, name="系统（命令行）", role=StaffRole.STORE_MANAGER)
