"""The repair order and the repair record PDFs from the window: saved where the advisor
chooses, or previewed (the system viewer prints)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from app.services.checkin_types import RepairOrderDocument
from app.services.repair_record import RepairRecordDocument, record_file_name

from ..deferred import deferred
from ..widgets import pdf_output

write_repair_order = deferred("reports.repair_order_pdf", "write_repair_order")
write_repair_record = deferred("reports.repair_record_pdf", "write_repair_record")


def default_file_name(order_no: str) -> str:
    return f"维修委托书_{order_no}.pdf"


def save_pdf(document: RepairOrderDocument, target: Path) -> Path:
    return pdf_output.save_pdf(partial(write_repair_order, document), target)


def save_for_preview(document: RepairOrderDocument) -> Path:
    return pdf_output.save_for_preview(
        partial(write_repair_order, document), default_file_name(document.order.order_no)
    )


def save_record_pdf(document: RepairRecordDocument, target: Path) -> Path:
    return pdf_output.save_pdf(partial(write_repair_record, document), target)


def save_record_for_preview(document: RepairRecordDocument) -> Path:
    return pdf_output.save_for_preview(
        partial(write_repair_record, document), record_file_name(document.order.order_no)
    )
