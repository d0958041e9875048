"""The delivery checklist as a table: tick an item, write a remark; each change is
saved at once through the delivery service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.errors import UserError
from app.rules.handover import ItemState, unexplained
from app.services.delivery import ChecklistLine, DeliveryService

from ..i18n import app_label

Index = QModelIndex | QPersistentModelIndex
SECTION, ITEM, REMARKS = range(3)


class ChecklistModel(QAbstractTableModel):
    """At most a few dozen items: the whole list is held."""

    failed = Signal(object)  # UserError
    changed = Signal()

    def __init__(self, delivery: DeliveryService, parent=None) -> None:
        super().__init__(parent)
        self._service = delivery
        self._lines: list[ChecklistLine] = []
        self._locked = True
        self._headers = [self.tr("分类"), self.tr("检查项目"), self.tr("备注")]

    def set_lines(self, lines: list[ChecklistLine], locked: bool) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._locked = locked
        self.endResetModel()

    def line(self, row: int) -> ChecklistLine:
        return self._lines[row]

    def unexplained(self) -> int:
        """Items neither ticked nor explained in a remark (the handover waits for them)."""
        states = [ItemState(line.label, line.checked, line.remarks) for line in self._lines]
        return len(unexplained(states))

    # --- Qt model ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._locked:
            return flags
        if index.column() == ITEM:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == REMARKS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole and column in (SECTION, ITEM):
            # The store's own items are in no catalogue and show as typed.
            return app_label("Sales", (line.section_title, line.label)[column])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (line.section_title, line.label, line.remarks or "")[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == ITEM:
            return Qt.CheckState.Checked if line.checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self._locked:
            return False
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == ITEM:
            return self._save(index, line, _is_checked(value), line.remarks)
        if role == Qt.ItemDataRole.EditRole and index.column() == REMARKS:
            return self._save(index, line, line.checked, str(value))
        return False

    def _save(self, index: Index, line: ChecklistLine, checked: bool, remarks: str | None) -> bool:
        try:
            saved = self._service.tick(line.id, checked, remarks)
        except UserError as error:
            self.failed.emit(error)
            return False
        self._lines[index.row()] = saved
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), REMARKS))
        self.changed.emit()
        return True


def _is_checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return value == Qt.CheckState.Checked.value
