"""The daily report PDF from the window: written to the temp folder for the preview."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from app.services.board_data import DailyReport
from reports.daily_report_pdf import render_daily_report

from ..widgets import pdf_output


def default_file_name(day: str) -> str:
    return f"日报_{day}.pdf"


def save_for_preview(report: DailyReport) -> Path:
    return pdf_output.save_for_preview(
        partial(render_daily_report, report), default_file_name(report.board.day.isoformat())
    )
