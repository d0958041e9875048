"""The campaign list workbook, read back with openpyxl: phones as text, the summary."""

from __future__ import annotations

from datetime import date, datetime

from openpyxl import load_workbook
from sqlalchemy import select

from app.db import Database
from app.models import Customer
from app.rules.campaigns import CampaignKind
from app.services.campaign_data import CampaignDraft
from app.services.campaigns import CampaignService
from reports.campaign_excel import write_campaign_list
from tests.factories import MANAGER, add_customer

NOW = datetime(2026, 12, 1, 9, 0)


def test_the_list_holds_phones_as_text_and_the_summary_the_counts(
    sqlite_db: Database, tmp_path
) -> None:
    add_customer(sqlite_db, "王芳", "13800138001")
    add_customer(sqlite_db, "陈无号", None)
    campaigns = CampaignService(sqlite_db, MANAGER, lambda: NOW)
    made = campaigns.create(
        CampaignDraft("寒潮提醒", CampaignKind.WEATHER, "{姓名}您好，{日期}起降温，注意防冻。",
                      date(2026, 12, 2), "全部客户"),
        select(Customer.id),
    )  # fmt: skip
    target = tmp_path / "名单" / "寒潮提醒.xlsx"
    path = campaigns.export_list(made.id, lambda sheet: write_campaign_list(sheet, target))
    book = load_workbook(path)
    assert book.sheetnames == ["汇总", "邀约名单"]
    summary = {row[0].value: row[1].value for row in book["汇总"].iter_rows()}
    assert summary["类型"] == "特殊天气提醒" and summary["邀约人数"] == 1
    assert summary["无手机号（未邀约）"] == 1 and summary["回复率"] == "0.0%"
    listed = book["邀约名单"]
    assert [c.value for c in listed[1]] == [
        "客户",
        "手机",
        "负责人",
        "邀约日期",
        "回复",
        "回复时间",
    ]
    phone = listed["B2"]
    assert phone.value == "13800138001" and phone.data_type == "s" and phone.number_format == "@"
    assert listed["E2"].value == "待回复"
