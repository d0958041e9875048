"""A new campaign for a segment: an event invitation (活动邀约) or a special-weather notice
(特殊天气提醒), its message with a preview of one filled message, the event's time and
place, the day the calls are due. Made on a worker (a segment may hold 200,000
customers); the dialog then says how many were invited and how many left out, and why."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.rules.campaigns import TASK_KINDS, CampaignKind, event_values
from app.rules.reminders import DEFAULT_RULES
from app.rules.tasks import render_template
from app.services.campaign_data import CampaignDraft, CampaignSummary

from ..i18n import error_text
from ..jobs import JobControl, run_job
from ..widgets.dates import ISO_MINUTE, iso
from .labels import kind_label, result_text

SAMPLE = {"姓名": "王芳", "顾问": "李顾问"}  # the customer the preview is written to


class NewCampaignDialog(QDialog):
    def __init__(
        self, create: Callable[[CampaignDraft], CampaignSummary], segment_label: str,
        parent: QWidget | None = None, *, today: datetime | None = None,
        templates: Mapping[CampaignKind, str] | None = None,
    ) -> None:  # fmt: skip
        """`create` makes the campaign for the segment named `segment_label`; `today`:
        the services' clock (the dates offered start from it); `templates`: the wording
        each kind starts from (CampaignService.default_templates; else the defaults)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建活动邀约"))
        self._create, self._segment_label = create, segment_label
        self._templates = templates or {k: DEFAULT_RULES[TASK_KINDS[k]].template
                                        for k in CampaignKind}  # fmt: skip
        self.job: JobControl | None = None
        self.made: CampaignSummary | None = None
        self._build(today or datetime.now())
        self._layout()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for edit in (
            self.template.textChanged,
            self.place.textChanged,
            self.event_at.dateTimeChanged,
            self.calls_due.dateChanged,
        ):
            edit.connect(self._preview)  # fmt: skip
        self.create_button.clicked.connect(self.create)
        self._kind_changed()

    def _build(self, today: datetime) -> None:
        self.kind = QComboBox(objectName="campaignKind")
        for kind in CampaignKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.name = QLineEdit(objectName="campaignName")
        self.event_at = iso(QDateTimeEdit(objectName="campaignEventAt", calendarPopup=True),
                            ISO_MINUTE)  # fmt: skip
        week = today + timedelta(days=7)
        self.event_at.setDateTime(QDateTime(QDate(week.date()), QTime(14, 0)))
        self.place = QLineEdit(objectName="campaignPlace")
        self.calls_due = iso(QDateEdit(objectName="campaignCallsDue", calendarPopup=True))
        self.calls_due.setDate(QDate(today.date()))
        self.template = QPlainTextEdit(objectName="campaignTemplate")
        self.template.setMaximumHeight(90)
        self.preview = QLabel(objectName="campaignPreview", wordWrap=True)
        self.result = QLabel(objectName="campaignResult", wordWrap=True)
        self.create_button = QPushButton(self.tr("生成名单和回访任务"), objectName="createButton")

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("客户群"), QLabel(self._segment_label, objectName="segmentLabel"))
        form.addRow(self.tr("类型"), self.kind)
        form.addRow(self.tr("名称"), self.name)
        form.addRow(self.tr("活动时间"), self.event_at)
        form.addRow(self.tr("地点"), self.place)
        form.addRow(self.tr("邀约日期"), self.calls_due)
        form.addRow(self.tr("消息模板"), self.template)
        form.addRow(self.tr("预览"), self.preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.result)
        column.addWidget(buttons)

    # --- what the manager sees ------------------------------------------------------------
    def chosen_kind(self) -> CampaignKind:
        return CampaignKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.chosen_kind()
        self.event_at.setEnabled(kind == CampaignKind.EVENT)
        self.template.setPlainText(self._templates[kind])
        self._preview()

    def draft(self) -> CampaignDraft:
        kind = self.chosen_kind()
        event_at = self.event_at.dateTime().toPython() if kind == CampaignKind.EVENT else None
        return CampaignDraft(
            name=self.name.text(), kind=kind, template=self.template.toPlainText(),
            calls_due=self.calls_due.date().toPython(), segment_label=self._segment_label,
            event_at=event_at, place=self.place.text() or None,
        )  # fmt: skip

    def _preview(self) -> None:
        d = self.draft()
        values = {**SAMPLE, **event_values(d.event_at, d.place, d.calls_due)}
        self.preview.setText(render_template(d.template, values))

    # --- making it ------------------------------------------------------------------------
    def create(self) -> None:
        draft, create = self.draft(), self._create
        self.create_button.setEnabled(False)
        self.result.setText(self.tr("正在生成名单……"))
        self.job = run_job(lambda _job: create(draft), self._made, self._failed)

    def _made(self, made: CampaignSummary) -> None:
        self.job, self.made = None, made
        self.result.setText(result_text(made.invited, made.excluded_refused,
                                        made.excluded_no_phone, made.kind))  # fmt: skip

    def _failed(self, error: Exception) -> None:
        self.job = None
        self.create_button.setEnabled(True)
        if not isinstance(error, UserError):
            raise error
        self.result.setText(error_text(error))
