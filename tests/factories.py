"""Small builders of real rows for tests (no mocks: they go through the ORM), and a clock."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.db import Database
from app.models import CarModel, Customer, StaffRole, StaffUser, Vehicle
from app.permissions import SYSTEM, Actor
from app.pinyin import name_keys
from app.validation import with_check_digit

# Services in tests act for someone, as they do in the window and on the command line: a
# store manager (every permission) unless the test is about a role.
MANAGER = Actor(staff_id=None, name="测试店长", role=StaffRole.STORE_MANAGER)


def add_staff(db: Database, name: str, role: StaffRole = StaffRole.SALES_CONSULTANT) -> int:
    with db.transaction(SYSTEM) as session:
        staff = StaffUser(name=name, username=f"u{abs(hash(name)) % 10**8}", role=role)
        session.add(staff)
        session.flush()
        return staff.id


CLI_PASSWORD = "it-desk-2026"  # tests/conftest.py puts it in DEALERDESK_PASSWORD


def cli_user(
    db: Database, username: str = "it", role: StaffRole = StaffRole.STORE_MANAGER
) -> list[str]:
    """`--user NAME` for a command run in a test: a member of staff who can sign in with
    CLI_PASSWORD (made on first use)."""
    from app.services.auth import hash_password

    with db.transaction(SYSTEM) as session:
        if session.scalar(select(StaffUser.id).where(StaffUser.username == username)) is None:
            session.add(
                StaffUser(
                    name=f"{username}（测试）", username=username, role=role, active=True,
                    password_hash=hash_password(CLI_PASSWORD),
                )
            )  # fmt: skip
    return ["--user", username]


def add_model(db: Database, name: str = "星越L 2.0T", new_energy: bool = False) -> int:
    with db.transaction(SYSTEM) as session:
        model = CarModel(brand="吉利", series=name.split()[0], name=name, is_new_energy=new_energy)
        session.add(model)
        session.flush()
        return model.id


def add_customer(db: Database, name: str, mobile: str | None, **extra) -> int:
    initials, full = name_keys(name)
    with db.transaction(SYSTEM) as session:
        customer = Customer(
            name=name,
            name_initials=initials,
            name_pinyin=full,
            mobile=mobile,
            mobile_last4=mobile[-4:] if mobile else None,
            **extra,
        )
        session.add(customer)
        session.flush()
        return customer.id


def add_vehicle(db: Database, owner_id: int, vin16: str, plate: str | None) -> int:
    vin = with_check_digit(vin16)
    with db.transaction(SYSTEM) as session:
        vehicle = Vehicle(owner_id=owner_id, vin=vin, vin_last6=vin[-6:], plate=plate)
        session.add(vehicle)
        session.flush()
        return vehicle.id


class Clock:
    """A clock the test moves by hand: services take it as their `clock`."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def exported(export: Callable[..., Path], *args: object) -> Any:
    """What an audited export (a service's export_… method) hands its writer: the writer
    here keeps it and writes a small stand-in file, as the real one writes the document."""
    seen: list[Any] = []

    def write(content: Any) -> Path:
        seen.append(content)
        target = Path(tempfile.mkdtemp()) / "export.bin"
        target.write_bytes(b"stand-in")
        return target

    export(*args, write)
    return seen[0]
