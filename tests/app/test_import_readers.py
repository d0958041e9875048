"""Every reader yields the same rows, numbered as Excel numbers them."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from app.importing.readers import UnreadableFile, open_sheet, openpyxl_sheet, sheet_names
from tests.import_files import write_csv, write_xls, write_xlsx

ROWS = [["姓名", "手机", "生日"], ["张三", "13812345678", date(1990, 3, 5)], ["李四", "", None]]


def texts(sheet) -> list[tuple[int, list[str]]]:
    """Rows as (number, non-empty cells as text): readers differ only in padding."""
    return [
        (number, [str(c) for c in cells if c not in (None, "")])
        for number, cells in sheet.rows()
        if any(c not in (None, "") for c in cells)
    ]


EXPECTED = [
    (1, ["XX 4S 店客户名单"]),
    (3, ["姓名", "手机", "生日"]),
    (4, ["张三", "13812345678", "1990-03-05"]),
    (5, ["李四"]),
]


def test_xlsx_through_calamine_and_openpyxl_alike(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", ROWS, title="XX 4S 店客户名单")
    fast, fallback = open_sheet(path), openpyxl_sheet(path)
    assert fast.engine == "calamine" and fallback.engine == "openpyxl"
    # openpyxl gives a date cell as a datetime at midnight
    as_dates = [(n, [c.removesuffix(" 00:00:00") for c in cells]) for n, cells in texts(fallback)]
    assert texts(fast) == EXPECTED == as_dates


def test_xls_is_read_by_calamine(tmp_path: Path) -> None:
    path = write_xls(tmp_path / "list.xls", ROWS, title="XX 4S 店客户名单")
    assert sheet_names(path) == ["客户"]
    assert texts(open_sheet(path)) == EXPECTED


def test_columns_starting_at_c_keep_their_letters(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", ROWS, start_column=3)
    sheet = open_sheet(path)
    first_data = next(cells for number, cells in sheet.rows() if number == 2)
    assert sheet.first_column + first_data.index("张三") == 2  # column C


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_csv_in_utf8_with_or_without_bom_and_in_gbk(tmp_path: Path, encoding: str) -> None:
    rows = [["XX 4S 店客户名单"], [], *[[c or "" for c in r] for r in ROWS]]
    path = write_csv(tmp_path / "list.csv", rows, encoding)
    assert texts(open_sheet(path)) == EXPECTED


def test_sheets_are_listed_and_chosen_by_name(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", ROWS, extra_sheets=["售后"])
    assert sheet_names(path) == ["客户", "售后"]
    assert texts(open_sheet(path, "售后")) == [(1, ["备注"])]
    with pytest.raises(UnreadableFile, match="没有名为“销售”的工作表"):
        open_sheet(path, "销售")


def test_a_file_that_is_not_a_workbook_is_refused_in_chinese(tmp_path: Path) -> None:
    broken = tmp_path / "list.xlsx"
    broken.write_bytes(b"not a zip file at all")
    with pytest.raises(UnreadableFile, match=re.escape("无法读取文件 list.xlsx")):
        open_sheet(broken)


def test_other_file_types_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "list.pdf"
    other.write_bytes(b"%PDF")
    with pytest.raises(UnreadableFile, match=re.escape("请选择 .xlsx、.xls 或 .csv 文件")):
        open_sheet(other)
