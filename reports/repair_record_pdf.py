"""The repair record for the customer (电子维修档案), handed over with the car: A4, the
store's header, the car and the visit, the work done with labour and parts, the parts
replaced, what was advised but not done, the amount settled, and the next service date
and km. Set in the embedded TrueType CJK font (reports.fonts), like every PDF."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from app.files import atomic_write
from app.models import WorkItemStatus
from app.services.checkin_types import RepairOrder, WorkItemRow
from app.services.repair_record import RepairRecordDocument

from . import repair_order_pdf as layout
from .fonts import register_cjk_font
from .logo import logo_image
from .page_numbers import NumberedCanvas

TITLE = "电子维修档案"
ITEM_COLUMNS = (10 * mm, 86 * mm, 24 * mm, 24 * mm, layout.CONTENT_WIDTH - 144 * mm)
THANKS = "感谢您的信任。请按上面的日期或里程（以先到者为准）回店保养，欢迎提前预约。"


def _header(doc: RepairRecordDocument, styles: dict[str, Any]) -> list[Any]:
    contact = "　".join(
        x for x in (doc.store_address, doc.store_phone and f"电话：{doc.store_phone}") if x
    )
    parts = [Paragraph(doc.store_name, styles["store"]), Paragraph(TITLE, styles["title"])]
    if contact:
        parts.append(Paragraph(contact, styles["small"]))
    parts.append(Paragraph(f"委托书号：{doc.order.order_no}", styles["right"]))
    return [*parts, Spacer(1, 2 * mm)]


def _facts(order: RepairOrder, font: str) -> Table:
    next_km = f"{order.next_service_km:,} km" if order.next_service_km else ""
    next_day = f"{order.next_service_date:%Y-%m-%d}" if order.next_service_date else ""
    came, left = layout._when(order.checked_in_at), layout._when(order.handed_over_at)
    rows = [
        ["客户", order.customer_name, "车牌号", order.plate or ""],
        ["车型", order.model or "", "车架号（VIN）", order.vin],
        ["进厂时间", came, "交车时间", left],
        ["进厂里程", f"{order.odometer_km:,} km", "服务顾问", order.advisor or ""],
        ["下次保养日期", next_day, "下次保养里程", next_km],
    ]  # fmt: skip
    widths = (26 * mm, layout.CONTENT_WIDTH / 2 - 26 * mm, 28 * mm,
              layout.CONTENT_WIDTH / 2 - 28 * mm)  # fmt: skip
    table = Table(rows, colWidths=widths)
    style = layout._grid(font)
    for column in (0, 2):
        style.add("BACKGROUND", (column, 0), (column, -1), layout.SHADE)
    style.add("BACKGROUND", (0, 4), (-1, 4), layout.SHADE)
    table.setStyle(style)
    return table


def _done(order: RepairOrder) -> list[WorkItemRow]:
    return [i for i in order.items if i.status == WorkItemStatus.AGREED]


def _work(order: RepairOrder, font: str, styles: dict[str, Any]) -> Table:
    rows: list[list[Any]] = [["序号", "已完成项目", "工时费", "材料费", "小计"]]
    for n, item in enumerate(_done(order), start=1):
        rows.append([str(n), Paragraph(item.description, styles["base"]),
                     layout._money(item.labour), layout._money(item.parts),
                     layout._money(item.total)])  # fmt: skip
    rows.append(["", "结算金额", "", "", layout._money(order.settlement_total)])
    table = Table(rows, colWidths=ITEM_COLUMNS, repeatRows=1)
    style = layout._grid(font, shaded_rows=(0, len(rows) - 1))
    style.add("ALIGN", (2, 1), (4, -1), "RIGHT")
    table.setStyle(style)
    return table


def _lines(title: str, items: list[str], styles: dict[str, Any]) -> list[Any]:
    if not items:
        return []
    text = "；".join(items)
    return [Spacer(1, 2 * mm), Paragraph(f"<b>{title}</b>：{text}", styles["base"])]


def story(doc: RepairRecordDocument) -> list[Any]:
    font = register_cjk_font()
    styles = layout._styles(font)
    order = doc.order
    parts = [i.description for i in _done(order) if i.parts > 0]
    declined = [i.description for i in order.items if i.status == WorkItemStatus.DECLINED]
    return [
        *_header(doc, styles),
        _facts(order, font),
        Spacer(1, 3 * mm),
        Paragraph(f"客户描述：{order.description or '—'}", styles["base"]),
        Spacer(1, 3 * mm),
        _work(order, font, styles),
        *_lines("更换的零件", parts, styles),
        *_lines("建议但本次未做的项目", declined, styles),
        Spacer(1, 4 * mm),
        Paragraph(THANKS, styles["small"]),
        Spacer(1, 2 * mm),
        Paragraph(f"打印时间：{layout._when(doc.printed_at)}", styles["small"]),
    ]


def write_repair_record(doc: RepairRecordDocument, target: Path | BinaryIO) -> None:
    """Write the PDF to a path (replaced only once complete) or an open binary file."""
    if isinstance(target, Path):
        with atomic_write(target) as temp:
            _write(doc, str(temp))
    else:
        _write(doc, target)


def _write(doc: RepairRecordDocument, destination: str | BinaryIO) -> None:
    font = register_cjk_font()
    pdf = SimpleDocTemplate(
        destination, pagesize=A4, leftMargin=layout.MARGIN, rightMargin=layout.MARGIN,
        topMargin=layout.MARGIN, bottomMargin=layout.MARGIN,
        title=f"{TITLE} {doc.order.order_no}", author=doc.store_name, initialFontName=font,
    )  # fmt: skip
    pdf.build(
        story(doc),
        onFirstPage=partial(layout._first_page, logo=logo_image(doc.logo)),
        canvasmaker=partial(NumberedCanvas, font=font, footer=partial(layout._footer, doc, font)),
    )
