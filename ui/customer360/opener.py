"""Opening the 360° card from a list: key C while the list has the focus, or 客户全景 in
the list's context menu, for the customer of the current row. One card window per desk:
a second customer replaces the first in it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QWidget

from app.services.container import AppServices

if TYPE_CHECKING:
    from .window import Customer360Window

CARD_KEY = "C"
CustomerOf = Callable[[], int | None]  # the customer of the list's current row, if any


class CardOpener(QObject):
    changed = Signal(int)  # a customer's advisor or consent changed in the card

    def __init__(self, services: AppServices, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._parent = parent
        self.window: Customer360Window | None = None

    def attach(self, view: QAbstractItemView, customer_of: CustomerOf, key: bool = True) -> QAction:
        """The entry in `view`'s context menu, and C on it unless `key` is False (the
        desk already has C for the whole page, as the calendar does)."""
        action = QAction(self.tr("客户全景"), view)
        action.setObjectName("openCustomer360")
        if key:
            action.setShortcut(QKeySequence(CARD_KEY))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda: self.open_for(customer_of))
        view.addAction(action)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return action

    def open_for(self, customer_of: CustomerOf) -> None:
        customer_id = customer_of()
        if customer_id is not None:
            self.open(customer_id)

    def open(self, customer_id: int) -> None:
        if self.window is None:
            # imported at the first card opened: its services and tabs are a launch's tens of ms
            from .window import Customer360Window

            self.window = Customer360Window(self._services, self._parent)
            self.window.changed.connect(self.changed)
        if self.window.show_customer(customer_id):
            self.window.show()
            if QGuiApplication.platformName() != "offscreen":  # which has no stacking
                self.window.raise_()
                self.window.activateWindow()
