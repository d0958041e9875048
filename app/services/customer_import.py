"""导入客户: a store's Excel or CSV customer list into DealerDesk.

Dry run first (what would be created, row errors, duplicates), then the import as one
batch in one transaction (cancelled or failed: nothing is saved), undoable as a whole
while none of its customers has been touched since. Needs Permission.IMPORT_CUSTOMERS.

Streamed: rows are read, checked and written a chunk at a time; what is kept across
chunks is the keys seen (phones, VINs, plates) and the ids made, not the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain, islice
from pathlib import Path

from sqlalchemy.orm import Session

from .. import audit
from ..db import Database
from ..errors import NotFoundError, UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..importing import normalize
from ..importing.readers import Row, Sheet, open_sheet, sheet_names
from ..importing.rows import Column, ParsedRow, Problem, column_letter, parse_row
from ..models import IMPORTED, UNDONE, ImportBatch
from ..permissions import Actor, Permission, require_actor
from .import_plan import Duplicate, Planner, RowPlan
from .import_writer import (
    BatchWriter,
    audit_records,
    delete_batch,
    larger_sqlite_cache,
    touched_customers,
)
from .task_store import TaskStore

CHUNK_ROWS = 1000
SAMPLE_ROWS = 3
Progress = Callable[[int, int], None]  # rows done, rows in the sheet
Cancelled = Callable[[], bool]


class ImportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "导入已取消，没有导入任何数据。"))


@dataclass(frozen=True)
class ImportSource:
    """What to read. `header_row` (as Excel numbers rows) and `mapping` (column index →
    field, None to ignore a column) as the person corrected them; None: as detected."""

    path: Path
    sheet: str | None = None
    header_row: int | None = None
    mapping: dict[int, str | None] | None = None


@dataclass(frozen=True)
class ColumnPreview:
    index: int
    letter: str
    header: str
    field: str | None
    samples: tuple[str, ...]


@dataclass(frozen=True)
class ImportPreview:
    sheets: list[str]
    sheet: str | None
    header_row: int | None  # None: no header row found
    columns: list[ColumnPreview]


@dataclass
class ImportReport:
    file_name: str
    sheet: str | None
    header_row: int
    rows: int = 0
    importable: int = 0
    imported: int = 0
    customers: int = 0  # created, or to be created by the dry run
    vehicles: int = 0
    service_records: int = 0
    attached_vehicles: int = 0  # new cars of customers already on file
    totals_rows: int = 0  # 合计 rows skipped
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    batch_id: int | None = None
    # For the error report the store fixes and imports again: the header as written and
    # the rows with errors as they were.
    header: list[str] = field(default_factory=list)
    rejected: list[tuple[int, list[object]]] = field(default_factory=list)

    @property
    def error_rows(self) -> int:
        return len({problem.row for problem in self.errors})

    @property
    def duplicate_rows(self) -> int:
        return len({duplicate.row for duplicate in self.duplicates})

    def as_json(self) -> dict:
        """The shape `import customers --json` promises to scripts: keep it stable."""
        return {
            "rows": self.rows,
            "importable": self.importable,
            "errors": [
                {"row": p.row, "column": p.column, "message": p.message} for p in self.errors
            ],
            "duplicates": [d.as_json() for d in self.duplicates],
            "imported": self.imported,
        }


@dataclass(frozen=True)
class UndoResult:
    batch_id: int
    customers: int
    vehicles: int
    service_records: int


class CustomerImportService:
    def __init__(
        self, db: Database, actor: Actor, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        self.db = db
        self.actor = require_actor(actor)
        self.clock = clock

    # --- reading the file -----------------------------------------------------------------
    def preview(
        self, path: Path, sheet: str | None = None, header_row: int | None = None
    ) -> ImportPreview:
        """The sheets, the header row (found, or as chosen) and the mapping read from it,
        with a few sample values per column."""
        self.actor.require(Permission.IMPORT_CUSTOMERS)
        opened = open_sheet(path, sheet)
        head = [cells for _number, cells in islice(opened.rows(), normalize.HEADER_SEARCH_ROWS)]
        index = normalize.find_header_row(head) if header_row is None else header_row - 1
        if index is None or not 0 <= index < len(head):
            return ImportPreview(sheet_names(path), opened.name, None, [])
        columns = _columns(opened, head[index], None)
        samples = [cells for cells in head[index + 1 :] if not normalize.is_blank_row(cells)]
        return ImportPreview(
            sheet_names(path), opened.name, index + 1,
            [_preview(column, samples[:SAMPLE_ROWS]) for column in columns],
        )  # fmt: skip

    # --- dry run and import -------------------------------------------------------------
    def dry_run(
        self, source: ImportSource, progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportReport:  # fmt: skip
        """What the import would do; nothing is written (read taking no lock: a dry run of
        50,000 rows takes tens of seconds, and every desk's save would wait for it)."""
        self.actor.require(Permission.IMPORT_CUSTOMERS)
        with self.db.reading(self.actor) as session:
            return self._walk(session, source, None, progress, cancelled)

    def import_file(
        self, source: ImportSource, progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportReport:  # fmt: skip
        """Rows with errors skipped, duplicates create nothing; one batch, one transaction."""
        self.actor.require(Permission.IMPORT_CUSTOMERS)
        now = self.clock()
        with self.db.transaction(self.actor) as session:
            batch = ImportBatch(
                staff_id=self.actor.staff_id, file_name=source.path.name[:255],
                sheet_name=source.sheet, imported_at=now, status=IMPORTED,
            )  # fmt: skip
            session.add(batch)
            session.flush()
            writer = BatchWriter(session, batch)
            with larger_sqlite_cache(session):
                report = self._walk(session, source, writer, progress, cancelled)
                writer.finish(now, self.actor.staff_id)
            _close_batch(batch, report, writer)
            audit.record(
                session, self.actor, "import", at=now, entity="import_batches",
                entity_id=batch.id, detail=_summary(report),
            )  # fmt: skip
            return report

    def undo(self, batch_id: int) -> UndoResult:
        """Delete what the batch created, if none of its customers was touched since."""
        self.actor.require(Permission.IMPORT_CUSTOMERS)
        now = self.clock()
        with self.db.transaction(self.actor) as session:
            batch = _batch(session, batch_id)
            touched = touched_customers(session, batch.id)
            if touched:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "这批导入的客户中有 {touched} 位在导入后已被修改或有了新的业务记录（接待、"
                        "订单、维修、回访、投诉等），不能整批撤销。",
                    ),
                    touched=touched,
                )
            audit_records(session, batch.id, "delete", now, self.actor.staff_id)
            delete_batch(TaskStore(session, self.actor, now), batch.id)
            batch.status, batch.undone_at, batch.undone_by_id = UNDONE, now, self.actor.staff_id
            audit.record(
                session, self.actor, "undo_import", at=now, entity="import_batches",
                entity_id=batch.id, detail=f"撤销导入 {batch.file_name}",
            )  # fmt: skip
            return UndoResult(
                batch.id, batch.customers_created, batch.vehicles_created,
                batch.service_records_created,
            )  # fmt: skip

    # --- the walk over the rows ------------------------------------------------------------
    def _walk(
        self, session: Session, source: ImportSource, writer: BatchWriter | None,
        progress: Progress | None, cancelled: Cancelled | None,
    ) -> ImportReport:  # fmt: skip
        sheet = open_sheet(source.path, source.sheet)
        header_row, head, rows = _header(sheet.rows(), source.header_row)
        columns = _columns(sheet, head, source.mapping)
        report = ImportReport(source.path.name, sheet.name, header_row)
        report.header = [column.header for column in columns]
        model = next((c for c in columns if c.field == normalize.MODEL), None)
        planner = Planner(session, model)
        for chunk in _chunks(rows):
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            plans = planner.plan(_parsed(chunk, columns, report))
            _count(report, plans)
            if writer is not None:
                writer.write(plans)
            if progress is not None:
                progress(chunk[-1][0], sheet.height)
        report.warnings.extend(planner.warnings)
        report.warnings.sort(key=lambda p: p.row)
        if writer is not None:
            _take_created(report, writer)
        return report


