"""Preview and print a PDF inside DealerDesk, without the system's PDF viewer.

pypdfium2 (PDFium, the PDF engine of Chrome) renders the pages to images on a worker
thread; Qt's print preview shows them on A4 and prints them, at PRINT_DPI, which keeps
8 pt Chinese text sharp on an office laser printer. The PDF already holds its margins, so
the images fill the paper (full page) and scale to whatever paper is chosen.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QWidget

from app.errors import EnvironmentProblem, UserError

from ..jobs import JobControl, run_job

if TYPE_CHECKING:
    import pypdfium2 as pdfium

PRINT_DPI = 300  # an A4 page: 2481 × 3508 pixels, 26 MB as RGB
_PDFIUM = threading.Lock()  # PDFium is not thread-safe: one document at a time


@dataclass(frozen=True)
class RenderedPdf:
    path: Path
    pages: list[QImage]

    @property
    def landscape(self) -> bool:
        return bool(self.pages) and self.pages[0].width() > self.pages[0].height()


class PreviewFailed(EnvironmentProblem):
    """The PDF was written but could not be rendered here (a damaged file or install)."""

    def __init__(self, path: Path, reason: object) -> None:
        super().__init__(
            QCoreApplication.translate(
                "pdf_preview",
                "无法在本程序内预览（%1）。可以用“系统程序打开”，文件已保存在：%2",
            )
            .replace("%1", str(reason))
            .replace("%2", str(path))
        )


def render_pdf(path: Path, job: JobControl | None = None, dpi: int = PRINT_DPI) -> RenderedPdf:
    """Every page of `path` as an image, reporting progress page by page (worker thread:
    QImage, unlike QPixmap, may be made off the UI thread)."""
    import pypdfium2 as pdfium  # here, on the worker: a tab with a preview opens without it

    with _PDFIUM:
        try:
            document = pdfium.PdfDocument(path)
        except pdfium.PdfiumError as error:
            raise PreviewFailed(path, error) from error
        try:
            return RenderedPdf(path, _render_pages(document, dpi, job))
        finally:
            document.close()


def _render_pages(document: pdfium.PdfDocument, dpi: int, job: JobControl | None) -> list[QImage]:
    pages = []
    for number in range(len(document)):
        if job is not None and job.cancelled():
            break
        pages.append(_render_page(document[number], dpi))
        if job is not None:
            job.progress(number + 1, len(document))
    return pages


def _render_page(page: pdfium.PdfPage, dpi: int) -> QImage:
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB, 3 bytes a pixel
    try:
        image = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
        )
        return image.copy()  # its own pixels: the bitmap's are freed below
    finally:
        bitmap.close()
        page.close()


def a4_printer(document: RenderedPdf) -> QPrinter:
    """A printer set up for A4 in the document's orientation, the whole sheet ours."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    orientation = QPageLayout.Orientation
    printer.setPageOrientation(
        orientation.Landscape if document.landscape else orientation.Portrait
    )
    printer.setFullPage(True)
    printer.setDocName(document.path.stem)
    return printer


def paint_pages(pages: Sequence[QImage], printer: QPrinter) -> None:
    """Each image on its own sheet, as large as the paper allows, centred."""
    painter = QPainter()
    if not painter.begin(printer):  # the printer refused (gone, out of paper, …)
        return
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)  # legible when shrunk
    try:
        for number, image in enumerate(pages):
            if number:
                printer.newPage()
            sheet = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            painter.drawImage(_fitted(image.size(), sheet), image)
    finally:
        painter.end()


def _fitted(size: QSize, sheet: QRectF) -> QRectF:
    scale = min(sheet.width() / size.width(), sheet.height() / size.height())
    width, height = size.width() * scale, size.height() * scale
    return QRectF(
        sheet.x() + (sheet.width() - width) / 2,
        sheet.y() + (sheet.height() - height) / 2,
        width,
        height,
    )


class PdfPreviewDialog(QPrintPreviewDialog):
    """Qt's print preview (zoom, page setup, print) over the rendered pages."""

    def __init__(self, document: RenderedPdf, parent: QWidget | None = None) -> None:
        printer = a4_printer(document)
        super().__init__(printer, parent)
        self.printer = printer  # the dialog does not own it: kept as long as the dialog
        self.document = document
        self.setObjectName("pdfPreview")
        self.setWindowTitle(
            QCoreApplication.translate("pdf_preview", "打印预览 - %1").replace(
                "%1", document.path.name
            )
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.paintRequested.connect(lambda printer: paint_pages(self.document.pages, printer))
        self._size_to_screen()

    @property
    def preview(self) -> QPrintPreviewWidget:
        return self.findChild(QPrintPreviewWidget)

    def _size_to_screen(self) -> None:
        """Tall enough for a whole A4 page on a 768-pixel-high screen, not beyond it."""
        screen = (self.parentWidget() or self).screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        self.resize(min(900, room.width() * 9 // 10), room.height() * 9 // 10)


class PdfPreviewer(QObject):
    """Renders a written PDF on a worker, then opens the preview over `parent`."""

    failed = Signal(object)  # UserError
    opened = Signal(object)  # the PdfPreviewDialog

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.job: JobControl | None = None  # the rendering under way, if any
        self.dialog: PdfPreviewDialog | None = None

    def preview(self, path: Path) -> None:
        self.job = run_job(lambda job: render_pdf(path, job), self._show, self._failed)

    def _show(self, document: RenderedPdf) -> None:
        self.job = None
        self.dialog = PdfPreviewDialog(document, self._parent)
        self.dialog.destroyed.connect(self._forget)
        self.dialog.open()
        self.opened.emit(self.dialog)

    def _forget(self) -> None:
        self.dialog = None  # closed: its pages' memory goes with it

    def _failed(self, error: Exception) -> None:
        self.job = None
        if not isinstance(error, UserError):
            raise error
        self.failed.emit(error)
