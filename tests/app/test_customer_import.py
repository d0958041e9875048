"""导入客户 on SQLite and PostgreSQL: dry run, import, duplicates, re-import, undo."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.db import Database
from app.errors import UserError
from app.models import (
    AuditEntry,
    Customer,
    CustomerStage,
    Gender,
    ImportBatch,
    OdometerReading,
    ServiceVisit,
    StaffRole,
    Vehicle,
)
from app.permissions import Actor, PermissionDenied
from app.services.customer_import import CustomerImportService, ImportCancelled, ImportSource
from app.services.reception import ReceptionService, WalkInForm
from tests.factories import add_customer, add_model, add_staff, add_vehicle, cli_user
from tests.import_files import vin, write_csv, write_xls, write_xlsx

NOW = datetime(2026, 11, 23, 10, 0)
HEADER = [
    "客户姓名",
    "手机号码",
    "性别",
    "生日",
    "车牌号",
    "VIN码",
    "车型",
    "进厂日期",
    "里程",
    "金额",
]
ROWS = [
    HEADER,
    ["张 三", "+86 138-1234-5678", "先生", "1990/3/5", "粤b·12345", vin(1).lower(), "星越L 2.0T",
     "2024/3/5", "12,000", "￥580"],
    ["张三", "13812345678", "男", "", "粤B12345", vin(1), "", "2024年9月5日", "17000", ""],
    ["李四", "13912345678", "F", "19880101", "粤BD12345", vin(2), "某不存在的车型", "", "", ""],
    ["王五", "abc", "女", "", "", "", "", "", "", ""],
    ["赵六", "13712345678", "", "", "粤B54321", "", "", "", "", ""],
    ["李四", "13912345678", "女士", "", "", vin(3), "", "", "", ""],
    ["合计", "", "", "", "", "", "", "", "", "580"],
]  # fmt: skip
# As Excel numbers them, with a title row and a blank row above the header (row 3).
ZHANG, ZHANG_AGAIN, LI, WANG, ZHAO, LI_SECOND_CAR = 4, 5, 6, 7, 8, 9


@pytest.fixture
def manager(db: Database) -> Actor:
    return Actor(
        add_staff(db, "唐国强", StaffRole.STORE_MANAGER), "唐国强", StaffRole.STORE_MANAGER
    )


@pytest.fixture
def importer(db: Database, manager: Actor) -> CustomerImportService:
    add_model(db, "星越L 2.0T")
    return CustomerImportService(db, manager, lambda: NOW)


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "客户名单.xlsx", ROWS, title="2026 年客户名单")


def count(db: Database, model) -> int:
    with db.transaction() as session:
        return session.scalar(select(func.count()).select_from(model))


def counts(db: Database) -> tuple[int, int, int, int]:
    return tuple(count(db, m) for m in (Customer, Vehicle, ServiceVisit, OdometerReading))


def test_dry_run_reports_rows_errors_and_duplicates_and_writes_nothing(
    db: Database, importer: CustomerImportService, workbook: Path
) -> None:
    report = importer.dry_run(ImportSource(workbook))
    assert report.header_row == 3
    assert report.as_json() == {
        "rows": 6,  # the 合计 row is not a customer
        "importable": 4,  # 张三 (twice: a second visit of the same car), 李四 (twice)
        "errors": [
            {"row": WANG, "column": "手机号码", "message": "电话号码“abc”含有不是数字的字符。"},
            {"row": ZHAO, "column": "VIN码", "message":
             "有车牌但没有车架号：车辆按车架号登记（请补上车架号，或在列对应中忽略车牌列）。"},
        ],
        "duplicates": [
            {"row": ZHANG_AGAIN, "existing_customer_id": None, "same_as_row": ZHANG, "by": "vin"},
            {"row": LI_SECOND_CAR, "existing_customer_id": None, "same_as_row": LI, "by": "phone"},
        ],
        "imported": 0,
    }  # fmt: skip
    assert (report.customers, report.vehicles, report.service_records) == (2, 3, 2)
    assert report.totals_rows == 1
    assert [(w.row, w.column) for w in report.warnings] == [(LI, "车型")]
    assert counts(db) == (0, 0, 0, 0)


def test_import_creates_customers_cars_and_their_service_history(
    db: Database, importer: CustomerImportService, workbook: Path, manager: Actor
) -> None:
    report = importer.import_file(ImportSource(workbook))
    assert (report.imported, report.customers, report.vehicles, report.service_records) == (
        4, 2, 3, 2,
    )  # fmt: skip
    assert counts(db) == (2, 3, 2, 2)
    with db.transaction() as session:
        zhang = session.scalar(select(Customer).where(Customer.mobile == "13812345678"))
        assert (zhang.name, zhang.gender, zhang.birthday, zhang.name_initials) == (
            "张三", Gender.MALE, date(1990, 3, 5), "zs",
        )  # fmt: skip
        assert (zhang.mobile_last4, zhang.stage, zhang.source_channel) == (
            "5678", CustomerStage.DEAL, "表格导入",
        )  # fmt: skip
        car = session.scalar(select(Vehicle).where(Vehicle.vin == vin(1)))
        assert (car.plate, car.owner_id, car.model.name, car.vin_last6) == (
            "粤B12345", zhang.id, "星越L 2.0T", vin(1)[-6:],
        )  # fmt: skip
        li_cars = session.scalars(select(Vehicle.vin).join(Customer).where(Customer.name == "李四"))
        assert sorted(li_cars) == sorted([vin(2), vin(3)])
        visits = session.scalars(select(ServiceVisit).order_by(ServiceVisit.checked_in_at)).all()
        assert [(v.checked_in_at.date(), v.odometer_km, v.settlement_total) for v in visits] == [
            (date(2024, 3, 5), 12000, Decimal("580.00")), (date(2024, 9, 5), 17000, None),
        ]  # fmt: skip


def test_mileage_history_and_next_service_start_right_away(
    db: Database, importer: CustomerImportService, workbook: Path
) -> None:
    importer.import_file(ImportSource(workbook))
    with db.transaction() as session:
        car = session.scalar(select(Vehicle).where(Vehicle.vin == vin(1)))
        # 5,000 km in 184 days = 27.17 km a day; last maintenance 2024-09-05 at 17,000 km:
        # due at 27,000 km or 12 months (2025-09-05); the km come later (368 days).
        assert round(car.daily_km_average, 2) == 27.17
        assert (car.next_service_date, car.next_service_km) == (date(2025, 9, 5), 27000)
        last = session.scalar(select(ServiceVisit).order_by(ServiceVisit.checked_in_at.desc()))
        assert (last.next_service_date, last.next_service_km) == (date(2025, 9, 5), 27000)


def test_every_created_record_is_audited_as_the_importer(
    db: Database, importer: CustomerImportService, workbook: Path, manager: Actor
) -> None:
    report = importer.import_file(ImportSource(workbook))
    with db.transaction() as session:
        entries = session.execute(select(AuditEntry.action, AuditEntry.entity, AuditEntry.staff_id))
        made = sorted((a, e) for a, e, staff in entries if staff == manager.staff_id)
    assert made == sorted(
        [("create", "customers")] * 2 + [("create", "vehicles")] * 3
        + [("create", "service_visits")] * 2 + [("import", "import_batches")]
    )  # fmt: skip
    with db.transaction() as session:
        batch = session.get(ImportBatch, report.batch_id)
        assert (batch.staff_id, batch.file_name, batch.rows, batch.imported_rows) == (
            manager.staff_id, "客户名单.xlsx", 6, 4,
        )  # fmt: skip
        assert (batch.error_rows, batch.duplicate_rows, batch.customers_created) == (2, 2, 2)


def test_reimporting_the_same_file_creates_nothing_new(
    db: Database, importer: CustomerImportService, workbook: Path
) -> None:
    importer.import_file(ImportSource(workbook))
    before = counts(db)
    again = importer.import_file(ImportSource(workbook))
    assert (again.importable, again.imported, counts(db)) == (0, 0, before)
    assert {d.row for d in again.duplicates} == {ZHANG, ZHANG_AGAIN, LI, LI_SECOND_CAR}


def test_duplicates_against_the_database_by_phone_vin_and_plate(
    db: Database, importer: CustomerImportService, tmp_path: Path
) -> None:
    known = add_customer(db, "王芳", "13812345678")
    owner = add_customer(db, "刘强", "13612345678")
    add_vehicle(db, owner, vin(7)[:16] + vin(7)[16], "粤A11111")
    rows = [
        HEADER[:6],
        ["王芳", "13812345678", "", "", "", ""],  # same phone: nothing new
        ["王芳", "13812345678", "", "", "粤A22222", vin(8)],  # her new car: attached
        ["刘先生", "13512345678", "", "", "粤A11111", vin(9)],  # another VIN, same plate
        ["刘强", "13612345678", "", "", "", vin(7)],  # the car on file
    ]
    report = importer.import_file(ImportSource(write_xlsx(tmp_path / "list.xlsx", rows)))
    assert [d.as_json() for d in report.duplicates] == [
        {"row": 2, "existing_customer_id": known, "same_as_row": None, "by": "phone"},
        {"row": 3, "existing_customer_id": known, "same_as_row": 2, "by": "phone"},
        {"row": 4, "existing_customer_id": owner, "same_as_row": None, "by": "plate"},
        {"row": 5, "existing_customer_id": owner, "same_as_row": None, "by": "vin"},
    ]
    assert (report.imported, report.customers, report.vehicles, report.attached_vehicles) == (
        1, 0, 1, 1,
    )  # fmt: skip
    with db.transaction() as session:
        attached = session.scalar(select(Vehicle).where(Vehicle.vin == vin(8)))
        assert attached.owner_id == known


@pytest.mark.parametrize("kind", ["xls", "utf-8", "utf-8-sig", "gbk"])
def test_xls_and_csv_files_import_as_the_xlsx_does(
    db: Database, importer: CustomerImportService, tmp_path: Path, kind: str
) -> None:
    rows = [["2026 年客户名单"], [], *ROWS]
    if kind == "xls":
        path = write_xls(tmp_path / "list.xls", ROWS, title="2026 年客户名单")
    else:
        path = write_csv(tmp_path / "list.csv", rows, kind)
    report = importer.import_file(ImportSource(path))
    assert (report.header_row, report.rows, report.imported, report.error_rows) == (3, 6, 4, 2)
    assert counts(db) == (2, 3, 2, 2)
    with db.transaction() as session:
        assert session.scalar(select(Customer.name).where(Customer.mobile == "13912345678")) == (
            "李四"
        )


def test_the_corrected_mapping_is_used(
    db: Database, importer: CustomerImportService, workbook: Path
) -> None:
    preview = importer.preview(workbook)
    assert (preview.header_row, preview.sheets) == (3, ["客户"])
    mapping = {c.index: c.field for c in preview.columns}
    mapping[4] = None  # the plate column ignored: 赵六 (a plate, no VIN) comes in
    report = importer.dry_run(ImportSource(workbook, mapping=mapping))
    assert [e.row for e in report.errors] == [WANG]


def test_a_mapping_with_a_field_twice_is_refused(
    importer: CustomerImportService, workbook: Path
) -> None:
    with pytest.raises(UserError, match="每个字段只能对应一列"):
        importer.dry_run(ImportSource(workbook, mapping={0: "name", 1: "mobile", 2: "mobile"}))


def test_a_sheet_without_a_header_row_says_so(
    importer: CustomerImportService, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", [["甲", "乙"], ["1", "2"]])
    with pytest.raises(UserError, match="找不到表头"):
        importer.dry_run(ImportSource(path))


def test_undo_removes_the_whole_batch(
    db: Database, importer: CustomerImportService, workbook: Path, manager: Actor
) -> None:
    before = counts(db)
    report = importer.import_file(ImportSource(workbook))
    undone = importer.undo(report.batch_id)
    assert (undone.customers, undone.vehicles, undone.service_records) == (2, 3, 2)
    assert counts(db) == before
    with db.transaction() as session:
        batch = session.get(ImportBatch, report.batch_id)
        assert (batch.status, batch.undone_by_id) == ("undone", manager.staff_id)
        deletes = session.scalar(
            select(func.count()).where(AuditEntry.action == "delete",
                                       AuditEntry.staff_id == manager.staff_id)
        )  # fmt: skip
        assert deletes == 7
    with pytest.raises(UserError, match="已经撤销过了"):
        importer.undo(report.batch_id)
    assert importer.import_file(ImportSource(workbook)).imported == 4  # can come in again


def test_undo_is_refused_once_a_customer_was_touched(
    db: Database, importer: CustomerImportService, workbook: Path, manager: Actor
) -> None:
    report = importer.import_file(ImportSource(workbook))
    with db.transaction() as session:
        zhang = session.scalar(select(Customer.id).where(Customer.mobile == "13812345678"))
    ReceptionService(db, manager, lambda: NOW).register_walk_in(
        WalkInForm(name="张三", mobile="13812345678", arrived_at=NOW, customer_id=zhang)
    )
    with pytest.raises(UserError, match="有 1 位在导入后已被修改或有了新的业务记录") as refused:
        importer.undo(report.batch_id)
    assert "不能整批撤销" in refused.value.message
    assert counts(db) == (2, 3, 2, 2)


def test_a_cancelled_import_saves_nothing(
    db: Database, importer: CustomerImportService, workbook: Path
) -> None:
    with pytest.raises(ImportCancelled, match="没有导入任何数据"):
        importer.import_file(ImportSource(workbook), cancelled=lambda: True)
    assert counts(db) == (0, 0, 0, 0) and count(db, ImportBatch) == 0


def test_progress_is_told_in_rows(importer: CustomerImportService, workbook: Path) -> None:
    seen: list[tuple[int, int]] = []
    importer.dry_run(
        ImportSource(workbook), progress=lambda done, total: seen.append((done, total))
    )
    assert seen == [(10, 10)]


def test_a_receptionist_may_not_import(db: Database, workbook: Path) -> None:
    clerk = Actor(add_staff(db, "林晓敏", StaffRole.RECEPTIONIST), "林晓敏", StaffRole.RECEPTIONIST)
    with pytest.raises(PermissionDenied, match="导入客户名单"):
        CustomerImportService(db, clerk).dry_run(ImportSource(workbook))


def test_command_prints_the_promised_json_as_last_line(
    db: Database, workbook: Path, capsys
) -> None:
    user = cli_user(db)
    args = ["--db", db.url, *user, "import", "customers", str(workbook), "--json"]
    assert main([*args, "--dry-run"]) == 0
    dry = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert (dry["rows"], dry["importable"], dry["imported"], count(db, Customer)) == (6, 4, 0, 0)
    assert main(args) == 0
    done = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert list(done) == ["rows", "importable", "errors", "duplicates", "imported"]
    assert (done["imported"], done["errors"][0]["row"], count(db, Customer)) == (4, WANG, 2)
    assert done["duplicates"][0] == {
        "row": ZHANG_AGAIN, "existing_customer_id": None, "same_as_row": ZHANG, "by": "vin"
    }  # fmt: skip


def test_command_refuses_a_missing_file_in_chinese(db: Database, tmp_path: Path, capsys) -> None:
    args = ["--db", db.url, *cli_user(db), "import", "customers", str(tmp_path / "无.xlsx")]
    assert main(args) == 1
    assert "找不到文件" in capsys.readouterr().err


def test_command_undoes_a_batch_and_refuses_twice(db: Database, workbook: Path, capsys) -> None:
    user = cli_user(db)
    assert main(["--db", db.url, *user, "import", "customers", str(workbook)]) == 0
    assert "import undo 1" in capsys.readouterr().out
    assert main(["--db", db.url, *user, "import", "undo", "1"]) == 0
    assert "删除了客户 2 位、车辆 3 辆、进厂记录 2 条" in capsys.readouterr().out
    assert count(db, Customer) == 0
    assert main(["--db", db.url, *user, "import", "undo", "1"]) == 1
    assert "已经撤销过了" in capsys.readouterr().err
