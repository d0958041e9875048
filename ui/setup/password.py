"""管理 → 修改密码: everyone changes their own password, with the current one."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from app.errors import UserError, ValidationError
from app.permissions import Actor
from app.services.auth import AuthService

from ..i18n import error_text
from ..widgets.field_errors import ERROR_STYLE, FieldErrors
from .staff import password_field


class ChangePasswordDialog(QDialog):
    def __init__(self, auth: AuthService, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.auth, self.actor = auth, actor
        self.setWindowTitle(self.tr("修改密码"))
        self.current = password_field("currentPassword")
        self.new = password_field("newPassword")
        self.again = password_field("newPasswordAgain")
        self.message = QLabel(objectName="passwordMessage", styleSheet=ERROR_STYLE, wordWrap=True)
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.errors.add_row("current_password", self.tr("当前密码"), self.current)
        self.errors.add_row("password", self.tr("新密码"), self.new)
        form.addRow(self.tr("再输一次"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("修改"))
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        self.message.clear()
        if self.new.text() != self.again.text():
            self.message.setText(self.tr("两次输入的新密码不一致。"))
            return
        try:
            self.auth.change_own_password(self.actor, self.current.text(), self.new.text())
        except ValidationError as error:
            if error.field == "current_password":
                self.current.clear()
            if not self.errors.show(error):
                self.message.setText(error_text(error))
            return
        except UserError as error:
            self.message.setText(error_text(error))
            return
        self.accept()
