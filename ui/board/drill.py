"""The list behind a number on the board: a paged table of the customers, tasks or cases
it counts (phones masked); C or the context menu opens a customer's 360° card."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from app.services.board_data import DrillRow
from app.services.container import AppServices

from ..customer360.opener import CardOpener
from ..models.paged import Column, PagedTableModel
from ..widgets.columns import fit_columns


class DrillDialog(QDialog):
    def __init__(
        self, services: AppServices, title: str, figure: str, params: dict[str, Any],
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent, objectName="boardDrill")
        self.setWindowTitle(title)
        board = services.board
        self.model: PagedTableModel[DrillRow] = PagedTableModel(
            self._columns(),
            lambda: board.drill_count(figure, params),
            lambda offset, limit: board.drill(figure, params, offset, limit),
            parent=self,
        )
        self.table = QTableView(objectName="drillTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        fit_columns(self.table, stretch=3)
        self.cards = CardOpener(services, self)
        self.cards.attach(self.table, self._customer)
        self.model.reload()
        self._layout(title)

    def _columns(self) -> list[Column[DrillRow]]:
        return [
            Column(self.tr("客户"), lambda row: row.customer),
            Column(self.tr("手机"), lambda row: row.mobile),
            Column(self.tr("日期"), lambda row: row.when.isoformat() if row.when else ""),
            Column(self.tr("说明"), lambda row: row.detail),
        ]

    def _layout(self, title: str) -> None:
        column = QVBoxLayout(self)
        heading = self.tr("%1：共 %2 条（按 C 打开客户全景）")
        column.addWidget(QLabel(heading.replace("%1", title).replace("%2", str(self.model.total))))
        column.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.resize(640, 440)

    def _customer(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).customer_id if index.isValid() else None
