"""Who is at this desk. Picked from the staff list until sign-in arrives."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.services.staff import StaffMember


class DeskSession(QObject):
    staff_changed = Signal(object)  # StaffMember | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._staff: StaffMember | None = None

    @property
    def staff(self) -> StaffMember | None:
        return self._staff

    def set_staff(self, staff: StaffMember | None) -> None:
        if staff != self._staff:
            self._staff = staff
            self.staff_changed.emit(staff)
