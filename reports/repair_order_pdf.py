"""The repair order (维修委托书) the customer signs at check-in: A4, the store's header,
the customer and the car, what was said and seen, the work with labour and parts, the
estimate, the promised time and signature lines; on every page a footer with the store's
address, the order number and "第 x 页 / 共 y 页".

Everything is set in the embedded TrueType CJK font (reports.fonts); never STSong-Light,
which embeds nothing and prints differently on every machine.
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import BinaryIO, Protocol

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.files import atomic_write
from app.rules.repair_order import STATUS_LABELS
from app.services.checkin_types import RepairOrder, RepairOrderDocument, WorkItemRow

from .fonts import register_cjk_font
from .logo import logo_image
from .page_numbers import NumberedCanvas, page_label

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 16 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
GRID = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#e8eef5")
TITLE = "维修委托书"
SERVICE_TYPES = {
    "maintenance": "保养",
    "repair": "维修",
    "warranty": "质保",
    "accident": "事故车",
    "recall": "召回",
    "pdi": "PDI 检查",
}
ITEM_STATUS = {"agreed": "", "pending_consent": "待客户同意", "declined": "客户不做"}
NOTICE = (
    "1. 以上费用为预估，实际以结算单为准；维修中发现的追加项目，须经客户同意后方可施工。",
    "2. 更换下的旧件，客户如需查看或带走，请在交车前告知。",
    "3. 请勿将贵重物品遗留车内。",
)
LOGO_SIDE = 14 * mm
ITEM_COLUMNS = (10 * mm, 70 * mm, 22 * mm, 22 * mm, 22 * mm, CONTENT_WIDTH - 146 * mm)


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=13)
    return {
        "base": base,
        "title": ParagraphStyle("title", parent=base, fontSize=18, leading=24, alignment=1),
        "store": ParagraphStyle("store", parent=base, fontSize=12, leading=16, alignment=1),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=11),
        "right": ParagraphStyle("right", parent=base, alignment=2),
    }


def _grid(font: str, shaded_rows: tuple[int, ...] = ()) -> TableStyle:
    """Our font even in empty cells: a table's default Helvetica would not be embedded."""
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("BACKGROUND", (0, row), (-1, row), SHADE) for row in shaded_rows]
    return TableStyle(commands)


def _money(amount: Decimal | None) -> str:
    return "" if amount is None else f"¥{amount:,.2f}"


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _header(doc: RepairOrderDocument, styles: dict) -> list:
    contact = "　".join(
        x for x in (doc.store_address, doc.store_phone and f"电话：{doc.store_phone}") if x
    )
    clear_of_logo = LOGO_SIDE + 4 * mm if doc.logo else 0
    store = ParagraphStyle(
        "store_name", parent=styles["store"], leftIndent=clear_of_logo, rightIndent=clear_of_logo
    )
    parts = [Paragraph(doc.store_name, store), Paragraph(TITLE, styles["title"])]
    if contact:
        parts.append(Paragraph(contact, styles["small"]))
    parts.append(Paragraph(f"委托书号：{doc.order.order_no}", styles["right"]))
    return [*parts, Spacer(1, 2 * mm)]


def _facts(order: RepairOrder, font: str) -> Table:
    fuel = "" if order.fuel_level is None else f"{order.fuel_level}%"
    rows = [
        ["客户", order.customer_name, "联系电话", order.customer_phone],
        ["车牌号", order.plate or "", "车架号（VIN）", order.vin],
        ["车型", order.model or "", "颜色", order.colour or ""],
        ["进厂里程", f"{order.odometer_km:,} km", "油量", fuel],
        ["服务类型", SERVICE_TYPES.get(order.service_type, order.service_type), "状态",
         STATUS_LABELS.get(order.status, order.status)],
        ["接车时间", _when(order.checked_in_at), "承诺交车", _when(order.promised_at)],
        ["服务顾问", order.advisor or "", "", ""],
    ]  # fmt: skip
    widths = (22 * mm, CONTENT_WIDTH / 2 - 22 * mm, 28 * mm, CONTENT_WIDTH / 2 - 28 * mm)
    table = Table(rows, colWidths=widths)
    style = _grid(font)
    for column in (0, 2):
        style.add("BACKGROUND", (column, 0), (column, -1), SHADE)
    table.setStyle(style)
    return table


def _notes(order: RepairOrder, font: str, styles: dict) -> Table:
    rows = [
        ["客户描述", Paragraph(order.description or "", styles["base"])],
        ["初检记录", Paragraph(order.inspection_notes or "", styles["base"])],
    ]
    table = Table(rows, colWidths=(22 * mm, CONTENT_WIDTH - 22 * mm), minRowHeights=(14 * mm,) * 2)
    style = _grid(font)
    style.add("BACKGROUND", (0, 0), (0, -1), SHADE)
    table.setStyle(style)
    return table


