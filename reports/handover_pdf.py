"""The delivery checklist (交车清单) the customer signs: A4, the store's header on
every page, every item with its tick and remarks, signature lines, "第 x 页 / 共 y 页".

Everything is set in the embedded TrueType CJK font (reports.fonts), so the printout
looks the same on a machine with no Chinese fonts.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from app.files import atomic_write
from app.services.handover_document import DocumentSection, HandoverDocument

from .fonts import register_cjk_font
from .logo import logo_image
from .page_numbers import NumberedCanvas, page_label

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 16 * mm
HEADER_HEIGHT = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
CHECKLIST_COLUMNS = (12 * mm, 80 * mm, 14 * mm, CONTENT_WIDTH - 106 * mm)
GRID = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#e8eef5")
INK = colors.HexColor("#1f2933")


def _cells(font: str) -> list[tuple]:
    """Every table: our font even for empty cells (a table's default is Helvetica,
    which would be referenced and not embedded), tight padding."""
    return [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]


TITLE = "交车清单"
STATEMENT = (
    "本人已当面验收上述车辆及随车物品，车辆外观、内饰与功能完好；销售顾问已讲解车辆功能、"
    "保养周期、质保条款、售后服务流程与紧急联系方式。"
)


# --- the tick box --------------------------------------------------------------------------
class TickBox(Flowable):
    """A square with a drawn check mark: no font needs a ☑ glyph."""

    def __init__(self, checked: bool, size: float = 3.6 * mm) -> None:
        super().__init__()
        self.checked = checked
        self.size = size
        self.width = self.height = size

    def draw(self) -> None:
        c, s = self.canv, self.size
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.rect(0, 0, s, s)
        if self.checked:
            c.setLineWidth(1.4)
            path = c.beginPath()
            path.moveTo(s * 0.18, s * 0.52)
            path.lineTo(s * 0.42, s * 0.22)
            path.lineTo(s * 0.86, s * 0.84)
            c.drawPath(path, stroke=1, fill=0)


# --- styles --------------------------------------------------------------------------------
def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=8.5, leading=11, textColor=INK)
    return {
        "cell": base,
        "label": ParagraphStyle("label", parent=base, textColor=colors.HexColor("#52606d")),
        "head": ParagraphStyle("head", parent=base, fontSize=9, alignment=1),
        "section": ParagraphStyle("section", parent=base, fontSize=9.5),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5),
        "sign": ParagraphStyle("sign", parent=base, fontSize=10, leading=15),
    }


def _text(value: object, style: ParagraphStyle) -> Paragraph:
    escaped = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return Paragraph(escaped, style)


# --- the page header (every page) ---------------------------------------------------------
def _draw_header(
    doc: HandoverDocument, font: str, logo: ImageReader | None, canvas, _template
) -> None:
    canvas.saveState()
    top = PAGE_HEIGHT - MARGIN
    text_left = MARGIN
    if logo is not None:
        side = 14 * mm
        canvas.drawImage(
            logo, MARGIN, top - side, side, side, mask="auto", preserveAspectRatio=True
        )
        text_left += side + 4 * mm
    canvas.setFillColor(INK)
    canvas.setFont(font, 14)
    canvas.drawString(text_left, top - 6 * mm, doc.store_name)
    canvas.setFont(font, 8)
    contact = "　".join(p for p in (doc.store_address, _phone(doc.store_phone)) if p)
    canvas.drawString(text_left, top - 11 * mm, contact)
    canvas.setFont(font, 16)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, top - 6.5 * mm, TITLE)
    canvas.setFont(font, 8)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, top - 11 * mm, f"订单编号：{doc.order_no}")
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, top - 16 * mm, PAGE_WIDTH - MARGIN, top - 16 * mm)
    canvas.setFont(font, 7.5)
    canvas.drawString(MARGIN, 9 * mm, f"打印时间：{doc.printed_at:%Y-%m-%d %H:%M}")
    canvas.restoreState()


def _page_number(font: str, canvas: Canvas, number: int, total: int) -> None:
    canvas.setFont(font, 8)
    canvas.setFillColor(INK)
    canvas.drawCentredString(PAGE_WIDTH / 2, 9 * mm, page_label(number, total))


def _phone(phone: str) -> str:
    return f"电话：{phone}" if phone else ""


# --- the body ------------------------------------------------------------------------------
def _vehicle_table(doc: HandoverDocument, styles: dict[str, ParagraphStyle]) -> Table:
    label, cell = styles["label"], styles["cell"]
    delivered = f"{doc.delivered_at:%Y-%m-%d %H:%M}" if doc.delivered_at else "（未交车）"
    km = f"{doc.odometer_km} km" if doc.odometer_km is not None else ""
    pairs = [
        ("客户姓名", doc.customer_name, "联系电话", doc.customer_mobile),
        ("订单编号", doc.order_no, "订单日期", f"{doc.order_date:%Y-%m-%d}"),
        ("车型", doc.model, "配置", doc.configuration or ""),
        ("颜色", doc.colour or "", "车牌号", doc.plate or "（未上牌）"),
        ("车架号（VIN）", doc.vin or "（未配车）", "交车里程", km),
        ("交车时间", delivered, "销售顾问", doc.consultant_name),
    ]
    rows = [
        [_text(a, label), _text(b, cell), _text(c, label), _text(d, cell)] for a, b, c, d in pairs
    ]
    widths = (26 * mm, CONTENT_WIDTH / 2 - 26 * mm, 22 * mm, CONTENT_WIDTH / 2 - 22 * mm)
    table = Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                *_cells(cell.fontName),
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (0, -1), SHADE),
                ("BACKGROUND", (2, 0), (2, -1), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def _checklist_rows(
    sections: list[DocumentSection], styles: dict[str, ParagraphStyle]
) -> tuple[list[list], list[int]]:
    head = styles["head"]
    rows: list[list] = [[_text(h, head) for h in ("序号", "检查项目", "确认", "备注")]]
    section_rows: list[int] = []
    number = 0
    for section in sections:
        section_rows.append(len(rows))
        rows.append([_text(section.title, styles["section"]), "", "", ""])
        for line in section.lines:
            number += 1
            rows.append(
                [
                    _text(number, styles["cell"]),
                    _text(line.label, styles["cell"]),
                    TickBox(line.checked),
                    _text(line.remarks or "", styles["small"]),
                ]
            )
    return rows, section_rows


def _checklist_table(doc: HandoverDocument, styles: dict[str, ParagraphStyle]) -> Table:
    rows, section_rows = _checklist_rows(doc.sections, styles)
    commands = [
        *_cells(styles["cell"].fontName),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (2, 1), (2, -1), "CENTER"),
    ]
    for row in section_rows:
        commands += [
            ("SPAN", (0, row), (-1, row)),
            ("BACKGROUND", (0, row), (-1, row), colors.HexColor("#f5f7fa")),
        ]
    table = Table(rows, colWidths=CHECKLIST_COLUMNS, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _signatures(styles: dict[str, ParagraphStyle]) -> KeepTogether:
    sign = styles["sign"]
    blank = "_" * 18
    date_blank = "_" * 14
    rows = [
        [_text(f"客户签名：{blank}", sign), _text(f"日期：{date_blank}", sign)],
        [_text(f"销售顾问签名：{blank}", sign), _text(f"日期：{date_blank}", sign)],
    ]
    table = Table(rows, colWidths=(CONTENT_WIDTH * 0.6, CONTENT_WIDTH * 0.4))
    table.setStyle(TableStyle([*_cells(sign.fontName), ("TOPPADDING", (0, 0), (-1, -1), 8)]))
    return KeepTogether([_text(STATEMENT, styles["small"]), Spacer(1, 2 * mm), table])


def _story(doc: HandoverDocument, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    return [
        _vehicle_table(doc, styles),
        Spacer(1, 5 * mm),
        _checklist_table(doc, styles),
        Spacer(1, 4 * mm),
        _signatures(styles),
    ]


# --- entry point ---------------------------------------------------------------------------
def render_handover(doc: HandoverDocument, target: Path | str | BinaryIO) -> None:
    """Write the checklist as a PDF to a path (replaced only once complete) or a binary
    file object."""
    if isinstance(target, Path | str):
        with atomic_write(target) as temp:
            _render_handover(doc, str(temp))
    else:
        _render_handover(doc, target)


def _render_handover(doc: HandoverDocument, out: str | BinaryIO) -> None:
    font = register_cjk_font()
    template = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_HEIGHT,
        bottomMargin=MARGIN + 4 * mm,
        title=f"{TITLE} {doc.order_no}",
        author=doc.store_name,
        creator="DealerDesk",
    )
    header: Callable = partial(_draw_header, doc, font, logo_image(doc.logo))
    try:
        template.build(
            _story(doc, _styles(font)),
            onFirstPage=header,
            onLaterPages=header,
            canvasmaker=partial(NumberedCanvas, font=font, footer=partial(_page_number, font)),
        )
    except LayoutError as exc:  # a single remark longer than a page: a bug in our limits
        raise RuntimeError(f"交车清单排版失败：{exc}") from exc
