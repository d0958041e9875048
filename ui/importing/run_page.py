"""Step 4: the import itself, off the UI thread, with a progress bar and a cancel
button; step 5: the batch made, and its undo."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.errors import UserError
from app.services.customer_import import CustomerImportService, ImportReport, UndoResult

from ..i18n import error_text
from ..jobs import JobControl, run_job


class RunPage(QWizardPage):
    def __init__(self, importer: CustomerImportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.importer = importer
        self.report: ImportReport | None = None
        self.job: JobControl | None = None
        self.setTitle(self.tr("正在导入"))
        self.setSubTitle(self.tr("导入是一个整体：取消或出错时不保存任何数据。"))
        self.progress = QProgressBar(objectName="importProgress")
        self.status = QLabel(objectName="importStatus", wordWrap=True)
        self.cancel_button = QPushButton(self.tr("取消导入"), objectName="importCancel")
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.report = None
        self.progress.setValue(0)
        self.status.setText(self.tr("正在导入……"))
        self.cancel_button.setEnabled(True)
        source = self.wizard().source()
        self.job = run_job(
            lambda job: self.importer.import_file(source, job.progress, job.cancelled),
            self._done,
            self._failed,
            self._moved,
        )

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("正在取消……"))
            self.cancel_button.setEnabled(False)

    def _moved(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _done(self, report: ImportReport) -> None:
        self.job, self.report = None, report
        self.cancel_button.setEnabled(False)
        self.progress.setValue(self.progress.maximum())
        self.completeChanged.emit()
        self.wizard().next()

    def _failed(self, error: Exception) -> None:
        self.job = None
        self.cancel_button.setEnabled(False)
        if not isinstance(error, UserError):
            raise error
        self.status.setText(error_text(error))

    def isComplete(self) -> bool:
        return self.report is not None


class DonePage(QWizardPage):
    def __init__(self, importer: CustomerImportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.importer = importer
        self.job: JobControl | None = None
        self.setTitle(self.tr("导入完成"))
        self.summary = QLabel(objectName="importDone", wordWrap=True)
        self.undo_status = QLabel(objectName="importUndoStatus", wordWrap=True)
        self.undo_button = QPushButton(self.tr("撤销本次导入"), objectName="importUndo")
        self.undo_button.clicked.connect(self.undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.undo_status)
        layout.addStretch(1)

    def report(self) -> ImportReport:
        return self.wizard().run_page.report

    def initializePage(self) -> None:
        report = self.report()
        text = self.tr(
            "导入批次 #%1：导入 %2 行，新建客户 %3 位、车辆 %4 辆、进厂记录 %5 条；"
            "跳过有错误的 %6 行、重复的 %7 行。"
        )
        values = (report.batch_id, report.imported, report.customers, report.vehicles,
                  report.service_records, report.error_rows, report.duplicate_rows)  # fmt: skip
        for n, value in enumerate(values, start=1):
            text = text.replace(f"%{n}", f"{value:,}" if n > 1 else str(value))
        self.summary.setText(text)
        self.undo_status.setText(
            self.tr("在这些客户被改动或有新的业务记录之前，可以整批撤销本次导入。")
        )
        self.undo_button.setEnabled(report.imported > 0)

    def undo(self) -> None:
        batch_id = self.report().batch_id
        self.undo_button.setEnabled(False)
        self.undo_status.setText(self.tr("正在撤销……"))
        self.job = run_job(lambda _job: self.importer.undo(batch_id), self._undone, self._refused)

    def _undone(self, result: UndoResult) -> None:
        self.job = None
        text = self.tr("已撤销：删除了客户 %1 位、车辆 %2 辆、进厂记录 %3 条。")
        for n, value in enumerate((result.customers, result.vehicles, result.service_records), 1):
            text = text.replace(f"%{n}", f"{value:,}")
        self.undo_status.setText(text)

    def _refused(self, error: Exception) -> None:
        self.job = None
        if not isinstance(error, UserError):
            raise error
        self.undo_status.setText(error_text(error))
        self.undo_button.setEnabled(True)
