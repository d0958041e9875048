"""The key-customer workbook, opened again with openpyxl: sheets, headers, text phones,
counts equal to the database."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from app.cli import main as cli
from app.services.key_customers import (
    ConsultantWeek,
    KeyCustomerRow,
    KeyCustomerService,
    KeyCustomerSheet,
)
from reports.key_customers_excel import DETAIL, SUMMARY, write_key_customers
from tests.app import reminder_world as w
from tests.factories import MANAGER, cli_user

WEEK = "2026-W48"


@pytest.fixture
def week(db):
    service = KeyCustomerService(db, MANAGER, w.Clock())
    wang, li = w.staff(db, "王顾问"), w.staff(db, "李顾问")
    outcomes = [("张三", wang, "deal"), ("李四", wang, "lost"), ("王五", wang, "postponed"),
                ("赵六", li, "open"), ("钱七", li, "deal")]  # fmt: skip
    for n, (name, consultant, outcome) in enumerate(outcomes):
        cid = w.customer(db, name, f"0138000000{n}", consultant_id=consultant)
        w.visit(db, cid, consultant, datetime(2026, 11, 21, 10), "H")
        entry = service.mark(cid, consultant, WEEK, "约试驾")
        if outcome != "open":
            service.set_outcome(entry, outcome, "价格" if outcome == "lost" else None)
    return service


def test_workbook_sheets_headers_phones_counts(week, tmp_path):
    target = week.export_sheet(
        WEEK, lambda s: write_key_customers(s, tmp_path / "out" / "key.xlsx")
    )
    book = load_workbook(target)
    assert book.sheetnames == ["汇总", "李顾问", "王顾问"]
    summary = book["汇总"]
    assert [c.value for c in summary[1]] == [c.header for c in SUMMARY]
    by_name = {row[0]: row for row in summary.iter_rows(min_row=2, values_only=True)}
    for consultant in week.review(WEEK):
        row = by_name[consultant.consultant]
        assert row[1:5] == (consultant.listed, consultant.closed, consultant.lost,
                            consultant.postponed)  # fmt: skip
        assert row[6] == pytest.approx(consultant.closing_rate)
    assert by_name["王顾问"][8] == "是" and by_name["李顾问"][8] in ("", None)
    wang = book["王顾问"]
    assert [c.value for c in wang[1]] == [c.header for c in DETAIL]
    phones = [row[1] for row in wang.iter_rows(min_row=2)]
    wang_id = next(c.consultant_id for c in week.review(WEEK) if c.consultant == "王顾问")
    assert len(phones) == week.count(WEEK, wang_id) == 3
    assert all(cell.data_type == "s" for cell in phones)
    assert phones[0].value.startswith("0138")  # a leading zero survives: text, not a number
    assert {row[7] for row in wang.iter_rows(min_row=2, values_only=True)} == {
        "成交",
        "战败",
        "延期",
    }


def test_layout_for_print_and_filtering(week, tmp_path):
    book = load_workbook(
        week.export_sheet(WEEK, lambda s: write_key_customers(s, tmp_path / "key.xlsx"))
    )
    for ws in book.worksheets:
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref.startswith("A1:")
        assert ws.page_setup.orientation == "landscape"
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert ws.print_title_rows == "$1:$1"
        assert ws.column_dimensions["A"].width >= 10
    outcome_fill = book["王顾问"].cell(row=2, column=8).fill.fgColor.rgb
    assert outcome_fill.endswith("C6EFCE")  # 成交 in green


# A4 landscape less the sheet's side margins, in Excel's pixels (96 dpi).
A4_LANDSCAPE_WIDTH_MM = 297


def printed_width_px(ws, columns: int) -> float:
    """Excel's width of the columns in pixels: 7 per character of Calibri 11, plus 5."""
    widths = [ws.column_dimensions[get_column_letter(n)].width for n in range(1, columns + 1)]
    return sum(width * 7 + 5 for width in widths)


def test_every_sheet_prints_on_a4_landscape_at_full_size(week, tmp_path):
    """Columns as wide as the page between its margins: nothing to shrink, so the text
    prints at its size (LibreOffice used to scale it to 8 pt); wider ones still fit."""
    book = load_workbook(
        week.export_sheet(WEEK, lambda s: write_key_customers(s, tmp_path / "key.xlsx"))
    )
    for ws in book.worksheets:
        setup = ws.page_setup
        assert (setup.orientation, int(setup.paperSize)) == ("landscape", 9)
        assert (int(setup.fitToWidth), int(setup.fitToHeight)) == (1, 0)  # 1 page wide
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        margins = ws.page_margins.left + ws.page_margins.right  # inches
        printable_px = (A4_LANDSCAPE_WIDTH_MM / 25.4 - margins) * 96
        columns = len(DETAIL) if ws.title != "汇总" else len(SUMMARY)
        assert printed_width_px(ws, columns) <= printable_px
        assert ws["A2"].font.name == "Calibri" and ws["A2"].font.size == 11


