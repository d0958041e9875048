"""`main.py checkin-history PLATE_OR_VIN [--json]` on both databases."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from app.cli import main
from app.db import Database
from app.services.checkin import CheckInService, NewVehicleForm, RepairOrderForm
from app.validation import with_check_digit
from tests.factories import MANAGER, cli_user

VIN = with_check_digit("LSGJA52U0BS123456")


@pytest.fixture
def history(db: Database) -> Database:
    moments = iter(datetime(2026, 1, 5, 9) + timedelta(days=75 * n) for n in range(10))
    now = [next(moments)]
    desk = CheckInService(db, MANAGER, lambda: now[0])
    form = NewVehicleForm(VIN, "粤B12345", owner_name="王芳", owner_mobile="13812345678")
    car = desk.register_vehicle(form)
    for km, reason in ((1_000, None), (4_000, None), (3_990, "上次多录 10 km"), (8_000, None)):
        order = desk.open_order(RepairOrderForm(car.id, km, correction_reason=reason))
        for status in ("in_progress", "quality_check", "ready"):
            desk.move(order.id, status)
        desk.handover(order.id)
        now[0] = next(moments)
    return db


def test_json_lists_visits_with_days_km_and_average(history: Database, capsys) -> None:
    assert (
        main(["--db", history.url, *cli_user(history), "checkin-history", "粤B 12345", "--json"])
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert out["vehicle"] == {"plate": "粤B12345", "vin": VIN, "model": None}
    assert out["visits"][1] == {
        "date": "2026-03-21",
        "km": 4_000,
        "days_since_previous": 75,
        "km_since_previous": 3_000,
        "daily_average": 40.0,
        "correction_reason": None,
    }
    lower = out["visits"][2]
    assert (lower["km_since_previous"], lower["daily_average"]) == (-10, None)
    assert lower["correction_reason"] == "上次多录 10 km"
    assert [v["date"] for v in out["visits"]] == [
        "2026-01-05", "2026-03-21", "2026-06-04", "2026-08-18"
    ]  # fmt: skip


def test_plain_output_by_vin(history: Database, capsys) -> None:
    assert main(["--db", history.url, *cli_user(history), "checkin-history", VIN]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("粤B12345\t" + VIN)
    assert len(lines) == 2 + 4 and "40.0" in lines[3] and "上次多录 10 km" in lines[4]


def test_unknown_car_is_a_clear_error(history: Database, capsys) -> None:
    assert main(["--db", history.url, *cli_user(history), "checkin-history", "粤A00000"]) == 1
    assert "没有找到" in capsys.readouterr().err
