"""管理 → 车型库: brands, series and models with their configurations, colours and
maintenance plan; a new store loads the shipped list of common models and edits it.
Also the wizard's catalogue page."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError, ValidationError
from app.services.catalogue import CatalogueModel, CatalogueService, ModelForm, PlanFigures

from ..i18n import error_text
from ..models.paged import Column, ColumnTableModel
from ..widgets.columns import fit_columns
from ..widgets.field_errors import ERROR_STYLE, FieldErrors

SEPARATORS = r"[、,，;；\n]+"


def _plan_text(km: int | None, months: int | None) -> str:
    if km is None and months is None:
        return QCoreApplication.translate("CataloguePanel", "门店默认")
    km_text = f"{km:,} km" if km else "—"
    return (
        QCoreApplication.translate("CataloguePanel", "%1 或 %2 个月")
        .replace("%1", km_text)
        .replace("%2", str(months) if months else "—")
    )


def catalogue_columns() -> list[Column[CatalogueModel]]:
    return [
        Column(QCoreApplication.translate("CataloguePanel", "品牌"), lambda m: m.form.brand),
        Column(QCoreApplication.translate("CataloguePanel", "车系"), lambda m: m.form.series),
        Column(QCoreApplication.translate("CataloguePanel", "车型"), lambda m: m.form.name),
        Column(
            QCoreApplication.translate("CataloguePanel", "新能源"),
            lambda m: (
                QCoreApplication.translate("CataloguePanel", "是") if m.form.is_new_energy else ""
            ),
        ),
        Column(
            QCoreApplication.translate("CataloguePanel", "首保"),
            lambda m: _plan_text(m.form.plan.first_km, m.form.plan.first_months),
        ),
        Column(
            QCoreApplication.translate("CataloguePanel", "定保间隔"),
            lambda m: _plan_text(m.form.plan.interval_km, m.form.plan.interval_months),
        ),
    ]


class ModelEditor(QWidget):
    """One model's fields. A plan figure at 0 shows 门店默认: the store's default."""

    PLAN_FIELDS = (  # (key, maximum, suffix)
        ("first_km", 100_000, " km"),
        ("first_months", 60, ""),
        ("interval_km", 100_000, " km"),
        ("interval_months", 60, ""),
        ("warranty_years", 15, ""),
        ("warranty_km", 1_000_000, " km"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.brand = QComboBox(objectName="modelBrand", editable=True)
        self.series = QLineEdit(objectName="modelSeries")
        self.name = QLineEdit(objectName="modelName")
        self.new_energy = QCheckBox(self.tr("新能源"), objectName="modelNewEnergy")
        self.price = QSpinBox(objectName="modelPrice", maximum=100_000_000, singleStep=1000)
        self.price.setSuffix(self.tr(" 元"))
        self.plan = {
            key: self._plan_box(key, high, suffix) for key, high, suffix in self.PLAN_FIELDS
        }
        self.configurations = QLineEdit(objectName="modelConfigurations")
        self.colours = QLineEdit(objectName="modelColours")
        self.configurations.setPlaceholderText(self.tr("如：豪华型、旗舰型"))
        self.colours.setPlaceholderText(self.tr("如：冰川白、星河蓝"))
        self._layout()

    def _plan_box(self, key: str, high: int, suffix: str) -> QSpinBox:
        box = QSpinBox(objectName=f"plan_{key}", maximum=high)
        box.setSpecialValueText(self.tr("门店默认"))
        box.setSingleStep(1000 if high > 100 else 1)
        box.setSuffix(suffix)
        return box

    def _layout(self) -> None:
        form = QFormLayout(self)
        self.errors = FieldErrors(form)
        self.errors.add_row("brand", self.tr("品牌"), self.brand)
        self.errors.add_row("series", self.tr("车系"), self.series)
        self.errors.add_row("name", self.tr("车型"), self.name)
        form.addRow("", self.new_energy)
        self.errors.add_row("guide_price", self.tr("指导价"), self.price)
        self.errors.add_row("first_km", self.tr("首保里程"), self.plan["first_km"])
        self.errors.add_row("first_months", self.tr("首保时间（月）"), self.plan["first_months"])
        self.errors.add_row("interval_km", self.tr("定保间隔里程"), self.plan["interval_km"])
        self.errors.add_row(
            "interval_months", self.tr("定保间隔时间（月）"), self.plan["interval_months"]
        )
        self.errors.add_row("warranty_years", self.tr("质保年限"), self.plan["warranty_years"])
        self.errors.add_row("warranty_km", self.tr("质保里程"), self.plan["warranty_km"])
        self.errors.add_row("configurations", self.tr("配置"), self.configurations)
        self.errors.add_row("colours", self.tr("颜色"), self.colours)

    def set_brands(self, brands: list[str]) -> None:
        current = self.brand.currentText()
        self.brand.clear()
        self.brand.addItems(brands)
        self.brand.setEditText(current)

    def show_form(self, form: ModelForm) -> None:
        self.errors.clear()
        self.brand.setEditText(form.brand)
        self.series.setText(form.series)
        self.name.setText(form.name)
        self.new_energy.setChecked(form.is_new_energy)
        self.price.setValue(form.guide_price)
        for key, box in self.plan.items():
            box.setValue(getattr(form.plan, key) or 0)
        self.configurations.setText("、".join(form.configurations))
        self.colours.setText("、".join(form.colours))

    def form(self) -> ModelForm:
        figures = {key: box.value() or None for key, box in self.plan.items()}
        return ModelForm(
            brand=self.brand.currentText(), series=self.series.text(), name=self.name.text(),
            is_new_energy=self.new_energy.isChecked(), guide_price=self.price.value(),
            plan=PlanFigures(**figures),
            configurations=tuple(re.split(SEPARATORS, self.configurations.text())),
            colours=tuple(re.split(SEPARATORS, self.colours.text())),
        )  # fmt: skip


class CataloguePanel(QWidget):
    """The catalogue's table and the selected model's editor."""

    def __init__(self, service: CatalogueService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.model: ColumnTableModel[CatalogueModel] = ColumnTableModel(catalogue_columns(), self)
        self.table = QTableView(objectName="catalogueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        fit_columns(self.table, stretch=2)  # the model's name
        self.editor = ModelEditor()
        self.new_button = QPushButton(self.tr("新增车型"), objectName="newModel")
        self.save_button = QPushButton(self.tr("保存车型"), objectName="saveModel")
        self.remove_button = QPushButton(self.tr("删除车型"), objectName="removeModel")
        self.load_button = QPushButton(self.tr("载入常见车型"), objectName="loadShipped")
        self.message = QLabel(objectName="catalogueMessage", wordWrap=True)
        self.editing: CatalogueModel | None = None
        self._layout()
        self._connect()
        self.reload()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.load_button, self.new_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(self.editor, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.load_button.clicked.connect(self.load_shipped)
        self.table.selectionModel().selectionChanged.connect(self._follow_selection)

    def reload(self, select_name: str | None = None) -> None:
        models = self.service.models()
        self.model.set_rows(models)
        self.editor.set_brands(sorted({m.form.brand for m in models}))
        names = [m.name for m in models]
        if select_name in names:
            self.table.selectRow(names.index(select_name))
        self.remove_button.setEnabled(self.editing is not None)

    def start_new(self) -> None:
        self.table.clearSelection()
        self.editing = None
        self.editor.show_form(ModelForm("", "", ""))
        self.editor.brand.setFocus()
        self.remove_button.setEnabled(False)

    def save(self) -> None:
        form = self.editor.form()
        try:
            if self.editing is None:
                saved = self.service.add(form)
            else:
                saved = self.service.update(self.editing.id, form)
        except UserError as error:
            self._refused(error)
            return
        self.editing = saved
        self._say(self.tr("已保存“%1”。").replace("%1", saved.name))
        self.reload(saved.name)

    def remove(self) -> None:
        if self.editing is None:
            return
        try:
            self.service.remove(self.editing.id)
        except UserError as error:
            self._refused(error)
            return
        self._say(self.tr("已删除“%1”。").replace("%1", self.editing.name))
        self.start_new()
        self.reload()

    def load_shipped(self) -> None:
        try:
            added = self.service.load(self.service.shipped())
        except UserError as error:
            self._refused(error)
            return
        self._say(self.tr("已载入 %1 款常见车型，可逐一修改。").replace("%1", str(added)))
        self.reload()

    def _follow_selection(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.editing = self.model.row_at(rows[0].row())
        self.editor.show_form(self.editing.form)
        self.remove_button.setEnabled(not self.editing.in_use)

    def _refused(self, error: UserError) -> None:
        shown = isinstance(error, ValidationError) and self.editor.errors.show(error)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText("" if shown else error_text(error))

    def _say(self, text: str) -> None:
        self.editor.errors.clear()
        self.message.setStyleSheet("")
        self.message.setText(text)


class CatalogueDialog(QDialog):
    def __init__(self, service: CatalogueService, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("车型库"))
        self.resize(1100, 600)
        self.panel = CataloguePanel(service, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
