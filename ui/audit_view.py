"""The manager's view of the audit trail: who did what, when; filtered, paged."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.audit import AuditFilter, AuditRow, AuditService
from app.audit_labels import entity_label, field_label, setting_label
from app.permissions import Actor

from .models.paged import Column, PagedTableModel
from .widgets.columns import fit_columns
from .widgets.dates import iso


def action_choices() -> list[tuple[str | None, str]]:
    # Literal translate("AuditView", …) at each use: lupdate cannot see through a wrapper.
    return [
        (None, QCoreApplication.translate("AuditView", "全部操作")),
        ("sign_in", QCoreApplication.translate("AuditView", "登录")),
        ("sign_in_failed", QCoreApplication.translate("AuditView", "登录失败")),
        ("create", QCoreApplication.translate("AuditView", "新建")),
        ("edit", QCoreApplication.translate("AuditView", "修改")),
        ("delete", QCoreApplication.translate("AuditView", "删除")),
        ("reveal", QCoreApplication.translate("AuditView", "查看完整号码")),
        ("export", QCoreApplication.translate("AuditView", "导出")),
        ("import", QCoreApplication.translate("AuditView", "导入")),
        ("undo_import", QCoreApplication.translate("AuditView", "撤销导入")),
        ("consent", QCoreApplication.translate("AuditView", "联系授权")),
        ("setting", QCoreApplication.translate("AuditView", "修改设置")),
        ("password", QCoreApplication.translate("AuditView", "修改密码")),
        ("password_reset", QCoreApplication.translate("AuditView", "重置密码")),
        ("password_change_refused", QCoreApplication.translate("AuditView", "修改密码被拒")),
        ("disable", QCoreApplication.translate("AuditView", "停用账号")),
        ("search", QCoreApplication.translate("AuditView", "按手机号查找")),
    ]


def record_text(row: AuditRow) -> str:
    """订单 XS202611300001, 客户 张三, 系统设置 门店名称: the record as staff know it."""
    kind = QCoreApplication.translate("AuditLabels", entity_label(row.entity))
    setting = setting_label(row.reference) if row.entity == "settings" else None
    if setting is not None:
        label = QCoreApplication.translate("Settings", setting)
        return f"{kind} {label}"
    return f"{kind} {row.reference or row.entity_id or ''}".strip()


def field_text(row: AuditRow) -> str:
    setting = setting_label(row.field) if row.entity == "settings" else None
    if setting is not None:
        return QCoreApplication.translate("Settings", setting)
    return QCoreApplication.translate("AuditLabels", field_label(row.entity, row.field))


def audit_columns() -> list[Column[AuditRow]]:
    labels = dict(action_choices())
    return [
        Column(
            QCoreApplication.translate("AuditView", "时间"), lambda r: f"{r.at:%Y-%m-%d %H:%M:%S}"
        ),
        Column(
            QCoreApplication.translate("AuditView", "员工"),
            lambda r: r.staff_name or QCoreApplication.translate("AuditView", "系统"),
        ),
        Column(
            QCoreApplication.translate("AuditView", "操作"),
            lambda r: labels.get(r.action, r.action),
        ),
        Column(QCoreApplication.translate("AuditView", "对象"), record_text),
        Column(QCoreApplication.translate("AuditView", "字段"), field_text),
        Column(QCoreApplication.translate("AuditView", "原值"), lambda r: r.old_value),
        Column(QCoreApplication.translate("AuditView", "新值"), lambda r: r.new_value),
        Column(QCoreApplication.translate("AuditView", "说明"), lambda r: r.detail),
    ]


class AuditDialog(QDialog):
    def __init__(
        self, audit: AuditService, actor: Actor, today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("AuditView", "操作日志"))
        self.resize(1000, 600)
        self._audit, self._actor = audit, actor
        self.person = QComboBox(objectName="auditPerson")
        self.person.addItem(QCoreApplication.translate("AuditView", "全部员工"), None)
        for staff_id, name in audit.people(actor):
            self.person.addItem(name, staff_id)
        self.action = QComboBox(objectName="auditAction")
        for key, label in action_choices():
            self.action.addItem(label, key)
        self.since = iso(QDateEdit(QDate(today - timedelta(days=30)), calendarPopup=True))
        self.until = iso(QDateEdit(QDate(today), calendarPopup=True))
        self.model = PagedTableModel(audit_columns(), self._count, self._page, parent=self)
        self.table = QTableView(objectName="auditTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        fit_columns(self.table)  # the detail, last, takes the width left
        self._layout()
        self.person.currentIndexChanged.connect(lambda _i: self.reload())
        self.action.currentIndexChanged.connect(lambda _i: self.reload())
        self.since.dateChanged.connect(lambda _d: self.reload())
        self.until.dateChanged.connect(lambda _d: self.reload())
        self.reload()

    def _layout(self) -> None:
        filters = QHBoxLayout()
        for widget in (
            self.person,
            self.action,
            QLabel(QCoreApplication.translate("AuditView", "从")),
            self.since,
            QLabel(QCoreApplication.translate("AuditView", "到")),
            self.until,
        ):
            filters.addWidget(widget)
        filters.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)

    def filters(self) -> AuditFilter:
        since = datetime.combine(self.since.date().toPython(), time.min)
        until = datetime.combine(self.until.date().toPython(), time.min) + timedelta(days=1)
        return AuditFilter(
            action=self.action.currentData(), staff_id=self.person.currentData(),
            since=since, until=until,
        )  # fmt: skip

    def reload(self) -> None:
        self.model.reload()

    def _count(self) -> int:
        return self._audit.count(self._actor, self.filters())

    def _page(self, offset: int, limit: int) -> list[AuditRow]:
        return self._audit.page(self._actor, self.filters(), offset, limit)
