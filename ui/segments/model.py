"""The matching customers, a page at a time; the next page is read on a worker (at
200,000 customers a page of a filter takes longer than the UI thread may wait), and a
page that arrives after the filter changed is dropped."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from shiboken6 import isValid

from app.services.segments import SegmentRow

from ..jobs import run_job
from ..models.paged import Index, PagedTableModel
from .columns import segment_columns

Page = Callable[[int, int], list[SegmentRow]]


class SegmentModel(PagedTableModel[SegmentRow]):
    def __init__(self, count: Callable[[], int], first: Page, more: Page, parent=None) -> None:
        super().__init__(segment_columns(), count, first, 200, parent)
        self._more = more
        self._loads = 0  # reloads so far: a page asked for before the last one is stale
        self._fetching = False

    def reload(self) -> None:
        self._loads += 1
        self._fetching = False
        super().reload()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not self._fetching and super().canFetchMore(parent)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._fetching:
            return
        self._fetching, load, offset = True, self._loads, len(self._rows)
        more = self._more
        run_job(
            lambda _control: more(offset, self._page_size),
            lambda rows: self._arrived(load, rows),
            lambda _error: self._arrived(load, []),
        )

    def _arrived(self, load: int, rows: list[SegmentRow]) -> None:
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
