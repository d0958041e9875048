"""The due-list workbook written through `due-list -o`, opened again with openpyxl: the
three sheets, text phones, the counts per advisor, the export in the audit log."""

from __future__ import annotations

from openpyxl import load_workbook
from sqlalchemy import select

from app.cli import main as cli
from app.models import AuditEntry, StaffRole
from app.permissions import SYSTEM
from reports.writers import install
from tests.app import due_world
from tests.factories import cli_user


def run(db, *args: str, user: str = "it", role: StaffRole = StaffRole.STORE_MANAGER) -> int:
    install()
    return cli(["--db", db.url, *cli_user(db, user, role), "due-list", *args])


def test_the_workbook_holds_both_lists_with_text_phones_and_is_audited(db, tmp_path) -> None:
    due_world.build(db)
    target = tmp_path / "月底应到未到.xlsx"
    assert run(db, "--month", "2026-12", "-o", str(target)) == 0
    book = load_workbook(target)
    assert book.sheetnames == ["汇总", "本月应到未到", "上月应到未到"]
    due = list(book["本月应到未到"].iter_rows(values_only=True))
    assert due[0][:5] == ("应到日期", "应到里程", "保养类别", "客户", "手机")
    assert [(r[3], r[4]) for r in due[1:]] == [("张三", "13812340001"), ("赵六", "13812340004")]
    assert book["本月应到未到"]["E2"].number_format == "@"
    counts = list(book["汇总"].iter_rows(values_only=True))[1:]
    assert counts == [("李顾问", 1, 0), ("王顾问", 1, 0), ("（未指定顾问）", 0, 1)]
    with db.reading(SYSTEM) as session:
        assert session.scalar(select(AuditEntry.detail).where(AuditEntry.entity == "due_list"))
