"""管理 → 系统设置: every declared setting (app.settings), grouped, each with its unit and
default; the service validates and audits. Labels are declared in app/ in Chinese and
translated here under the "Settings" context (marked with QT_TRANSLATE_NOOP there)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError, ValidationError
from app.services.settings_admin import (
    GROUP_LABELS,
    NUMBERS,
    RECORDS,
    TEXT_LISTS,
    SettingSpec,
    SettingsService,
    SettingView,
    completed_record,
    record_fields,
)

from ..i18n import error_text
from ..widgets.columns import fit_columns
from ..widgets.field_errors import ERROR_STYLE, FieldErrors


def translated(text: str) -> str:
    """A label, unit or group declared in app.settings (marked there for lupdate)."""
    return QCoreApplication.translate("Settings", text)


def record_headers() -> dict[str, str]:
    return {
        "code": QCoreApplication.translate("SettingsDialog", "代码"),
        "label": QCoreApplication.translate("SettingsDialog", "名称"),
        "within_days": QCoreApplication.translate("SettingsDialog", "几天内购车"),
        "follow_up_every_days": QCoreApplication.translate("SettingsDialog", "每隔几天跟进"),
        "needs_text": QCoreApplication.translate("SettingsDialog", "须填写说明"),
        "hint": QCoreApplication.translate("SettingsDialog", "提示"),
        "level": QCoreApplication.translate("SettingsDialog", "级别"),
    }


# --- editors: one widget per setting, giving back a value of the setting's type -----------
class Editor:
    def __init__(self, widget: QWidget, read: Callable[[], Any], write: Callable[[Any], None]):
        self.widget, self.read, self.write = widget, read, write


def number_editor(spec: SettingSpec) -> Editor:
    box = QDoubleSpinBox(decimals=2) if spec.type is float else QSpinBox()
    low = spec.minimum if spec.minimum is not None else 0
    box.setRange(low, spec.maximum if spec.maximum is not None else 1_000_000_000)
    box.setSuffix(f" {translated(spec.unit)}" if spec.unit else "")
    return Editor(box, box.value, box.setValue)


def text_editor(_spec: SettingSpec) -> Editor:
    line = QLineEdit()
    return Editor(line, line.text, line.setText)


def bool_editor(_spec: SettingSpec) -> Editor:
    box = QCheckBox()
    return Editor(box, box.isChecked, box.setChecked)


def _item(text: str) -> Any:
    """A typed line: a whole number as int (the service refuses what does not fit)."""
    return int(text) if re.fullmatch(r"-?\d+", text) else text


def lines_editor(spec: SettingSpec) -> Editor:
    """Lists of words, numbers or dates: one per line."""
    edit = QPlainTextEdit(maximumHeight=110)
    edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", "每行一项"))
    numbers = spec.items == NUMBERS

    def read() -> list:
        lines = [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]
        return [_item(line) for line in lines] if numbers else lines

    return Editor(edit, read, lambda v: edit.setPlainText("\n".join(str(x) for x in v)))


def text_lists_editor(_spec: SettingSpec) -> Editor:
    """A word list per code, one code a line: `product_quality：异响、漏油`."""
    edit = QPlainTextEdit(maximumHeight=140)

    def read() -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for line in edit.toPlainText().splitlines():
            code, _, words = re.sub(r"\s*[:：]\s*", "：", line.strip()).partition("：")
            found[code] = [w.strip() for w in re.split(r"[、,，]", words) if w.strip()]
        return {code: words for code, words in found.items() if code}

    def write(value: dict[str, list[str]]) -> None:
        edit.setPlainText("\n".join(f"{code}：{'、'.join(words)}" for code, words in value.items()))

    return Editor(edit, read, write)


class RecordsModel(QAbstractTableModel):
    """A list of records (intent levels, checklist items …) edited in place."""

    def __init__(self, fields: dict[str, type], parent=None) -> None:
        super().__init__(parent)
        self.fields, self.names = fields, list(fields)
        self.records: list[dict] = []

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.names)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            name = self.names[section]
            return record_headers().get(name, name)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.fields[self.names[index.column()]] is bool:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.records):
            return None
        name = self.names[index.column()]
        value = self.records[index.row()][name]
        if self.fields[name] is bool:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return "" if value is None else str(value)
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        name = self.names[index.column()]
        record = self.records[index.row()]
        if self.fields[name] is bool and role == Qt.ItemDataRole.CheckStateRole:
            record[name] = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole:
            text = str(value).strip()
            record[name] = (_item(text) if text else None) if self.fields[name] is int else text
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def set_records(self, records: list[dict]) -> None:
        self.beginResetModel()
        self.records = [completed_record(self.fields, r) for r in records]
        self.endResetModel()

    def add_record(self) -> None:
        blank = completed_record(self.fields, {})
        self.beginInsertRows(QModelIndex(), len(self.records), len(self.records))
        self.records.append(blank)
        self.endInsertRows()

    def remove_record(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.records[row]
        self.endRemoveRows()


def records_editor(spec: SettingSpec) -> Editor:
    model = RecordsModel(record_fields(spec))
    table = QTableView(minimumHeight=160)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    fit_columns(table)
    add = QPushButton(QCoreApplication.translate("SettingsDialog", "添加一行"))
    remove = QPushButton(QCoreApplication.translate("SettingsDialog", "删除所选行"))
    add.clicked.connect(model.add_record)
    remove.clicked.connect(
        lambda: [model.remove_record(i.row()) for i in table.selectionModel().selectedRows()[:1]]
    )
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    buttons = QHBoxLayout()
    buttons.addWidget(add)
    buttons.addWidget(remove)
    buttons.addStretch(1)
    layout.addWidget(table)
    layout.addLayout(buttons)

    def write(records: list[dict]) -> None:
        model.set_records(records)
        table.resizeColumnsToContents()

    return Editor(holder, lambda: [dict(r) for r in model.records], write)


def pointer_editor(spec: SettingSpec) -> Editor:
    where = QCoreApplication.translate("SettingsDialog", "在“%1”中修改").replace(
        "%1", translated(spec.edited_in or "")
    )
    return Editor(QLabel(where), lambda: None, lambda _value: None)


def editor_for(spec: SettingSpec) -> Editor:
    if spec.edited_in:
        return pointer_editor(spec)
    if spec.type in (int, float):
        return number_editor(spec)
    if spec.type is bool:
        return bool_editor(spec)
    if spec.type is str:
        return text_editor(spec)
    if spec.items == RECORDS:
        return records_editor(spec)
    if spec.items == TEXT_LISTS:
        return text_lists_editor(spec)
    return lines_editor(spec)


def default_text(spec: SettingSpec) -> str:
    value = spec.default
    if isinstance(value, bool):
        shown = (
            QCoreApplication.translate("SettingsDialog", "是")
            if value
            else QCoreApplication.translate("SettingsDialog", "否")
        )
    elif isinstance(value, list | dict):
        return ""
    else:
        shown = f"{value} {translated(spec.unit)}".strip() if value != "" else "—"
    return QCoreApplication.translate("SettingsDialog", "默认：%1").replace("%1", shown)


# --- the dialog -------------------------------------------------------------------------
class SettingsDialog(QDialog):
    def __init__(self, service: SettingsService, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("系统设置"))
        self.resize(980, 640)
        self.groups = QListWidget(objectName="settingGroups", maximumWidth=180)
        self.pages = QStackedWidget()
        self.message = QLabel(objectName="settingsMessage", styleSheet=ERROR_STYLE, wordWrap=True)
        self.editors: dict[str, Editor] = {}
        self.loaded: dict[str, Any] = {}
        self._errors: dict[str, tuple[int, FieldErrors]] = {}
        self._build(service.all())
        self._layout()

    def _build(self, views: list[SettingView]) -> None:
        by_group: dict[str, list[SettingView]] = {}
        for view in views:
            by_group.setdefault(view.spec.group, []).append(view)
        for group, members in by_group.items():
            self.groups.addItem(translated(GROUP_LABELS.get(group, group)))
            self.pages.addWidget(self._page(self.pages.count(), members))
        self.groups.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.groups.setCurrentRow(0)

    def _page(self, index: int, views: list[SettingView]) -> QScrollArea:
        body = QWidget()
        form = QFormLayout(body)
        errors = FieldErrors(form)
        for view in views:
            editor = editor_for(view.spec)
            editor.write(view.value)
            editor.widget.setObjectName(f"setting_{view.spec.key}")
            editor.widget.setToolTip(default_text(view.spec))
            self.editors[view.spec.key] = editor
            self.loaded[view.spec.key] = editor.read()
            errors.add_row(view.spec.key, self._label(view.spec), editor.widget)
            self._errors[view.spec.key] = (index, errors)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(body)
        return scroll

    def _label(self, spec: SettingSpec) -> str:
        hint = default_text(spec)
        return f"{translated(spec.label)}\n{hint}" if hint else translated(spec.label)

    def _layout(self) -> None:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.groups)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, Any]:
        current = {key: editor.read() for key, editor in self.editors.items()}
        return {k: v for k, v in current.items() if v != self.loaded[k] and v is not None}

    def save(self) -> None:
        self.message.clear()
        for _, errors in self._errors.values():
            errors.clear()
        try:
            self.service.save(self.changes())
        except ValidationError as error:
            self._show_at_field(error)
            return
        except UserError as error:
            self.message.setText(error_text(error))
            return
        self.accept()

    def _show_at_field(self, error: ValidationError) -> None:
        self.message.setText(error_text(error))
        if error.field in self._errors:
            page, errors = self._errors[error.field]
            self.groups.setCurrentRow(page)
            errors.show(error)
