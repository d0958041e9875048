"""Documents from the window: saved where staff choose, or previewed in the system's PDF
viewer (which prints). `write` is the reports/ function that renders to a path."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from app.errors import EnvironmentProblem
from app.i18n import QT_TRANSLATE_NOOP

Writer = Callable[[Path], object]


class NoPdfViewer(EnvironmentProblem):
    """The PDF was written, but this machine has nothing that opens it (to view or print)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            QCoreApplication.translate(
                "pdf_output", "没有可以打开 PDF 的程序，无法预览或打印。文件已保存在：%1"
            ).replace("%1", str(path))
        )
        self.path = path


def save_pdf(write: Writer, target: Path) -> Path:
    try:
        write(target)
    except OSError as exc:
        raise EnvironmentProblem(
            QT_TRANSLATE_NOOP("Errors", "无法写入文件 {target}：{reason}"),
            target=target,
            reason=exc.strerror or exc,
        ) from exc
    return target


def save_for_preview(write: Writer, file_name: str) -> Path:
    """Write to the temp folder, for the system viewer to show and print."""
    folder = Path(tempfile.gettempdir()) / "DealerDesk"
    folder.mkdir(parents=True, exist_ok=True)
    return save_pdf(write, folder / file_name)


def open_in_viewer(path: Path) -> None:
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        raise NoPdfViewer(path)
