"""The window's own remembered choices (size per screen, last folder): this PC's, not the
store's. An INI file in the user's config folder; tests point it elsewhere with
QSettings.setPath(IniFormat, UserScope, folder)."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def ui_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "DealerDesk", "window")
