"""Filters of the calendar: owner, kind of task, channel."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.rules.reminders import DEFAULT_RULES
from app.services.calendar import TaskFilter
from app.services.staff import StaffMember

from ..i18n import app_label
from .task_table import channel_label


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, staff: list[StaffMember], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = QComboBox(objectName="filterOwner")
        self._roles: dict[int, str] = {}
        self.set_staff(staff)
        self.kind = QComboBox(objectName="filterKind")
        self.kind.addItem(self.tr("全部类型"), None)
        for key, rule in DEFAULT_RULES.items():
            self.kind.addItem(app_label("FollowUps", rule.label), key)
        self.channel = QComboBox(objectName="filterChannel")
        self.channel.addItem(self.tr("全部渠道"), None)
        for channel in ("phone", "sms", "wechat", "visit"):
            self.channel.addItem(channel_label(channel), channel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, combo in ((self.tr("负责人"), self.owner), (self.tr("类型"), self.kind),
                             (self.tr("渠道"), self.channel)):  # fmt: skip
            layout.addWidget(QLabel(label))
            layout.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        layout.addStretch()

    def current(self) -> TaskFilter:
        owner = self.owner.currentData()
        return TaskFilter(
            owner_id=owner,
            owner_role=self._roles.get(owner) if owner is not None else None,
            kind=self.kind.currentData(),
            channel=self.channel.currentData(),
        )

    def set_staff(self, staff: list[StaffMember]) -> None:
        """The owners to choose from (the whole list arrives from a worker); the one
        chosen stays chosen, without a change being signalled."""
        chosen = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("全部负责人"), None)
        self._roles = {member.id: member.role for member in staff}
        for member in staff:
            self.owner.addItem(member.name, member.id)
        self.owner.setCurrentIndex(max(self.owner.findData(chosen), 0))
        self.owner.blockSignals(False)

    def select_owner(self, staff_id: int | None) -> None:
        index = self.owner.findData(staff_id)
        self.owner.setCurrentIndex(max(index, 0))
