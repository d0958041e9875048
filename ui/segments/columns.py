"""The columns of the matching customers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.rules.segment_fields import GENDERS
from app.rules.value import RFM_SEGMENT_LABELS, VALUE_LEVEL_LABELS
from app.services.segments import SegmentRow

from ..i18n import app_label, value_label
from ..models.paged import Column


def segment_columns() -> list[Column[SegmentRow]]:
    return [
        Column(QCoreApplication.translate("SegmentColumns", "客户"), lambda r: r.customer),
        Column(QCoreApplication.translate("SegmentColumns", "手机"), lambda r: r.mobile),
        Column(
            QCoreApplication.translate("SegmentColumns", "性别"),
            lambda r: app_label("Segments", GENDERS.get(r.gender, r.gender)),
        ),  # type: ignore[call-overload]
        Column(QCoreApplication.translate("SegmentColumns", "区域"), lambda r: r.district or ""),
        Column(
            QCoreApplication.translate("SegmentColumns", "价值"),
            lambda r: value_label(VALUE_LEVEL_LABELS.get(r.value, r.value)),
        ),  # type: ignore[call-overload]
        Column(
            QCoreApplication.translate("SegmentColumns", "RFM分层"),
            lambda r: value_label(RFM_SEGMENT_LABELS.get(r.rfm, r.rfm)),
        ),  # type: ignore[call-overload]
        Column(QCoreApplication.translate("SegmentColumns", "车型"), lambda r: r.vehicle or ""),
        Column(QCoreApplication.translate("SegmentColumns", "车牌"), lambda r: r.plate or ""),
        Column(
            QCoreApplication.translate("SegmentColumns", "最近到店"),
            lambda r: f"{r.last_visit:%Y-%m-%d}" if r.last_visit else "",
        ),
    ]
