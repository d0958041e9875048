"""Fixtures for the window's tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ui.i18n import install_translators


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """English as with DEALERDESK_LANG=en, undone afterwards so other tests see Chinese."""
    previous_locale = QLocale()
    translators = install_translators(qapp, "en")
    try:
        yield
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous_locale)
