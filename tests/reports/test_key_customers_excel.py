"""The key-customer workbook, opened again with openpyxl: sheets, headers, text phones,
counts equal to the database."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook

from app.cli import main as cli
from app.services.key_customers import KeyCustomerService
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
