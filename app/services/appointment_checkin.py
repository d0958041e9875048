"""A booked car checked in: its booking arrives with the repair order it became."""

from __future__ import annotations

from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Appointment, ServiceVisit
from .task_store import TaskStore


def arrived_for(store: TaskStore, appointment_id: int, visit: ServiceVisit) -> None:
    """In the check-in's transaction: the booking is arrived and linked to the order."""
    from .appointments import arrive  # the book's own rule for an arrival

    appointment = store.session.get(Appointment, appointment_id)
    if appointment is None or appointment.vehicle_id != visit.vehicle_id:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "该预约不是这辆车的，请重新选择车辆。"))
    arrive(store, appointment)
    appointment.service_visit_id = visit.id
