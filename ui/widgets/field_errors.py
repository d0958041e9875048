"""Show a ValidationError at its field: a red message under it, the field focused."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from app.errors import ValidationError

from ..i18n import error_text

ERROR_STYLE = "color: #c62828;"


class FieldErrors:
    """Keeps one hidden error label per field of a QFormLayout."""

    def __init__(self, form: QFormLayout) -> None:
        self._form = form
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add_row(self, key: str, label: str, widget: QWidget) -> None:
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        self._form.addRow(label, widget)
        self._form.addRow("", error)
        self._fields[key] = (widget, error)

    def show(self, exc: ValidationError) -> bool:
        """Put the message at its field; False when the form has no such field."""
        self.clear()
        if exc.field not in self._fields:
            return False
        widget, error = self._fields[exc.field]
        error.setText(error_text(exc))
        error.show()
        widget.setFocus()
        return True

    def message(self, key: str) -> str:
        _, error = self._fields[key]
        return error.text() if error.isVisibleTo(error.parentWidget()) else ""

    def clear(self) -> None:
        for _, error in self._fields.values():
            error.clear()
            error.hide()
