"""Screenshot of the customer's 360° card on a database (a demo one), as a store manager
sees it on a 1366×768 screen (the window then takes 1280×688 beside the taskbar):

    .venv/bin/python scripts/screenshot_customer360.py --db sqlite:///PATH [--customer ID]
        [-o docs/screenshots/customer360_zh.png]

Runs offscreen. Without --customer: a high-value customer with referrals and a complaint.
Reads only (the value must have been computed: the window does it after sign-in)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import select

from app.db import Database
from app.models import Complaint, Customer, CustomerValue, StaffRole, StaffUser
from app.permissions import SYSTEM, Actor
from app.services.container import AppServices
from ui.app import make_application
from ui.customer360.window import Customer360Window

SIZE = (1280, 688)


def a_telling_customer(db: Database) -> int:
    with db.transaction(SYSTEM) as session:
        found = session.scalar(
            select(Customer.id)
            .join(CustomerValue, CustomerValue.customer_id == Customer.id)
            .where(
                CustomerValue.level == "high",
                Customer.id.in_(select(Complaint.customer_id)),
                Customer.id.in_(select(Customer.referred_by_id)),
            )
            .order_by(Customer.id)
            .limit(1)
        )
    if found is None:
        raise SystemExit("no high-value customer with referrals and a complaint: pass --customer")
    return found


def store_manager(db: Database) -> Actor:
    with db.transaction(SYSTEM) as session:
        boss = session.scalar(
            select(StaffUser).where(StaffUser.role == StaffRole.STORE_MANAGER).limit(1)
        )
        if boss is None:
            raise SystemExit("no store manager in this database")
        return Actor(boss.id, boss.name, boss.role)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--customer", type=int)
    parser.add_argument("-o", "--output", default="docs/screenshots/customer360_zh.png")
    args = parser.parse_args()
    app = make_application()
    db = Database(args.db).open()
    window = Customer360Window(AppServices(db, store_manager(db)))
    window.resize(*SIZE)
    window.show_customer(args.customer or a_telling_customer(db))
    window.show()
    app.processEvents()
    window.grab().save(args.output)
    print(args.output)
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
