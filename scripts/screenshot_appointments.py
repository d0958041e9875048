"""Screenshots of the appointment book and the progress board at 1366×768, on a scratch
database filled with a believable Monday morning:

    QT_QPA_PLATFORM=offscreen python scripts/screenshot_appointments.py [OUT_DIR]

Writes appointments_book.png, appointments_week.png, appointments_booking.png and
appointments_progress.png (default: docs/screenshots/)."""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app import settings
from app.db import Database
from app.models import StaffRole, Vehicle
from app.permissions import SYSTEM, Actor
from app.services.appointment_types import BookingForm, PhotoUpload
from app.services.appointments import AppointmentService
from app.services.checkin import CheckInService, RepairOrderForm
from app.services.container import Store
from tests.factories import Clock, add_customer, add_model, add_staff, add_vehicle
from ui.app import make_application
from ui.appointments.photos import png_bytes, thumbnail_of
from ui.appointments.tab import AppointmentTab
from ui.jobs import jobs_running
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
FRIDAY = datetime(2026, 11, 20, 16, 0)
MONDAY = datetime(2026, 11, 23, 10, 40)
SIZE = (1366, 768)
CARS = [
    ("王芳", "13812345678", "粤B12345"),
    ("李雷", "13900001111", "粤B6K789"),
    ("张伟", "13711112222", "粤BD12345"),
    ("刘洋", "13622223333", "粤B88G21"),
    ("陈静", "13533334444", "粤B3M567"),
    ("杨帆", "13444445555", "粤B9Z001"),
    ("赵敏", "13355556666", "粤B7Q222"),
    ("黄磊", "13266667777", "粤B1A333"),
    ("周婷", "13177778888", "粤B5T444"),
    ("吴刚", "13088889999", "粤BF55555"),
]


def at(day: datetime, hh: int, mm: int = 0) -> datetime:
    return day.replace(hour=hh, minute=mm, second=0, microsecond=0)


def dashboard_photo() -> bytes:
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#263238"))
    painter = QPainter(image)
    painter.setPen(QColor("#ffb300"))
    painter.drawEllipse(QPoint(320, 240), 120, 120)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, "CHECK ENGINE")
    painter.end()
    return png_bytes(image)


def seed(db: Database, clock: Clock) -> dict[str, int]:
    with db.transaction(SYSTEM) as session:
        settings.put(session, "store.address", "深圳市南山区科技园路 88 号")
    model = add_model(db)
    advisors = {
        name: add_staff(db, name, StaffRole.SERVICE_ADVISOR) for name in ("马建国", "孙丽", "何伟")
    }
    cars = {}
    for n, (name, mobile, plate) in enumerate(CARS):
        owner = add_customer(db, name, mobile)
        cars[plate] = add_vehicle(db, owner, f"LSGJA52U0BS{100000 + n:06d}", plate)
    with db.transaction(SYSTEM) as session:
        for vehicle in session.scalars(select(Vehicle)):
            vehicle.model_id = model
    return {**advisors, **cars}


