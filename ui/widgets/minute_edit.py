"""A date and time to the minute that Tab leaves as one field (QDateTimeEdit's Tab walks
its year, month, day, hour and minute first; the arrows still move between them)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from .dates import ISO_MINUTE, iso


class MinuteEdit(QDateTimeEdit):
    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName=object_name)
        iso(self, ISO_MINUTE)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)

    def set_moment(self, moment: datetime) -> None:
        self.setDateTime(QDateTime(moment.replace(second=0, microsecond=0)))

    def moment(self) -> datetime:
        return self.dateTime().toPython()
