"""One data row of a customer list, read through the column mapping into clean values,
with what is wrong with it (errors: the row is skipped) and what is worth a look
(warnings: imported anyway)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ..i18n import QT_TRANSLATE_NOOP, Phrase
from ..models import Gender
from . import normalize as n

EXCEL_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: the column as Excel names it."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = EXCEL_LETTERS[rest] + letters
    return letters


@dataclass(frozen=True)
class Column:
    """A column of the sheet: where it is, its header as written, and the field it feeds."""

    index: int  # in the reader's cells
    letter: str  # as Excel shows it
    header: str
    field: str | None


@dataclass(frozen=True)
class Problem:
    row: int
    column: str  # the header as written in the file ("" for the row as a whole)
    letter: str
    value: str
    phrase: Phrase  # why, marked under "Errors" (the window shows it translated)

    @property
    def message(self) -> str:
        """Why, in Chinese (the command line, the error report)."""
        return str(self.phrase)

    def as_json(self) -> dict:
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass(frozen=True)
class ServiceRecord:
    day: date
    km: int
    amount: Decimal | None


@dataclass
class ParsedRow:
    row: int
    name: str | None = None
    mobile: str | None = None
    landline: str | None = None
    gender: Gender = Gender.UNKNOWN
    birthday: date | None = None
    plate: str | None = None
    vin: str | None = None
    model: str | None = None
    colour: str | None = None
    purchase_date: date | None = None
    address: str | None = None
    notes: str | None = None
    service: ServiceRecord | None = None
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def has_vehicle(self) -> bool:
        return self.vin is not None


# field → (attribute, cleaner). Cleaners raise normalize.CellError.
_SIMPLE: dict[str, tuple[str, Callable[[object], object]]] = {
    n.NAME: ("name", n.clean_name),
    n.GENDER: ("gender", n.clean_gender),
    n.BIRTHDAY: ("birthday", n.clean_date),
    n.PLATE: ("plate", n.clean_plate),
    n.MODEL: ("model", lambda v: n.clean_text(v, 80)),
    n.COLOUR: ("colour", lambda v: n.clean_text(v, 20)),
    n.PURCHASE_DATE: ("purchase_date", n.clean_date),
    n.ADDRESS: ("address", lambda v: n.clean_text(v, 200)),
    n.NOTES: ("notes", lambda v: n.clean_text(v, 2000)),
}
_SERVICE = (n.SERVICE_DATE, n.MILEAGE, n.AMOUNT)
_SERVICE_CLEANERS = {n.SERVICE_DATE: n.clean_date, n.MILEAGE: n.clean_km, n.AMOUNT: n.clean_amount}


def parse_row(number: int, cells: Sequence[object], columns: Sequence[Column]) -> ParsedRow:
    """The row's values through the mapped columns, each cleaned; every bad cell is
    reported (not only the first), then the row as a whole is checked."""
    parsed = ParsedRow(row=number)
    service: dict[str, object] = {}
    for column in columns:
        value = cells[column.index] if column.index < len(cells) else None
        if column.field is None or n.cell_text(value) == "":
            continue
        try:
            _take(parsed, column.field, value, service)
        except n.CellError as problem:
            parsed.errors.append(_problem(number, column, value, problem.phrase))
    _check_whole_row(parsed, columns, service)
    return parsed


def _take(parsed: ParsedRow, field_name: str, value: object, service: dict) -> None:
    if field_name in _SIMPLE:
        attribute, clean = _SIMPLE[field_name]
        setattr(parsed, attribute, clean(value))
    elif field_name == n.MOBILE:
        phone = n.clean_phone(value)
        parsed.mobile, parsed.landline = (
            (phone.number, None) if phone.is_mobile else (None, phone.number)
        )
    elif field_name == n.VIN:
        vin = n.clean_vin(value)
        parsed.vin = vin.vin
        if not vin.check_digit_ok:
            service["_vin_warning"] = vin.vin
    elif field_name in _SERVICE_CLEANERS:
        service[field_name] = _SERVICE_CLEANERS[field_name](value)


def _problem(number: int, column: Column | None, value: object, phrase: Phrase) -> Problem:
    return Problem(
        row=number,
        column=column.header if column else "",
        letter=column.letter if column else "",
        value=n.cell_text(value)[:60],
        phrase=phrase,
    )


def _column(columns: Sequence[Column], field_name: str) -> Column | None:
    return next((c for c in columns if c.field == field_name), None)


def _check_whole_row(parsed: ParsedRow, columns: Sequence[Column], service: dict) -> None:
    def error(field_name: str, template: str) -> None:
        why = Phrase("Errors", template)
        parsed.errors.append(_problem(parsed.row, _column(columns, field_name), "", why))

    def warning(field_name: str, value: object, template: str) -> None:
        why = Phrase("Errors", template)
        parsed.warnings.append(_problem(parsed.row, _column(columns, field_name), value, why))

    failed = {p.column for p in parsed.errors}
    if parsed.name is None and not _failed(columns, n.NAME, failed):
        error(n.NAME, QT_TRANSLATE_NOOP("Errors", "缺少客户姓名。"))
    identifying = _failed(columns, n.MOBILE, failed) or _failed(columns, n.VIN, failed)
    if parsed.mobile is None and parsed.vin is None and not identifying:
        error(
            n.MOBILE,
            QT_TRANSLATE_NOOP(
                "Errors", "缺少手机号和车架号：至少填一项，才能识别客户、避免重复导入。"
            ),
        )
    if parsed.plate and parsed.vin is None and not _failed(columns, n.VIN, failed):
        error(
            n.VIN,
            QT_TRANSLATE_NOOP(
                "Errors",
                "有车牌但没有车架号：车辆按车架号登记（请补上车架号，或在列对应中忽略车牌列）。",
            ),
        )
    if "_vin_warning" in service:
        warning(
            n.VIN,
            service["_vin_warning"],
            QT_TRANSLATE_NOOP("Errors", "车架号校验位不符，请核对（有的厂家不用校验位）。"),
        )
    if parsed.landline:
        parsed.notes = "\n".join(filter(None, [parsed.notes, f"固定电话：{parsed.landline}"]))
    _take_service(parsed, service, error, warning)


def _failed(columns: Sequence[Column], field_name: str, failed: set[str]) -> bool:
    column = _column(columns, field_name)
    return column is not None and column.header in failed


def _take_service(parsed: ParsedRow, service: dict, error, warning) -> None:
    """A service record needs its date and km (the amount is optional) and a car."""
    day, km = service.get(n.SERVICE_DATE), service.get(n.MILEAGE)
    if day is None and km is None:
        return
    if km is None:
        warning(
            n.SERVICE_DATE,
            day,
            QT_TRANSLATE_NOOP("Errors", "有进厂日期但没有里程：这次进厂记录未导入。"),
        )
    elif day is None:
        warning(
            n.MILEAGE, km, QT_TRANSLATE_NOOP("Errors", "有里程但没有进厂日期：这次进厂记录未导入。")
        )
    elif parsed.vin is None:
        warning(
            n.SERVICE_DATE,
            day,
            QT_TRANSLATE_NOOP("Errors", "没有车架号：进厂记录无法挂到车辆上，未导入。"),
        )
    else:
        parsed.service = ServiceRecord(day, km, service.get(n.AMOUNT))
