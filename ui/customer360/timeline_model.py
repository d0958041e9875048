"""The customer's timeline as a table that fetches a page at a time as the view scrolls.

No count first: a page is asked for one row more than it shows, and that row says
whether there is more (a count would read the whole history the paging avoids)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex

from app.services.customer_timeline import TimelineEntry, TimelineKind

from ..models.paged import Column, ColumnTableModel

Index = QModelIndex | QPersistentModelIndex
Page = Callable[[int, int], list[TimelineEntry]]  # offset, limit
PAGE_SIZE = 50

KIND_COLOURS = {
    TimelineKind.COMPLAINT: "#ffebee",
    TimelineKind.DECLINED_WORK: "#fff8e1",
    TimelineKind.HANDOVER: "#e8f5e9",
    TimelineKind.ORDER: "#e8f5e9",
}


def _money(entry: TimelineEntry) -> str:
    return "" if entry.amount_yuan is None else f"¥{entry.amount_yuan:,.2f}"


def _kind(entry: TimelineEntry) -> str:
    return QCoreApplication.translate("Timeline", entry.kind_label)


def _colour(entry: TimelineEntry) -> str | None:
    return KIND_COLOURS.get(entry.kind)


def timeline_columns() -> list[Column[TimelineEntry]]:
    return [
        Column(
            QCoreApplication.translate("TimelineModel", "时间"),
            lambda e: f"{e.at:%Y-%m-%d %H:%M}",
            background=_colour,
        ),
        Column(QCoreApplication.translate("TimelineModel", "类别"), _kind, background=_colour),
        Column(QCoreApplication.translate("TimelineModel", "内容"), lambda e: e.summary),
        Column(QCoreApplication.translate("TimelineModel", "结果"), lambda e: e.outcome),
        Column(QCoreApplication.translate("TimelineModel", "金额"), _money, align_right=True),
        Column(QCoreApplication.translate("TimelineModel", "经办人"), lambda e: e.staff),
    ]


class TimelineModel(ColumnTableModel[TimelineEntry]):
    def __init__(self, page: Page, page_size: int = PAGE_SIZE, parent=None) -> None:
        super().__init__(timeline_columns(), parent)
        self._page = page
        self._page_size = page_size
        self._more = False

    def reload(self) -> None:
        self.beginResetModel()
        self._rows, self._more = self._next(0)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._more = [], False
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        more, self._more = self._next(len(self._rows))
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def _next(self, offset: int) -> tuple[list[TimelineEntry], bool]:
        rows = self._page(offset, self._page_size + 1)
        return rows[: self._page_size], len(rows) > self._page_size
