"""The repair record for the customer (电子维修档案): every font embedded, the work done,
the parts replaced, the amount, the km and the next service date and km extractable; and
the service that writes it only after handover, records the export and keeps the first
copy with the order (both engines)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import partial
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.db import Database
from app.errors import UserError
from app.models import AuditEntry
from app.permissions import SYSTEM
from app.services.checkin import CheckInService, RepairOrderForm, WorkItemDraft
from app.services.checkin_types import RepairOrder
from app.services.repair_record import RepairRecordDocument, RepairRecordService
from reports.repair_record_pdf import write_repair_record
from tests.factories import MANAGER, Clock, add_customer, add_vehicle
from tests.reports.test_repair_order_pdf import VIN, fonts_of, item


def document() -> RepairRecordDocument:
    items = [
        item(1, "更换机油机滤", "120", "280"),
        item(2, "更换刹车片", "80", "420"),
        item(3, "四轮定位", "200", "0", status="declined"),
    ]
    order = RepairOrder(
        id=1, order_no="WX20261123-0001", status="handed_over", vehicle_id=1,
        plate="粤BD12345", vin=VIN, model="星越L 2.0T", colour="星河蓝",
        customer_name="王芳", customer_phone="138****5678",
        checked_in_at=datetime(2026, 11, 23, 9, 30), odometer_km=12_345, fuel_level=60,
        description="冷车启动有异响", inspection_notes=None, service_type="maintenance",
        items=items, promised_at=datetime(2026, 11, 23, 17, 0), advisor="李顾问",
        settlement_total=Decimal("900.00"), handed_over_at=datetime(2026, 11, 23, 16, 40),
        next_service_date=date(2027, 5, 23), next_service_km=22_345,
    )  # fmt: skip
    return RepairRecordDocument("示范汽车 4S 店", "广州市天河区示范路 1 号", "020-12345678", None,
                                order, datetime(2026, 11, 23, 16, 45))  # fmt: skip


def test_the_record_shows_the_work_parts_amount_km_and_next_service(tmp_path: Path) -> None:
    target = tmp_path / "record.pdf"
    write_repair_record(document(), target)
    reader = PdfReader(target)
    for font in fonts_of(reader):
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
    text = "".join(page.extract_text() for page in reader.pages)
    for expected in ("电子维修档案", VIN, "粤BD12345", "更换机油机滤", "¥900.00", "12,345 km",
                     "2027-05-23", "22,345 km", "2026-11-23 16:40"):  # fmt: skip
        assert expected in text
    assert "更换的零件：更换机油机滤；更换刹车片" in text.replace("\n", "")
    assert "建议但本次未做的项目：四轮定位" in text.replace("\n", "")


def write_to(folder: Path, doc: RepairRecordDocument) -> Path:
    target = folder / f"{doc.order.order_no}.pdf"
    write_repair_record(doc, target)
    return target


def test_the_record_is_written_after_handover_recorded_and_kept(db: Database, tmp_path) -> None:
    clock = Clock(datetime(2026, 11, 23, 9, 0))
    owner = add_customer(db, "王芳", "13812345678")
    car = add_vehicle(db, owner, "LSGJA52U0BS123456", "粤B12345")
    desk = CheckInService(db, MANAGER, clock)
    order = desk.open_order(RepairOrderForm(car, 12_000, items=[
        WorkItemDraft("更换机油机滤", "120", "280")]))  # fmt: skip
    records = RepairRecordService(db, MANAGER, clock)
    with pytest.raises(UserError, match="交车结算后"):
        records.export(order.id, partial(write_to, tmp_path))
    assert records.kept(order.id) is None
    for status in ("in_progress", "quality_check", "ready"):
        desk.move(order.id, status)
    desk.handover(order.id)
    path = records.export(order.id, partial(write_to, tmp_path))
    assert "电子维修档案" in "".join(p.extract_text() for p in PdfReader(path).pages)
    assert records.kept(order.id) == path.read_bytes()
    again = records.export(order.id, partial(write_to, tmp_path / "again"))
    assert records.kept(order.id) == path.read_bytes() != b"" and again.exists()  # the first kept
    with db.transaction(SYSTEM) as session:
        details = session.scalars(select(AuditEntry.detail).where(AuditEntry.action == "export"))
        assert [d.split("，")[0] for d in details] == [f"电子维修档案 {order.order_no}"] * 2
