"""管理 → 员工账号: the staff table, adding someone, editing a name or role, disabling
and enabling, resetting a forgotten password. Also the wizard's staff page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError, ValidationError
from app.models import StaffRole
from app.services.auth import NewUser
from app.services.staff_admin import StaffAccount, StaffAdminService

from ..i18n import error_text
from ..models.paged import Column, ColumnTableModel
from ..widgets.columns import fit_columns
from ..widgets.field_errors import ERROR_STYLE, FieldErrors
from .roles import role_labels


def staff_columns() -> list[Column[StaffAccount]]:
    roles = role_labels()
    return [
        Column(QCoreApplication.translate("StaffPanel", "姓名"), lambda a: a.name),
        Column(QCoreApplication.translate("StaffPanel", "用户名"), lambda a: a.username),
        Column(QCoreApplication.translate("StaffPanel", "岗位"), lambda a: roles[a.role]),
        Column(
            QCoreApplication.translate("StaffPanel", "状态"),
            lambda a: (
                QCoreApplication.translate("StaffPanel", "在职")
                if a.active
                else QCoreApplication.translate("StaffPanel", "已停用")
            ),
            background=lambda a: None if a.active else "#eeeeee",
        ),
        Column(
            QCoreApplication.translate("StaffPanel", "上次登录"),
            lambda a: f"{a.last_sign_in_at:%Y-%m-%d %H:%M}" if a.last_sign_in_at else "",
        ),
    ]


def password_field(name: str) -> QLineEdit:
    return QLineEdit(objectName=name, echoMode=QLineEdit.EchoMode.Password)


class StaffForm(QDialog):
    """Add someone (name, username, role, password twice) or edit one (name, role)."""

    def __init__(self, service: StaffAdminService, account: StaffAccount | None, parent=None):
        super().__init__(parent)
        self.service, self.account = service, account
        self.setWindowTitle(self.tr("添加员工") if account is None else self.tr("修改员工"))
        self.name = QLineEdit(objectName="staffName")
        self.username = QLineEdit(objectName="staffUsername")
        self.role = QComboBox(objectName="staffRole")
        for role, label in role_labels().items():
            self.role.addItem(label, role)
        self.password = password_field("staffPassword")
        self.again = password_field("staffPasswordAgain")
        self.message = QLabel(objectName="staffMessage", styleSheet=ERROR_STYLE, wordWrap=True)
        self._layout()
        if account is not None:
            self.name.setText(account.name)
            self.role.setCurrentIndex(self.role.findData(account.role))

    def _layout(self) -> None:
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.errors.add_row("name", self.tr("姓名"), self.name)
        if self.account is None:
            self.errors.add_row("username", self.tr("用户名（登录用，英文字母）"), self.username)
        form.addRow(self.tr("岗位"), self.role)
        if self.account is None:
            self.errors.add_row("password", self.tr("初始密码"), self.password)
            form.addRow(self.tr("再输一次"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.account is None and self.password.text() != self.again.text():
            self.message.setText(self.tr("两次输入的密码不一致。"))
            return
        try:
            self._write()
        except ValidationError as error:
            if not self.errors.show(error):
                self.message.setText(error_text(error))
            return
        except UserError as error:
            self.message.setText(error_text(error))
            return
        self.accept()

    def _write(self) -> None:
        role = StaffRole(self.role.currentData())
        if self.account is None:
            new = NewUser(self.username.text(), self.name.text(), role, self.password.text())
            self.service.add(new)
        else:
            self.service.edit(self.account.id, self.name.text(), role)


class ResetPasswordDialog(QDialog):
    def __init__(self, service: StaffAdminService, account: StaffAccount, parent=None) -> None:
        super().__init__(parent)
        self.service, self.account = service, account
        self.setWindowTitle(self.tr("重置密码：%1").replace("%1", account.name))
        self.password = password_field("resetPassword")
        self.again = password_field("resetPasswordAgain")
        self.message = QLabel(objectName="resetMessage", styleSheet=ERROR_STYLE, wordWrap=True)
        form = QFormLayout()
        form.addRow(self.tr("新密码"), self.password)
        form.addRow(self.tr("再输一次"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("重置"))
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("把新密码当面告诉这位员工，请其登录后自己修改。")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("两次输入的密码不一致。"))
            return
        try:
            self.service.reset_password(self.account.id, self.password.text())
        except UserError as error:
            self.message.setText(error_text(error))
            return
        self.accept()


class StaffPanel(QWidget):
    """The staff table with its actions; each dialog opens over it, non-modal."""

    def __init__(self, service: StaffAdminService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.model: ColumnTableModel[StaffAccount] = ColumnTableModel(staff_columns(), self)
        self.table = QTableView(objectName="staffTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        fit_columns(self.table, stretch=0)  # the name
        self.message = QLabel(objectName="staffPanelMessage", styleSheet=ERROR_STYLE, wordWrap=True)
        self.dialog: QDialog | None = None
        self.add_button = QPushButton(self.tr("添加员工…"), objectName="addStaff")
        self.edit_button = QPushButton(self.tr("修改…"), objectName="editStaff")
        self.toggle_button = QPushButton(self.tr("停用"), objectName="toggleStaff")
        self.reset_button = QPushButton(self.tr("重置密码…"), objectName="resetPassword")
        self._layout()
        self._connect()
        self.reload()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.toggle_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def _connect(self) -> None:
        self.add_button.clicked.connect(lambda: self._open(StaffForm(self.service, None, self)))
        self.edit_button.clicked.connect(self._edit)
        self.toggle_button.clicked.connect(self._toggle)
        self.reset_button.clicked.connect(self._reset)
        self.table.selectionModel().selectionChanged.connect(self._follow_selection)

    def reload(self) -> None:
        self.model.set_rows(self.service.accounts())
        self._follow_selection()

    def selected(self) -> StaffAccount | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _follow_selection(self) -> None:
        chosen = self.selected()
        for button in (self.edit_button, self.toggle_button, self.reset_button):
            button.setEnabled(chosen is not None)
        enable = chosen is not None and not chosen.active
        self.toggle_button.setText(self.tr("启用") if enable else self.tr("停用"))

    def _open(self, dialog: QDialog) -> None:
        dialog.accepted.connect(self.reload)
        dialog.open()
        self.dialog = dialog

    def _edit(self) -> None:
        if (chosen := self.selected()) is not None:
            self._open(StaffForm(self.service, chosen, self))

    def _reset(self) -> None:
        if (chosen := self.selected()) is not None:
            self._open(ResetPasswordDialog(self.service, chosen, self))

    def _toggle(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self.message.clear()
        try:
            self.service.set_active(chosen.id, not chosen.active)
        except UserError as error:
            self.message.setText(error_text(error))
            return
        row = self.model.rows().index(chosen)
        self.reload()
        self.table.selectRow(row)


class StaffDialog(QDialog):
    def __init__(self, service: StaffAdminService, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("员工账号"))
        self.resize(760, 460)
        self.panel = StaffPanel(service, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
