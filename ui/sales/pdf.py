"""The handover PDF from the window: saved where the consultant chooses, or previewed."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from app.services.handover_document import HandoverDocument

from ..deferred import deferred
from ..widgets import pdf_output

render_handover = deferred("reports.handover_pdf", "render_handover")


def default_file_name(order_no: str) -> str:
    return f"交车清单_{order_no}.pdf"


def save_pdf(document: HandoverDocument, target: Path) -> Path:
    return pdf_output.save_pdf(partial(render_handover, document), target)


def save_for_preview(document: HandoverDocument) -> Path:
    return pdf_output.save_for_preview(
        partial(render_handover, document), default_file_name(document.order_no)
    )
