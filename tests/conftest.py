"""Fixtures: every data-layer and service test runs on SQLite and on PostgreSQL.

PostgreSQL: a fresh database per test run at $DEALERDESK_TEST_PG (default
postgresql://postgres@127.0.0.1:5432/), migrated once and cloned per test as a
template. Without a server the PostgreSQL half is skipped with the reason, except
in CI (CI=true), where a missing server fails the run.

Hypothesis: HYPOTHESIS_PROFILE=ci (the default: each test's own count, quick) or deep
(1000 examples a test, for a long run, e.g. HYPOTHESIS_PROFILE=deep pytest
tests/app/test_fuzz_entry_points.py --hypothesis-show-statistics).
"""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from hypothesis import settings
from sqlalchemy.engine import make_url

from app.db import Database

HYPOTHESIS_PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
settings.register_profile("ci", settings.get_profile("default"))  # 100 unless a test says
settings.register_profile("deep", max_examples=1000)
settings.load_profile(HYPOTHESIS_PROFILE)


def examples(ci: int) -> int:
    """A property test's example count: `ci` in the ci profile, the profile's otherwise."""
    return ci if HYPOTHESIS_PROFILE == "ci" else settings.default.max_examples


PG_URL = os.environ.get("DEALERDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/")
RUN_ID = uuid.uuid4().hex[:8]
_counter = itertools.count()


def _admin_connect() -> psycopg.Connection:
    url = make_url(PG_URL).set(drivername="postgresql", database="postgres")
    return psycopg.connect(
        url.render_as_string(hide_password=False), autocommit=True, connect_timeout=3
    )


def _url_for(database: str) -> str:
    return make_url(PG_URL).set(database=database).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """Name of a migrated database that each PostgreSQL test clones."""
    try:
        admin = _admin_connect()
    except psycopg.OperationalError as exc:
        reason = f"PostgreSQL not reachable at {PG_URL}: {str(exc).strip().splitlines()[0]}"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason} (CI requires it)")
        pytest.skip(reason)
    template = f"dealerdesk_{RUN_ID}_template"
    with admin:
        admin.execute(f'CREATE DATABASE "{template}"')
        migrated = Database(_url_for(template)).open()
        migrated.dispose()
        yield template
        admin.execute(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')


def _postgres_db(template: str) -> Iterator[Database]:
    name = f"dealerdesk_{RUN_ID}_{next(_counter)}"
    with _admin_connect() as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    db = Database(_url_for(name)).open()
    try:
        yield db
    finally:
        db.dispose()
        with _admin_connect() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path) -> Iterator[Database]:
    """A migrated, empty database of each kind."""
    if request.param == "postgresql":
        yield from _postgres_db(request.getfixturevalue("pg_template"))
        return
    database = Database(f"sqlite:///{tmp_path / 'dealerdesk.sqlite3'}").open()
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def pg_db(pg_template: str) -> Iterator[Database]:
    """PostgreSQL only: for what only a server has (TRUNCATE, two writers racing past
    SQLite's write lock, roles)."""
    yield from _postgres_db(pg_template)


@pytest.fixture
def sqlite_db(tmp_path) -> Iterator[Database]:
    """SQLite only: for UI tests, where the engine is not what is under test."""
    database = Database(f"sqlite:///{tmp_path / 'dealerdesk.sqlite3'}").open()
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture(autouse=True)
def cli_password(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands run in tests sign in with `--user` (tests.factories.cli_user)."""
    from tests.factories import CLI_PASSWORD

    monkeypatch.setenv("DEALERDESK_PASSWORD", CLI_PASSWORD)
