"""Languages: Simplified Chinese first (source strings are Chinese), English beside it."""

from __future__ import annotations

import os
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.errors import UserError
from app.i18n import LIST_SEPARATOR, Phrase, fill
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


# --- text declared in app/ ------------------------------------------------------------
# The one place the window translates text app/ declared and marked with
# QT_TRANSLATE_NOOP(context, …) (app.i18n): lupdate extracted it there, so callers name
# the context as a literal (scripts/update_translations.py checks it is a declared one).
# Text the store typed itself is in no catalogue and shows as typed.


def app_label(context: str, text: str) -> str:
    """A word app/ declared (a state, a rule's name, a checklist item) in the UI's language."""
    return QCoreApplication.translate(context, text) if text else text


def app_labels(context: str, texts: Iterable[str]) -> list[str]:
    return [app_label(context, text) for text in texts]


def app_list(context: str, texts: Iterable[str]) -> str:
    """Several declared words as one list ("销售忠诚、售后忠诚" / "Sales-loyal, ...")."""
    return listed(app_labels(context, texts))


def phrase_text(phrase: Phrase) -> str:
    """A sentence from app/: its template translated, then its values filled in (a value
    that is itself a declared word or a list of them is translated too)."""
    template = app_label(phrase.context, phrase.template)
    values = {name: _value(value) for name, value in phrase.params.items()}
    try:
        return fill(template, values)
    except (KeyError, IndexError, ValueError):  # a translation naming a value not given
        return fill(phrase.template, values)


def _value(value: object) -> object:
    if isinstance(value, Phrase):
        return phrase_text(value)
    if isinstance(value, list | tuple):
        return listed(_value(item) for item in value)
    return value


def error_text(error: UserError) -> str:
    """What a refusal says, in the UI's language (str(error) stays Chinese for the log)."""
    return phrase_text(error.phrase)


def listed(items: Iterable[object]) -> str:
    """Items (names, plates) as one list, with the UI language's separator."""
    return app_label("Messages", LIST_SEPARATOR).join(str(item) for item in items)


def value_label(text: str) -> str:
    """A value level or RFM segment name declared in app.rules.value (marked there)."""
    return QCoreApplication.translate("Value", text)
