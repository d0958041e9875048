"""Hands the file writers to the commands (app/ may not import reports/): main.py asks
app.commands.writers to call `install` before the first file is written."""

from __future__ import annotations

from app.commands.writers import register_writer

from .daily_report_pdf import render_daily_report
from .due_list_excel import write_due_list
from .handover_pdf import render_handover
from .import_errors_excel import write_import_errors
from .key_customers_excel import write_key_customers


def install() -> None:
    register_writer("handover_pdf", render_handover)
    register_writer("key_customers_xlsx", write_key_customers)
    register_writer("import_errors_xlsx", write_import_errors)
    register_writer("due_list_xlsx", write_due_list)
    register_writer("daily_report_pdf", render_daily_report)
