"""`appointments --date D [--advisor NAME] [--json]`, `appointment add …` and
`appointment cancel ID` on SQLite and PostgreSQL, signed in with --user like every
command. The commands run on the wall clock: bookings are placed on a working day ahead."""

from __future__ import annotations

import json
from datetime import date, time, timedelta

from app import settings
from app.cli import main as cli
from app.models import StaffRole
from app.permissions import SYSTEM
from app.rules.complaints_clock import StoreHours
from tests.factories import add_customer, add_staff, add_vehicle, cli_user

KEYS = {"id", "start", "end", "plate", "customer", "advisor", "kind", "status", "channel",
        "description"}  # fmt: skip


def working_day_ahead() -> date:
    is_open = StoreHours(time(8, 30), time(18)).is_open_day
    day = date.today() + timedelta(days=2)
    while not is_open(day):
        day += timedelta(days=1)
    return day


DAY = working_day_ahead()


def run(db, *args: str, user: str = "it", role: StaffRole = StaffRole.STORE_MANAGER) -> int:
    return cli(["--db", db.url, *cli_user(db, user, role), *args])


def add(db, plate: str, hhmm: str, *extra: str, **who) -> int:
    return run(db, "appointment", "add", "--plate", plate, "--start", f"{DAY} {hhmm}", *extra,
               **who)  # fmt: skip


def cars(db) -> None:
    owner = add_customer(db, "王芳", "13812345678")
    add_vehicle(db, owner, "LSGJA52U0BS123456", "粤B12345")
    add_vehicle(db, owner, "LSGJA52U0BS654321", "粤B54321")
    add_staff(db, "赵顾问", StaffRole.SERVICE_ADVISOR)
    add_staff(db, "钱顾问", StaffRole.SERVICE_ADVISOR)


def test_add_prints_the_booking_and_the_day_lists_it(db, capsys) -> None:
    cars(db)
    assert add(db, "粤B12345", "09:30", "--minutes", "90", "--kind", "维修",
               "--advisor", "钱顾问", "--note", "空调不凉", "--json") == 0  # fmt: skip
    made = json.loads(capsys.readouterr().out)
    assert set(made) == KEYS
    assert (made["start"], made["end"]) == (f"{DAY} 09:30", f"{DAY} 11:00")
    assert (made["plate"], made["customer"], made["advisor"]) == ("粤B12345", "王芳", "钱顾问")
    assert (made["kind"], made["status"], made["channel"]) == ("repair", "booked", "phone")
    assert made["description"] == "空调不凉"
    assert run(db, "appointments", "--date", DAY.isoformat(), "--json") == 0
    assert json.loads(capsys.readouterr().out) == [made]
    assert run(db, "appointments", "--date", DAY.isoformat(), "--advisor", "赵顾问", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []
    assert run(db, "appointments", "--date", DAY.isoformat()) == 0
    assert "粤B12345" in capsys.readouterr().out


def test_a_full_slot_exits_1_with_the_next_free_slots(db, capsys) -> None:
    cars(db)
    with db.transaction(SYSTEM) as session:
        settings.put(session, "appointments.arrivals_per_slot", 1)
    assert add(db, "粤B12345", "10:00") == 0
    capsys.readouterr()
    assert add(db, "粤B54321", "10:10", "--json") == 1
    out, err = capsys.readouterr()
    refused = json.loads(out)
    assert refused["next_free"][:2] == [f"{DAY} 10:30", f"{DAY} 11:00"]
    assert "约满" in refused["refused"] and "约满" in err and "10:30" in err


def test_cancel_by_id(db, capsys) -> None:
    cars(db)
    assert add(db, "粤B12345", "09:00", "--json") == 0
    booking = json.loads(capsys.readouterr().out)["id"]
    assert run(db, "appointment", "cancel", str(booking)) == 0
    assert "已取消预约" in capsys.readouterr().out
    assert run(db, "appointments", "--date", DAY.isoformat(), "--json") == 0
    assert json.loads(capsys.readouterr().out)[0]["status"] == "cancelled"
    assert run(db, "appointment", "cancel", str(booking)) == 1
    assert "不能取消" in capsys.readouterr().err


def test_the_command_is_held_to_the_signed_in_persons_permission(db, capsys) -> None:
    cars(db)
    assert add(db, "粤B12345", "09:00", user="desk", role=StaffRole.RECEPTIONIST) == 1
    assert "登记和调整售后预约" in capsys.readouterr().err
    assert add(db, "粤B12345", "09:00", user="zhou", role=StaffRole.APPOINTMENT_OFFICER) == 0
    assert cli(["--db", db.url, "appointments", "--date", DAY.isoformat()]) == 2  # no --user


def test_bad_input_is_refused_with_a_reason(db, capsys) -> None:
    cars(db)
    assert run(db, "appointment", "add", "--plate", "粤B12345", "--start", "明天上午") == 2
    assert "YYYY-MM-DD HH:MM" in capsys.readouterr().err
    assert add(db, "粤Z00000", "09:00") == 1
    assert "没有找到" in capsys.readouterr().err
    assert add(db, "粤B12345", "09:00", "--kind", "洗车") == 1
    assert "预约类型" in capsys.readouterr().err
    assert add(db, "粤B12345", "12:30") == 1
    assert "午休" in capsys.readouterr().err