def sheet_of(rows: list[KeyCustomerRow]) -> KeyCustomerSheet:
    review = [ConsultantWeek(7, "王顾问", len(rows), 0, 0, 0),
              ConsultantWeek(8, "李顾问", 0, 0, 0, 0)]  # fmt: skip
    return KeyCustomerSheet("2026-W48", review, {7: rows})


def key_customer(next_step: str, model: str = "汉兰达") -> KeyCustomerRow:
    return KeyCustomerRow(1, 1, "2026-W48", 11, "诸葛明亮", "13800000001", 7, "王顾问",
                          model, "15-20万", "H",
                          date(2026, 11, 23), next_step, "open", None)  # fmt: skip


def test_long_text_wraps_in_a_taller_row_instead_of_being_cut(tmp_path: Path) -> None:
    step = "客户比较竞品（凯美瑞），下周二再回访，重点讲保值率和保养成本，带上置换评估"
    ws = load_workbook(write_key_customers(sheet_of([key_customer(step), key_customer("试驾")]),
                                           tmp_path / "key.xlsx"))["王顾问"]  # fmt: skip
    next_step = next(n for n, c in enumerate(DETAIL, 1) if c.header == "下一步")
    assert ws.cell(row=2, column=next_step).value == step  # whole
    assert ws.cell(row=2, column=next_step).alignment.wrap_text
    assert ws.row_dimensions[2].height >= 45  # three lines of 15 pt in a 33-character column
    assert ws.row_dimensions[3].height is None  # one line: Excel's own height


def test_a_consultant_without_key_customers_says_so(tmp_path: Path) -> None:
    book = load_workbook(write_key_customers(sheet_of([]), tmp_path / "key.xlsx"))
    for title in ("王顾问", "李顾问"):
        assert book[title]["A2"].value == "本周无重点客户"
    empty_week = KeyCustomerSheet("2026-W48", [], {})
    summary = load_workbook(write_key_customers(empty_week, tmp_path / "none.xlsx"))["汇总"]
    assert summary["A2"].value == "本周无重点客户"


def test_cli_exports_the_week(db, week, tmp_path, capsys):
    from reports.writers import install

    install()
    target = tmp_path / "cli.xlsx"
    assert (
        cli(
            [
                "--db",
                db.url,
                *cli_user(db),
                "export",
                "key-customers",
                "--week",
                WEEK,
                "-o",
                str(target),
            ]
        )
        == 0
    )
    assert str(target) in capsys.readouterr().out
    assert load_workbook(target).sheetnames == ["汇总", "李顾问", "王顾问"]
    assert cli(["--db", db.url, *cli_user(db), "export", "key-customers", "--week", "2026-47"]) == 2


def test_each_row_keeps_its_own_values_and_colours(tmp_path: Path) -> None:
    """Rows one after another: a row without a reason or a date shows none (nothing left
    over from the row above), and each outcome has its own colour."""
    rows = [
        dataclasses.replace(key_customer("试驾"), outcome="lost", outcome_reason="价格"),
        dataclasses.replace(key_customer("报价"), outcome="deal", last_contact=None),
        key_customer("回访"),
    ]
    ws = load_workbook(write_key_customers(sheet_of(rows), tmp_path / "key.xlsx"))["王顾问"]
    column = {c.header: n for n, c in enumerate(DETAIL, 1)}
    seen = [
        [ws.cell(row=r, column=column[h]).value for h in ("下一步", "最近联系", "结果", "原因")]
        for r in (2, 3, 4)
    ]
    assert seen == [
        ["试驾", datetime(2026, 11, 23), "战败", "价格"],
        ["报价", None, "成交", None],
        ["回访", datetime(2026, 11, 23), "进行中", None],
    ]
    fills = [ws.cell(row=r, column=column["结果"]).fill.fgColor.rgb[-6:] for r in (2, 3, 4)]
    assert fills == ["FFC7CE", "C6EFCE", "F2F2F2"]
    assert ws.cell(row=3, column=column["原因"]).fill.fgColor.rgb[-6:] != "C6EFCE"
