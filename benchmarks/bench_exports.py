"""The files people print and send: the key-customer workbook (10,000 rows) against
xlsxwriter writing the same rows and styles, and the handover checklist PDF against a
bare reportlab canvas drawing the same text in the same font. Plain data, no database:
what is timed is the writer."""

from __future__ import annotations

import dataclasses
import io
from datetime import date, timedelta
from pathlib import Path

import xlsxwriter
from figures import Figure, Goal, median, timings_ms
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as pdfcanvas
from run import Run
from xlsxwriter.worksheet import Worksheet

from app.files import atomic_write
from app.services.handover_document import HandoverDocument
from app.services.key_customers import ConsultantWeek, KeyCustomerRow, KeyCustomerSheet
from reports.fonts import register_cjk_font
from reports.handover_pdf import render_handover
from reports.key_customers_excel import (
    _FILLS,
    DETAIL,
    OUTCOME_COLUMN,
    SUMMARY,
    Col,
    _sheet_title,
    write_key_customers,
)
from tests.reports.handover_sample import sample_document

WORKBOOK_ROWS = 10_000
CONSULTANTS = 20
WORKBOOK_ROUNDS = 5  # a shared machine: five alternating rounds steady the medians
PDF_ROUNDS = 7
OUTCOMES = ("deal", "lost", "postponed", "open")


# --- key-customer workbook --------------------------------------------------------------------
def key_customer_sheet(
    rows: int = WORKBOOK_ROWS, consultants: int = CONSULTANTS
) -> KeyCustomerSheet:
    """A week of `rows` key customers over `consultants` consultants."""
    by_consultant: dict[int, list[KeyCustomerRow]] = {}
    for n in range(rows):
        consultant = n % consultants + 1
        by_consultant.setdefault(consultant, []).append(KeyCustomerRow(
            entry_id=n + 1, version=1, week="2026-W48", customer_id=n + 1,
            customer=f"客户{n:05d}", phone=f"0138{n:07d}", consultant_id=consultant,
            consultant=f"顾问{consultant:02d}", model_of_interest="银河E8 长续航 星舰版",
            budget="20-25万", intent_level="H", last_contact=date(2026, 11, 20)
            - timedelta(days=n % 6), next_step="约周六试驾，带家人一起看车",
            outcome=OUTCOMES[n % 4], outcome_reason="竞品价格更低" if n % 4 == 1 else None,
        ))  # fmt: skip
    review = [
        ConsultantWeek(c, f"顾问{c:02d}", len(r), *(sum(x.outcome == o for x in r)
                                                 for o in OUTCOMES[:3]))
        for c, r in sorted(by_consultant.items())
    ]  # fmt: skip
    return KeyCustomerSheet("2026-W48", review, by_consultant)


def workbook_figures(run: Run) -> list[Figure]:
    sheet = key_customer_sheet()
    target = run.folder / "key.xlsx"
    floor_target = run.folder / "key-xlsxwriter.xlsx"
    ours, floor = [], []
    for _round in range(WORKBOOK_ROUNDS):  # alternating, so both see the same machine
        ours += timings_ms(lambda: write_key_customers(sheet, target), 1)
        floor += timings_ms(lambda: write_with_xlsxwriter(sheet, floor_target), 1)
    return [
        Figure(f"key_customer_workbook_{WORKBOOK_ROWS}", median(ours), median(floor),
               Goal(times_floor=1.5), "xlsxwriter, same rows, styles and file write",
               f"median of {WORKBOOK_ROUNDS}")
    ]  # fmt: skip


def write_with_xlsxwriter(sheet: KeyCustomerSheet, target: Path) -> None:
    """The same workbook as reports/key_customers_excel: sheets, widths, frozen header,
    print setup, autofilter, and each cell's border, fill and number format."""
    with atomic_write(target) as temp:
        book = xlsxwriter.Workbook(str(temp))
        formats = _Formats(book)
        summary = _xw_sheet(book, formats, "汇总", SUMMARY, f"重点客户管理表 {sheet.week} 汇总")
        for r, consultant in enumerate(sheet.review, start=1):
            for c, column in enumerate(SUMMARY):
                coaching = consultant.needs_coaching and c + 1 in (1, len(SUMMARY))
                fill = "coaching" if coaching else None
                summary.write(r, c, column.value(consultant), formats(fill, column.number_format))
        summary.autofilter(0, 0, len(sheet.review), len(SUMMARY) - 1)
        used = {"汇总"}
        for consultant in sheet.review:
            rows = sheet.rows.get(consultant.consultant_id, [])
            title = _sheet_title(consultant.consultant, used)
            page = _xw_sheet(book, formats, title, DETAIL, f"重点客户 {sheet.week} {title}")
            for r, row in enumerate(rows, start=1):
                for c, column in enumerate(DETAIL):
                    fill = str(row.outcome) if c + 1 == OUTCOME_COLUMN else None
                    page.write(r, c, column.value(row), formats(fill, column.number_format))
            page.autofilter(0, 0, len(rows), len(DETAIL) - 1)
        book.close()


