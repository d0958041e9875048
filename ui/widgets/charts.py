"""Charts for the managers' board and the complaint analysis, on QtCharts.

Why QtCharts (PySide6-Addons 6.11.3) and not pyqtgraph — measured 2026-11-30 from the
wheels (`pip download` into /tmp, unpacked, sizes and `ldd`):

- QtCharts: the installer collects only QtCharts.abi3.so (1.0 MB) and libQt6Charts.so.6
  (2.3 MB); `ldd` shows it links QtOpenGL (0.7 MB) and QtOpenGLWidgets (0.06 MB), which
  PySide6-Essentials already ships but our build did not yet collect, plus Widgets, Gui,
  Core, DBus and ICU, which it does. About 4.1 MB more in dist/DealerDesk. The 175 MB
  Addons wheel is a development install only; installer.spec excludes the rest of it.
- pyqtgraph 0.14.0: 5.0 MB of Python, and it imports numpy (2.4.6 for CPython 3.11:
  31 MB package + 28 MB of bundled OpenBLAS/gfortran in numpy.libs), about 64 MB; numpy
  is in installer.spec's excludes today, and OpenBLAS starts a thread pool per process.

QtCharts is the Qt Company's own, versioned with the Qt we pin, draws with the widgets'
fonts (Chinese labels need nothing more), and has bar, line and category axes, which is
all the board draws. pyqtgraph shines at live plots of large arrays; we draw thirty points.

Each chart keeps the plain values it shows (`bars`, `days`) for the tests and the screen
reader, and emits `clicked(index)` when a bar is clicked, so a number opens its list.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOUR = QColor("#1e88e5")
LINE_COLOUR = QColor("#e53935")
ROW_HEIGHT = 26


def _chart() -> QChart:
    chart = QChart()
    chart.legend().hide()
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.setBackgroundRoundness(0)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


class ChartView(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_chart(), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _reset(self, counts: list[int]) -> QChart:
        """An empty chart, titled "no data" when every count is 0 (a new store's board):
        bare axes alone read like a broken chart."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle("" if any(counts) else self.tr("暂无数据"))
        return chart

    @property
    def empty_text(self) -> str:
        """What the chart says over its axes ("" when it has something to show)."""
        return self.chart().title()


class BarChart(ChartView):
    """Horizontal bars, one per label, with its count: complaints by class, follow-ups
    per owner, dormant bands, segments."""

    clicked = Signal(int)  # the bar's index in `bars`

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, int]] = []

    def set_bars(self, bars: list[tuple[str, int]]) -> None:
        self.bars = list(bars)
        chart = self._reset([n for _label, n in self.bars])
        values = QBarSet("")
        values.append([float(n) for _label, n in reversed(self.bars)])  # first bar on top
        values.setColor(BAR_COLOUR)
        series = QHorizontalBarSeries()
        series.append(values)
        series.setLabelsVisible(True)
        series.clicked.connect(self._clicked)
        chart.addSeries(series)
        labels = _category_axis([label for label, _n in reversed(self.bars)])
        chart.addAxis(labels, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(labels)
        chart.addAxis(
            _count_axis(max((n for _l, n in self.bars), default=0)), Qt.AlignmentFlag.AlignBottom
        )
        series.attachAxis(chart.axes(Qt.Orientation.Horizontal)[0])
        self.updateGeometry()

    def _clicked(self, index: int, _set: QBarSet) -> None:
        self.clicked.emit(len(self.bars) - 1 - index)

    def sizeHint(self) -> QSize:
        return QSize(360, max(3, len(self.bars)) * ROW_HEIGHT + 40)


class TrafficChart(ChartView):
    """Walk-ins per day (bars) and the day's conversion (line, right axis)."""

    clicked = Signal(int)  # the day's index in `days`

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[tuple[str, int, float]] = []  # (label, visits, conversion)

    def set_days(self, days: list[tuple[str, int, float]]) -> None:
        self.days = list(days)
        chart = self._reset([n for _label, n, _c in self.days])
        visits = QBarSet("")
        visits.append([float(n) for _label, n, _c in self.days])
        visits.setColor(BAR_COLOUR)
        bars = QBarSeries()
        bars.append(visits)
        bars.clicked.connect(lambda index, _set: self.clicked.emit(index))
        line = QLineSeries()
        line.setColor(LINE_COLOUR)
        for index, (_label, _n, conversion) in enumerate(self.days):
            line.append(QPointF(index, conversion * 100))
        chart.addSeries(bars)
        chart.addSeries(line)
        self._axes(chart, bars, line)

    def _axes(self, chart: QChart, bars: QBarSeries, line: QLineSeries) -> None:
        days = _category_axis([label for label, _n, _c in self.days])
        days.setLabelsAngle(-90)
        chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(days)
        line.attachAxis(days)
        counts = _count_axis(max((n for _l, n, _c in self.days), default=0))
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(counts)
        share = QValueAxis()
        share.setRange(0, 100)
        share.setLabelFormat("%d%%")
        chart.addAxis(share, Qt.AlignmentFlag.AlignRight)
        line.attachAxis(share)

    def sizeHint(self) -> QSize:
        return QSize(480, 220)


def _category_axis(labels: list[str]) -> QBarCategoryAxis:
    """Names and days read whole: QtCharts elides a label to "…" when it guesses it is
    short of room, which left every name of a 20-owner chart unreadable."""
    axis = QBarCategoryAxis()
    axis.append(labels or [""])
    axis.setTruncateLabels(False)
    return axis


def _count_axis(largest: int) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(1, largest))
    axis.setTickCount(min(6, max(2, largest + 1)))
    axis.applyNiceNumbers()  # 0, 20, 40 … rather than 0, 16, 32, 49
    axis.setLabelFormat("%d")
    return axis