def _header(rows: Iterator[Row], chosen: int | None) -> tuple[int, list[object], Iterator[Row]]:
    """The header row's number and cells, and the rows after it."""
    head = list(islice(rows, normalize.HEADER_SEARCH_ROWS))
    index = chosen - 1 if chosen is not None else normalize.find_header_row([c for _, c in head])
    if index is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "在前 50 行中找不到表头（如“姓名”“手机”“车架号”）。请确认选对了工作表，"
                "或在向导中指定表头所在的行。",
            )
        )
    if not 0 <= index < len(head):
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "表头行 {chosen} 不在表格的前 {rows} 行之内。"),
            chosen=chosen,
            rows=len(head),
        )
    number, cells = head[index]
    return number, cells, chain(head[index + 1 :], rows)


def _columns(
    sheet: Sheet, header: Sequence[object], mapping: dict[int, str | None] | None
) -> list[Column]:
    fields = normalize.map_columns(header) if mapping is None else _checked(mapping)
    return [
        Column(
            index=index,
            letter=column_letter(index + sheet.first_column),
            header=normalize.cell_text(cell) or column_letter(index + sheet.first_column),
            field=fields.get(index),
        )
        for index, cell in enumerate(header)
    ]


def _checked(mapping: dict[int, str | None]) -> dict[int, str | None]:
    chosen = [f for f in mapping.values() if f is not None]
    unknown = set(chosen) - set(normalize.FIELDS)
    if unknown:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "未知的字段：{fields}。"), fields=sorted(unknown)
        )
    twice = sorted({f for f in chosen if chosen.count(f) > 1})
    if twice:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "每个字段只能对应一列：{fields} 对应了多列。"), fields=twice
        )
    if normalize.NAME not in chosen:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "请指定哪一列是客户姓名。"))
    return mapping


