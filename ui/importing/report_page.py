"""Step 3: the dry run. Counts, the rows with errors, the duplicates; the error report
can be saved as .xlsx for the store to fix and import again. Next: 开始导入."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.errors import UserError
from app.importing.rows import Problem
from app.services.customer_import import CustomerImportService, ImportReport
from app.services.import_plan import Duplicate

from ..crash import show_user_error
from ..deferred import deferred
from ..i18n import error_text, phrase_text
from ..jobs import JobControl, run_job
from ..models.paged import Column, ColumnTableModel
from ..widgets.file_dialogs import ask_save_path
from .fields import duplicate_by_labels

write_import_errors = deferred("reports.import_errors_excel", "write_import_errors")


def problem_columns() -> list[Column[Problem]]:
    return [
        Column(QCoreApplication.translate("ImportReport", "行号"), lambda p: p.row, True),
        Column(QCoreApplication.translate("ImportReport", "列"), lambda p: p.column),
        Column(QCoreApplication.translate("ImportReport", "内容"), lambda p: p.value),
        Column(QCoreApplication.translate("ImportReport", "原因"), lambda p: phrase_text(p.phrase)),
    ]


def duplicate_columns() -> list[Column[Duplicate]]:
    by = duplicate_by_labels()
    return [
        Column(QCoreApplication.translate("ImportReport", "行号"), lambda d: d.row, True),
        Column(QCoreApplication.translate("ImportReport", "重复的"), lambda d: by[d.by]),
        Column(
            QCoreApplication.translate("ImportReport", "已有客户编号"),
            lambda d: d.existing_customer_id,
            True,
        ),
        Column(QCoreApplication.translate("ImportReport", "与第几行相同"), lambda d: d.same_as_row),
        Column(
            QCoreApplication.translate("ImportReport", "处理"),
            lambda d: (
                QCoreApplication.translate("ImportReport", "新车辆挂到已有客户名下")
                if d.vehicle_attached
                else QCoreApplication.translate("ImportReport", "不重复导入")
            ),
        ),
    ]


class ReportPage(QWizardPage):
    def __init__(self, importer: CustomerImportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.importer = importer
        self.report: ImportReport | None = None
        self.job: JobControl | None = None
        self.ask_save_path = self._ask_save_path  # the person's choice of file
        self.setTitle(self.tr("试导入结果"))
        self.setSubTitle(self.tr("这一步只检查，不保存任何数据。有错误的行导入时会跳过。"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("开始导入"))
        self.progress = QProgressBar(objectName="importDryRunProgress")
        self.summary = QLabel(objectName="importSummary", wordWrap=True)
        self.errors = ColumnTableModel(problem_columns(), self)
        self.duplicates = ColumnTableModel(duplicate_columns(), self)
        self.warnings = ColumnTableModel(problem_columns(), self)
        self.tabs = QTabWidget(objectName="importReportTabs")
        self.save_button = QPushButton(self.tr("保存错误报告…"), objectName="importSaveReport")
        self.save_button.clicked.connect(self.save_report)
        self._build()

    def _build(self) -> None:
        for model, name in ((self.errors, "errors"), (self.duplicates, "duplicates"),
                            (self.warnings, "warnings")):  # fmt: skip
            view = QTableView(objectName=f"importReport_{name}")
            view.setModel(model)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
            view.verticalHeader().setVisible(False)
            self.tabs.addTab(view, "")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        self.report = None
        self._show_report()
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.summary.setText(self.tr("正在检查……"))
        source = self.wizard().source()
        self.job = run_job(
            lambda job: self.importer.dry_run(source, job.progress, job.cancelled),
            self._done,
            self._failed,
            self._moved,
        )

    def cleanupPage(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self.job = None

    def _moved(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _done(self, report: ImportReport) -> None:
        self.job, self.report = None, report
        self.progress.setVisible(False)
        self._show_report()
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self.job = None
        self.progress.setVisible(False)
        if not isinstance(error, UserError):
            raise error
        self.summary.setText(error_text(error))

    def _show_report(self) -> None:
        report = self.report
        self.errors.set_rows(report.errors if report else [])
        self.duplicates.set_rows(report.duplicates if report else [])
        self.warnings.set_rows(report.warnings if report else [])
        errors, duplicates, warnings = (
            (report.error_rows, report.duplicate_rows, len(report.warnings))
            if report
            else (0, 0, 0)
        )
        self.tabs.setTabText(0, self.tr("错误 %1 行").replace("%1", f"{errors:,}"))
        self.tabs.setTabText(1, self.tr("重复 %1 行").replace("%1", f"{duplicates:,}"))
        self.tabs.setTabText(2, self.tr("提示 %1 条").replace("%1", f"{warnings:,}"))
        self.save_button.setEnabled(bool(report and (report.errors or report.duplicates)))
        if report is not None:
            self.summary.setText(self._summary(report))

    def _summary(self, report: ImportReport) -> str:
        text = self.tr(
            "共 %1 行数据（表头在第 %2 行），可以导入 %3 行：将新建客户 %4 位、车辆 %5 辆、"
            "进厂记录 %6 条；已有客户添加新车 %7 辆。"
        )
        values = (report.rows, report.header_row, report.importable, report.customers,
                  report.vehicles, report.service_records, report.attached_vehicles)  # fmt: skip
        for n, value in enumerate(values, start=1):
            text = text.replace(f"%{n}", f"{value:,}")
        if report.totals_rows:
            text += self.tr("合计行 %1 行不导入。").replace("%1", str(report.totals_rows))
        if not report.importable:
            text += self.tr("没有可以导入的新数据。")
        return text

    def save_report(self) -> None:
        if self.report is None:
            return
        target = self.ask_save_path(self._default_name())
        if not target:
            return
        try:
            write_import_errors(self.report, Path(target))
        except OSError as error:
            show_user_error(self, UserError(self.tr("无法保存文件：%1").replace("%1", str(error))))
            return
        self.summary.setText(
            self._summary(self.report) + self.tr("错误报告已保存到 %1").replace("%1", str(target))
        )

    def _default_name(self) -> str:
        page = self.wizard().file_page
        return str(page.path().with_name(f"{page.path().stem}_错误报告.xlsx"))

    def _ask_save_path(self, default: str) -> str:
        """Offered beside the file being imported, where its fixed copy will go."""
        offered = Path(default)
        chosen = ask_save_path(self, self.tr("保存错误报告"), offered.name,
                               self.tr("Excel 文件 (*.xlsx)"), folder=offered.parent)  # fmt: skip
        return str(chosen) if chosen else ""

    def isComplete(self) -> bool:
        return self.report is not None and self.report.importable > 0
