"""The list behind a number on the board: a paged table of the customers, tasks or cases
it counts (phones masked); C or the context menu opens a customer's 360° card."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from app.errors import UserError
from app.services.board import BoardService
from app.services.board_data import DrillRow
from app.services.container import AppServices

from ..customer360.opener import CardOpener
from ..i18n import error_text
from ..jobs import run_job
from ..models.paged import BackgroundPagedTableModel, Column
from ..widgets.columns import fit_columns

PAGE = 200


def _first_page(board: BoardService, figure: str, params: dict[str, Any]) -> tuple[int, list]:
    """On a worker: at 200,000 customers a list of dormant customers takes about a second
    to count and page (the customers' last visits are grouped for each)."""
    return board.drill_count(figure, params), board.drill(figure, params, 0, PAGE)


class DrillDialog(QDialog):
    loaded = Signal(int)  # how many rows the list has

    def __init__(
        self, services: AppServices, title: str, figure: str, params: dict[str, Any],
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent, objectName="boardDrill")
        self.setWindowTitle(title)
        board = services.board
        self.model: BackgroundPagedTableModel[DrillRow] = BackgroundPagedTableModel(
            self._columns(),
            lambda: board.drill_count(figure, params),
            lambda offset, limit: board.drill(figure, params, offset, limit),
            page_size=PAGE,
            parent=self,
        )
        self.table = QTableView(objectName="drillTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        fit_columns(self.table, stretch=3)
        self.cards = CardOpener(services, self)
        self.cards.attach(self.table, self._customer)
        self.heading = QLabel(self.tr("正在查询…"), objectName="drillHeading")
        self._title = title
        self._layout()
        self.job = run_job(
            lambda _job: _first_page(board, figure, params), self._show, self._failed
        )

    def _columns(self) -> list[Column[DrillRow]]:
        return [
            Column(self.tr("客户"), lambda row: row.customer),
            Column(self.tr("手机"), lambda row: row.mobile),
            Column(self.tr("日期"), lambda row: row.when.isoformat() if row.when else ""),
            Column(self.tr("说明"), lambda row: row.detail),
        ]

    def _layout(self) -> None:
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.resize(640, 440)

    def _show(self, loaded: tuple[int, list[DrillRow]]) -> None:
        self.job = None
        self.model.show_loaded(*loaded)
        heading = self.tr("%1：共 %2 条（按 C 打开客户全景）")
        self.heading.setText(heading.replace("%1", self._title).replace("%2", str(loaded[0])))
        self.loaded.emit(loaded[0])

    def _failed(self, error: Exception) -> None:
        self.job = None
        if not isinstance(error, UserError):
            raise error
        self.heading.setText(error_text(error))

    def _customer(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).customer_id if index.isValid() else None
