"""Documents from the window: saved where staff choose, or written to the temp folder to
preview and print, in DealerDesk (ui/widgets/pdf_preview.py) or, as a second choice, in
the system's PDF viewer. `write` is the reports/ function that renders to a path.

The system viewer on Linux is whatever `xdg-open` picks; Qt starts it and forgets it, so a
PC without a viewer showed nothing and said nothing. We run xdg-open ourselves on a
worker and say in Chinese when it is missing or gives up.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from app.errors import EnvironmentProblem, UserError
from app.i18n import QT_TRANSLATE_NOOP

from ..jobs import JobControl, run_job

Writer = Callable[[Path], object]
# xdg-open returns at once when it hands the file over or gives up; a viewer it runs in
# the foreground keeps it waiting: still running after this long means the file shows.
VIEWER_START_SECONDS = 5.0


class NoPdfViewer(EnvironmentProblem):
    """The PDF was written, but this machine has nothing that opens it (to view or print)."""

    def __init__(self, path: Path, why: str | None = None) -> None:
        message = QCoreApplication.translate(
            "pdf_output", "没有可以打开 PDF 的程序，无法用系统程序预览或打印。文件已保存在：%1"
        )
        if why:
            message = QCoreApplication.translate(
                "pdf_output", "无法用系统程序打开 PDF：%2。文件已保存在：%1"
            ).replace("%2", why)
        super().__init__(message.replace("%1", str(path)))
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
    """Write to the temp folder, for the preview (or the system viewer) to show and print."""
    folder = Path(tempfile.gettempdir()) / "DealerDesk"
    folder.mkdir(parents=True, exist_ok=True)
    return save_pdf(write, folder / file_name)


def open_in_system_viewer(path: Path, on_failed: Callable[[UserError], None]) -> JobControl | None:
    """Show `path` in the system's PDF viewer; `on_failed` gets why not, in Chinese. On
    Linux and the BSDs this waits for xdg-open on a worker (the returned job)."""
    if sys.platform in ("win32", "darwin"):
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            on_failed(NoPdfViewer(path))
        return None

    def failed(error: Exception) -> None:
        if not isinstance(error, UserError):
            raise error
        on_failed(error)

    return run_job(lambda _job: run_xdg_open(path), lambda _done: None, failed)


def run_xdg_open(path: Path) -> None:
    """Hand `path` to xdg-open; NoPdfViewer when it is missing or fails (worker thread)."""
    program = shutil.which("xdg-open")
    if program is None:
        missing = QCoreApplication.translate(
            "pdf_output", "本机没有 xdg-open（请安装 xdg-utils 和 PDF 阅读器）"
        )
        raise NoPdfViewer(path, missing)
    try:
        child = subprocess.Popen(
            [program, str(path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # the viewer outlives DealerDesk if it is closed first
        )
    except OSError as error:
        raise NoPdfViewer(path, f"xdg-open：{error.strerror or error}") from error
    try:
        code = child.wait(timeout=VIEWER_START_SECONDS)
    except subprocess.TimeoutExpired:
        return  # a viewer in the foreground: the file is showing
    if code != 0:
        raise NoPdfViewer(path, f"{_xdg_open_failure(code)}（xdg-open {code}）")


def _xdg_open_failure(code: int) -> str:
    """What xdg-open's exit status means (xdg-open(1), EXIT CODES)."""
    reasons = {
        1: QCoreApplication.translate("pdf_output", "命令行错误"),
        2: QCoreApplication.translate("pdf_output", "文件不存在"),
        3: QCoreApplication.translate("pdf_output", "找不到打开 PDF 的程序"),
        4: QCoreApplication.translate("pdf_output", "打开失败"),
    }
    return reasons.get(code) or QCoreApplication.translate("pdf_output", "xdg-open 出错")
