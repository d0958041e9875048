"""经营看板: the managers' board. Only for VIEW_BOARD holders (the window adds the tab
for them; the service refuses anyone else). The day's figures load on a worker; each
number or bar opens the list behind it; 日报 writes the day's PDF on a worker and shows it
in the in-app preview.

Its sections (six of them a chart) are built one in a turn of the event loop of its own:
all at once they held the UI thread 20-65 ms (up to ~0.1 s while the window's other tabs
and the first reminder run were busy on workers)."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.board_data import Board
from app.services.container import AppServices
from app.services.key_customers import ConsultantWeek

from ..desk import DeskSession
from ..i18n import error_text
from ..jobs import JobControl, run_job
from ..models.paged import Column, ColumnTableModel
from ..widgets.build_steps import BuildSteps
from ..widgets.columns import fit_columns
from ..widgets.dates import iso
from ..widgets.pdf_preview import PdfPreviewer
from . import daily_pdf
from .drill import DrillDialog
from .sections import (
    ComplaintSection,
    DormantSection,
    FollowUpSection,
    Section,
    ServiceSection,
    TrafficSection,
    ValueSection,
)

PAUSE_MS = 400


class KeyCustomerSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("本周重点客户（按顾问）"), parent)
        self.model: ColumnTableModel[ConsultantWeek] = ColumnTableModel(
            [
                Column(self.tr("顾问"), lambda w: w.consultant),
                Column(self.tr("列入"), lambda w: w.listed, align_right=True),
                Column(self.tr("成交"), lambda w: w.closed, align_right=True),
                Column(self.tr("战败"), lambda w: w.lost, align_right=True),
                Column(self.tr("延期"), lambda w: w.postponed, align_right=True),
            ],
            self,
        )
        self.table = QTableView(objectName="boardKeyCustomers")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(170)  # a store's dozen consultants, most of them at once
        fit_columns(self.table, stretch=0)
        self.column.addWidget(self.table, 1)

    def show_board(self, board: Board) -> None:
        self.setTitle(self.tr("本周重点客户（%1）").replace("%1", board.key_week))
        self.model.set_rows(board.key_customers)


SECTIONS = (TrafficSection, FollowUpSection, ServiceSection, KeyCustomerSection,
            ComplaintSection, DormantSection, ValueSection)  # fmt: skip


class BoardTab(QWidget):
    loaded = Signal(object)  # the Board shown
    drilled = Signal(object)  # the DrillDialog opened
    failed = Signal(object)  # UserError

    def __init__(self, services: AppServices, desk: DeskSession | None = None) -> None:
        super().__init__(objectName="boardTab")
        self.services = services
        self.board: Board | None = None
        self.job: JobControl | None = None
        self.day = iso(QDateEdit(objectName="boardDay", calendarPopup=True))
        self.day.setDate(QDate(services.clock().date()))
        self.refresh_button = QPushButton(self.tr("刷新"), objectName="boardRefresh")
        self.pdf_button = QPushButton(self.tr("日报 PDF"), objectName="boardDailyPdf")
        self.status = QLabel(objectName="boardStatus")
        self.previewer = PdfPreviewer(self)
        self.sections: list[Any] = []  # built in steps, in SECTIONS' order
        self._arrived: Board | None = None  # figures read before the sections were all there
        self._layout()
        self.refresh_button.clicked.connect(self.refresh)
        # Typing a date changes it digit by digit: count once the typing pauses (a board
        # takes seconds at a store group's size).
        self.pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self.pause.timeout.connect(self.refresh)
        self.day.dateChanged.connect(self.pause.start)
        self.pdf_button.clicked.connect(self.daily_report)
        self.steps = BuildSteps(self, *(partial(self._add_section, kind) for kind in SECTIONS))
        self.steps.done.connect(self._show_arrived)
        self.refresh()

    def _add_section(self, kind: type[Section]) -> None:
        section = kind()
        section.drill.connect(self.open_list)
        index = len(self.sections)
        self.grid.addWidget(section, index // 2, index % 2)
        self.sections.append(section)

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("日期")))
        for widget in (self.day, self.refresh_button, self.pdf_button, self.status):
            bar.addWidget(widget)
        bar.addStretch()
        self.grid = QGridLayout()
        page = QWidget()
        page.setLayout(self.grid)
        scroll = QScrollArea(widgetResizable=True, objectName="boardScroll")
        scroll.setWidget(page)
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(scroll, 1)

    def chosen_day(self) -> date:
        return self.day.date().toPython()

    def refresh(self) -> None:
        board, day = self.services.board, self.chosen_day()
        self.status.setText(self.tr("正在统计…"))
        self.job = run_job(lambda _job: board.snapshot(day), self._show, self._failed)

    def _show(self, board: Board) -> None:
        if board.day != self.chosen_day():
            return  # the date moved on while this one was counted; its own job follows
        self.job, self._arrived = None, board
        self._show_arrived()

    def _show_arrived(self) -> None:
        """The figures read, once every section is there, to all of them at once: given a
        turn each, the page was laid out and drawn again after the last one (55-100 ms at
        50,000 customers, against 30-45 ms for the whole page at once)."""
        board = self._arrived
        if board is None or not self.steps.finished:
            return
        self._arrived, self.board = None, board
        for section in self.sections:
            section.show_board(board)
        self.status.setText(self.tr("%1 的数据").replace("%1", board.day.isoformat()))
        self.loaded.emit(board)

    def _failed(self, error: Exception) -> None:
        self.job = None
        if not isinstance(error, UserError):
            raise error
        self.status.setText(error_text(error))  # said on the page: no dialog to dismiss
        self.failed.emit(error)

    def open_list(self, title: str, figure: str, params: dict[str, Any]) -> None:
        dialog = DrillDialog(self.services, title, figure, params, self)
        dialog.open()
        self.drilled.emit(dialog)

    def daily_report(self) -> None:
        board, day = self.services.board, self.chosen_day()
        self.job = run_job(
            lambda _job: daily_pdf.save_for_preview(board.daily_report(day)),
            self._preview,
            self._failed,
        )

    def _preview(self, path: Path) -> None:
        self.job = None
        self.previewer.preview(path)
