"""Engine, sessions and schema upgrades for SQLite (one PC) and PostgreSQL (several)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from . import change_audit, paths
from .dblock import DatabaseLock
from .errors import DatabaseTooNewError, EnvironmentProblem, StaleRecordError, UserError
from .permissions import Actor

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 10_000


def _configure_sqlite(dbapi_connection, _record) -> None:
    # We issue BEGIN ourselves (below): the sqlite3 module's implicit BEGIN is deferred.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL lets the window read while another process writes.
    cursor.execute("PRAGMA journal_mode=WAL")
    # NORMAL under WAL never corrupts the file on power loss; it may lose only the last
    # transactions not yet checkpointed, which FULL would cost an fsync per save to keep.
    # The reception PC saves a handful of rows a minute, so FULL's cost is affordable and
    # a power cut must not lose the walk-in just registered: FULL.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def _begin_immediate(connection) -> None:
    # A deferred transaction that reads and then writes fails at once with SQLITE_BUSY
    # when another process wrote in between: the busy timeout cannot help it. Taking the
    # write lock at BEGIN makes a second workstation wait (up to the timeout) instead.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            _ensure_folder(Path(parsed.database))
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", _begin_immediate)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return create_engine(url, pool_pre_ping=True)


def _ensure_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EnvironmentProblem(f"无法创建数据文件夹 {path.parent}：{exc.strerror}") from exc


_KNOWN_FAULTS = (
    ("disk is full", "磁盘空间已满，本次操作未保存。请清理磁盘后重试。"),
    ("readonly database", "数据库文件是只读的，本次操作未保存。请检查文件夹权限。"),
    ("database is locked", "数据库正被其他程序占用，本次操作未保存，请稍后重试。"),
    ("disk i/o error", "读写数据库文件出错，本次操作未保存。请检查磁盘。"),
    (
        "file is not a database",
        "数据库文件已损坏或不是 DealerDesk 的数据库，未做任何改动。"
        "请用 python main.py restore 备份文件 从备份恢复。",
    ),
    ("connection", "无法连接数据库服务器，本次操作未保存。请检查网络后重试。"),
)


def environment_problem(exc: DBAPIError) -> EnvironmentProblem:
    text = str(exc.orig).lower()
    for fragment, message in _KNOWN_FAULTS:
        if fragment in text:
            return EnvironmentProblem(message)
    return EnvironmentProblem(f"数据库操作失败，本次操作未保存：{str(exc.orig).strip()[:200]}")


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the schema to this version; refuse a database made by a newer DealerDesk."""
    try:
        found = current_revision(engine)
    except (OperationalError, DatabaseError) as exc:
        raise environment_problem(exc) from exc
    script = ScriptDirectory.from_config(alembic_config())
    if found is not None and not is_known_revision(script, found):
        raise DatabaseTooNewError(found, head_revision())
    command.upgrade(alembic_config(engine), "head")


def is_known_revision(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises several resolution errors for an unknown id
        return False


class Database:
    """One engine and its session factory; services take this."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        change_audit.install(self.sessions)
        self.lock = _lock_for(url)
        if self.lock is not None:  # taken before the first connection, held until dispose()
            event.listen(self.engine, "do_connect", lambda *_: self.lock.hold_shared())

    def open(self) -> Database:
        try:
            upgrade(self.engine)
        except BaseException:
            self.dispose()
            raise
        return self

    @contextmanager
    def transaction(self, actor: Actor | None = None) -> Iterator[Session]:
        """One unit of work: commits on success, rolls everything back on any error.

        `actor`: who the work is done for; every change it makes to audited records is
        written to the audit trail under them (app.change_audit). Without one, such a
        change is refused: nothing is saved anonymously.

        A save from a stale copy becomes StaleRecordError; a full disk, a read-only
        file or an unreachable server become EnvironmentProblem, with Chinese messages.
        """
        try:
            with self.sessions.begin() as session:
                session.info["actor"] = actor
                yield session
        except StaleDataError as exc:
            raise StaleRecordError() from exc
        except OperationalError as exc:
            raise environment_problem(exc) from exc
        except DatabaseError as exc:
            if type(exc) is not DatabaseError:  # integrity and programming errors are bugs
                raise
            raise environment_problem(exc) from exc

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def describe(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL; None for PostgreSQL and in-memory databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


class NeedsCreateError(UserError):
    """The database file is empty or missing: made only when asked (`--create`)."""

    def __init__(self, path: Path, empty: bool) -> None:
        what = "是空的（0 字节）" if empty else "不存在"
        super().__init__(
            f"数据库文件 {path} {what}，未做任何改动。如果要在这里新建一个门店数据库，"
            "请加上 --create 再运行；如果这里原来有数据，"
            "请用 python main.py restore 备份文件 恢复。"
        )
        self.path = path
        self.empty = empty


def check_can_open(url: str, create: bool) -> None:
    """Refuse to turn an empty file, or a missing one given explicitly, into a new store
    database unless `create`. The default and the demo database are made on first run."""
    path = sqlite_path(url)
    if create or path is None or _has_data(path):
        return
    if not path.exists() and path.resolve() in (
        paths.default_db_path().resolve(),
        paths.demo_db_path().resolve(),
    ):
        return
    raise NeedsCreateError(path, empty=path.exists())


def _has_data(path: Path) -> bool:
    wal = Path(str(path) + "-wal")  # a database may live in its WAL until checkpointed
    return any(p.is_file() and p.stat().st_size > 0 for p in (path, wal))


def _lock_for(url: str) -> DatabaseLock | None:
    path = sqlite_path(url)
    return DatabaseLock(path) if path is not None else None
