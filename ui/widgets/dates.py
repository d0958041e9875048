"""Dates read the same in every language: ISO (2026-11-30, never 11/30/26), weeks from
Monday as in China (and as the key-customer week and 2026-W49 count them)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCalendarWidget, QDateTimeEdit

ISO_DATE = "yyyy-MM-dd"
ISO_MINUTE = "yyyy-MM-dd HH:mm"

Edit = TypeVar("Edit", bound=QDateTimeEdit)


def monday_first(calendar: QCalendarWidget) -> QCalendarWidget:
    calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    return calendar


def iso(edit: Edit, display_format: str = ISO_DATE) -> Edit:
    """`edit` (a QDateEdit or QDateTimeEdit) shown as ISO, its pop-up calendar from Monday."""
    edit.setDisplayFormat(display_format)
    if edit.calendarPopup():
        monday_first(edit.calendarWidget())
    return edit
