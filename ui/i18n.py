"""Languages: Simplified Chinese first (source strings are Chinese), English beside it."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resource_path

LANGUAGE_ENV = "DEALERDESK_LANG"  # "zh_CN" (default) or "en"


def wanted_language() -> str:
    return os.environ.get(LANGUAGE_ENV, "zh_CN")


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load our English catalogue when English is asked for, else Qt's own Chinese
    (buttons of standard dialogs: 确定/取消). Keep the returned objects alive."""
    language = language or wanted_language()
    translators: list[QTranslator] = []
    if language.startswith("en"):
        ours = QTranslator(app)
        if ours.load(str(resource_path("translations", "dealerdesk_en.qm"))):
            translators.append(ours)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        qt = QTranslator(app)
        if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    for translator in translators:
        app.installTranslator(translator)
    return translators


def value_label(text: str) -> str:
    """A value level or RFM segment name declared in app.rules.value (marked there)."""
    return QCoreApplication.translate("Value", text)
