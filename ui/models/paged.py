"""A table model for lists that grow: rows are fetched a page at a time, never the table.

Give it the columns (header, how to show a row) and two callables from a service:
`count()` and `page(offset, limit)`. Views scroll, Qt calls fetchMore, the next page
arrives. `reload()` after the filter or the data changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from shiboken6 import isValid

from ..jobs import run_job

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str
    text: Callable[[Row], Any]
    align_right: bool = False
    background: Callable[[Row], str | None] | None = None  # a colour name, or None


class ColumnTableModel(QAbstractTableModel, Generic[Row]):
    """Named columns over plain rows (dataclasses). For a short list, set_rows() it whole."""

    def __init__(self, columns: Sequence[Column[Row]], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = column.text(row)  # the tooltip: the whole text of a cell cut short
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column.background:
            colour = column.background(row)
            return QBrush(QColor(colour)) if colour else None
        if role == ROW_ROLE:
            return row
        return None


class PagedTableModel(ColumnTableModel[Row]):
    """Rows fetched a page at a time through `count()` and `page(offset, limit)`."""

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        count: Callable[[], int],
        page: Callable[[int, int], list[Row]],
        page_size: int = 200,
        parent=None,
    ) -> None:
        super().__init__(columns, parent)
        self._count = count
        self._page = page
        self._page_size = page_size
        self._total = 0

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self._count()
        self._rows = self._page(0, self._page_size) if self._total else []
        self.endResetModel()

    def show_loaded(self, total: int, rows: Sequence[Row]) -> None:
        """What reload() shows, counted and fetched on a worker (ui/jobs.py) instead."""
        self.beginResetModel()
        self._total, self._rows = total, list(rows)
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    @property
    def page_size(self) -> int:
        return self._page_size

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._page(len(self._rows), self._page_size)
        if not more:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()


class BackgroundPagedTableModel(PagedTableModel[Row]):
    """The same, but each next page is read on a worker (ui/jobs.py): for lists whose
    pages take longer than the UI thread may wait (a filter over 200,000 customers, the
    dormant ones). A page that arrives after the list was reloaded is dropped. `more`
    (default: `page`) reads those pages; it must not touch Qt."""

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        count: Callable[[], int],
        page: Callable[[int, int], list[Row]],
        page_size: int = 200,
        parent=None,
        more: Callable[[int, int], list[Row]] | None = None,
    ) -> None:
        super().__init__(columns, count, page, page_size, parent)
        self._more = more or page
        self._loads = 0  # lists shown so far: a page asked for before the last one is stale
        self._fetching = False

    def reload(self) -> None:
        self._loads, self._fetching = self._loads + 1, False
        super().reload()

    def show_loaded(self, total: int, rows: Sequence[Row]) -> None:
        self._loads, self._fetching = self._loads + 1, False
        super().show_loaded(total, rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not self._fetching and super().canFetchMore(parent)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._fetching:
            return
        self._fetching, load, offset = True, self._loads, len(self._rows)
        more, size = self._more, self._page_size
        run_job(
            lambda _control: more(offset, size),
            lambda rows: self._arrived(load, rows),
            lambda _error: self._arrived(load, []),
        )

    def _arrived(self, load: int, rows: list[Row]) -> None:
        if not isValid(self) or load != self._loads:
            return
        self._fetching = False
        if not rows:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()
