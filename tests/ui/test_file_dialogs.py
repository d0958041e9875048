"""Saving a file as staff do: Qt's own dialog in the window's language, starting in
Documents, the next time where the last file went."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from ui.i18n import install_translators
from ui.widgets.file_dialogs import ask_save_path, start_folder


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """Chinese as the app starts by default: Qt's own Chinese for its dialogs."""
    previous = QLocale()
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def answered(qapp: QApplication, answer: Callable[[QFileDialog], None]) -> list[Path]:
    """Once the dialog is up, `answer` it as the person would; the folders it opened in."""
    seen: list[Path] = []

    def look() -> None:
        dialogs = [w for w in qapp.topLevelWidgets() if isinstance(w, QFileDialog)]
        if not dialogs or not dialogs[0].isVisible():
            QTimer.singleShot(20, look)
            return
        seen.append(Path(dialogs[0].directory().absolutePath()))
        answer(dialogs[0])

    QTimer.singleShot(0, look)
    return seen


def save_as(name: Path | None) -> Callable[[QFileDialog], None]:
    def answer(dialog: QFileDialog) -> None:
        if name is None:
            dialog.reject()
            return
        dialog.selectFile(str(name))
        dialog.accept()

    return answer


def documents() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location and Path(location).is_dir() else Path.home()


def test_the_first_save_starts_in_documents_and_the_next_where_the_last_went(
    qtbot, qapp, tmp_path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = answered(qapp, save_as(tmp_path / "交车清单_XS1.pdf"))
    chosen = ask_save_path(parent, "保存交车清单", "交车清单_XS1.pdf", "PDF 文件 (*.pdf)")
    assert seen == [documents()]
    assert chosen == tmp_path / "交车清单_XS1.pdf"
    assert start_folder() == tmp_path
    seen = answered(qapp, save_as(None))
    assert ask_save_path(parent, "保存交车清单", "交车清单_XS2.pdf", "PDF (*.pdf)") is None
    assert seen == [tmp_path]


@pytest.mark.parametrize(("language", "save"), [("chinese", "保存"), ("english_ui", "Save")])
def test_the_dialog_speaks_the_windows_language(qtbot, qapp, request, language, save) -> None:
    request.getfixturevalue(language)
    parent = QWidget()
    qtbot.addWidget(parent)
    labels: list[str] = []

    def answer(dialog: QFileDialog) -> None:
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        labels.append(dialog.labelText(QFileDialog.DialogLabel.Accept))
        dialog.reject()

    answered(qapp, answer)
    ask_save_path(parent, "保存", "a.pdf", "PDF (*.pdf)")
    (label,) = labels  # the accept button's text, its shortcut's "&" aside
    assert label.replace("&", "").startswith(save)


def test_every_file_dialog_of_the_window_goes_through_the_one_helper() -> None:
    ui = Path(__file__).resolve().parents[2] / "ui"
    helper = ui / "widgets" / "file_dialogs.py"
    direct = [
        str(path.relative_to(ui))
        for path in ui.rglob("*.py")
        if path != helper and "QFileDialog" in path.read_text(encoding="utf-8")
    ]
    assert direct == [], "use ui.widgets.file_dialogs.ask_save_path / ask_open_path"