def _preview(column: Column, samples: list[list[object]]) -> ColumnPreview:
    values = tuple(
        normalize.cell_text(cells[column.index]) if column.index < len(cells) else ""
        for cells in samples
    )
    return ColumnPreview(column.index, column.letter, column.header, column.field, values)


def _chunks(rows: Iterator[Row]) -> Iterator[list[Row]]:
    while chunk := list(islice(rows, CHUNK_ROWS)):
        yield chunk


def _parsed(chunk: list[Row], columns: list[Column], report: ImportReport) -> list[ParsedRow]:
    """The chunk's data rows checked; blank rows dropped, totals rows counted apart,
    rows with errors reported (and left out of the plan)."""
    good = []
    for number, cells in chunk:
        if normalize.is_blank_row(cells):
            continue
        if normalize.is_totals_row(cells):
            report.totals_rows += 1
            continue
        parsed = parse_row(number, cells, columns)
        report.rows += 1
        report.errors.extend(parsed.errors)
        report.warnings.extend(parsed.warnings)
        if parsed.ok:
            good.append(parsed)
        else:
            report.rejected.append((number, list(cells)))
    return good


def _count(report: ImportReport, plans: list[RowPlan]) -> None:
    for plan in plans:
        report.duplicates.extend(plan.duplicates)
        if not plan.creates_something:
            continue
        report.importable += 1
        report.customers += plan.new_customer
        report.vehicles += plan.new_vehicle
        report.service_records += plan.adds_service
        report.attached_vehicles += any(d.vehicle_attached for d in plan.duplicates)


def _take_created(report: ImportReport, writer: BatchWriter) -> None:
    report.imported = report.importable
    report.customers = writer.created.customers
    report.vehicles = writer.created.vehicles
    report.service_records = writer.created.service_records
    report.batch_id = writer.batch.id


def _close_batch(batch: ImportBatch, report: ImportReport, writer: BatchWriter) -> None:
    batch.sheet_name = report.sheet
    batch.rows, batch.imported_rows = report.rows, report.imported
    batch.error_rows, batch.duplicate_rows = report.error_rows, report.duplicate_rows
    batch.customers_created = writer.created.customers
    batch.vehicles_created = writer.created.vehicles
    batch.service_records_created = writer.created.service_records


def _summary(report: ImportReport) -> str:
    return (
        f"导入 {report.file_name}：{report.rows} 行，导入 {report.imported} 行"
        f"（新客户 {report.customers}，新车辆 {report.vehicles}，"
        f"进厂记录 {report.service_records}），错误 {report.error_rows} 行，"
        f"重复 {report.duplicate_rows} 行"
    )


def _batch(session: Session, batch_id: int) -> ImportBatch:
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到这批导入。"))
    if batch.status == UNDONE:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "这批导入（{file_name}）已经撤销过了。"),
            file_name=batch.file_name,
        )
    return batch
