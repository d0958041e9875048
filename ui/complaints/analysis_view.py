"""The month's analysis: counts by class (chart) and cause (table), deadlines kept, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.rules.complaints_analysis import MonthAnalysis
from app.services.container import AppServices
from ui.widgets.charts import BarChart

from ..crash import show_user_error
from ..deferred import deferred
from ..i18n import app_label, listed
from ..jobs import JobControl, run_job
from ..widgets.columns import fit_columns
from ..widgets.file_dialogs import ask_save_path

write_complaint_analysis = deferred("reports.complaints_excel", "write_complaint_analysis")

Index = QModelIndex | QPersistentModelIndex


class CauseModel(QAbstractTableModel):
    """The causes of one month: a few dozen rows at most, held whole."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, int]] = []
        self._headers = [self.tr("类别"), self.tr("原因"), self.tr("件数")]

    def set_rows(self, rows: list[tuple[str, str, int]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self._rows[index.row()][index.column()]
        return app_label("Complaints", value) if isinstance(value, str) else str(value)


class AnalysisView(QWidget):
    exported = Signal(str)  # the workbook's path, once written (on a worker thread)

    def __init__(self, services: AppServices, parent=None) -> None:
        super().__init__(parent)
        self._services = services
        self.export_job: JobControl | None = None
        self.analysis: MonthAnalysis | None = None
        self.month = QDateEdit(objectName="analysisMonth", displayFormat="yyyy-MM")
        self.month.setDate(QDate(services.clock().date().replace(day=1)))
        self.run_button = QPushButton(self.tr("统计"), objectName="analyseButton")
        self.export_button = QPushButton(self.tr("导出 Excel"), objectName="exportButton")
        self.summary = QLabel(objectName="analysisSummary", wordWrap=True)
        self.chart = BarChart()
        self.causes = CauseModel(self)
        self.table = QTableView(objectName="causeTable")
        self.table.setModel(self.causes)
        self.table.verticalHeader().hide()
        fit_columns(self.table, stretch=1)  # the cause
        self._layout()
        self.run_button.clicked.connect(self.run)
        self.export_button.clicked.connect(self.export)

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("月份")))
        for widget in (self.month, self.run_button, self.export_button):
            bar.addWidget(widget)
        bar.addStretch()
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(self.summary)
        column.addWidget(QLabel(self.tr("按类别")))
        column.addWidget(self.chart)
        column.addWidget(QLabel(self.tr("按原因")))
        column.addWidget(self.table, 1)

    def run(self) -> None:
        chosen = self.month.date()
        self.analysis = self._services.complaints.analysis(chosen.year(), chosen.month())
        self.chart.set_bars([(app_label("Complaints", c), n) for c, n in self.analysis.by_class])
        self.causes.set_rows(self.analysis.by_cause)
        self.summary.setText(self._summary(self.analysis))

    def _summary(self, a: MonthAnalysis) -> str:
        kept = "　".join(
            self.tr("%1按时 %2/%3")
            .replace("%1", app_label("Complaints", s.label))
            .replace("%2", str(s.kept))
            .replace("%3", str(s.decided))
            for s in a.deadlines
            if s.decided
        )
        repeat = listed(
            self.tr("%1（%2）").replace("%1", name).replace("%2", str(n))
            for name, n in a.repeat_complainers
        )
        repeat = repeat or self.tr("无")
        return "\n".join(
            [
                self.tr("投诉 %1 件").replace("%1", str(a.total)) + "　" + kept,
                self.tr("首次响应中位 %1 分钟，结案中位 %2 小时")
                .replace("%1", _number(a.median_response_minutes))
                .replace("%2", _number(a.median_close_hours)),
                self.tr("重复投诉客户：") + repeat,
            ]
        )

    def export(self) -> None:
        if self.analysis is None:
            self.run()
        assert self.analysis is not None
        month = self.analysis.month
        suggested = f"投诉分析-{month:%Y-%m}.xlsx"
        path = ask_save_path(
            self, self.tr("导出投诉分析"), suggested, self.tr("Excel 工作簿 (*.xlsx)")
        )
        if path is None:
            return

        def to_file(export) -> Path:
            return write_complaint_analysis(path, export.analysis, export.cases)

        complaints = self._services.complaints  # acting for the person signed in here
        self.export_job = run_job(
            lambda _job: complaints.export_month(month.year, month.month, to_file),
            lambda _written: self._exported(str(path)),
            self._export_failed,
        )

    def _exported(self, path: str) -> None:
        self.export_job = None
        self.summary.setText(self.summary.text() + "\n" + self.tr("已导出：") + path)
        self.exported.emit(path)

    def _export_failed(self, error: Exception) -> None:
        self.export_job = None
        if isinstance(error, OSError):  # the old file, if any, is as it was
            self.summary.setText(self.tr("无法写入文件：%1").replace("%1", str(error)))
        elif isinstance(error, UserError):
            show_user_error(self, error)
        else:
            raise error


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:g}"