class _Formats:
    """One xlsxwriter format per look, as the named styles are one per look."""

    def __init__(self, book: xlsxwriter.Workbook) -> None:
        self.book = book
        self.header = book.add_format({"bold": True, "border": 1, "border_color": "#BFBFBF",
                                       "bg_color": "#DDEBF7", "align": "center",
                                       "valign": "vcenter"})  # fmt: skip
        self.looks: dict[tuple[str | None, str | None], object] = {}

    def __call__(self, fill: str | None, number_format: str | None) -> object:
        key = (fill, number_format)
        if key not in self.looks:
            spec: dict[str, object] = {"border": 1, "border_color": "#BFBFBF"}
            if fill:
                spec.update(pattern=1, bg_color="#" + _FILLS[fill])
            if number_format:
                spec["num_format"] = number_format
            self.looks[key] = self.book.add_format(spec)
        return self.looks[key]


def _xw_sheet(
    book: xlsxwriter.Workbook, formats: _Formats, title: str, columns: list[Col], header: str
) -> Worksheet:
    ws = book.add_worksheet(title)
    for index, column in enumerate(columns):
        ws.set_column(index, index, column.width)
    ws.freeze_panes(1, 0)
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
    ws.set_header(f"&C{header}")
    ws.set_footer("&C第 &P 页，共 &N 页")
    for index, column in enumerate(columns):
        ws.write(0, index, column.header, formats.header)
    return ws


# --- handover PDF -----------------------------------------------------------------------------
def pdf_figures(run: Run) -> list[Figure]:
    """Warm renders (the font is loaded by the first, not timed), median of seven."""
    document = sample_document()
    target, floor_target = run.folder / "handover.pdf", run.folder / "handover-canvas.pdf"
    render_handover(document, target)
    pages = len(PdfReader(target).pages)
    draw_with_canvas(document, floor_target, pages)
    ours, floor = [], []
    for _round in range(PDF_ROUNDS):
        ours += timings_ms(lambda: render_handover(document, target), 1)
        floor += timings_ms(lambda: draw_with_canvas(document, floor_target, pages), 1)
    return [
        Figure("handover_pdf", median(ours), median(floor), Goal(times_floor=3),
               "bare reportlab canvas, same font, text, logo and pages",
               f"{pages} page(s); goal proposed here, the issue sets none")
    ]  # fmt: skip


def draw_with_canvas(document: HandoverDocument, target: Path, pages: int) -> None:
    """Every text of the document in the CJK font, one line each, over `pages` pages,
    the logo on each page: what a PDF of this content costs at the least."""
    font = register_cjk_font()
    lines = _texts(document)
    per_page = -(-len(lines) // pages)
    logo = ImageReader(io.BytesIO(document.logo)) if document.logo else None
    with atomic_write(target) as temp:
        canvas = pdfcanvas.Canvas(str(temp), pagesize=A4, initialFontName=font)
        for page in range(pages):
            if logo is not None:
                canvas.drawImage(logo, 16 * mm, A4[1] - 30 * mm, 14 * mm, 14 * mm, mask="auto")
            canvas.setFont(font, 9)
            for n, text in enumerate(lines[page * per_page : (page + 1) * per_page]):
                canvas.drawString(16 * mm, A4[1] - 40 * mm - n * 11, text)
            canvas.drawCentredString(A4[0] / 2, 9 * mm, f"第 {page + 1} 页 / 共 {pages} 页")
            canvas.showPage()
        canvas.save()


def _texts(document: HandoverDocument) -> list[str]:
    texts: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    walk(dataclasses.asdict(document))
    return texts
