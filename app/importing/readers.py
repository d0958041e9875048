"""The rows of one sheet of a customer list, streamed: .xlsx and .xls through
python-calamine (openpyxl read-only for .xlsx when calamine cannot read it), .csv through
the csv module in UTF-8 (with or without BOM) or GBK.

Every reader yields (Excel row number, cells) in order; the row number is the one Excel
shows (1 = the first row of the sheet), so error reports point at the right line.
"""

from __future__ import annotations

import codecs
import csv
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls")
SUFFIXES = (*EXCEL_SUFFIXES, ".csv")
CSV_ENCODINGS = ("utf-8-sig", "gb18030")  # UTF-8 with or without BOM; GB18030 ⊃ GBK
Row = tuple[int, list[object]]


class UnreadableFile(UserError):
    pass


@dataclass(frozen=True)
class Sheet:
    """One sheet to read: `height` is its number of rows (for a progress bar), and
    `first_column` the Excel column (0 = A) of the first cell of every row."""

    path: Path
    name: str | None
    height: int
    engine: str  # "calamine", "openpyxl" or "csv"
    first_column: int = 0

    def rows(self) -> Iterator[Row]:
        return _ROW_READERS[self.engine](self)


def sheet_names(path: Path) -> list[str]:
    """The workbook's sheets; a CSV file is one unnamed sheet."""
    kind = _kind(path)
    if kind == "csv":
        return []
    try:
        return _calamine(path).sheet_names
    except _calamine_errors() as exc:
        if kind != "xlsx":
            raise _unreadable(path, exc) from exc
        return _openpyxl(path).sheetnames


def open_sheet(path: Path, name: str | None = None) -> Sheet:
    """The named sheet (the first when None), ready to stream."""
    kind = _kind(path)
    if kind == "csv":
        return Sheet(path, None, _count_lines(path), "csv")
    try:
        return _calamine_sheet(path, name)
    except _calamine_errors() as exc:
        if kind != "xlsx":
            raise _unreadable(path, exc) from exc
        log.info("python-calamine could not read %s (%s); trying openpyxl", path.name, exc)
        return openpyxl_sheet(path, name)


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UnreadableFile(
            QT_TRANSLATE_NOOP(
                "Errors", "不支持的文件类型“{kind}”：请选择 .xlsx、.xls 或 .csv 文件。"
            ),
            kind=suffix or path.name,
        )
    if not path.is_file():
        raise UnreadableFile(QT_TRANSLATE_NOOP("Errors", "找不到文件 {path}。"), path=path)
    return {".xls": "xls", ".csv": "csv"}.get(suffix, "xlsx")


def _unreadable(path: Path, exc: BaseException) -> UnreadableFile:
    return UnreadableFile(
        QT_TRANSLATE_NOOP("Errors", "无法读取文件 {name}：文件已损坏或不是 Excel 文件（{exc}）。"),
        name=path.name,
        exc=exc,
    )


def _missing_sheet(path: Path, name: str) -> UnreadableFile:
    return UnreadableFile(
        QT_TRANSLATE_NOOP("Errors", "文件 {file} 中没有名为“{sheet}”的工作表。"),
        file=path.name,
        sheet=name,
    )


# --- python-calamine ----------------------------------------------------------------------
def _calamine_errors() -> tuple[type[BaseException], ...]:
    try:
        from python_calamine import CalamineError
    except ImportError:
        return (ImportError,)
    return (CalamineError, ImportError, ValueError)


def _calamine(path: Path):
    from python_calamine import CalamineWorkbook

    return CalamineWorkbook.from_path(str(path))


def _calamine_sheet(path: Path, name: str | None) -> Sheet:
    workbook = _calamine(path)
    name = name or (workbook.sheet_names[0] if workbook.sheet_names else None)
    if name not in workbook.sheet_names:
        raise _missing_sheet(path, str(name))
    sheet = workbook.get_sheet_by_name(name)
    first_column = sheet.start[1] if sheet.start else 0
    height = sheet.end[0] + 1 if sheet.end else 0  # rows are yielded from the first
    return Sheet(path, name, height, "calamine", first_column)


def _calamine_rows(sheet: Sheet) -> Iterator[Row]:
    """calamine yields rows from the sheet's first row (blank ones too), its cells from
    the first used column: `Sheet.first_column`."""
    rows = _calamine(sheet.path).get_sheet_by_name(sheet.name).iter_rows()
    for index, cells in enumerate(rows, start=1):
        yield index, list(cells)


# --- openpyxl (read-only) -------------------------------------------------------------------
def _openpyxl(path: Path):
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile, XML and openpyxl's own errors: a bad file
        raise _unreadable(path, exc) from exc


def openpyxl_sheet(path: Path, name: str | None = None) -> Sheet:
    """The fallback for .xlsx files python-calamine cannot read."""
    workbook = _openpyxl(path)
    try:
        name = name or workbook.sheetnames[0]
        if name not in workbook.sheetnames:
            raise _missing_sheet(path, name)
        return Sheet(path, name, workbook[name].max_row or 0, "openpyxl")
    finally:
        workbook.close()


def _openpyxl_rows(sheet: Sheet) -> Iterator[Row]:
    workbook = _openpyxl(sheet.path)
    try:
        worksheet = workbook[sheet.name]
        for index, cells in enumerate(worksheet.iter_rows(values_only=True), start=1):
            yield index, list(cells)
    finally:
        workbook.close()


# --- csv -------------------------------------------------------------------------------
def csv_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) when the whole file decodes as UTF-8, else GBK's
    superset GB18030. Decoded incrementally: the file is never held whole."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as file:
        try:
            while block := file.read(1 << 16):
                decoder.decode(block)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return CSV_ENCODINGS[1]
    return CSV_ENCODINGS[0]


def _csv_rows(sheet: Sheet) -> Iterator[Row]:
    encoding = csv_encoding(sheet.path)
    with sheet.path.open(encoding=encoding, errors="replace", newline="") as file:
        for index, cells in enumerate(csv.reader(file), start=1):
            yield index, list(cells)


def _count_lines(path: Path) -> int:
    with path.open("rb") as file:
        return sum(block.count(b"\n") for block in iter(lambda: file.read(1 << 16), b""))


_ROW_READERS = {"calamine": _calamine_rows, "openpyxl": _openpyxl_rows, "csv": _csv_rows}
