"""Who is at this desk: the signed-in staff member, and the services that act for them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.permissions import Actor
from app.services.staff import StaffMember


class DeskSession(QObject):
    """The person signed in here. Nothing ambient: the services the tabs use are built for
    this person (AppServices(db, actor)) when they sign in, and rebuilt when another does."""

    staff_changed = Signal(object)  # StaffMember | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actor: Actor | None = None

    @property
    def actor(self) -> Actor | None:
        return self._actor

    @property
    def staff(self) -> StaffMember | None:
        if self._actor is None or self._actor.staff_id is None:
            return None
        return StaffMember(self._actor.staff_id, self._actor.name, self._actor.role)

    def sign_in(self, actor: Actor | None) -> None:
        if actor != self._actor:
            self._actor = actor
            self.staff_changed.emit(self.staff)
