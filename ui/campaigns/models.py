"""The columns of the campaign tab's two lists."""

from __future__ import annotations

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
        Column(
            QCoreApplication.translate("CampaignModels", "活动时间"),
            lambda c: f"{c.event_at:%Y-%m-%d %H:%M}" if c.event_at else "",
        ),
        Column(
            QCoreApplication.translate("CampaignModels", "客户群"),
            lambda c: app_label("Campaigns", c.segment_label),
        ),
        Column(
            QCoreApplication.translate("CampaignModels", "邀约"),
            lambda c: c.invited,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("CampaignModels", "未邀约"),
            lambda c: c.excluded,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("CampaignModels", "接受"),
            lambda c: c.accepted,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("CampaignModels", "谢绝"),
            lambda c: c.declined,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("CampaignModels", "未联系上"),
            lambda c: c.not_reached,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("CampaignModels", "回复率"),
            lambda c: rate_text(c.response_rate),
            align_right=True,
        ),
    ]


def invitation_columns() -> list[Column[InvitationRow]]:
    return [
        Column(QCoreApplication.translate("CampaignModels", "客户"), lambda r: r.customer),
        Column(QCoreApplication.translate("CampaignModels", "手机"), lambda r: r.phone),
        Column(
            QCoreApplication.translate("CampaignModels", "负责人"),
            lambda r: r.owner or QCoreApplication.translate("CampaignModels", "客服组"),
        ),
        Column(
            QCoreApplication.translate("CampaignModels", "邀约日期"),
            lambda r: r.due_date.isoformat() if r.due_date else "",
        ),
        Column(
            QCoreApplication.translate("CampaignModels", "回复"),
            lambda r: rsvp_label(r.rsvp),
            background=lambda r: RSVP_COLOURS.get(r.rsvp),
        ),
        Column(
            QCoreApplication.translate("CampaignModels", "回复时间"),
            lambda r: f"{r.answered_at:%Y-%m-%d %H:%M}" if r.answered_at else "",
        ),
    ]
