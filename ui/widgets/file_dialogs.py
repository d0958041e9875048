"""Choosing a file to save or open, the same way in every window: Qt's own dialog, so it
speaks the window's language (a native one follows the system's), starting in the user's
Documents folder and then wherever the last file was chosen (remembered on this PC).

The static QFileDialog functions run the dialog, as before: tests that stand in for the
person at the desk replace QFileDialog.getSaveFileName / getOpenFileName."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from ..preferences import ui_settings

LAST_FOLDER = "files/last_folder"
OPTIONS = QFileDialog.Option.DontUseNativeDialog


def start_folder() -> Path:
    """The folder of the last file chosen, else Documents, else home."""
    remembered = ui_settings().value(LAST_FOLDER)
    if isinstance(remembered, str) and Path(remembered).is_dir():
        return Path(remembered)
    location = QStandardPaths.StandardLocation.DocumentsLocation
    documents = Path(QStandardPaths.writableLocation(location) or Path.home())
    return documents if documents.is_dir() else Path.home()


def ask_save_path(
    parent: QWidget, title: str, file_name: str, name_filter: str, folder: Path | None = None
) -> Path | None:
    """Where to save `file_name` (offered in `folder`, else the start folder); None if
    the person cancelled."""
    offered = (folder or start_folder()) / file_name
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(offered), name_filter,
                                            options=OPTIONS)  # fmt: skip
    return _remembered(chosen)


def ask_open_path(
    parent: QWidget, title: str, name_filter: str, folder: Path | None = None
) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(folder or start_folder()),
                                            name_filter, options=OPTIONS)  # fmt: skip
    return _remembered(chosen)


def _remembered(chosen: str) -> Path | None:
    if not chosen:
        return None
    path = Path(chosen)
    ui_settings().setValue(LAST_FOLDER, str(path.parent))
    return path


def ask_open_paths(parent: QWidget, title: str, name_filter: str) -> list[Path]:
    """Several files to open (photos); empty if the person cancelled."""
    chosen, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder()), name_filter,
                                             options=OPTIONS)  # fmt: skip
    if chosen:
        _remembered(chosen[0])
    return [Path(name) for name in chosen]