def book_week(db: Database, clock: Clock, ids: dict[str, int]) -> None:
    book = AppointmentService(db, Actor(None, "预约专员", StaffRole.STORE_MANAGER), clock)
    photo = dashboard_photo()
    plan = [
        ("粤B12345", 8, 30, "马建国", "maintenance", 60, "保养，顺便看看雨刮", []),
        ("粤B6K789", 9, 0, "孙丽", "repair", 120, "冷车启动有异响", [photo]),
        ("粤BD12345", 9, 0, "何伟", "body_paint", 180, "右后门刮擦", []),
        ("粤B88G21", 9, 30, "马建国", "maintenance", 60, "", []),
        ("粤B3M567", 10, 0, "孙丽", "recall", 90, "厂家召回：燃油泵", []),
        ("粤B9Z001", 11, 0, "何伟", "insurance", 120, "保险理赔定损", []),
        ("粤B7Q222", 11, 30, "马建国", "maintenance", 60, "", []),
        ("粤B1A333", 13, 30, "孙丽", "repair", 90, "空调不凉", []),
        ("粤B5T444", 14, 0, "何伟", "maintenance", 60, "", []),
        ("粤BF55555", 15, 30, "马建国", "other", 60, "加装行车记录仪", []),
    ]
    made = {}
    for plate, hh, mm, advisor, kind, minutes, note, photos in plan:
        form = BookingForm(
            ids[plate],
            at(MONDAY, hh, mm),
            minutes,
            ids[advisor],
            kind,
            description=note or None,
            photos=[PhotoUpload("仪表盘.png", p, thumbnail_of(p)) for p in photos],
        )
        made[plate] = book.book(form)
    for plate in ("粤B88G21", "粤B3M567", "粤B9Z001", "粤B5T444"):
        book.confirm(made[plate].id)
    book.cancel(made["粤B7Q222"].id, "客户出差")
    for day, plates in (
        (1, ("粤B12345", "粤B88G21", "粤B3M567")),
        (2, ("粤B6K789",)),
        (3, ("粤B9Z001", "粤B1A333")),
        (4, ("粤BD12345", "粤B5T444")),
    ):
        for n, plate in enumerate(plates):
            book.book(BookingForm(ids[plate], at(MONDAY + timedelta(days=day), (9, 10, 14)[n]), 90))
    checkin = CheckInService(db, Actor(None, "店长", StaffRole.STORE_MANAGER), clock)
    arrivals = (("粤B12345", 8, 25, 10, 30, "马建国"), ("粤B6K789", 9, 5, 10, 20, "孙丽"))
    for plate, hh, mm, ph, pm, advisor in arrivals:
        clock.now = at(MONDAY, hh, mm)
        order = checkin.open_order(
            RepairOrderForm(
                ids[plate],
                12_000,
                promised_at=at(MONDAY, ph, pm),
                advisor_id=ids[advisor],
                appointment_id=made[plate].id,
                description=made[plate].description,
            )
        )
        checkin.move(order.id, "in_progress")
    clock.now = at(MONDAY, 9, 50)
    walk_in = checkin.open_order(
        RepairOrderForm(
            ids["粤BD12345"],
            30_000,
            promised_at=at(MONDAY, 16),
            advisor_id=ids["何伟"],
            appointment_id=made["粤BD12345"].id,
        )
    )
    checkin.move(walk_in.id, "in_progress")
    clock.now = MONDAY


def settle(app: QApplication, tab: AppointmentTab) -> None:
    """Until the book, read on a worker, is shown."""
    deadline = time.monotonic() + 30
    while (tab.loading or jobs_running()) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    db = Database(f"sqlite:///{folder / 'shots.sqlite3'}").open()
    app = make_application()
    clock = Clock(FRIDAY)
    ids = seed(db, clock)
    book_week(db, clock, ids)
    window = MainWindow(Store(db, clock))
    window.resize(*SIZE)
    window.show()
    window.sign_in(Actor(ids["马建国"], "马建国", StaffRole.SERVICE_ADVISOR))
    index = next(
        i
        for i in range(window.tabs.count())
        if window.tabs.tabText(i) == QCoreApplication.translate("MainWindow", "售后预约")
    )
    window.tabs.setCurrentIndex(index)
    tab = window.tab(index)
    assert isinstance(tab, AppointmentTab)
    settle(app, tab)
    tab.select_booking(tab.bookings.rows()[1].id)
    app.processEvents()
    window.grab().save(str(out / "appointments_book.png"))
    tab.views.setCurrentIndex(1)
    settle(app, tab)
    window.grab().save(str(out / "appointments_week.png"))
    tab.views.setCurrentIndex(0)
    tab.new_booking()
    app.processEvents()
    tab.dialog.grab().save(str(out / "appointments_booking.png"))
    tab.dialog.reject()
    tab.open_board()
    app.processEvents()
    tab.board.grab().save(str(out / "appointments_progress.png"))
    print(out)
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
