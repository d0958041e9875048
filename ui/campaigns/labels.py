"""The campaign words app/ declared, shown in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.rules.campaigns import KIND_LABELS, RSVP_LABELS, CampaignKind, Rsvp

from ..i18n import app_label


def kind_label(kind: str) -> str:
    return app_label("Campaigns", KIND_LABELS[CampaignKind(kind)])


def rsvp_label(rsvp: str) -> str:
    return app_label("Campaigns", RSVP_LABELS[Rsvp(rsvp)])


def rate_text(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.1%}"


def result_text(invited: int, refused: int, no_phone: int, kind: str) -> str:
    """What a new campaign came to: invited N, left out M (why)."""
    refusal = (
        QCoreApplication.translate("Campaigns", "拒绝营销")
        if kind == CampaignKind.EVENT
        else QCoreApplication.translate("Campaigns", "拒绝服务提醒")
    )
    return (
        QCoreApplication.translate("Campaigns", "已邀约 %1 人；未邀约：%2 %3 人，无手机号 %4 人。")
        .replace("%1", str(invited))
        .replace("%2", refusal)
        .replace("%3", str(refused))
        .replace("%4", str(no_phone))
    )
