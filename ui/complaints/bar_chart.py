"""A small horizontal bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_HEIGHT = 22
GAP = 6
LABEL_WIDTH = 110
BAR_COLOUR = QColor("#1e88e5")


class BarChart(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_bars(self, bars: list[tuple[str, int]]) -> None:
        self.bars = list(bars)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, max(1, len(self.bars)) * (BAR_HEIGHT + GAP) + GAP)

    def bar_width(self, value: int, available: float) -> float:
        largest = max((v for _label, v in self.bars), default=0)
        return available * value / largest if largest else 0.0

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        available = max(0.0, self.width() - LABEL_WIDTH - 50.0)
        for index, (label, value) in enumerate(self.bars):
            top = GAP + index * (BAR_HEIGHT + GAP)
            text_box = QRectF(0, top, LABEL_WIDTH - 8, BAR_HEIGHT)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(text_box, align, label)
            width = self.bar_width(value, available)
            painter.fillRect(QRectF(LABEL_WIDTH, top, width, BAR_HEIGHT), BAR_COLOUR)
            count_box = QRectF(LABEL_WIDTH + width + 6, top, 44, BAR_HEIGHT)
            painter.drawText(count_box, Qt.AlignmentFlag.AlignVCenter, str(value))
        painter.end()
