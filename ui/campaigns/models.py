"""The columns of the campaign tab's two lists."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.services.campaign_data import CampaignSummary, InvitationRow

from ..i18n import app_label
from ..models.paged import Column
from .labels import kind_label, rate_text, rsvp_label

RSVP_COLOURS = {"accepted": "#C6EFCE", "declined": "#FFC7CE", "not_reached": "#FFEB9C"}


def campaign_columns() -> list[Column[CampaignSummary]]:
    return [
        Column(QCoreApplication.translate("CampaignModels", "活动"), lambda c: c.name),
        Column(QCoreApplication.translate("CampaignModels", "类型"), lambda c: kind_label(c.kind)),
        Column(QCoreApplication.translate("CampaignModels", "活动时间"),
               lambda c: _minute(c.event_at)),
        Column(QCoreApplication.translate("CampaignModels", "客户群"),
               lambda c: app_label("Campaigns", c.segment_label)),
        *_counts(),
    ]  # fmt: skip


def _counts() -> list[Column[CampaignSummary]]:
    return [
        Column(QCoreApplication.translate("CampaignModels", "邀约"), lambda c: c.invited, True),
        Column(QCoreApplication.translate("CampaignModels", "未邀约"), lambda c: c.excluded, True),
        Column(QCoreApplication.translate("CampaignModels", "接受"), lambda c: c.accepted, True),
        Column(QCoreApplication.translate("CampaignModels", "谢绝"), lambda c: c.declined, True),
        Column(QCoreApplication.translate("CampaignModels", "未联系上"),
               lambda c: c.not_reached, True),
        Column(QCoreApplication.translate("CampaignModels", "回复率"),
               lambda c: rate_text(c.response_rate), True),
    ]  # fmt: skip


def invitation_columns() -> list[Column[InvitationRow]]:
    nobody = QCoreApplication.translate("CampaignModels", "客服组")
    return [
        Column(QCoreApplication.translate("CampaignModels", "客户"), lambda r: r.customer),
        Column(QCoreApplication.translate("CampaignModels", "手机"), lambda r: r.phone),
        Column(QCoreApplication.translate("CampaignModels", "负责人"), lambda r: r.owner or nobody),
        Column(QCoreApplication.translate("CampaignModels", "邀约日期"),
               lambda r: r.due_date.isoformat() if r.due_date else ""),
        Column(QCoreApplication.translate("CampaignModels", "回复"), lambda r: rsvp_label(r.rsvp),
               background=lambda r: RSVP_COLOURS.get(r.rsvp)),
        Column(QCoreApplication.translate("CampaignModels", "回复时间"),
               lambda r: _minute(r.answered_at)),
    ]  # fmt: skip


def _minute(at: datetime | None) -> str:
    return f"{at:%Y-%m-%d %H:%M}" if at else ""
