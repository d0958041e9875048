"""The search keys kept beside what people type, made in one place for every writer (the
desks, the import, the demo): pinyin of the name, the mobile's last four digits, the
VIN's last six. app.services.search finds customers by them with an index lookup."""

from __future__ import annotations

from .pinyin import name_keys


def customer_search_keys(name: str, mobile: str | None) -> dict[str, str | None]:
    """name_initials ("zs" for 张三), name_pinyin ("zhangsan"), mobile_last4."""
    return {**name_search_keys(name), **mobile_search_keys(mobile)}


def name_search_keys(name: str) -> dict[str, str | None]:
    initials, full = name_keys(name)
    return {"name_initials": initials, "name_pinyin": full}


def mobile_search_keys(mobile: str | None) -> dict[str, str | None]:
    return {"mobile_last4": mobile[-4:] if mobile else None}


def vehicle_search_keys(vin: str) -> dict[str, str]:
    """vin_last6: the part of a VIN people read out at the desk."""
    return {"vin_last6": vin[-6:]}
