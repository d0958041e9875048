"""Bad input, fuzzed: every entry point either refuses with a clear message or stores the
value correctly: never a crash, never a half-saved record. On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.db import Database
from app.errors import UserError
from app.models import Complaint, Customer, OdometerReading, ServiceVisit, ShowroomVisit, Vehicle
from app.permissions import SYSTEM
from app.services.auth import AuthService, NewUser
from app.services.checkin import CheckInService
from app.services.checkin_types import NewVehicleForm, RepairOrderForm, WorkItemDraft
from app.services.complaints import ComplaintService
from app.services.complaints_data import ComplaintForm
from app.services.customers import CustomerService
from app.services.reception import ReceptionService, WalkInForm
from app.services.search import SearchService
from app.validation import with_check_digit
from tests.conftest import _postgres_db, examples
from tests.factories import MANAGER

NOW = datetime(2026, 11, 23, 15, 0)
FUZZ = settings(
    max_examples=examples(ci=60),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
nasty_text = st.one_of(
    st.text(max_size=80),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=100, max_size=3000),
    st.sampled_from(
        ["'; DROP TABLE customers; --", "%", "_", "\\", "\x00", "张\x00三", "\u202e", "😀" * 30]
    ),
)
mobiles = st.one_of(st.text(max_size=30), st.from_regex(r"1[3-9]\d{9}", fullmatch=True))


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def fuzz_db(request: pytest.FixtureRequest, tmp_path_factory) -> Iterator[Database]:
    if request.param == "postgresql":
        yield from _postgres_db(request.getfixturevalue("pg_template"))
        return
    database = Database(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'f.sqlite3'}").open()
    yield database
    database.dispose()


def counts(db: Database) -> tuple[int, int]:
    with db.transaction(SYSTEM) as session:
        return (
            session.scalar(select(func.count(Customer.id))),
            session.scalar(select(func.count(ShowroomVisit.id))),
        )


@FUZZ
@given(name=nasty_text, mobile=mobiles, notes=nasty_text, route=nasty_text, source=nasty_text)
def test_walk_in_is_refused_or_stored_whole(
    fuzz_db: Database, name, mobile, notes, route, source
) -> None:
    before = counts(fuzz_db)
    form = WalkInForm(
        name=name, mobile=mobile, arrived_at=NOW, notes=notes, test_drive=True,
        test_drive_route=route, source_channel=source, not_a_duplicate=True,
    )  # fmt: skip
    try:
        visit_id = ReceptionService(fuzz_db, MANAGER, clock=lambda: NOW).register_walk_in(form)
    except UserError as refused:
        assert refused.message
        assert counts(fuzz_db) == before  # nothing half-saved
        return
    with fuzz_db.transaction(SYSTEM) as session:
        visit = session.get(ShowroomVisit, visit_id)
        assert visit.customer.mobile.isdigit() and len(visit.customer.mobile) == 11
        assert visit.notes is None or "\x00" not in visit.notes


@FUZZ
@given(query=nasty_text, limit=st.integers(min_value=-5, max_value=10_000))
def test_search_never_crashes(fuzz_db: Database, query: str, limit: int) -> None:
    hits = SearchService(fuzz_db, MANAGER).search(query, limit=limit)
    assert len(hits) <= max(1, min(limit, 500))


@FUZZ
@given(name=nasty_text, district=nasty_text, notes=nasty_text)
def test_profile_edit_is_refused_or_stored(fuzz_db: Database, name, district, notes) -> None:
    service = CustomerService(fuzz_db, MANAGER)
    with fuzz_db.transaction(SYSTEM) as session:
        customer_id = session.scalar(select(Customer.id).order_by(Customer.id).limit(1))
    if customer_id is None:
        ReceptionService(fuzz_db, MANAGER, clock=lambda: NOW).register_walk_in(
            WalkInForm(name="基准", mobile="13700000000", arrived_at=NOW)
        )
        customer_id = _first_customer(fuzz_db)
    profile = service.profile(customer_id)
    try:
        saved = service.save_profile(replace(profile, name=name, district=district, notes=notes))
    except UserError as refused:
        assert refused.message
        assert service.profile(customer_id) == profile
        return
    assert saved == service.profile(customer_id)
    assert saved.version in (profile.version, profile.version + 1)  # unchanged: no new version


def _first_customer(db: Database) -> int:
    with db.transaction(SYSTEM) as session:
        return session.scalar(select(Customer.id).order_by(Customer.id).limit(1))


@FUZZ
@given(username=nasty_text, password=nasty_text)
def test_sign_in_with_anything_is_a_clear_refusal(fuzz_db: Database, username, password) -> None:
    auth = AuthService(fuzz_db, clock=lambda: NOW)
    if auth.needs_first_admin():
        auth.create_first_admin(NewUser("boss", "店长", "store_manager", "right-password-1"))
    with pytest.raises(UserError) as refused:
        auth.sign_in(username, password)
    assert refused.value.message


def _table_count(db: Database, model) -> int:
    with db.transaction(SYSTEM) as session:
        return session.scalar(select(func.count()).select_from(model))


@FUZZ
@given(
    channel=st.one_of(st.sampled_from(["phone", "email", "online"]), nasty_text),
    category=st.one_of(st.sampled_from(["price", "after_sales"]), nasty_text),
    content=nasty_text,
    cause=st.one_of(st.none(), nasty_text),
    phone=st.one_of(st.none(), mobiles),
    severity=st.integers(min_value=-3, max_value=99),
    reason=st.one_of(st.none(), nasty_text),
    hours_back=st.integers(min_value=-48, max_value=24 * 400),
)
def test_complaint_intake_is_refused_or_stored(
    fuzz_db: Database, channel, category, content, cause, phone, severity, reason, hours_back
) -> None:
    before = _table_count(fuzz_db, Complaint)
    form = ComplaintForm(
        channel=channel, category=category, content=content, cause=cause, severity=severity,
        contact_phone=phone, received_at=NOW - timedelta(hours=hours_back), backdate_reason=reason,
    )  # fmt: skip
    try:
        case_id = ComplaintService(fuzz_db, MANAGER, clock=lambda: NOW).intake(form)
    except UserError as refused:
        assert refused.message
        assert _table_count(fuzz_db, Complaint) == before
        return
    assert _table_count(fuzz_db, Complaint) == before + 1 and case_id


@FUZZ
@given(vin=st.one_of(nasty_text, st.from_regex(r"L[A-HJ-NPR-Z0-9]{16}", fullmatch=True)),
       plate=st.one_of(st.none(), nasty_text, st.from_regex(r"粤B[0-9]{5}", fullmatch=True)),
       name=nasty_text, mobile=mobiles, colour=st.one_of(st.none(), nasty_text))  # fmt: skip
def test_vehicle_registration_is_refused_or_stored(
    fuzz_db: Database, vin, plate, name, mobile, colour
):
    before = _table_count(fuzz_db, Vehicle)
    form = NewVehicleForm(
        vin=vin, plate=plate, owner_name=name, owner_mobile=mobile, colour=colour,
        check_digit_confirmed=True,
    )  # fmt: skip
    try:
        CheckInService(fuzz_db, MANAGER, clock=lambda: NOW).register_vehicle(form)
    except UserError as refused:
        assert refused.message
        assert _table_count(fuzz_db, Vehicle) == before
        return
    assert _table_count(fuzz_db, Vehicle) == before + 1


@FUZZ
@given(
    km=st.integers(min_value=-(10**12), max_value=10**12),
    fuel=st.one_of(st.none(), st.integers(min_value=-500, max_value=500)),
    text=nasty_text,
    labour=st.one_of(st.integers(-(10**9), 10**9), nasty_text),
    reason=st.one_of(st.none(), nasty_text),
)
def test_repair_order_is_refused_or_stored(fuzz_db: Database, km, fuel, text, labour, reason):
    checkin = CheckInService(fuzz_db, MANAGER, clock=lambda: NOW)
    vehicle_id = _fuzz_vehicle(fuzz_db, checkin)
    before = (_table_count(fuzz_db, ServiceVisit), _table_count(fuzz_db, OdometerReading))
    form = RepairOrderForm(
        vehicle_id=vehicle_id, odometer_km=km, fuel_level=fuel, description=text,
        items=[WorkItemDraft(description=text or "保养", labour=labour)],
        correction_reason=reason, jump_confirmed=True,
    )  # fmt: skip
    try:
        checkin.open_order(form)
    except UserError as refused:
        assert refused.message
        after = (_table_count(fuzz_db, ServiceVisit), _table_count(fuzz_db, OdometerReading))
        assert after == before
        return
    assert _table_count(fuzz_db, ServiceVisit) == before[0] + 1
    _hand_back(fuzz_db, checkin, vehicle_id)


def _fuzz_vehicle(db: Database, checkin: CheckInService) -> int:
    with db.transaction(SYSTEM) as session:
        found = session.scalar(select(Vehicle.id).where(Vehicle.plate == "粤Z00001"))
    if found:
        return found
    vin = with_check_digit("LSVFUZZ0000000001")
    hit = checkin.register_vehicle(
        NewVehicleForm(vin=vin, plate="粤Z00001", owner_name="测试", owner_mobile="13600000000")
    )
    return hit.id


def _hand_back(db: Database, checkin: CheckInService, vehicle_id: int) -> None:
    """One open order per car: close the fuzzed one so the next example can open its own."""
    with db.transaction(SYSTEM) as session:
        for visit in session.scalars(
            select(ServiceVisit).where(ServiceVisit.vehicle_id == vehicle_id)
        ):
            visit.status = "handed_over"
