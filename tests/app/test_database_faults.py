"""What people read when the database cannot be used: one Chinese line, exit status 1,
no traceback, and words that fit what happened and what they were doing."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from app import audit
from app.cli import main as cli
from app.db import Database
from app.errors import EnvironmentProblem
from app.models import Customer
from tests.conftest import PG_URL, _admin_connect
from tests.factories import add_customer


def one_chinese_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert any("\u4e00" <= ch <= "\u9fff" for ch in err), err
    return err


@pytest.mark.parametrize(
    "url", ["mysql://dealer@db-server/dealerdesk", "postgresql://:::", "foo://", "not a url://"]
)
def test_an_unsupported_or_malformed_url_names_the_supported_kinds(url, capsys) -> None:
    assert cli(["--db", url, "search", "王"]) == 1
    err = one_chinese_line(capsys)
    assert "SQLite" in err and "postgresql://" in err


# --- PostgreSQL: who and which database -------------------------------------------------------
@pytest.fixture
def server() -> str:
    try:
        _admin_connect().close()
    except Exception as exc:  # as the conftest: skipped on a laptop, a failure in CI
        reason = f"PostgreSQL not reachable at {PG_URL}: {exc}"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason} (CI requires it)")
        pytest.skip(reason)
    return PG_URL


@pytest.mark.postgres
def test_an_unknown_postgresql_user_is_a_wrong_user_or_password(server, capsys) -> None:
    url = make_url(server).set(username="no_such_dealerdesk_role", database="postgres")
    assert cli(["--db", url.render_as_string(hide_password=False), "search", "王"]) == 1
    err = one_chinese_line(capsys)
    assert "用户名或密码错误" in err and "网络" not in err and "未保存" not in err


@pytest.mark.postgres
def test_an_unknown_postgresql_database_is_named(server, capsys) -> None:
    url = make_url(server).set(database="no_such_dealerdesk_db")
    assert cli(["--db", url.render_as_string(hide_password=False), "search", "王"]) == 1
    err = one_chinese_line(capsys)
    assert "数据库“no_such_dealerdesk_db”" in err and "不存在" in err
    assert "网络" not in err and "未保存" not in err


def test_a_closed_port_is_still_the_network(capsys) -> None:
    assert cli(["--db", "postgresql://postgres@127.0.0.1:1/nothing", "search", "王"]) == 1
    assert "无法连接数据库服务器" in one_chinese_line(capsys)


# --- a read-only SQLite database -----------------------------------------------------------
@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """The folder and its files made read-only for real. Root ignores permission bits,
    so as root they are made immutable (chattr +i), which binds root too."""
    paths = [str(p) for p in (folder, *folder.iterdir())]
    if os.geteuid() != 0:
        modes = {p: os.stat(p).st_mode for p in paths}
        for p in paths:
            os.chmod(p, 0o555 if os.path.isdir(p) else 0o444)
        try:
            yield
        finally:
            for p, mode in modes.items():
                os.chmod(p, mode)
        return
    if shutil.which("chattr") is None:
        pytest.skip("running as root without chattr: cannot make a file read-only")
    made = subprocess.run(["chattr", "+i", *paths], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"chattr +i not supported here: {made.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", *paths], check=True)


@pytest.fixture
def store(tmp_path) -> Iterator[Database]:
    folder = tmp_path / "store"
    db = Database(f"sqlite:///{folder / 'dealerdesk.sqlite3'}").open()
    db.dispose()  # the last connection gone, SQLite removes its -wal and -shm files
    yield db
    db.dispose()


def test_a_search_on_a_read_only_database_does_not_say_not_saved(store, capsys) -> None:
    with read_only(Path(store.engine.url.database).parent):
        assert cli(["--db", store.url, "search", "王"]) == 1
    err = one_chinese_line(capsys)
    assert "只读" in err and "未保存" not in err


def test_inside_an_action_only_a_write_says_it_was_not_saved(store) -> None:
    with read_only(Path(store.engine.url.database).parent):
        with pytest.raises(EnvironmentProblem) as reading, store.transaction() as session:
            session.scalars(select(Customer)).all()
        with pytest.raises(EnvironmentProblem) as writing, store.transaction() as session:
            audit.record(session, None, "export", at=datetime(2026, 11, 23), detail="x")
    assert "只读" in reading.value.message and "未保存" not in reading.value.message
    assert "只读" in writing.value.message and "本次操作未保存" in writing.value.message


def _terminate_pooled_connections(db: Database) -> None:
    """The server ends every session of the database (a restart, a dropped link)."""
    name = make_url(db.url).database
    with _admin_connect() as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        )


def test_a_connection_the_server_ended_while_idle_is_replaced_unseen(
    pg_db: Database, monkeypatch
) -> None:
    """A pooled connection idle for a while is pinged before use: the server ended it
    meanwhile, so the read gets a new one instead of an error."""
    import app.db

    add_customer(pg_db, "王小明", "13800001111")
    _terminate_pooled_connections(pg_db)
    monkeypatch.setattr(app.db, "PING_AFTER_IDLE_SECONDS", 0.0)
    with pg_db.reading() as session:
        assert session.scalar(select(Customer.name)) == "王小明"


def test_a_connection_used_a_moment_ago_is_not_pinged(pg_db: Database, monkeypatch) -> None:
    """The round trip is saved while the connection is fresh from its last use."""
    pings: list[object] = []
    with pg_db.reading() as session:
        session.scalar(select(Customer.id))
    dialect = pg_db.engine.dialect
    monkeypatch.setattr(dialect, "do_ping", lambda connection: pings.append(connection))
    with pg_db.reading() as session:
        session.scalar(select(Customer.id))
    assert pings == []