def _item_row(number: int, item: WorkItemRow, styles: dict) -> list:
    label = item.description + ("（建议）" if item.suggested else "")
    return [
        str(number),
        Paragraph(label, styles["base"]),
        _money(item.labour),
        _money(item.parts),
        _money(item.total),
        ITEM_STATUS.get(item.status, item.status),
    ]


def _items(order: RepairOrder, font: str, styles: dict) -> Table:
    rows = [["序号", "维修项目", "工时费", "材料费", "小计", "备注"]]
    rows += [_item_row(n, item, styles) for n, item in enumerate(order.items, start=1)]
    rows.append(["", "预估合计（不含待同意及客户不做的项目）", "", "", _money(order.estimate), ""])
    table = Table(rows, colWidths=ITEM_COLUMNS, repeatRows=1)
    style = _grid(font, shaded_rows=(0, len(rows) - 1))
    style.add("ALIGN", (2, 1), (4, -1), "RIGHT")
    table.setStyle(style)
    return table


def _signatures(font: str) -> Table:
    rows = [
        ["客户签字：", "", "服务顾问签字：", ""],
        ["日期：", "", "日期：", ""],
    ]
    widths = (24 * mm, CONTENT_WIDTH / 2 - 24 * mm, 30 * mm, CONTENT_WIDTH / 2 - 30 * mm)
    table = Table(rows, colWidths=widths, rowHeights=(12 * mm, 9 * mm))
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                ("LINEBELOW", (3, 0), (3, -1), 0.6, colors.black),
            ]
        )
    )
    return table


def story(doc: RepairOrderDocument) -> list:
    font = register_cjk_font()
    styles = _styles(font)
    order = doc.order
    return [
        *_header(doc, styles),
        _facts(order, font),
        Spacer(1, 3 * mm),
        _notes(order, font, styles),
        Spacer(1, 3 * mm),
        _items(order, font, styles),
        Spacer(1, 3 * mm),
        Paragraph("<br/>".join(NOTICE), styles["small"]),
        Spacer(1, 6 * mm),
        _signatures(font),
        Spacer(1, 2 * mm),
        Paragraph(f"打印时间：{_when(doc.printed_at)}", styles["small"]),
    ]


def write_repair_order(doc: RepairOrderDocument, target: Path | BinaryIO) -> None:
    """Write the PDF to a path (replaced only once complete) or an open binary file."""
    if isinstance(target, Path):
        with atomic_write(target) as temp:
            _write_repair_order(doc, str(temp))
    else:
        _write_repair_order(doc, target)


def _write_repair_order(doc: RepairOrderDocument, destination: str | BinaryIO) -> None:
    pdf = SimpleDocTemplate(
        destination,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{TITLE} {doc.order.order_no}",
        author=doc.store_name,
        # Without it every page starts in Helvetica, which is never embedded.
        initialFontName=register_cjk_font(),
    )
    font = register_cjk_font()
    pdf.build(
        story(doc),
        onFirstPage=partial(_first_page, logo=logo_image(doc.logo)),
        canvasmaker=partial(NumberedCanvas, font=font, footer=partial(_footer, doc, font)),
    )


def _first_page(canvas: Canvas, _pdf_doc, *, logo: ImageReader | None) -> None:
    """The store's logo in the top left corner (the header is centred clear of it)."""
    if logo is not None:
        top = PAGE_HEIGHT - MARGIN
        canvas.drawImage(
            logo, MARGIN, top - LOGO_SIDE, LOGO_SIDE, LOGO_SIDE,
            mask="auto", preserveAspectRatio=True,
        )  # fmt: skip


FOOTER_SIZE = 8


class FooterSource(Protocol):
    """What the footer prints: the repair order and the repair record both have it."""

    @property
    def store_name(self) -> str: ...
    @property
    def store_address(self) -> str: ...
    @property
    def order(self) -> RepairOrder: ...


def _footer(doc: FooterSource, font: str, canvas: Canvas, number: int, total: int) -> None:
    """The store's address on the left (cut short if it would reach the page number), the
    order number and page x of y on the right, below a thin line."""
    right = f"{doc.order.order_no}　{page_label(number, total)}"
    room = CONTENT_WIDTH - stringWidth(right, font, FOOTER_SIZE) - 6 * mm
    left = _fitted("　".join(p for p in (doc.store_name, doc.store_address) if p), font, room)
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, MARGIN - 3 * mm, PAGE_WIDTH - MARGIN, MARGIN - 3 * mm)
    canvas.setFont(font, FOOTER_SIZE)
    canvas.drawString(MARGIN, MARGIN / 2, left)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, MARGIN / 2, right)


def _fitted(text: str, font: str, width: float) -> str:
    if stringWidth(text, font, FOOTER_SIZE) <= width:
        return text
    while text and stringWidth(text + "…", font, FOOTER_SIZE) > width:
        text = text[:-1]
    return text + "…"
