"""A throw-away database for the robustness scripts: a new SQLite file, or a new database
on a PostgreSQL server that is dropped afterwards."""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url


@contextmanager
def scratch_database(server: str | None, purpose: str) -> Iterator[str]:
    """The URL of an empty database. `server`: None for SQLite, or a PostgreSQL server URL
    (postgresql://postgres@127.0.0.1:5432/) on which a database is created and dropped."""
    if server is None or make_url(server).get_backend_name() == "sqlite":
        yield from _sqlite_file(purpose)
    else:
        yield from _postgres_database(server, purpose)


def _sqlite_file(purpose: str) -> Iterator[str]:
    with tempfile.TemporaryDirectory() as folder:
        yield f"sqlite:///{Path(folder) / f'{purpose}.sqlite3'}"


def _postgres_database(server: str, purpose: str) -> Iterator[str]:
    name = f"dealerdesk_{purpose}_{uuid.uuid4().hex[:8]}"
    _admin(server, f'CREATE DATABASE "{name}"')
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        _admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _admin(server: str, statement: str) -> None:
    admin = make_url(server).set(drivername="postgresql", database="postgres")
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as c:
        c.execute(statement)


def engine_name(url: str) -> str:
    return make_url(url).get_backend_name()
