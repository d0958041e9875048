"""The matching customers, a page at a time; the next page is read on a worker (at
200,000 customers a page of a filter takes longer than the UI thread may wait), and a
page that arrives after the filter changed is dropped."""

from __future__ import annotations

from collections.abc import Callable

from app.services.segments import SegmentRow

from ..models.paged import BackgroundPagedTableModel
from .columns import segment_columns

Page = Callable[[int, int], list[SegmentRow]]


class SegmentModel(BackgroundPagedTableModel[SegmentRow]):
    def __init__(self, count: Callable[[], int], first: Page, more: Page, parent=None) -> None:
        super().__init__(segment_columns(), count, first, 200, parent, more=more)
