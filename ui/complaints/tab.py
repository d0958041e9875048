"""The complaint desk tab: open cases by urgency, intake, the archive and the analysis."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.errors import UserError
from app.services.complaints import ArchiveQuery
from app.services.container import AppServices

from ..customer360.opener import CardOpener
from ..desk import DeskSession
from ..i18n import error_text
from ..jobs import JobRunner, run_job
from ..models.paged import BackgroundPagedTableModel, PagedTableModel
from ..widgets.build_steps import BuildSteps
from ..widgets.columns import row_list
from .analysis_view import AnalysisView
from .case_view import CaseView
from .cases_table import (
    ARCHIVE_CAUSE_COLUMN,
    OPEN_CAUSE_COLUMN,
    archive_columns,
    open_columns,
)
from .intake_form import IntakeForm

REFRESH_MS = 60_000  # the clock moves: colours and escalations follow every minute


class ComplaintDesk(QWidget):
    def __init__(self, services: AppServices, desk: DeskSession) -> None:
        super().__init__()
        self.services = services
        self.desk = desk
        self.pages = QTabWidget(objectName="complaintPages")
        QVBoxLayout(self).addWidget(self.pages)
        self.jobs = JobRunner(self)
        self._asked = self._shown = 0  # open lists asked for (read on a worker), last shown
        self._escalate_again = False
        self.built = False  # all its pages there (the last step lays them out)
        # Each page in a turn of the event loop of its own (~0.1 s together).
        self.steps = BuildSteps(self, self._build_open_cases, self._build_intake,
                                self._build_archive, self._build_analysis,
                                self._lay_out_and_show)  # fmt: skip

    def _build_open_cases(self) -> None:
        complaints = self.services.complaints
        self.open_model = BackgroundPagedTableModel(
            open_columns(), complaints.count_open, complaints.list_open
        )
        self.open_table = row_list(self.open_model, "openCases", OPEN_CAUSE_COLUMN)
        self.case_view = CaseView(self.services, self.desk)
        self.escalation_label = QLabel(objectName="escalationLabel")
        self.refresh_button = QPushButton(self.tr("刷新"), objectName="refreshButton")

    def _build_intake(self) -> None:
        self.intake = IntakeForm(self.services, self.desk)

    def _build_archive(self) -> None:
        self.archive = ArchivePanel(self.services, self.desk)

    def _build_analysis(self) -> None:
        self.analysis = AnalysisView(self.services)

    def _lay_out_and_show(self) -> None:
        self.built = True
        self.card_opener = CardOpener(self.services, self)
        self.card_opener.attach(self.open_table, lambda: _customer_of(self.open_table))
        self.card_opener.attach(self.archive.table, lambda: _customer_of(self.archive.table))
        self._layout()
        self._connect()
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.escalation_label, 1)
        top.addWidget(self.refresh_button)
        open_page = QWidget()
        column = QVBoxLayout(open_page)
        column.addLayout(top)
        column.addWidget(_split(self.open_table, self.case_view))
        intake_scroll = QScrollArea(widgetResizable=True)
        intake_scroll.setWidget(self.intake)
        self.pages.addTab(open_page, self.tr("待办投诉"))
        self.pages.addTab(intake_scroll, self.tr("受理投诉"))
        self.pages.addTab(self.archive, self.tr("归档查询"))
        self.pages.addTab(self.analysis, self.tr("月度分析"))

    def _connect(self) -> None:
        self.open_table.selectionModel().selectionChanged.connect(self._show_selected)
        self.case_view.changed.connect(self.refresh)
        self.archive.case_view.changed.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.intake.taken.connect(self._taken)

    def refresh(self) -> None:
        """The lists at once; the overdue cases are escalated on a worker: a write, which
        waits while a reminder run holds the database (the tab is not built waiting)."""
        if not self.built:
            return  # its last step reads them
        self._reload()
        self._escalate()

    def _escalate(self) -> None:
        """One escalation at a time; a refresh meanwhile asks for one more after it."""
        complaints = self.services.complaints
        started = self.jobs.start(
            "escalate", lambda _control: complaints.escalate_overdue(),
            self._escalated, self._escalation_failed,
        )  # fmt: skip
        self._escalate_again = started is None

    @property
    def loading(self) -> bool:
        """Whether the open cases, the archive or the intake form's choices are still
        being read on a worker."""
        if not self.built:
            return True
        reading = self._shown != self._asked or self.archive.loading
        return reading or not self.intake.choices_read

    def _reload(self) -> None:
        """The open cases counted and read on a worker; a stale answer is dropped."""
        self._asked += 1
        asked, complaints, size = self._asked, self.services.complaints, self.open_model.page_size
        run_job(
            lambda _control: (complaints.count_open(), complaints.list_open(0, size)),
            lambda loaded: self._open_loaded(asked, *loaded),
            lambda error: self._open_failed(asked, error),
        )
        self.archive.reload()

    def _open_loaded(self, asked: int, total: int, rows: list) -> None:
        if not isValid(self) or asked != self._asked:
            return
        self._shown = asked
        self.open_model.show_loaded(total, rows)  # its ColumnFitter sizes the columns

    def _open_failed(self, asked: int, error: Exception) -> None:
        if isValid(self) and asked == self._asked:
            self._open_loaded(asked, 0, [])
            self._escalation_failed_text(error)

    def _escalated(self, escalated: list) -> None:
        if self._escalate_again:
            self._escalate()  # the clock moved on since this one began
            return
        text = self.tr("逾期 %1 件，已升级至店长。").replace("%1", str(len(escalated)))
        self.escalation_label.setText(text if escalated else self.tr("没有逾期投诉。"))
        self.escalation_label.setStyleSheet("color: #c62828;" if escalated else "")
        if escalated:
            self._reload()

    def _escalation_failed(self, error: BaseException) -> None:
        if self._escalate_again:
            self._escalate()
            return
        self._escalation_failed_text(error)

    def _escalation_failed_text(self, error: BaseException) -> None:
        said = error_text(error) if isinstance(error, UserError) else str(error)
        self.escalation_label.setText(said)
        self.escalation_label.setStyleSheet("color: #c62828;")

    def _show_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self.case_view.show_case(self.open_model.row_at(rows[0].row()).id)

    def _taken(self, case_id: int) -> None:
        self.refresh()
        self.pages.setCurrentIndex(0)
        self.case_view.show_case(case_id)


class ArchivePanel(QWidget):
    """Every case, newest first: search by case number or customer name."""

    def __init__(self, services: AppServices, desk: DeskSession) -> None:
        super().__init__()
        self._services = services
        self.query = QLineEdit(objectName="archiveQuery")
        self.query.setPlaceholderText(self.tr("投诉单号或客户姓名"))
        self.closed_only = QCheckBox(self.tr("只看已归档"), objectName="closedOnly", checked=True)
        complaints = services.complaints
        self._asked = self._shown = 0  # archive lists asked for (read on a worker), last shown
        self.model = BackgroundPagedTableModel(
            archive_columns(),
            lambda: complaints.count(self.filters()),
            lambda offset, limit: complaints.page(self.filters(), offset, limit),
        )
        self.table: QTableView = row_list(self.model, "archiveCases", ARCHIVE_CAUSE_COLUMN)
        self.case_view = CaseView(services, desk)
        bar = QHBoxLayout()
        bar.addWidget(self.query, 1)
        bar.addWidget(self.closed_only)
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(_split(self.table, self.case_view))
        self.query.returnPressed.connect(self.reload)
        self.closed_only.toggled.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)

    def filters(self) -> ArchiveQuery:
        return ArchiveQuery(text=self.query.text(), closed_only=self.closed_only.isChecked())

    @property
    def loading(self) -> bool:
        return self._shown != self._asked

    def reload(self) -> None:
        """Counted and read on a worker; the answer to an older search is dropped."""
        self._asked += 1
        asked, filters, size = self._asked, self.filters(), self.model.page_size
        complaints = self._services.complaints
        run_job(
            lambda _control: (complaints.count(filters), complaints.page(filters, 0, size)),
            lambda loaded: self._loaded(asked, *loaded),
            lambda _error: self._loaded(asked, 0, []),  # a bug: logged by ui/jobs.py
        )

    def _loaded(self, asked: int, total: int, rows: list) -> None:
        if isValid(self) and asked == self._asked:
            self._shown = asked
            self.model.show_loaded(total, rows)

    def _show_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self.case_view.show_case(self.model.row_at(rows[0].row()).id)


def _split(left: QWidget, right: QWidget) -> QSplitter:
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(right)
    # The list of cases reads whole first (in English its words are longer); the case
    # beside it wraps its text.
    right.setMinimumWidth(320)  # below its hint: the case's text wraps, the list stays whole
    splitter.setSizes([880, 320])
    splitter.setStretchFactor(0, 1)
    return splitter


def _customer_of(table: QTableView) -> int | None:
    """The complainant of the table's current row (None: an anonymous case)."""
    index = table.currentIndex()
    model = table.model()
    if not index.isValid() or not isinstance(model, PagedTableModel):
        return None
    return model.row_at(index.row()).customer_id
