"""The handover PDF from the window: written with reports/, previewed in the system's
PDF viewer (which prints), saved where the consultant chooses."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from app.errors import EnvironmentProblem
from app.services.handover_document import HandoverDocument
from reports.handover_pdf import render_handover


def default_file_name(document: HandoverDocument) -> str:
    return f"交车清单_{document.order_no}.pdf"


def save_pdf(document: HandoverDocument, target: Path) -> Path:
    try:
        render_handover(document, target)
    except OSError as exc:
        raise EnvironmentProblem(f"无法写入文件 {target}：{exc.strerror or exc}") from exc
    return target


def preview_pdf(document: HandoverDocument) -> Path:
    """Write to the temp folder and open it in the system viewer (print from there)."""
    folder = Path(tempfile.gettempdir()) / "DealerDesk"
    folder.mkdir(parents=True, exist_ok=True)
    target = save_pdf(document, folder / default_file_name(document))
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
        raise EnvironmentProblem(f"没有可以打开 PDF 的程序。文件已保存在：{target}")
    return target
