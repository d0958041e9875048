from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event

from app.audit import AuditFilter, AuditService
from app.db import Database
from app.errors import EnvironmentProblem
from app.models import StaffRole
from app.permissions import SYSTEM, Actor
from app.services.checkin import CheckInService
from app.services.search import SearchService
from app.validation import with_check_digit
from tests.factories import MANAGER, add_customer, add_staff, add_vehicle


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    ids = {
        "张三": add_customer(db, "张三", "13812345678"),
        "张三丰": add_customer(db, "张三丰", "13900001111"),
        "曾小明": add_customer(db, "曾小明", "13712345678"),
        "李四": add_customer(db, "李四", "15000005678"),
    }
    add_vehicle(db, ids["张三"], "LSVAU2180N2183294", "粤B12345")
    add_vehicle(db, ids["李四"], "LFV2A21K0M3456789", "粤BD67890")
    return ids


def names(db: Database, query: str) -> list[str]:
    return [hit.name for hit in SearchService(db, MANAGER).search(query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("张三", ["张三", "张三丰"]),  # name prefix
        ("张三丰", ["张三丰"]),
        ("zs", ["张三", "张三丰"]),  # pinyin initials
        ("ZSF", ["张三丰"]),
        ("zxm", ["曾小明"]),  # surname read as a surname
        ("zengxiao", ["曾小明"]),  # full pinyin prefix
        ("13812345678", ["张三"]),  # full mobile
        ("138 1234 5678", ["张三"]),
        ("1391", []),
        ("139000", ["张三丰"]),  # mobile prefix
        ("5678", ["张三", "曾小明", "李四"]),  # last four digits
        ("粤B12345", ["张三"]),  # full plate
        ("粤b1", ["张三"]),  # plate prefix, lower case
        ("粤BD", ["李四"]),  # new-energy plate prefix
        ("王", []),
        ("", []),
    ],
)
def test_every_search_mode(db: Database, people: dict[str, int], query: str, expected) -> None:
    assert sorted(names(db, query)) == sorted(expected)


def test_vin_full_and_last_six(db: Database, people: dict[str, int]) -> None:
    vin = with_check_digit("LSVAU2180N2183294")
    assert names(db, vin) == ["张三"]
    assert names(db, vin.lower()) == ["张三"]
    assert names(db, vin[-6:]) == ["张三"]


def test_hits_carry_plates_and_vins(db: Database, people: dict[str, int]) -> None:
    (hit,) = SearchService(db, MANAGER).search("13812345678")
    assert hit.as_json() == {
        "id": people["张三"],
        "name": "张三",
        "phone": "138****5678",
        "stage": "prospect",
        "intent_level": "N",
        "consultant": None,
        "plates": ["粤B12345"],
        "vins": [with_check_digit("LSVAU2180N2183294")],
    }


def test_limit_is_respected(db: Database, people: dict[str, int]) -> None:
    assert len(SearchService(db, MANAGER).search("5678", limit=2)) == 2


def test_sql_metacharacters_are_just_text(db: Database, people: dict[str, int]) -> None:
    for query in ["' OR 1=1 --", "%", "_", "张%", "\\"]:
        assert names(db, query) == []


def test_the_order_found_is_the_index_order(db: Database, people: dict[str, int]) -> None:
    assert names(db, "张") == ["张三", "张三丰"]
    assert [h.id for h in SearchService(db, MANAGER).search("5678")] == sorted(
        [people["张三"], people["曾小明"], people["李四"]]
    )


def test_a_customer_with_two_matching_cars_is_one_hit(db: Database, people) -> None:
    add_vehicle(db, people["张三"], "LSVAU2180N2183295", "粤B12346")
    (hit,) = SearchService(db, MANAGER).search("粤B1234")
    assert hit.plates == ["粤B12345", "粤B12346"]


@pytest.fixture
def receptionist(db: Database) -> Actor:
    return Actor(add_staff(db, "前台", StaffRole.RECEPTIONIST), "前台", StaffRole.RECEPTIONIST)


def test_a_number_is_found_only_whole_or_by_its_last_four_without_the_permission(
    db: Database, people: dict[str, int], receptionist: Actor
) -> None:
    """Lists show 139****1111: searching beginnings would give the hidden digits away."""
    desk = SearchService(db, receptionist)
    assert desk.search("139000") == [] and desk.search("1390000111") == []
    assert [h.name for h in desk.search("13900001111")] == ["张三丰"]
    assert [h.name for h in desk.search("1111")] == ["张三丰"]
    assert desk.search("1111")[0].mobile == "139****1111"
    assert names(db, "139000") == ["张三丰"]  # the manager may see whole numbers


def test_the_service_desk_keeps_the_same_rule(
    db: Database, people: dict[str, int], receptionist: Actor
) -> None:
    add_vehicle(db, people["张三丰"], "LFV2A21K0M3456788", "粤B99999")
    assert CheckInService(db, receptionist).find("139000") == []
    assert [h.plate for h in CheckInService(db, receptionist).find("1111")] == ["粤B99999"]
    assert [h.plate for h in CheckInService(db, MANAGER).find("139000")] == ["粤B99999"]


