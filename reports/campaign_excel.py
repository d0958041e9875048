"""A campaign's invitation list (活动邀约名单) as an Excel workbook: a summary sheet (the
campaign, its segment, who was left out and why, the answers) and the list, streamed
(20,000 rows). Phones are written as text; they are whole only when the exporter may
see them (the service decides)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from app.files import atomic_write
from app.rules.campaigns import KIND_LABELS, RSVP_LABELS, Rsvp
from app.services.campaign_data import CampaignSheet, CampaignSummary, InvitationRow

TEXT = "@"
LIST_COLUMNS = [("客户", 12), ("手机", 14), ("负责人", 12), ("邀约日期", 12), ("回复", 10),
                ("回复时间", 17)]  # fmt: skip
_BOLD = Font(bold=True)


def write_campaign_list(sheet: CampaignSheet, target: Path) -> Path:
    book = Workbook(write_only=True)
    _summary(book, sheet.campaign, sheet.template)
    _invitations(book, sheet.rows)
    with atomic_write(target) as temp:  # the old file stays if writing fails
        book.save(temp)
    return target


def _summary(book: Workbook, c: CampaignSummary, template: str) -> None:
    ws = book.create_sheet("汇总")
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 16, 60
    rate = c.response_rate
    for label, value in [
        ("活动", c.name), ("类型", KIND_LABELS[c.kind]), ("活动时间", c.event_at),
        ("地点", c.place or ""), ("客户群", c.segment_label), ("消息模板", template),
        ("邀约人数", c.invited), ("拒绝联系（未邀约）", c.excluded_refused),
        ("无手机号（未邀约）", c.excluded_no_phone), ("接受", c.accepted), ("谢绝", c.declined),
        ("未联系上", c.not_reached), ("回复率", "—" if rate is None else f"{rate:.1%}"),
    ]:  # fmt: skip
        ws.append([_cell(ws, label, bold=True), _cell(ws, value)])


def _invitations(book: Workbook, rows: list[InvitationRow]) -> None:
    ws = book.create_sheet("邀约名单")
    for index, (_name, width) in enumerate(LIST_COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(LIST_COLUMNS))}{max(1, len(rows) + 1)}"
    ws.append([_cell(ws, name, bold=True) for name, _width in LIST_COLUMNS])
    for r in rows:  # plain values (dates get their format); only the phone needs a cell
        ws.append([r.customer, _cell(ws, r.phone, TEXT), r.owner or "", r.due_date,
                   RSVP_LABELS[Rsvp(r.rsvp)], r.answered_at])  # fmt: skip


def _cell(
    ws: Any, value: Any, number_format: str | None = None, bold: bool = False
) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    if number_format:
        cell.number_format = number_format
    if bold:
        cell.font = _BOLD
    return cell
