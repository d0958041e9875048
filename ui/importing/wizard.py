"""导入客户: file → column mapping → dry run report → import (progress, cancel) → done
(undo). `ImportWizard(importer, parent)` needs only the import service of the person
signed in; the first-run wizard opens it too."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizard

from app.services.customer_import import CustomerImportService, ImportSource

from ..jobs import wait_for_jobs
from .file_page import FilePage
from .mapping_page import MappingPage
from .report_page import ReportPage
from .run_page import DonePage, RunPage


class ImportWizard(QWizard):
    def __init__(self, importer: CustomerImportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.importer = importer
        self.setWindowTitle(self.tr("导入客户"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.file_page = FilePage(importer)
        self.mapping_page = MappingPage(importer)
        self.report_page = ReportPage(importer)
        self.run_page = RunPage(importer)
        self.done_page = DonePage(importer)
        for page in (self.file_page, self.mapping_page, self.report_page, self.run_page,
                     self.done_page):  # fmt: skip
            self.addPage(page)
        self.resize(960, 640)

    def source(self) -> ImportSource:
        """The file, sheet, header row and mapping as the person left them."""
        return ImportSource(
            path=self.file_page.path(),
            sheet=self.file_page.sheet(),
            header_row=self.mapping_page.header_row(),
            mapping=self.mapping_page.mapping(),
        )

    def done(self, result: int) -> None:
        """Closing while a job runs: the import is cancelled (nothing saved) and waited for."""
        for page in (self.report_page, self.run_page):
            if page.job is not None:
                page.job.cancel()
        wait_for_jobs()
        super().done(result)
