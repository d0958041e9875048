"""Who may do what. Enforced in the services (app/), not only by hiding buttons."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .errors import UserError
from .i18n import QT_TRANSLATE_NOOP, term
from .models import StaffRole
from .validation import mask_mobile


class Permission(StrEnum):
    SEE_FULL_CONTACT = "see_full_contact"  # full phone and ID numbers
    EXPORT_CUSTOMERS = "export_customers"
    IMPORT_CUSTOMERS = "import_customers"
    EDIT_SETTINGS = "edit_settings"
    REOPEN_COMPLAINT = "reopen_complaint"
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    MANAGE_BACKUPS = "manage_backups"
    WORK_REPAIR_ORDERS = "work_repair_orders"  # open, extend, move, hand over; correct km
    LIST_ANY_KEY_CUSTOMER = "list_any_key_customer"  # a consultant lists only their own
    VIEW_BOARD = "view_board"  # the managers' board and daily reports
    ASSIGN_ADVISORS = "assign_advisors"  # a high-value customer's dedicated advisor
    RUN_CAMPAIGNS = "run_campaigns"  # invitation lists from a segment, and their tasks
    BOOK_APPOINTMENTS = "book_appointments"  # book, confirm, move and cancel; no-show sweep


PERMISSION_LABELS = {
    Permission.SEE_FULL_CONTACT: QT_TRANSLATE_NOOP("Staff", "查看完整手机号和证件号"),
    Permission.EXPORT_CUSTOMERS: QT_TRANSLATE_NOOP("Staff", "导出客户名单"),
    Permission.IMPORT_CUSTOMERS: QT_TRANSLATE_NOOP("Staff", "导入客户名单"),
    Permission.EDIT_SETTINGS: QT_TRANSLATE_NOOP("Staff", "修改系统设置"),
    Permission.REOPEN_COMPLAINT: QT_TRANSLATE_NOOP("Staff", "重新打开已归档投诉"),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("Staff", "管理员工账号"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("Staff", "查看操作日志"),
    Permission.MANAGE_BACKUPS: QT_TRANSLATE_NOOP("Staff", "备份和恢复数据库"),
    Permission.WORK_REPAIR_ORDERS: QT_TRANSLATE_NOOP("Staff", "开立和处理维修委托书"),
    Permission.LIST_ANY_KEY_CUSTOMER: QT_TRANSLATE_NOOP("Staff", "替其他顾问列重点客户"),
    Permission.VIEW_BOARD: QT_TRANSLATE_NOOP("Staff", "查看经营看板和日报"),
    Permission.ASSIGN_ADVISORS: QT_TRANSLATE_NOOP("Staff", "指定高价值客户的专属顾问"),
    Permission.RUN_CAMPAIGNS: QT_TRANSLATE_NOOP("Staff", "创建活动邀约名单"),
    Permission.BOOK_APPOINTMENTS: QT_TRANSLATE_NOOP("Staff", "登记和调整售后预约"),
}

_CONTACT_WORK = {Permission.SEE_FULL_CONTACT}
ROLE_PERMISSIONS: dict[StaffRole, frozenset[Permission]] = {
    # The receptionist types the number in but sees it masked afterwards.
    StaffRole.RECEPTIONIST: frozenset(),
    StaffRole.SALES_CONSULTANT: frozenset(_CONTACT_WORK),
    StaffRole.SERVICE_ADVISOR: frozenset(
        _CONTACT_WORK | {Permission.WORK_REPAIR_ORDERS, Permission.BOOK_APPOINTMENTS}
    ),
    # 预约专员: takes bookings by phone, WeChat and app, and calls to confirm them.
    StaffRole.APPOINTMENT_OFFICER: frozenset(_CONTACT_WORK | {Permission.BOOK_APPOINTMENTS}),
    # Customer service calls the dormant and recall customers; a booking ends that call.
    StaffRole.CUSTOMER_SERVICE: frozenset(
        _CONTACT_WORK | {Permission.RUN_CAMPAIGNS, Permission.BOOK_APPOINTMENTS}
    ),
    StaffRole.SALES_DIRECTOR: frozenset(
        _CONTACT_WORK
        | {
            Permission.EXPORT_CUSTOMERS,
            Permission.LIST_ANY_KEY_CUSTOMER,
            Permission.IMPORT_CUSTOMERS,
            Permission.VIEW_BOARD,
            Permission.RUN_CAMPAIGNS,
        }
    ),
    StaffRole.STORE_MANAGER: frozenset(Permission),
}


class PermissionDenied(UserError):
    def __init__(self, permission: Permission) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "您没有“{permission}”的权限，请联系店长。"),
            permission=term("Staff", PERMISSION_LABELS[permission]),
        )
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

    def may_filter_customers(self) -> bool:
        """Customer lists by a filter (the segment builder) are personal data in bulk:
        for who runs campaigns or reads the board."""
        return self.can(Permission.RUN_CAMPAIGNS) or self.can(Permission.VIEW_BOARD)

    def listed_mobile(self, mobile: str | None) -> str:
        """Every list shows numbers masked; revealing one is a deliberate, audited act
        (CustomerService.reveal_mobile)."""
        return mask_mobile(mobile)

    def exported_mobile(self, mobile: str | None) -> str:
        """A file handed out (an audited export) holds the whole number only for staff
        allowed to see it."""
        if self.can(Permission.SEE_FULL_CONTACT):
            return mobile or ""
        return mask_mobile(mobile)


def require_actor(actor: object) -> Actor:
    """Services refuse to act for nobody: an unknown actor is never promoted."""
    if not isinstance(actor, Actor):
        raise NotSignedIn()
    return actor


class NotSignedIn(UserError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "请先登录。"))


# Only where a command asks for it by name: schema upgrades and the demo fill. Never a
# default for an unknown actor.
SYSTEM = Actor(staff_id=None, name="系统", role=StaffRole.STORE_MANAGER)
