"""活动邀约: the campaigns (newest first) with their counts and response rate, the selected
one's invitations with the customer's answer recorded by the buttons below, the list
exported to Excel on a worker, and a new campaign for every customer (a typhoon or snow
warning; a segment's campaign is started from the segment builder)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.errors import UserError
from app.rules.campaigns import ANSWERS
from app.services.campaign_data import CampaignSummary, InvitationRow
from app.services.campaigns import ALL_CUSTOMERS
from app.services.container import AppServices

from ..crash import show_user_error
from ..deferred import deferred
from ..desk import DeskSession
from ..i18n import app_label, error_text
from ..jobs import JobControl, run_job
from ..models.paged import PagedTableModel
from ..widgets.columns import row_list
from ..widgets.file_dialogs import ask_save_path
from .labels import result_text, rsvp_label
from .models import campaign_columns, invitation_columns
from .new_dialog import NewCampaignDialog

write_campaign_list = deferred("reports.campaign_excel", "write_campaign_list")


class CampaignTab(QWidget):
    def __init__(self, services: AppServices, desk: DeskSession) -> None:
        super().__init__()
        self.services, self.desk = services, desk
        self.campaigns_service = services.campaigns
        self.dialog: NewCampaignDialog | None = None
        self.export_job: JobControl | None = None
        self.campaign_id: int | None = None
        self._asked = self._shown = 0  # campaign lists asked for (read on a worker), last shown
        self._build()
        self._layout()
        self._show_campaign(None)
        self.refresh()

    def _build(self) -> None:
        service = self.campaigns_service
        self.campaigns = PagedTableModel(campaign_columns(), service.count, service.campaigns,
                                         parent=self)  # fmt: skip
        self.campaign_table = row_list(self.campaigns, "campaignTable", stretch=0)
        self.invitations = PagedTableModel(
            invitation_columns(), self._invitation_count, self._invitation_page, parent=self
        )
        self.invitation_table = row_list(self.invitations, "invitationTable", stretch=0)
        self.new_button = QPushButton(self.tr("新建（全部客户）"), objectName="newCampaignButton")
        self.export_button = QPushButton(self.tr("导出 Excel"), objectName="exportButton")
        self.answer_buttons = {
            answer.value: QPushButton(rsvp_label(answer), objectName=f"rsvp_{answer.value}")
            for answer in ANSWERS
        }
        self.message = QLabel(objectName="campaignMessage", wordWrap=True)
        self.detail = QLabel(objectName="campaignDetail", wordWrap=True)  # who was left out
        self.campaign_table.selectionModel().currentRowChanged.connect(self._campaign_chosen)
        self.new_button.clicked.connect(self.new_for_everyone)
        self.export_button.clicked.connect(self.export)
        for answer, button in self.answer_buttons.items():
            button.clicked.connect(lambda _=False, a=answer: self.record(a))

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.export_button)
        bar.addStretch()
        answers = QHBoxLayout()
        answers.addWidget(QLabel(self.tr("客户回复：")))
        for button in self.answer_buttons.values():
            answers.addWidget(button)
        answers.addStretch()
        lower = QWidget()
        below = QVBoxLayout(lower)
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.detail)
        below.addWidget(QLabel(self.tr("邀约名单")))
        below.addWidget(self.invitation_table, 1)
        below.addLayout(answers)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.campaign_table)
        split.addWidget(lower)
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(split, 1)
        column.addWidget(self.message)

    # --- reading --------------------------------------------------------------------------
    def refresh(self) -> None:
        """The campaigns counted and read on a worker, the newest then chosen; the answer
        to an earlier refresh is dropped."""
        self._asked += 1
        asked, service, size = self._asked, self.campaigns_service, self.campaigns.page_size
        run_job(
            lambda _job: _first_page(service.count, service.campaigns, size),
            lambda loaded: self._loaded(asked, *loaded),
            lambda error: self._load_failed(asked, error),
        )

    @property
    def loading(self) -> bool:
        return self._shown != self._asked

    def _loaded(self, asked: int, total: int, rows: list[CampaignSummary]) -> None:
        if not isValid(self) or asked != self._asked:
            return  # closed, or refreshed again meanwhile
        self._shown = asked
        self.campaigns.show_loaded(total, rows)
        if self.campaigns.rowCount():
            self.campaign_table.selectRow(0)
        else:
            self._show_campaign(None)
            self.detail.setText(self.no_campaign_yet())

    def no_campaign_yet(self) -> str:
        return self.tr(
            "还没有活动。点“新建（全部客户）”邀约所有客户，或在“客户筛选”中选出客户后点“创建活动邀约…”。"
        )

    def _load_failed(self, asked: int, error: Exception) -> None:
        if isValid(self) and asked == self._asked:
            self._loaded(asked, 0, [])
            self.message.setText(error_text(error) if isinstance(error, UserError) else str(error))

    def _campaign_chosen(self) -> None:
        campaign = self.current_campaign()
        self._show_campaign(campaign.id if campaign else None)
        self.detail.setText(
            result_text(campaign.invited, campaign.excluded_refused,
                        campaign.excluded_no_phone, campaign.kind) if campaign else ""
        )  # fmt: skip

    def _show_campaign(self, campaign_id: int | None) -> None:
        self.campaign_id = campaign_id
        self.invitations.reload()
        for button in (self.export_button, *self.answer_buttons.values()):
            button.setEnabled(campaign_id is not None)

    def current_campaign(self) -> CampaignSummary | None:
        index = self.campaign_table.currentIndex()
        return self.campaigns.row_at(index.row()) if index.isValid() else None

    def current_invitation(self) -> InvitationRow | None:
        index = self.invitation_table.currentIndex()
        return self.invitations.row_at(index.row()) if index.isValid() else None

    def _invitation_count(self) -> int:
        if self.campaign_id is None:
            return 0
        return self.campaigns_service.invitation_count(self.campaign_id)

    def _invitation_page(self, offset: int, limit: int) -> list[InvitationRow]:
        if self.campaign_id is None:
            return []
        return self.campaigns_service.invitations(self.campaign_id, offset, limit)

    # --- acting ---------------------------------------------------------------------------
    def record(self, answer: str) -> None:
        row = self.current_invitation()
        if row is None:
            self.message.setText(self.tr("请先在名单中选择一位客户。"))
            return
        try:
            self.campaigns_service.record_rsvp(row.id, answer, row.version)
        except UserError as error:
            show_user_error(self, error)
            return
        self._reload_keeping(row.id)

    def _reload_keeping(self, invitation_id: int) -> None:
        """The counts above and the list below, the same customer still chosen."""
        chosen = self.campaign_table.currentIndex().row()
        place = self.invitation_table.currentIndex().row()
        self.campaigns.reload()
        self.campaign_table.selectRow(chosen)
        self.invitation_table.selectRow(place)
        self.message.setText(self.tr("已记录回复。"))

    def new_for_everyone(self) -> None:
        create = self.campaigns_service.create_for_all
        label = app_label("Campaigns", ALL_CUSTOMERS)
        templates = self.campaigns_service.default_templates()
        self.dialog = NewCampaignDialog(create, label, self, today=self.services.clock(),
                                        templates=templates)  # fmt: skip
        self.dialog.finished.connect(lambda _result: self.refresh())
        self.dialog.open()

    def export(self) -> None:
        campaign = self.current_campaign()
        if campaign is None:
            return
        path = ask_save_path(self, self.tr("导出邀约名单"), f"活动名单-{campaign.name}.xlsx",
                             self.tr("Excel 工作簿 (*.xlsx)"))  # fmt: skip
        if path is None:
            return
        service, campaign_id = self.campaigns_service, campaign.id  # acting for who is here
        self.export_button.setEnabled(False)
        self.export_job = run_job(
            lambda _job: service.export_list(campaign_id, lambda s: write_campaign_list(s, path)),
            lambda _written: self._exported(path),
            self._export_failed,
        )

    def _exported(self, path: Path) -> None:
        self.export_job = None
        self.export_button.setEnabled(True)
        self.message.setText(self.tr("已导出：%1").replace("%1", str(path)))

    def _export_failed(self, error: Exception) -> None:
        self.export_job = None
        self.export_button.setEnabled(True)
        if isinstance(error, OSError):  # the old file, if any, is as it was
            self.message.setText(self.tr("无法写入文件：%1").replace("%1", str(error)))
        elif isinstance(error, UserError):
            show_user_error(self, error)
        else:
            raise error


def _first_page(
    count: Callable[[], int], page: Callable[[int, int], list[CampaignSummary]], size: int
) -> tuple[int, list[CampaignSummary]]:
    total = count()
    return total, page(0, size) if total else []
