"""Run as a process: build each report from real data, then write it onto an existing
file with the file-size limit (RLIMIT_FSIZE) set low, so the kernel refuses the write
part-way (EFBIG), as a full disk would. Prints one line per writer: its name and the
error it raised. The parent test checks the files afterwards."""

from __future__ import annotations

import resource
import signal
import sys
from datetime import datetime
from pathlib import Path

from app.db import Database
from app.services.complaints import ComplaintForm, ComplaintService
from app.services.key_customers import KeyCustomerService
from reports.complaints_excel import write_complaint_analysis
from reports.handover_pdf import render_handover
from reports.key_customers_excel import write_key_customers
from reports.repair_order_pdf import write_repair_order
from tests.app import reminder_world as w
from tests.factories import MANAGER, add_customer, exported
from tests.reports.handover_sample import sample_document
from tests.reports.test_repair_order_pdf import document, item

LIMIT_BYTES = 2048
WEEK = "2026-W48"


def writers(db: Database) -> dict:
    desk = ComplaintService(db, MANAGER, lambda: datetime(2026, 11, 23, 9))
    customer = add_customer(db, "张三", "13812345678")
    form = ComplaintForm("phone", "price", "报价不一致。", cause="价格变动", customer_id=customer)
    desk.intake(form)
    month = exported(desk.export_month, 2026, 11)
    sheet = exported(KeyCustomerService(db, MANAGER, w.Clock()).export_sheet, WEEK)
    repair = document([item(1, "更换机油", "100", "200")])
    return {
        "handover.pdf": lambda p: render_handover(sample_document(), p),
        "repair.pdf": lambda p: write_repair_order(repair, p),
        "key.xlsx": lambda p: write_key_customers(sheet, p),
        "complaints.xlsx": lambda p: write_complaint_analysis(p, month.analysis, month.cases),
    }


def main(folder: Path) -> None:
    db = Database(f"sqlite:///{folder / 'db.sqlite3'}").open()
    todo = writers(db)
    db.dispose()
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, not kills
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT_BYTES, resource.RLIM_INFINITY))
    for name, write in todo.items():
        try:
            write(folder / "out" / name)
        except OSError as exc:
            print(name, exc.errno, flush=True)
        else:
            print(name, "written", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
