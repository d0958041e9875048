"""Type a phone number, a name or a plate; matching customers appear as you type.
Keys as at every lookup (ui/widgets/lookup_keys.py): Down into the hits, Enter picks
(a single hit straight from the box), Esc clears."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from app.services.search import CustomerHit, SearchService

from ..widgets.lookup_keys import LookupKeys

TYPING_PAUSE_MS = 250
MAX_HITS = 20


class HitsModel(QAbstractListModel):
    """At most MAX_HITS search results: a short list, not a growing table."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._hits: list[CustomerHit] = []

    def set_hits(self, hits: list[CustomerHit]) -> None:
        self.beginResetModel()
        self._hits = hits
        self.endResetModel()

    def hit(self, row: int) -> CustomerHit:
        return self._hits[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        hit = self._hits[index.row()]
        plates = " ".join(hit.plates)
        return f"{hit.name}　{hit.mobile or ''}　{hit.intent_level}　{plates}".rstrip()


class CustomerLookup(QWidget):
    customer_chosen = Signal(object)  # CustomerHit
    nothing_found = Signal(str)  # the query, to start a new customer from it
    nothing_to_pick = Signal()  # Enter found no one: go on to the form
    cleared = Signal()  # Esc

    def __init__(self, search: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self.query = QLineEdit()
        self.query.setObjectName("lookup")
        self.query.setPlaceholderText(self.tr("输入手机号、姓名（或拼音首字母）、车牌查找客户"))
        self.query.setClearButtonEnabled(True)
        self.hits = HitsModel(self)
        self.results = QListView()
        self.results.setObjectName("lookupResults")
        self.results.setModel(self.hits)
        self.results.setMaximumHeight(96)
        self.status = QLabel()
        self.status.setObjectName("lookupStatus")
        self._searched = ""  # the text the hits are for
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.query.textEdited.connect(lambda _t: self._timer.start())
        self.keys = LookupKeys(self.query, self.results, self._enter, self._escape)
        self.results.activated.connect(self._choose)
        self.results.clicked.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.query, self.results, self.status):
            layout.addWidget(widget)

    def run_search(self) -> None:
        self._timer.stop()
        text = self.query.text().strip()
        self._searched = text
        hits = self._search.search(text, limit=MAX_HITS) if text else []
        self.hits.set_hits(hits)
        if not text:
            self.status.clear()
        elif hits:
            self.status.setText(
                self.tr("找到 %1 位客户，选择一位，或直接新建。").replace("%1", str(len(hits)))
            )
        else:
            self.status.setText(self.tr("未找到，将按下方信息新建客户。"))
            self.nothing_found.emit(text)

    def clear(self) -> None:
        self._timer.stop()
        self._searched = ""
        self.query.clear()
        self.hits.set_hits([])
        self.status.clear()

    def _enter(self) -> None:
        """Search now (unless the hits are already for this text); pick a single hit."""
        if self.query.text().strip() != self._searched or not self._searched:
            self.run_search()
        if self.hits.rowCount() == 1:
            self._choose(self.hits.index(0))
        elif self.hits.rowCount() == 0 and self._searched:
            self.nothing_to_pick.emit()

    def _escape(self) -> bool:
        had_something = bool(self.query.text() or self.hits.rowCount())
        self.clear()
        self.cleared.emit()
        return had_something

    def show_candidates(self, hits: list[CustomerHit]) -> None:
        self.hits.set_hits(hits)
        self.status.setText(self.tr("可能是同一人：请选择已有客户，或确认新建。"))

    def _choose(self, index: QModelIndex) -> None:
        if index.isValid():
            self.customer_chosen.emit(self.hits.hit(index.row()))
