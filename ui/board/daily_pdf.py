"""The daily report PDF from the window: written to the temp folder for the preview."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from app.services.board_data import DailyReport

from ..deferred import deferred
from ..widgets import pdf_output

render_daily_report = deferred("reports.daily_report_pdf", "render_daily_report")


def default_file_name(day: str) -> str:
    return f"日报_{day}.pdf"


def save_for_preview(report: DailyReport) -> Path:
    return pdf_output.save_for_preview(
        partial(render_daily_report, report), default_file_name(report.board.day.isoformat())
    )
