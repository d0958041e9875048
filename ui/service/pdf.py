"""The repair order PDF from the window: previewed in the system viewer (which prints),
or saved where the advisor chooses."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from app.errors import EnvironmentProblem
from app.services.checkin_types import RepairOrderDocument
from reports.repair_order_pdf import write_repair_order


def default_file_name(document: RepairOrderDocument) -> str:
    return f"维修委托书_{document.order.order_no}.pdf"


def save_pdf(document: RepairOrderDocument, target: Path) -> Path:
    try:
        write_repair_order(document, target)
    except OSError as exc:
        raise EnvironmentProblem(f"无法写入文件 {target}：{exc.strerror or exc}") from exc
    return target


def preview_pdf(document: RepairOrderDocument) -> Path:
    folder = Path(tempfile.gettempdir()) / "DealerDesk"
    folder.mkdir(parents=True, exist_ok=True)
    target = save_pdf(document, folder / default_file_name(document))
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
        raise EnvironmentProblem(f"没有可以打开 PDF 的程序。文件已保存在：{target}")
    return target
