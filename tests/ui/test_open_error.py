"""The installed window program has no console: when it cannot open the database it says
why in a dialog (and still on stderr, for a console)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import main


def test_a_database_that_cannot_open_is_explained_in_a_dialog(qapp, tmp_path, capsys) -> None:
    corrupt = tmp_path / "store.sqlite3"
    corrupt.write_bytes(b"this is not a database" * 200)
    shown: list[tuple[QMessageBox.Icon, str]] = []

    def answer_the_dialog() -> None:  # runs inside the dialog's own event loop
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append((box.icon(), box.text()))
            box.done(QMessageBox.StandardButton.Ok)

    QTimer.singleShot(0, answer_the_dialog)
    assert main.main(["--db", str(corrupt)]) == 1
    QApplication.processEvents()  # without a dialog the timer fires here, finding none
    [(icon, text)] = shown
    assert icon == QMessageBox.Icon.Critical and "数据库文件已损坏" in text
    assert "数据库文件已损坏" in capsys.readouterr().err
