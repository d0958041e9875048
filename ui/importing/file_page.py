"""Step 1: the file, and the sheet to read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
    QWizardPage,
)

from app.errors import UserError
from app.services.customer_import import CustomerImportService, ImportPreview

from ..i18n import error_text
from ..widgets.file_dialogs import ask_open_path


class FilePage(QWizardPage):
    def __init__(self, importer: CustomerImportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.importer = importer
        self.preview: ImportPreview | None = None
        self.setTitle(self.tr("选择客户名单文件"))
        self.setSubTitle(
            self.tr("Excel（.xlsx、.xls）或 CSV 文件。表头上方的标题行和空行会自动跳过。")
        )
        self.path_edit = QLineEdit(objectName="importFile")
        self.path_edit.setPlaceholderText(self.tr("文件路径"))
        self.path_edit.textChanged.connect(self._read)
        browse = QPushButton(self.tr("浏览…"), objectName="importBrowse")
        browse.clicked.connect(self._browse)
        self.sheet_box = QComboBox(objectName="importSheet")
        self.sheet_box.currentTextChanged.connect(self._read_sheet)
        self.problem = QLabel(objectName="importFileProblem", wordWrap=True)
        self.problem.setStyleSheet("color: #c00000;")
        self._build(browse)

    def _build(self, browse: QPushButton) -> None:
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("文件："), row)
        form.addRow(self.tr("工作表："), self.sheet_box)
        form.addRow(self.problem)

    def path(self) -> Path:
        return Path(self.path_edit.text().strip())

    def sheet(self) -> str | None:
        return self.sheet_box.currentText() or None

    def _browse(self) -> None:
        chosen = ask_open_path(
            self, self.tr("选择客户名单"), self.tr("客户名单 (*.xlsx *.xls *.csv)")
        )
        if chosen is not None:
            self.path_edit.setText(str(chosen))

    def _read(self) -> None:
        self.preview = None
        self.problem.clear()
        if self.path().is_file():
            self._load(None)
            self._fill_sheets()
        self.completeChanged.emit()

    def _read_sheet(self, name: str) -> None:
        if name and self.preview is not None and name != self.preview.sheet:
            self._load(name)
            self.completeChanged.emit()

    def _load(self, sheet: str | None) -> None:
        try:
            self.preview = self.importer.preview(self.path(), sheet)
        except UserError as error:
            self.preview = None
            self.problem.setText(error_text(error))
            return
        if self.preview.header_row is None:
            self.problem.setText(self.tr("没有自动找到表头行，请在下一步指定表头所在的行。"))

    def _fill_sheets(self) -> None:
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        if self.preview is not None:
            self.sheet_box.addItems(self.preview.sheets)
            self.sheet_box.setCurrentText(self.preview.sheet or "")
        self.sheet_box.setEnabled(self.sheet_box.count() > 1)
        self.sheet_box.blockSignals(False)

    def isComplete(self) -> bool:
        return self.preview is not None
