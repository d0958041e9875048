"""The printed repair order: every font embedded, the Chinese text and the VIN extractable."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from app.services.checkin_types import RepairOrder, RepairOrderDocument, WorkItemRow
from app.services.store_profile import DEFAULT_LOGO
from reports.repair_order_pdf import write_repair_order

VIN = "LSGJA52U3BS123456"


def item(n: int, description: str, labour: str, parts: str, status: str = "agreed"):
    return WorkItemRow(
        id=n,
        description=description,
        labour=Decimal(labour),
        parts=Decimal(parts),
        status=status,
        suggested=False,
        consent_at=None,
        consent_note=None,
    )


def document(items: list[WorkItemRow], logo: bytes | None = None) -> RepairOrderDocument:
    order = RepairOrder(
        id=1, order_no="WX20261123-0001", status="checked_in", vehicle_id=1,
        plate="粤BD12345", vin=VIN, model="星越L 2.0T", colour="星河蓝",
        customer_name="王芳", customer_phone="138****5678",
        checked_in_at=datetime(2026, 11, 23, 9, 30), odometer_km=12_345, fuel_level=60,
        description="冷车启动有异响", inspection_notes="左前轮胎磨损偏大",
        service_type="maintenance", items=items, promised_at=datetime(2026, 11, 23, 17, 0),
        advisor="李顾问", settlement_total=None, handed_over_at=None,
        next_service_date=None, next_service_km=None,
    )  # fmt: skip
    return RepairOrderDocument(
        store_name="示范汽车 4S 店",
        store_address="广州市天河区示范路 1 号",
        store_phone="020-12345678",
        logo=logo,
        order=order,
        printed_at=datetime(2026, 11, 23, 9, 40),
    )


def fonts_of(reader: PdfReader) -> list[dict]:
    found = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                found.append(descendant.get_object())
    return found


def test_every_font_is_embedded_and_text_extracts(tmp_path: Path) -> None:
    target = tmp_path / "order.pdf"
    items = [
        item(1, "更换机油机滤", "120", "280"),
        item(2, "更换刹车片", "80", "420", status="pending_consent"),
        item(3, "四轮定位", "200", "0", status="declined"),
    ]
    write_repair_order(document(items), target)
    reader = PdfReader(target)
    fonts = fonts_of(reader)
    assert fonts
    for font in fonts:
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]
    text = "".join(page.extract_text() for page in reader.pages)
    for expected in ("维修委托书", VIN, "WX20261123-0001", "王芳", "冷车启动有异响", "李顾问"):
        assert expected in text
    assert "¥400.00" in text  # only the agreed item counts in the estimate
    assert "待客户同意" in text and "客户签字" in text


def test_many_items_run_onto_a_second_page(tmp_path: Path) -> None:
    target = tmp_path / "long.pdf"
    items = [item(n, f"检查项目 {n}", "10", "5") for n in range(1, 61)]
    write_repair_order(document(items), target)
    reader = PdfReader(target)
    assert len(reader.pages) >= 2
    assert "检查项目 60" in reader.pages[-1].extract_text()


def test_every_page_shows_the_store_address_and_page_x_of_y(tmp_path: Path) -> None:
    target = tmp_path / "long.pdf"
    items = [item(n, f"检查项目 {n}", "10", "5") for n in range(1, 61)]
    write_repair_order(document(items), target)
    pages = PdfReader(target).pages
    for number, page in enumerate(pages, 1):
        text = page.extract_text()
        assert f"第 {number} 页 / 共 {len(pages)} 页" in text
        assert "广州市天河区示范路 1 号" in text and "WX20261123-0001" in text


def test_a_very_long_address_is_cut_short_before_the_page_number(tmp_path: Path) -> None:
    target = tmp_path / "address.pdf"
    doc = document([item(1, "更换机油机滤", "120", "280")])
    long_address = "广东省广州市天河区" + "示范大道西" * 30 + "1 号"
    write_repair_order(replace(doc, store_address=long_address), target)
    footer = PdfReader(target).pages[0].extract_text()
    assert "第 1 页 / 共 1 页" in footer and "…" in footer


def test_the_store_logo_heads_the_first_page_only(tmp_path: Path) -> None:
    target = tmp_path / "logo.pdf"
    items = [item(n, f"检查项目 {n}", "10", "5") for n in range(1, 61)]
    write_repair_order(document(items, logo=DEFAULT_LOGO.read_bytes()), target)
    first, *later = PdfReader(target).pages
    images = first["/Resources"]["/XObject"]
    assert any(x.get_object()["/Subtype"] == "/Image" for x in images.values())
    assert later and all("/XObject" not in page["/Resources"] for page in later)
    assert "示范汽车 4S 店" in first.extract_text()


def test_without_a_logo_no_image_is_drawn(tmp_path: Path) -> None:
    target = tmp_path / "plain.pdf"
    write_repair_order(document([item(1, "更换机油机滤", "120", "280")]), target)
    assert "/XObject" not in PdfReader(target).pages[0]["/Resources"]
