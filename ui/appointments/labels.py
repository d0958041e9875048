"""The book's words and colours: kinds, channels and statuses as the store says them
(declared in app.rules.appointments, translated here), and a colour per status."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.rules.appointments import CHANNEL_LABELS, KIND_LABELS, STATUS_LABELS
from app.services.appointment_types import AppointmentRow

CONTEXT = "Appointments"  # where app/ declares these labels (QT_TRANSLATE_NOOP)
STATUS_COLOURS = {
    "booked": "#bbdefb",  # blue: expected
    "confirmed": "#c8e6c9",  # green: confirmed on the call
    "arrived": "#e0e0e0",  # grey: here, the repair order took over
    "no_show": "#ffcdd2",  # red: did not come
    "cancelled": "#f5f5f5",
}
LATE_COLOUR = "#ffcc80"  # amber: past the grace, not here yet
FULL_COLOUR = "#ef9a9a"
BUSY_COLOUR = "#fff59d"


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("Appointments", KIND_LABELS.get(kind, kind))


def channel_label(channel: str) -> str:
    return QCoreApplication.translate("Appointments", CHANNEL_LABELS.get(channel, channel))


def status_label(status: str) -> str:
    return QCoreApplication.translate("Appointments", STATUS_LABELS.get(status, status))


def kinds() -> list[tuple[str, str]]:
    return [(code.value, kind_label(code)) for code in KIND_LABELS]


def channels() -> list[tuple[str, str]]:
    return [(code, channel_label(code)) for code in CHANNEL_LABELS]


def row_colour(row: AppointmentRow) -> str:
    return LATE_COLOUR if row.late else STATUS_COLOURS.get(row.status, "#ffffff")


def row_state(row: AppointmentRow) -> str:
    late = QCoreApplication.translate("Appointments", "迟到")
    return f"{status_label(row.status)}（{late}）" if row.late else status_label(row.status)
