"""Step 2: the header row and which column feeds which field, as detected; correctable."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.errors import UserError
from app.importing.normalize import HEADER_SEARCH_ROWS, NAME
from app.services.customer_import import ColumnPreview, CustomerImportService, ImportPreview

from ..i18n import error_text
from .fields import field_labels


class MappingPage(QWizardPage):
    def __init__(self, importer: CustomerImportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.importer = importer
        self.preview: ImportPreview | None = None
        self.combos: dict[int, QComboBox] = {}
        self.setTitle(self.tr("核对列的对应"))
        self.setSubTitle(self.tr("已按表头自动对应；不认识的列会被忽略。如有不对，请在右侧修改。"))
        self.header_spin = QSpinBox(objectName="importHeaderRow", minimum=1)
        self.header_spin.setMaximum(HEADER_SEARCH_ROWS)
        self.header_spin.valueChanged.connect(self._header_moved)
        self.problem = QLabel(objectName="importMappingProblem", wordWrap=True)
        self.problem.setStyleSheet("color: #c00000;")
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.grid_host)
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("表头在第几行：")))
        header.addWidget(self.header_spin)
        header.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)

    def initializePage(self) -> None:
        self._show(self.wizard().file_page.preview)

    def _header_moved(self, row: int) -> None:
        if self.preview is None or row == self.preview.header_row:
            return
        page = self.wizard().file_page
        try:
            self._show(self.importer.preview(page.path(), page.sheet(), row))
        except UserError as error:
            self.problem.setText(error_text(error))

    def _show(self, preview: ImportPreview | None) -> None:
        self.preview = preview
        self.header_spin.blockSignals(True)
        self.header_spin.setValue((preview.header_row or 1) if preview else 1)
        self.header_spin.blockSignals(False)
        self._clear_grid()
        columns = preview.columns if preview else []
        for row, column in enumerate(columns, start=1):
            self._add_column(row, column)
        self.grid.setRowStretch(len(columns) + 1, 1)  # rows stay at the top
        self._check()

    def _clear_grid(self) -> None:
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        self.combos.clear()
        for col, title in enumerate((self.tr("列"), self.tr("示例"), self.tr("导入为"))):
            self.grid.addWidget(QLabel(f"<b>{title}</b>"), 0, col)

    def _add_column(self, row: int, column: ColumnPreview) -> None:
        combo = QComboBox(objectName=f"importField{column.letter}")
        for key, label in field_labels().items():
            combo.addItem(label, key)
        combo.setCurrentIndex(max(combo.findData(column.field), 0))
        combo.currentIndexChanged.connect(self._check)
        self.combos[column.index] = combo
        samples = " / ".join(s for s in column.samples if s)
        self.grid.addWidget(QLabel(f"{column.letter}　{column.header}"), row, 0)
        self.grid.addWidget(QLabel(samples[:60]), row, 1)
        self.grid.addWidget(combo, row, 2)

    def mapping(self) -> dict[int, str | None]:
        return {index: combo.currentData() for index, combo in self.combos.items()}

    def header_row(self) -> int:
        return self.header_spin.value()

    def _check(self) -> None:
        self.problem.setText(self._problem())
        self.completeChanged.emit()

    def _problem(self) -> str:
        chosen = [field for field in self.mapping().values() if field is not None]
        labels = field_labels()
        twice = sorted({labels[f] for f in chosen if chosen.count(f) > 1})
        if twice:
            return self.tr("每个字段只能对应一列：%1 对应了多列。").replace("%1", "、".join(twice))
        if NAME not in chosen:
            return self.tr("请指定哪一列是客户姓名。")
        return ""

    def isComplete(self) -> bool:
        return bool(self.combos) and not self._problem()
