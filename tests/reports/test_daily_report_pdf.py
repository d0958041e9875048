"""The daily report PDF, read back from the file: both sections, the hand-counted numbers
of tests/app/board_world.py, the store's name, page x of y, and the command that writes it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main as cli
from app.models import StaffRole
from app.services.board import BoardService
from reports.daily_report_pdf import render_daily_report
from reports.writers import install
from tests.app import board_world as world
from tests.factories import MANAGER, Clock, cli_user


@pytest.fixture(autouse=True)
def writers() -> None:
    install()  # main.py does this for a command; the tests call cli() directly


def lines(path: Path) -> list[list[str]]:
    return [page.extract_text().splitlines() for page in PdfReader(path).pages]


def after(page: list[str], label: str, count: int) -> list[str]:
    """The `count` cells that follow a row's label (pypdf reads a table cell by cell)."""
    start = page.index(label) + 1
    return page[start : start + count]


def test_showroom_and_after_sales_numbers(db, tmp_path: Path) -> None:
    world.build(db)
    report = BoardService(db, MANAGER, Clock(world.NOW)).daily_report(world.DAY)
    render_daily_report(report, tmp_path / "日报.pdf")
    showroom, after_sales = lines(tmp_path / "日报.pdf")
    assert "展厅日报" in showroom and "售后日报" in after_sales
    assert showroom[0] == report.store.name and "日期：2026-11-23" in showroom
    assert after(showroom, "当日", 5) == ["2", "2", "0", "1", "50%"]
    assert after(showroom, "近 30 天", 5) == ["3", "3", "0", "1", "33%"]
    assert after(showroom, "王顾问", 5) == ["2", "1", "0", "0", "1"]  # key customers
    followups = showroom[showroom.index("逾期未做") :]
    assert after(followups, "王顾问", 3) == ["2", "1", "1"]  # due, done, overdue
    assert after(followups, "李顾问", 3) == ["0", "0", "1"]
    assert after(after_sales, "未来 30 天到期保养", 4) == ["1", "1", "1", "1"]
    assert after(after_sales, "产品质量", 5) == ["2", "1", "1", "1", "50%"]
    assert after(after_sales, "价格", 5) == ["1", "1", "0", "0", "—"]
    assert after(after_sales, "12–24 个月", 1) == ["1"]
    assert showroom[-1] == "第 1 页 / 共 2 页" and after_sales[-1] == "第 2 页 / 共 2 页"
    assert "张三" not in "".join(showroom + after_sales)  # counts only, no customer


def test_command_writes_the_pdf_for_a_manager(db, tmp_path: Path, capsys) -> None:
    world.build(db)
    target = tmp_path / "out" / "daily.pdf"
    args = ["report", "daily", "--date", "2026-11-23", "-o", str(target)]
    assert cli(["--db", db.url, *cli_user(db), *args]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    assert after(lines(target)[0], "当日", 5) == ["2", "2", "0", "1", "50%"]


def test_command_refuses_a_consultant(db, tmp_path: Path, capsys) -> None:
    user = cli_user(db, "gu", StaffRole.SALES_CONSULTANT)
    target = tmp_path / "daily.pdf"
    code = cli(["--db", db.url, *user, "report", "daily", "-o", str(target)])
    assert code != 0 and not target.exists()
    assert "没有“查看经营看板和日报”的权限" in capsys.readouterr().err


@pytest.mark.parametrize("bad", ["2026-13-01", "yesterday"])
def test_command_rejects_a_bad_date(db, tmp_path: Path, capsys, bad: str) -> None:
    assert cli(["--db", db.url, *cli_user(db), "report", "daily", "--date", bad]) != 0
    assert "不是日期" in capsys.readouterr().err


def test_command_defaults_to_today_in_the_working_folder(
    db, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli(["--db", db.url, *cli_user(db), "report", "daily"]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written.parent == tmp_path and written.name.startswith("日报_") and written.exists()