def test_phone_searches_are_audited_masked_and_other_searches_not(
    db: Database, people: dict[str, int], receptionist: Actor
) -> None:
    for query in ["13812345678", "张三", "5678", "粤B12345"]:
        SearchService(db, receptionist).search(query)
    searches = AuditService(db).page(SYSTEM, AuditFilter(action="search"), 0, 10)
    assert [(s.staff_id, s.detail) for s in searches] == [
        (receptionist.staff_id, "5678"),
        (receptionist.staff_id, "138****5678"),
    ]


def statements_run(db: Database, query: str) -> list[str]:
    seen: list[str] = []

    def count(_conn, _cursor, statement: str, *_rest) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        SearchService(db, MANAGER).search(query)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    return seen


@pytest.mark.parametrize(
    ("query", "statements"),
    [("张三", 1), ("13812345678", 1), ("5678", 1), ("粤B1", 1), ("283294", 1),
     ("zs", 2),  # initials, or a whole pinyin's beginning
     ("183294", 2)],  # a VIN's last six, or (for the manager) a number's beginning
)  # fmt: skip
def test_a_query_runs_one_statement_for_each_thing_its_shape_may_mean(
    db: Database, people: dict[str, int], query: str, statements: int
) -> None:
    """A second lookup runs only while the first has found fewer than the limit."""
    assert len(statements_run(db, query)) == statements


def test_a_name_search_reads_while_another_desk_holds_the_write_lock(
    sqlite_db: Database,
) -> None:
    """The reminder run on a worker thread (or another workstation) writes in one long
    transaction; a search by name, plate or VIN must not wait for it to end."""
    add_customer(sqlite_db, "王芳", "13812345678")
    path = sqlite_db.engine.url.database
    assert path is not None
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")  # the write lock, held until the end
        # Waiting for it would end in "数据库正被其他程序占用" after the busy timeout.
        assert names(sqlite_db, "王") == ["王芳"]
        assert [h.plate for h in CheckInService(sqlite_db, MANAGER).find("王")] == []
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def in_transaction(db: Database) -> bool:
    """Whether the pool's next connection is still inside a transaction."""
    connection = db.engine.raw_connection()
    try:
        driver = connection.driver_connection
        if db.is_sqlite:
            return bool(driver.in_transaction)  # type: ignore[union-attr]
        return driver.info.transaction_status != 0  # type: ignore[union-attr]  # IDLE
    finally:
        connection.close()


def test_a_search_gives_its_connection_back_with_no_transaction_open(
    db: Database, people: dict[str, int]
) -> None:
    """Searches by name, pinyin, plate and VIN run on the driver's cursor (no Session),
    at reception and at the service desk: the connection goes back to the pool, and
    PostgreSQL sees no idle transaction."""
    for query in ["张", "zs", "粤B1", "183294", "LSVAU2", "13812345678", "5678"]:
        SearchService(db, MANAGER).search(query)
        CheckInService(db, MANAGER).find(query)
    assert db.engine.pool.checkedout() == 0  # type: ignore[attr-defined]
    assert not in_transaction(db)


def test_a_phone_search_that_fails_leaves_no_audit_entry_and_no_transaction(
    sqlite_db: Database,
) -> None:
    """A search by number and its audit entry are one transaction: it stands or falls
    whole, and the connection goes back to the pool with nothing open."""
    add_customer(sqlite_db, "王芳", "13812345678")
    path = sqlite_db.engine.url.database
    assert path is not None
    with sqlite3.connect(path) as other:  # a broken or foreign file: no customers table
        other.execute("ALTER TABLE customers RENAME TO gone")
    with pytest.raises(EnvironmentProblem):
        SearchService(sqlite_db, MANAGER).search("13812345678")
    assert AuditService(sqlite_db).page(SYSTEM, AuditFilter(action="search"), 0, 10) == []
    assert sqlite_db.engine.pool.checkedout() == 0  # type: ignore[attr-defined]
    assert not in_transaction(sqlite_db)


def test_a_search_sees_what_another_desk_saved_a_moment_ago(
    db: Database, people: dict[str, int]
) -> None:
    assert names(db, "王") == []
    add_customer(db, "王芳", "13812340000")
    assert names(db, "王") == ["王芳"]


def test_a_search_the_database_cannot_answer_says_so_in_words(sqlite_db: Database) -> None:
    add_customer(sqlite_db, "王芳", "13812345678")
    path = sqlite_db.engine.url.database
    assert path is not None
    with sqlite3.connect(path) as other:  # a broken or foreign file: no customers table
        other.execute("ALTER TABLE customers RENAME TO gone")
    with pytest.raises(EnvironmentProblem, match="无法读取数据库"):
        names(sqlite_db, "王")
    assert sqlite_db.engine.pool.checkedout() == 0  # type: ignore[attr-defined]
