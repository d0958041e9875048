"""The words the card shows for the codes stored with a customer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def gender_label(code: str) -> str:
    return {
        "male": QCoreApplication.translate("CustomerLabels", "男"),
        "female": QCoreApplication.translate("CustomerLabels", "女"),
    }.get(code, QCoreApplication.translate("CustomerLabels", "未知"))


def stage_label(code: str) -> str:
    return {
        "prospect": QCoreApplication.translate("CustomerLabels", "潜在客户"),
        "deal": QCoreApplication.translate("CustomerLabels", "成交客户"),
        "lost": QCoreApplication.translate("CustomerLabels", "战败客户"),
    }.get(code, code)


def owner_type_label(code: str) -> str:
    return {
        "private": QCoreApplication.translate("CustomerLabels", "私家车主"),
        "fleet": QCoreApplication.translate("CustomerLabels", "企业车队"),
        "used_car_dealer": QCoreApplication.translate("CustomerLabels", "二手车商"),
    }.get(code, code)


def channel_label(code: str) -> str:
    return {
        "phone": QCoreApplication.translate("CustomerLabels", "电话"),
        "sms": QCoreApplication.translate("CustomerLabels", "短信"),
        "wechat": QCoreApplication.translate("CustomerLabels", "微信"),
        "visit": QCoreApplication.translate("CustomerLabels", "到店"),
    }.get(code, code)


def consent_label(code: str) -> str:
    return {
        "marketing": QCoreApplication.translate("CustomerLabels", "营销"),
        "greetings": QCoreApplication.translate("CustomerLabels", "问候"),
        "service": QCoreApplication.translate("CustomerLabels", "服务提醒"),
    }.get(code, code)


def loyalty_label(text: str) -> str:
    """A badge named in app.rules.loyalty (销售忠诚 / 售后忠诚)."""
    return {
        "销售忠诚": QCoreApplication.translate("CustomerLabels", "销售忠诚"),
        "售后忠诚": QCoreApplication.translate("CustomerLabels", "售后忠诚"),
    }.get(text, text)
