"""A month calendar that paints each day's count of follow-ups (overdue ones in red)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QCalendarWidget, QWidget

from app.services.calendar import DayCount, MonthCounts

from ..widgets.dates import monday_first

MINIMUM_HEIGHT = 330  # px: six weeks of cells tall enough for the day and its count
OVERDUE = QColor("#c62828")
PENDING = QColor("#1565c0")
DONE = QColor("#757575")


def count_text(count: DayCount) -> str:
    """'3' open of the day; '2/5' when some are done; overdue as '!2'."""
    if count.overdue:
        return f"!{count.overdue}"
    if count.open == count.total:
        return str(count.total)
    return f"{count.open}/{count.total}"


class MonthCountCalendar(QCalendarWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthCalendar")
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        monday_first(self)
        self.setMinimumHeight(MINIMUM_HEIGHT)
        self._counts: dict[date, DayCount] = {}

    def set_counts(self, counts: MonthCounts) -> None:
        self._counts = counts.days
        self.updateCells()

    def count_on(self, day: date) -> DayCount | None:
        return self._counts.get(day)

    def selected_day(self) -> date:
        return self.selectedDate().toPython()

    def _count_colour(self, count: DayCount, qdate: QDate) -> QColor:
        """On the selected day's highlight the count is in the highlight's text colour
        (blue on blue could not be read); overdue keeps its red there, bold on a light
        badge."""
        if qdate == self.selectedDate() and not count.overdue:
            return self.palette().color(QPalette.ColorRole.HighlightedText)
        return OVERDUE if count.overdue else PENDING if count.open else DONE

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        super().paintCell(painter, rect, qdate)
        count = self._counts.get(qdate.toPython())
        if count is None:
            return
        painter.save()
        font = painter.font()
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 8))
        font.setBold(bool(count.overdue))
        painter.setFont(font)
        painter.setPen(self._count_colour(count, qdate))
        inner = rect.adjusted(2, 1, -3, -1)
        if count.overdue and qdate == self.selectedDate():
            badge = painter.fontMetrics().boundingRect(count_text(count)).adjusted(-2, 0, 2, 0)
            badge.moveBottomRight(inner.bottomRight())
            painter.fillRect(badge, QColor("#ffffff"))
        painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                         count_text(count))  # fmt: skip
        painter.restore()
