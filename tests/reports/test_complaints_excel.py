"""The monthly complaint workbook, read back with openpyxl."""

from __future__ import annotations

from datetime import datetime

from openpyxl import load_workbook

from app.db import Database
from app.services.complaints import ComplaintForm, ComplaintService
from reports.complaints_excel import write_complaint_analysis
from tests.factories import MANAGER, add_customer

NOW = datetime(2026, 11, 23, 9, 0)


def test_workbook_has_every_view_with_frozen_filtered_headers(
    sqlite_db: Database, tmp_path
) -> None:
    desk = ComplaintService(sqlite_db, MANAGER, lambda: NOW)
    customer = add_customer(sqlite_db, "张三", "13812345678")
    for _ in range(2):
        desk.intake(
            ComplaintForm(
                "phone", "price", "报价前后不一致。", cause="价格变动", customer_id=customer
            )
        )
    path = desk.export_month(
        2026,
        11,
        lambda e: write_complaint_analysis(tmp_path / "投诉分析.xlsx", e.analysis, e.cases),
    )
    book = load_workbook(path)
    assert book.sheetnames == ["汇总", "按类别", "按原因", "时限达成", "重复投诉客户", "投诉明细"]
    cases = book["投诉明细"]
    assert cases.freeze_panes == "A2" and cases.auto_filter.ref == "A1:P3"
    assert [c.value for c in cases[1]][:4] == ["投诉单号", "状态", "客户", "电话"]
    phone = cases["D2"]
    assert phone.value == "13812345678" and phone.data_type == "s" and phone.number_format == "@"
    assert cases["I2"].value == NOW
    assert [c.value for c in book["按原因"][2]] == ["价格", "价格变动", 2]
    assert [c.value for c in book["重复投诉客户"][2]] == ["张三", 2]
    summary = {row[0].value: row[1].value for row in book["汇总"].iter_rows(min_row=2)}
    assert summary["投诉总数"] == 2 and summary["月份"] == "2026-11"
