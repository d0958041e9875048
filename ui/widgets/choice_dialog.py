"""A question answered by naming what to do, one button per choice (never 是/否).
Closing it (Esc) chooses nothing; the safe choice has the focus, so a stray Enter from
fast typing picks the choice that writes nothing."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget


class ChoiceDialog(QDialog):
    chosen = Signal(str)  # the key of the choice

    def __init__(
        self,
        title: str,
        question: str,
        choices: list[tuple[str, str]],
        safe_choice: str,
        parent: QWidget | None = None,
        detail: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(question, objectName="choiceQuestion", wordWrap=True))
        if detail is not None:
            layout.addWidget(detail)
        self.buttons: dict[str, QPushButton] = {}
        for key, label in choices:
            button = QPushButton(label, objectName=key)
            button.clicked.connect(partial(self._choose, key))
            layout.addWidget(button)
            self.buttons[key] = button
        self.buttons[safe_choice].setDefault(True)
        self.buttons[safe_choice].setFocus()

    def _choose(self, key: str) -> None:
        self.accept()
        self.chosen.emit(key)
