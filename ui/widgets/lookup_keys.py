"""The keys of every lookup (a search box over its list of hits), the same at each desk:
Down moves from the box into the hits, Up from the first hit back to the box, Enter in
the box searches now and picks a single hit, Enter on a hit picks it (QListView's
`activated`), Esc clears."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class LookupKeys(QObject):
    def __init__(
        self,
        query: QLineEdit,
        results: QAbstractItemView,
        on_enter: Callable[[], None],
        on_escape: Callable[[], bool],
    ) -> None:
        """`on_escape` clears and says whether there was anything to clear; when there was
        not, Esc goes on to the window (a dialog closes as usual)."""
        super().__init__(query)
        self._query = query
        self._results = results
        self._on_enter = on_enter
        self._on_escape = on_escape
        query.installEventFilter(self)
        results.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() == Qt.Key.Key_Escape:
            return self._escape()
        if watched is self._query:
            return self._key_in_query(event.key())
        if event.key() == Qt.Key.Key_Up and self._results.currentIndex().row() <= 0:
            self._query.setFocus()
            return True
        return False

    def _key_in_query(self, key: int) -> bool:
        if key == Qt.Key.Key_Down:
            return self._into_hits()
        if key in ENTER_KEYS:
            self._on_enter()
            return True
        return False

    def _into_hits(self) -> bool:
        model = self._results.model()
        if model is None or model.rowCount() == 0:
            return False
        self._results.setFocus()
        self._results.setCurrentIndex(model.index(0, 0))
        return True

    def _escape(self) -> bool:
        cleared = self._on_escape()
        self._query.setFocus()
        return cleared
