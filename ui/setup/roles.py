"""Staff roles as the window names them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models import StaffRole


def role_labels() -> dict[StaffRole, str]:
    return {
        StaffRole.STORE_MANAGER: QCoreApplication.translate("StaffRoles", "店长"),
        StaffRole.SALES_DIRECTOR: QCoreApplication.translate("StaffRoles", "销售总监"),
        StaffRole.SALES_CONSULTANT: QCoreApplication.translate("StaffRoles", "销售顾问"),
        StaffRole.RECEPTIONIST: QCoreApplication.translate("StaffRoles", "前台接待"),
        StaffRole.SERVICE_ADVISOR: QCoreApplication.translate("StaffRoles", "服务顾问"),
        StaffRole.CUSTOMER_SERVICE: QCoreApplication.translate("StaffRoles", "客服专员"),
        StaffRole.APPOINTMENT_OFFICER: QCoreApplication.translate("StaffRoles", "预约专员"),
    }
