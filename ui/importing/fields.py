"""The fields a column can feed, as the wizard names them (app/importing has the keys)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.importing import normalize as n


def field_labels() -> dict[str | None, str]:
    # Literal translate("ImportFields", …) at each use: lupdate cannot see through a wrapper.
    return {
        None: QCoreApplication.translate("ImportFields", "（忽略此列）"),
        n.NAME: QCoreApplication.translate("ImportFields", "姓名"),
        n.MOBILE: QCoreApplication.translate("ImportFields", "手机"),
        n.GENDER: QCoreApplication.translate("ImportFields", "性别"),
        n.BIRTHDAY: QCoreApplication.translate("ImportFields", "生日"),
        n.PLATE: QCoreApplication.translate("ImportFields", "车牌"),
        n.VIN: QCoreApplication.translate("ImportFields", "车架号"),
        n.MODEL: QCoreApplication.translate("ImportFields", "车型"),
        n.COLOUR: QCoreApplication.translate("ImportFields", "颜色"),
        n.PURCHASE_DATE: QCoreApplication.translate("ImportFields", "购车日期"),
        n.MILEAGE: QCoreApplication.translate("ImportFields", "里程"),
        n.SERVICE_DATE: QCoreApplication.translate("ImportFields", "进厂日期"),
        n.AMOUNT: QCoreApplication.translate("ImportFields", "金额"),
        n.ADDRESS: QCoreApplication.translate("ImportFields", "地址"),
        n.NOTES: QCoreApplication.translate("ImportFields", "备注"),
    }


def duplicate_by_labels() -> dict[str, str]:
    return {
        "phone": QCoreApplication.translate("ImportFields", "手机号"),
        "vin": QCoreApplication.translate("ImportFields", "车架号"),
        "plate": QCoreApplication.translate("ImportFields", "车牌"),
    }
