"""The daily report (日报) of the managers' board: 展厅日报 then 售后日报, one A4 document.

Two sections of one file rather than two files: the store manager prints one thing each
evening, and the sales and after-sales directors each read their page. Counts only (no
customer's name or number). Set in the embedded CJK font, the store's name on every page,
"第 x 页 / 共 y 页" at the foot, written to a temporary file and renamed.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from app.files import atomic_write
from app.rules.board import share
from app.rules.value import RFM_SEGMENT_LABELS, VALUE_LEVEL_LABELS
from app.services.board_data import Board, ComplaintClass, DailyReport, OwnerFollowUps

from .fonts import register_cjk_font
from .page_numbers import NumberedCanvas, page_label

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 16 * mm
GRID = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#e8eef5")
INK = colors.HexColor("#1f2933")


def render_daily_report(report: DailyReport, target: Path | str) -> None:
    with atomic_write(target) as temp:
        _render(report, str(temp))


def _render(report: DailyReport, out: str) -> None:
    font = register_cjk_font()
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + 14 * mm,
        bottomMargin=MARGIN, title=f"日报 {report.board.day}", author=report.store.name,
    )  # fmt: skip
    header = partial(_draw_header, report, font)
    canvas = partial(NumberedCanvas, font=font, footer=partial(_page_number, font))
    doc.build(_story(report.board, _styles(font), font), header, header, canvasmaker=canvas)


def _styles(font: str) -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", fontName=font, fontSize=15, leading=20, spaceAfter=4),
        "heading": ParagraphStyle("heading", fontName=font, fontSize=11, leading=16, spaceBefore=6),
        "body": ParagraphStyle("body", fontName=font, fontSize=9, leading=13),
    }


def _draw_header(report: DailyReport, font: str, canvas: Canvas, _template: Any) -> None:
    canvas.saveState()
    top = PAGE_HEIGHT - MARGIN
    canvas.setFillColor(INK)
    canvas.setFont(font, 13)
    canvas.drawString(MARGIN, top - 5 * mm, report.store.name)
    canvas.setFont(font, 8)
    contact = "　".join(p for p in (report.store.address, report.store.phone) if p)
    canvas.drawString(MARGIN, top - 10 * mm, contact)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, top - 5 * mm, f"日期：{report.board.day}")
    canvas.drawRightString(
        PAGE_WIDTH - MARGIN, top - 10 * mm, f"打印时间：{report.printed_at:%Y-%m-%d %H:%M}"
    )
    canvas.setStrokeColor(GRID)
    canvas.line(MARGIN, top - 13 * mm, PAGE_WIDTH - MARGIN, top - 13 * mm)
    canvas.restoreState()


def _page_number(font: str, canvas: Canvas, number: int, total: int) -> None:
    canvas.setFont(font, 8)
    canvas.setFillColor(INK)
    canvas.drawCentredString(PAGE_WIDTH / 2, 9 * mm, page_label(number, total))


def _table(rows: Sequence[Sequence[object]], font: str) -> Table:
    table = Table([[str(cell) for cell in row] for row in rows], hAlign="LEFT")
    table.setStyle(
        TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ])
    )  # fmt: skip
    return table


def _percent(value: float) -> str:
    return f"{value:.0%}"


def _story(board: Board, styles: dict[str, ParagraphStyle], font: str) -> list[Flowable]:
    return [
        *_showroom(board, styles, font),
        PageBreak(),
        *_after_sales(board, styles, font),
    ]


Rows = Sequence[Sequence[object]]


def _section(
    title: str, parts: list[tuple[str, Rows]], styles: dict[str, ParagraphStyle], font: str
) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(title, styles["title"])]
    for heading, rows in parts:
        story += [Paragraph(heading, styles["heading"]), _table(rows, font)]
    return story


def _showroom(board: Board, styles: dict[str, ParagraphStyle], font: str) -> list[Flowable]:
    parts: list[tuple[str, Rows]] = [
        ("当日客流与成交", _traffic_rows(board)),
        (f"重点客户（{board.key_week}）", _key_customer_rows(board)),
        ("回访执行", [["负责人", "当日到期", "当日完成", "逾期未做"]]
                     + [_followup_row(f) for f in board.followups]),
        ("忠诚客户", [["销售忠诚客户", "售后忠诚客户"],
                      [board.loyalty.sales_loyal, board.loyalty.after_sales_loyal]]),
    ]  # fmt: skip
    return _section("展厅日报", parts, styles, font)


def _traffic_rows(board: Board) -> Rows:
    today, window = board.today, board.traffic
    visits, orders = sum(d.visits for d in window), sum(d.orders for d in window)
    return [
        ["", "接待", "首次到店", "试乘试驾", "成交", "成交率"],
        ["当日", today.visits, today.first_visits, today.test_drives, today.orders,
         _percent(today.conversion)],
        [f"近 {board.window_days} 天", visits, sum(d.first_visits for d in window),
         sum(d.test_drives for d in window), orders, _percent(share(orders, visits))],
    ]  # fmt: skip


def _key_customer_rows(board: Board) -> Rows:
    return [["顾问", "列入", "成交", "战败", "延期", "未结"]] + [
        [w.consultant, w.listed, w.closed, w.lost, w.postponed, w.open] for w in board.key_customers
    ]


def _after_sales(board: Board, styles: dict[str, ParagraphStyle], font: str) -> list[Flowable]:
    service, days = board.service, board.window_days
    due = f"未来 {service.next_due_days} 天到期保养"
    parts: list[tuple[str, Rows]] = [
        ("进厂与保养到期", [
            ["当日进厂", "当日交车", f"近 {days} 天进厂", due],
            [service.visits_today, service.handed_over_today, service.visits_in_window,
             service.next_due],
        ]),
        (f"客户投诉（近 {days} 天，按类别）", _complaint_rows(board)),
        ("不回厂客户", [["未回厂时长", "客户数"]]
                       + [[_band(d.months, d.until_months), d.customers] for d in board.dormant]),
        ("客户价值", [[RFM_SEGMENT_LABELS[s], n] for s, n in board.segments.items()]
                     + [[VALUE_LEVEL_LABELS[v], n] for v, n in board.levels.items()]),
    ]  # fmt: skip
    return _section("售后日报", parts, styles, font)


def _complaint_rows(board: Board) -> Rows:
    return [["类别", "受理", "未结案", "按时响应", "响应超时", "按时率"]] + [
        [c.label, c.received, c.open, c.response_kept, c.response_late, _kept(c)]
        for c in board.complaints
    ]


def _band(months: int, until: int | None) -> str:
    return f"{months} 个月以上" if until is None else f"{months}–{until} 个月"


def _followup_row(row: OwnerFollowUps) -> list[object]:
    return [row.owner or "未分配", row.due_today, row.done_today, row.overdue]


def _kept(row: ComplaintClass) -> str:
    """No response decided yet (none answered, none overdue): no share to show."""
    return _percent(row.kept_share) if row.response_kept + row.response_late else "—"
