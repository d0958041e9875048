from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from app.db import Database, alembic_config, current_revision, head_revision
from app.errors import DatabaseTooNewError, EnvironmentProblem
from app.models import Base
from app.schema_version import known_head


def test_empty_database_is_upgraded_to_every_table(db: Database) -> None:
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert current_revision(db.engine) == head_revision()


def test_opening_twice_is_harmless(db: Database) -> None:
    Database(db.url).open().dispose()
    assert current_revision(db.engine) == head_revision()


def test_database_from_a_newer_version_is_refused(db: Database) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'from_the_future'"))
    with pytest.raises(DatabaseTooNewError) as raised:
        Database(db.url).open()
    assert "升级" in raised.value.message


def test_sqlite_runs_in_wal_with_foreign_keys(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_a_corrupt_file_is_refused_in_chinese_and_left_untouched(tmp_path) -> None:
    broken = tmp_path / "store.sqlite3"
    garbage = b"this is not a database" * 200
    broken.write_bytes(garbage)
    with pytest.raises(EnvironmentProblem) as raised:
        Database(f"sqlite:///{broken}").open()
    assert "数据库文件已损坏" in raised.value.message and "restore" in raised.value.message
    assert broken.read_bytes() == garbage


def test_an_unreachable_server_is_a_clear_message() -> None:
    with pytest.raises(EnvironmentProblem, match="无法连接数据库服务器"):
        Database("postgresql://postgres@127.0.0.1:1/nothing").open()


def test_the_migrations_build_exactly_the_models(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_the_head_read_from_the_files_is_alembics() -> None:
    assert known_head() == head_revision()


def test_unclear_migration_files_leave_the_decision_to_alembic(tmp_path) -> None:
    for revision, down in [("0001", "None"), ("0002", '"0001"'), ("0003", '"0001"')]:
        (tmp_path / f"{revision}_x.py").write_text(
            f'revision = "{revision}"\ndown_revision = {down}\n', encoding="utf-8"
        )
    assert known_head(tmp_path) is None  # two heads: Alembic says what that means


def test_an_older_database_is_still_upgraded(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    older = Database(url)
    command.upgrade(alembic_config(older.engine), "0007")
    older.dispose()
    db = Database(url).open()
    try:
        assert current_revision(db.engine) == head_revision()
    finally:
        db.dispose()
