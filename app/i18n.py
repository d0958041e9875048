"""Marking text declared in app/ for translation, without Qt (app/ never imports it).

`QT_TRANSLATE_NOOP("Context", "文字")` returns the Chinese unchanged: the stored and the
declared value stay in the store's words. pyside6-lupdate finds the marker by its name
(scripts/update_translations.py reads app/ for it), and the window shows the text
through QCoreApplication.translate("Context", text).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
