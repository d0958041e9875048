"""Sign-in at start; on a new database, first the store manager's account."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.models import StaffRole
from app.permissions import Actor
from app.services.auth import AuthService, NewUser


class SignInDialog(QDialog):
    def __init__(self, auth: AuthService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auth = auth
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("员工登录"))
        self.username = QLineEdit(objectName="username")
        self.password = QLineEdit(objectName="password", echoMode=QLineEdit.EchoMode.Password)
        self.message = QLabel(objectName="signInMessage", styleSheet="color: #c62828;")
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        buttons.accepted.connect(self.try_sign_in)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def try_sign_in(self) -> None:
        try:
            self.actor = self._auth.sign_in(self.username.text(), self.password.text())
        except UserError as error:
            self.message.setText(error.message)
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


class FirstAdminDialog(QDialog):
    """A database with no store manager who can sign in: create one now."""

    def __init__(self, auth: AuthService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auth = auth
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("创建店长账号"))
        self.name = QLineEdit(objectName="adminName")
        self.username = QLineEdit(objectName="adminUsername")
        self.password = QLineEdit(objectName="adminPassword", echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(
            objectName="adminPasswordAgain", echoMode=QLineEdit.EchoMode.Password
        )
        self.message = QLabel(objectName="adminMessage", styleSheet="color: #c62828;")
        form = QFormLayout()
        form.addRow(self.tr("店长姓名"), self.name)
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        form.addRow(self.tr("再输一次"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.create)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("这是新的数据库：请先创建店长账号，用它来添加其他员工。")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def create(self) -> None:
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("两次输入的密码不一致。"))
            return
        new = NewUser(
            self.username.text(), self.name.text(), StaffRole.STORE_MANAGER, self.password.text()
        )
        try:
            self.actor = self._auth.create_first_admin(new)
        except UserError as error:
            self.message.setText(error.message)
            return
        self.accept()
