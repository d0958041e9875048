"""Customer import benchmark: a 50,000-row workbook, dry run and import, on a new SQLite
database (or --db). Goals (issue 12): dry run ≤ 30 s, import ≤ 60 s on the store's
2-core PC, memory bounded (rows are streamed, never held whole).

    .venv/bin/python benchmarks/bench_import.py [--rows 50000] [--db URL]

Prints figures as it goes; the last line is one JSON object:
{"import_dry_run_50000": {"value_ms": …}, "import_50000": {"value_ms": …}, "rss_mb": …}
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook

from app.db import Database
from app.models import StaffRole
from app.permissions import Actor
from app.services.customer_import import CustomerImportService, ImportSource
from app.validation import with_check_digit

BENCH = Actor(staff_id=None, name="基准测试", role=StaffRole.STORE_MANAGER)
HEADER = ["序号", "客户姓名", "手机号码", "性别", "生日", "车牌号", "车架号", "车型",
          "购车日期", "进厂日期", "里程", "金额", "备注"]  # fmt: skip
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def row(n: int) -> list[object]:
    """A believable row; every 200th has a bad phone, every 100th repeats an earlier car
    (a second service visit of the same VIN)."""
    car = n - 1 if n % 100 == 0 else n
    phone = "138123" if n % 200 == 0 else f"13{n % 9 + 1}{n:08d}"
    plate = f"粤{LETTERS[car % 24]}{car % 100000:05d}"
    return [
        n, SURNAMES[n % 20] + GIVEN[(n // 20) % 20] + GIVEN[(n // 400) % 20], phone,
        "男" if n % 2 else "女", date(1970, 1, 1) + timedelta(days=n % 12000), plate,
        with_check_digit(f"LSVAB4180E{car:07d}"), "星越L 2.0T",
        f"{2018 + n % 6}/{n % 12 + 1}/{n % 28 + 1}",
        f"2024年{n % 12 + 1}月{n % 28 + 1}日", f"{5000 + (n * 37) % 90000:,}", "¥580",
        "老客户" if n % 7 == 0 else None,
    ]  # fmt: skip


def write_workbook(path: Path, rows: int) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("客户")
    sheet.append(["XX 汽车 4S 店客户名单（旧 DMS 导出）"])
    sheet.append([])
    sheet.append(HEADER)
    for n in range(1, rows + 1):
        sheet.append(row(n))
    sheet.append(["合计", f"{rows} 人"])
    workbook.save(path)


def timed(label: str, action) -> tuple[float, object]:
    started = time.perf_counter()
    result = action()
    elapsed = (time.perf_counter() - started) * 1000
    print(f"{label}: {elapsed / 1000:.1f} s", flush=True)
    return elapsed, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--db", help="a database to import into (default: a new SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        workbook = Path(folder) / "客户名单.xlsx"
        timed(f"write {args.rows:,}-row workbook", lambda: write_workbook(workbook, args.rows))
        print(f"workbook: {workbook.stat().st_size / 1e6:.1f} MB")
        db = Database(args.db or f"sqlite:///{Path(folder) / 'bench.sqlite3'}").open()
        importer = CustomerImportService(db, BENCH)
        source = ImportSource(workbook)
        dry_ms, dry = timed("dry run", lambda: importer.dry_run(source))
        print(f"rows {dry.rows:,}, importable {dry.importable:,}, errors {dry.error_rows:,}, "
              f"duplicates {dry.duplicate_rows:,}")  # fmt: skip
        import_ms, done = timed("import", lambda: importer.import_file(source))
        print(f"customers {done.customers:,}, vehicles {done.vehicles:,}, "
              f"service records {done.service_records:,}")  # fmt: skip
        db.dispose()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss_mb:.0f} MB")
    key = f"{args.rows}"
    print(json.dumps({
        f"import_dry_run_{key}": {"value_ms": round(dry_ms), "goal_ms": 30_000},
        f"import_{key}": {"value_ms": round(import_ms), "goal_ms": 60_000},
        "rss_mb": round(rss_mb),
    }))  # fmt: skip


if __name__ == "__main__":
    main()
