"""Page x of y on a printed document: a canvas that keeps every page until the end, when
the total is known, then draws each page's footer with its number and the total."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

# footer(canvas, page number, page count), drawn last on every page.
Footer = Callable[[Canvas, int, int], None]


def page_label(number: int, total: int) -> str:
    return f"第 {number} 页 / 共 {total} 页"


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Pass as `canvasmaker=partial(NumberedCanvas, font=..., footer=...)` to build()."""

    def __init__(self, *args: Any, font: str, footer: Footer, **kwargs: Any) -> None:
        # Without this the canvas starts every page in Helvetica, which is never embedded.
        kwargs["initialFontName"] = font
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self.saveState()
            self._footer(self, number, total)
            self.restoreState()
            super().showPage()
        super().save()
