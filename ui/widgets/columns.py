"""Table columns sized to what they show, so no header is elided and nothing needs
scrolling sideways on a 1366×768 screen.

Each column wants the width of its header and of its widest cell among the first rows
(the first SAMPLE_ROWS of the page it has, never the whole table: Qt's ResizeToContents
mode would measure again on every change), capped so one long value cannot push the
others out. The free-text column takes the width left over. When the table is narrower
than that, the free-text column gives up its room first, then the others share the
shortfall, none below its header: the table's minimum width is the sum of its headers.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

# Rows measured per column: a screenful and some (about 25 show at 1366×768). Measuring
# the whole first page of 100 cost the UI thread up to 120 ms at each reload.
SAMPLE_ROWS = 40
WIDEST_COLUMN = 320  # px; a longer value is elided in its cell (the header never is)


def shared_out(wanted: list[int], floors: list[int], room: int, stretch: int) -> list[int]:
    """Widths for columns wanting `wanted` (never under `floors`) in `room` pixels:
    the `stretch` column takes what is left over, or gives up its own share first when
    there is too little, then every column gives up the same part of what it has above
    its floor."""
    widths = list(wanted)
    spare = room - sum(widths)
    if spare >= 0:
        widths[stretch] += spare
        return widths
    given = min(-spare, widths[stretch] - floors[stretch])
    widths[stretch] -= given
    shortfall = -spare - given
    slack = sum(w - f for w, f in zip(widths, floors, strict=True))
    if shortfall <= 0 or slack <= 0:
        return widths
    share = min(shortfall / slack, 1.0)
    return [w - math.ceil((w - f) * share) for w, f in zip(widths, floors, strict=True)]


class ColumnFitter(QObject):
    """Keeps a table's columns fitted when its model is filled anew and when it resizes."""

    def __init__(self, view: QTableView, stretch: int = -1) -> None:
        super().__init__(view)
        self.view, self._stretch = view, stretch
        self._wanted: list[int] = []
        self._floors: list[int] = []
        self._stale = False  # filled anew while hidden: measured when it is shown
        header = view.horizontalHeader()
        header.setResizeContentsPrecision(SAMPLE_ROWS)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        model = view.model()
        model.modelReset.connect(self.measure)
        model.layoutChanged.connect(self.measure)
        model.headerDataChanged.connect(lambda *_: self.measure())
        view.viewport().installEventFilter(self)
        self.measure()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.share_out()
        elif event.type() == QEvent.Type.Show and self._stale:
            self.measure()
        return False

    def stretch_column(self) -> int:
        return self._stretch % max(self.view.model().columnCount(), 1)

    def measure(self) -> None:
        """What each column wants (header and first rows) and its floor (the header).
        A table filled while out of sight (a tab behind another) is measured when first
        shown: measuring a page of rows takes tens of ms on the UI thread."""
        self._stale = self._measured_once() and not self.view.isVisible()
        if self._stale:
            return
        header = self.view.horizontalHeader()
        columns = range(self.view.model().columnCount())
        self._floors = [header.sectionSizeHint(c) for c in columns]
        self._wanted = [
            max(floor, min(self.view.sizeHintForColumn(c), WIDEST_COLUMN))
            for c, floor in zip(columns, self._floors, strict=True)
        ]
        self.view.setMinimumWidth(sum(self._floors) + chrome_width(self.view))
        self.share_out()

    def _measured_once(self) -> bool:
        """The first measure is never put off: it sets the table's minimum width, which
        the window's layout needs before anything is shown."""
        return bool(self._floors)

    def share_out(self) -> None:
        if not self._wanted or len(self._wanted) != self.view.model().columnCount():
            return
        room = self.view.viewport().width()
        widths = shared_out(self._wanted, self._floors, room, self.stretch_column())
        header = self.view.horizontalHeader()
        for column, width in enumerate(widths):
            header.resizeSection(column, width)


def chrome_width(view: QTableView) -> int:
    """What a table needs beside its columns: frame, row header, vertical scroll bar."""
    rows = view.verticalHeader()
    row_header = rows.sizeHint().width() if not rows.isHidden() else 0
    scroll_bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
    return 2 * view.frameWidth() + row_header + scroll_bar


def fit_columns(view: QTableView, stretch: int = -1) -> ColumnFitter:
    """Size `view`'s columns now, whenever its model is reset and whenever it resizes;
    `stretch` (a column number, negative from the end) is the free-text column."""
    return ColumnFitter(view, stretch)


def row_list(model: QAbstractItemModel, name: str, stretch: int) -> QTableView:
    """A read-only list of rows, one chosen at a time, its columns fitted."""
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    fit_columns(view, stretch)
    return view
