"""Reminder rule settings for managers: lead time, owner role, channel, message template,
and a seasonal check's season day."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.models import StaffRole
from app.permissions import Permission
from app.rules.reminders import PLACEHOLDERS, ReminderRule
from app.services.container import AppServices

from ..desk import DeskSession
from ..i18n import app_label, error_text
from ..models.paged import Column, PagedTableModel
from ..widgets.columns import fit_columns
from .task_table import channel_label


def role_labels() -> dict[str, str]:
    return {
        StaffRole.SALES_CONSULTANT: QCoreApplication.translate("RuleEditor", "销售顾问"),
        StaffRole.SERVICE_ADVISOR: QCoreApplication.translate("RuleEditor", "服务顾问"),
        StaffRole.CUSTOMER_SERVICE: QCoreApplication.translate("RuleEditor", "客服"),
        StaffRole.APPOINTMENT_OFFICER: QCoreApplication.translate("RuleEditor", "预约专员"),
        StaffRole.SALES_DIRECTOR: QCoreApplication.translate("RuleEditor", "销售总监"),
        StaffRole.STORE_MANAGER: QCoreApplication.translate("RuleEditor", "店长"),
        StaffRole.RECEPTIONIST: QCoreApplication.translate("RuleEditor", "前台"),
    }


def kind_labels() -> dict[str, str]:
    return {
        "service": QCoreApplication.translate("RuleEditor", "服务必需"),
        "marketing": QCoreApplication.translate("RuleEditor", "营销"),
        "greetings": QCoreApplication.translate("RuleEditor", "问候"),
    }


def rule_columns() -> list[Column[ReminderRule]]:
    return [
        Column(
            QCoreApplication.translate("RuleEditor", "规则"),
            lambda r: app_label("FollowUps", r.label),
        ),
        Column(
            QCoreApplication.translate("RuleEditor", "负责"),
            lambda r: role_labels().get(r.owner_role, r.owner_role),
        ),
        Column(
            QCoreApplication.translate("RuleEditor", "渠道"), lambda r: channel_label(r.channel)
        ),
        Column(
            QCoreApplication.translate("RuleEditor", "提前/间隔天数"),
            lambda r: r.lead_days,
            align_right=True,
        ),
        Column(QCoreApplication.translate("RuleEditor", "季节日期"), lambda r: r.season or ""),
        Column(
            QCoreApplication.translate("RuleEditor", "联系类型"),
            lambda r: kind_labels().get(r.contact_kind, r.contact_kind),
        ),
        Column(
            QCoreApplication.translate("RuleEditor", "启用"),
            lambda r: (
                QCoreApplication.translate("RuleEditor", "是")
                if r.enabled
                else QCoreApplication.translate("RuleEditor", "否")
            ),
        ),
    ]


class RuleEditor(QWidget):
    def __init__(self, services: AppServices, desk: DeskSession, parent=None) -> None:
        super().__init__(parent)
        self._service, self._desk = services.reminders, desk
        self._rules: list[ReminderRule] = []
        self.model = PagedTableModel(rule_columns(), self._count, self._page)
        self.view = QTableView(objectName="ruleTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        fit_columns(self.view, stretch=0)  # the rule's name, whole
        self.lead = QSpinBox(objectName="ruleLead", maximum=365)
        self.owner = QComboBox(objectName="ruleOwner")
        for role, label in role_labels().items():
            self.owner.addItem(label, str(role))
        self.channel = QComboBox(objectName="ruleChannel")
        for channel in ("phone", "sms", "wechat", "visit"):
            self.channel.addItem(channel_label(channel), channel)
        self.enabled = QCheckBox(self.tr("启用"), objectName="ruleEnabled")
        self.season = QLineEdit(objectName="ruleSeason", maxLength=5)
        self.season.setPlaceholderText(self.tr("月-日，如 11-15（仅季节提醒）"))
        self.template = QPlainTextEdit(objectName="ruleTemplate")
        self.save_button = QPushButton(self.tr("保存规则"), objectName="saveRule")
        self.message = QLabel(objectName="ruleMessage", wordWrap=True)
        self._layout()
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.save_button.clicked.connect(self.save)
        self.reload()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("提前/间隔天数"), self.lead)
        form.addRow(self.tr("季节日期"), self.season)
        form.addRow(self.tr("负责岗位"), self.owner)
        form.addRow(self.tr("渠道"), self.channel)
        form.addRow("", self.enabled)
        form.addRow(self.tr("消息模板"), self.template)
        hint = self.tr("可用占位符：%1").replace(
            "%1", "、".join("{" + p + "}" for p in PLACEHOLDERS)
        )
        editor = QWidget()
        column = QVBoxLayout(editor)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form, 1)
        column.addWidget(QLabel(hint, wordWrap=True))
        column.addWidget(self.save_button)
        column.addWidget(self.message)
        splitter = QSplitter()  # the rules beside the one being edited, all rows in view
        splitter.addWidget(self.view)
        splitter.addWidget(editor)
        splitter.setSizes([700, 600])
        QVBoxLayout(self).addWidget(splitter)

    def _count(self) -> int:
        self._rules = self._service.rules()
        return len(self._rules)

    def _page(self, offset: int, limit: int) -> list[ReminderRule]:
        return self._rules[offset : offset + limit]

    def reload(self, keep: int = 0) -> None:
        self.model.reload()
        self.view.selectRow(keep)
        self._apply_permission()

    def may_edit(self) -> bool:
        return self._service.actor.can(Permission.EDIT_SETTINGS)

    def _apply_permission(self) -> None:
        editable = self.may_edit()
        for widget in (self.lead, self.owner, self.channel, self.enabled, self.save_button):
            widget.setEnabled(editable)
        self.template.setReadOnly(not editable)
        rule = self.selected()
        self.season.setEnabled(editable and rule is not None and rule.season is not None)
        if not editable:
            self.message.setText(self.tr("只有店长可以修改提醒规则。"))

    def selected(self) -> ReminderRule | None:
        row = self.view.currentIndex().row()
        return self.model.row_at(row) if 0 <= row < self.model.rowCount() else None

    def _show_selected(self) -> None:
        rule = self.selected()
        if rule is None:
            return
        self.lead.setValue(rule.lead_days)
        self.owner.setCurrentIndex(max(self.owner.findData(rule.owner_role), 0))
        self.channel.setCurrentIndex(max(self.channel.findData(rule.channel), 0))
        self.enabled.setChecked(rule.enabled)
        self.template.setPlainText(rule.template)
        self.season.setText(rule.season or "")
        self.season.setEnabled(self.may_edit() and rule.season is not None)

    def save(self) -> None:
        rule = self.selected()
        if rule is None:
            return
        changes = {
            "lead_days": self.lead.value(),
            "owner_role": self.owner.currentData(),
            "channel": self.channel.currentData(),
            "enabled": self.enabled.isChecked(),
            "template": self.template.toPlainText(),
        }
        if rule.season is not None:  # a seasonal check: its season's day, MM-DD
            changes["season"] = self.season.text().strip()
        try:
            saved = self._service.save_rule(rule.key, changes)
        except UserError as error:
            self.message.setText(error_text(error))
            return
        self.reload(self.view.currentIndex().row())
        self.message.setText(
            self.tr("已保存：%1").replace("%1", app_label("FollowUps", saved.label))
        )
