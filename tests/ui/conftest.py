"""UI tests remember window sizes and folders in a folder of their own, never the
user's (ui/preferences.py); `english_ui` shows the window in English."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEventLoop, QLocale, QSettings, QTimer

from ui.i18n import install_translators


@pytest.fixture(autouse=True)
def own_ui_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("ui-settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(autouse=True)
def collected_after_each_test() -> Iterator[None]:
    """A window left signed in froze its objects (ui/heap.py): the next test starts with
    everything collectable again."""
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True)
def event_loops_still_run(qapp) -> Iterator[None]:
    """A test must not leave an app.exit() to fire later (a stray timer): outside
    app.exec() it makes every event loop return at once, so every later test's dialog
    and wait for a worker would fail."""
    yield
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    if loop.exec() != 0:
        QTimer.singleShot(0, qapp.quit)
        qapp.exec()  # resets it: the next test starts sound
        pytest.fail("QApplication.exit() was called outside app.exec()")


@pytest.fixture
def english_ui(qapp) -> Iterator[None]:
    """English as with DEALERDESK_LANG=en (ui/i18n.py), undone afterwards."""
    previous = QLocale()
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


@pytest.fixture
def english(english_ui) -> None:
    """The same as english_ui (the name the translation tests use)."""
