"""Migration 0012: customers linked to another's phone by the reception's note only (before
the column existed) are linked by the column too. Both engines."""

from __future__ import annotations

import importlib.util
from types import ModuleType

from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext

from app.db import MIGRATIONS_DIR, Database
from app.models import Customer
from app.permissions import SYSTEM
from app.services.reception import shared_phone_note
from tests.factories import add_customer


def migration() -> ModuleType:
    (path,) = (MIGRATIONS_DIR / "versions").glob("0012_*.py")
    spec = importlib.util.spec_from_file_location("migration_0012", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_customers_noted_as_sharing_a_phone_are_linked(db: Database) -> None:
    owner = add_customer(db, "王大明", "13612345678")
    with db.transaction(SYSTEM) as session:
        note = shared_phone_note(session.get(Customer, owner))  # type: ignore[arg-type]
    noted = add_customer(db, "王小明", None, notes=note)
    gone = add_customer(db, "李某", None, notes="与客户“某某”（编号 987654）共用手机号 136****0000")
    plain = add_customer(db, "赵某", "13700000000", notes="喜欢周末来店")
    with (
        db.engine.begin() as connection,
        Operations.context(MigrationContext.configure(connection)),
    ):
        migration()._link_noted_customers()
    with db.transaction(SYSTEM) as session:
        links = {c: session.get(Customer, c).shares_mobile_with_id for c in (noted, gone, plain)}  # type: ignore[union-attr]
    assert links == {noted: owner, gone: None, plain: None}  # an unknown number links nothing
