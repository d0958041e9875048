"""`python main.py export handover (--vin VIN | --order ORDER_NO) [-o FILE]`."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from app.db import Database
from app.services.delivery import DeliveryService, HandoverForm
from app.services.sales import OrderForm, SalesService
from app.validation import with_check_digit
from reports.writers import install
from tests.factories import MANAGER, add_customer, add_model, add_staff, cli_user

NOW = datetime(2026, 11, 23, 15, 0)
VIN = with_check_digit("LB37624S0TL000001")


@pytest.fixture
def handed_over(db: Database) -> str:
    """A delivered order; returns its number."""
    sales, delivery = (
        SalesService(db, MANAGER, lambda: NOW),
        DeliveryService(db, MANAGER, lambda: NOW),
    )
    customer = add_customer(db, "王芳", "13912345678")
    form = OrderForm(customer, add_model(db), 158_000, consultant_id=add_staff(db, "李顾问"))
    order = sales.create_order(form)
    sales.allocate_vin(order.row.id, VIN)
    for item in delivery.start(order.row.id).items:
        delivery.tick(item.id, True)
    delivery.hand_over(order.row.id, HandoverForm(odometer_km=18, plate="粤B12345"))
    install()
    return order.row.order_no


def test_export_by_order_number_to_a_named_file(
    db: Database, handed_over: str, tmp_path: Path, capsys
) -> None:
    target = tmp_path / "out.pdf"
    assert (
        main(
            [
                "--db",
                db.url,
                *cli_user(db),
                "export",
                "handover",
                "--order",
                handed_over,
                "-o",
                str(target),
            ]
        )
        == 0
    )
    assert capsys.readouterr().out.strip() == str(target)
    text = PdfReader(target).pages[0].extract_text()
    assert VIN in text and "王芳" in text and "粤B12345" in text


def test_export_by_vin_to_the_default_name_in_the_current_folder(
    db: Database, handed_over: str, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--db", db.url, *cli_user(db), "export", "handover", "--vin", VIN.lower()]) == 0
    assert (tmp_path / f"交车清单_{handed_over}.pdf").is_file()


def test_unknown_order_and_missing_choice(db: Database, handed_over: str, capsys) -> None:
    assert main(["--db", db.url, *cli_user(db), "export", "handover", "--order", "XS0"]) == 1
    assert capsys.readouterr().err == "找不到订单 XS0。\n"  # not "…XS0对应的订单"
    unknown_vin = with_check_digit("LB37624S0TL000002")
    assert main(["--db", db.url, *cli_user(db), "export", "handover", "--vin", unknown_vin]) == 1
    assert capsys.readouterr().err == f"找不到车架号 {unknown_vin} 对应的订单。\n"
    assert main(["--db", db.url, *cli_user(db), "export", "handover"]) == 2
