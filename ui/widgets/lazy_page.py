"""A page of a QTabWidget built the first time it is shown or asked for: a tab whose
inner pages sit behind tabs opens without building (and reading for) all of them at once,
on the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

W = TypeVar("W", bound=QWidget)


class LazyPage(QWidget, Generic[W]):
    def __init__(self, build: Callable[[], W]) -> None:
        super().__init__()
        self._build = build
        self._content: W | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._content is not None

    def content(self) -> W:
        """The page's widget, built now if it is not yet."""
        if self._content is None:
            self._content = self._build()
            self._layout.addWidget(self._content)
            self._content.show()  # now, not queued: a child added to a shown page waits
        return self._content

    def showEvent(self, event: QShowEvent) -> None:
        self.content()
        super().showEvent(event)
