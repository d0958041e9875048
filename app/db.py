"""Engine, sessions and schema upgrades for SQLite (one PC) and PostgreSQL (several)."""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import (
    ArgumentError,
    DatabaseError,
    DBAPIError,
    DisconnectionError,
    OperationalError,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from . import change_audit, paths
from .dblock import DatabaseLock
from .errors import (
    DatabaseTooNewError,
    EnvironmentProblem,
    NeedsCreateError,
    StaleRecordError,
    UserError,
)
from .i18n import QT_TRANSLATE_NOOP, Phrase, term
from .kept_connections import KeptConnections
from .permissions import Actor
from .schema_version import is_at_head

if TYPE_CHECKING:  # Alembic is imported only when a schema is to be made or upgraded
    from alembic.config import Config
    from alembic.script import ScriptDirectory

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


def _optimize_sqlite(dbapi_connection, _record) -> None:
    # SQLite's advice: PRAGMA optimize as a connection closes, so the planner's statistics
    # follow the store from its first customer to its 200,000th (migration 0009's ANALYZE
    # saw the database as it was then). Bounded by analysis_limit, and never waiting: a
    # database busy with another writer skips it until the next close.
    try:
        dbapi_connection.execute("PRAGMA busy_timeout=0")
        dbapi_connection.execute("PRAGMA analysis_limit=400")
        dbapi_connection.execute("PRAGMA optimize")
    except sqlite3.Error:
        pass


READ_ONLY = "dealerdesk_read_only"


def _begin_immediate(connection) -> None:
    # A deferred transaction that reads and then writes fails at once with SQLITE_BUSY
    # when another process wrote in between: the busy timeout cannot help it. Taking the
    # write lock at BEGIN makes a second workstation wait (up to the timeout) instead.
    # A read (Database.reading) never writes, so it takes no lock: in WAL mode it reads
    # its snapshot at once even while a background job holds the write lock.
    if connection.get_execution_options().get(READ_ONLY):
        connection.exec_driver_sql("BEGIN")
    else:
        try:
            begin_writing(connection.connection.driver_connection)
        except sqlite3.OperationalError as exc:  # as SQLAlchemy's own execute raises it
            raise OperationalError("BEGIN IMMEDIATE", None, exc) from exc


# SQLite's own busy handler waits longer and longer between tries (up to 100 ms once it
# has waited a quarter second), so a save waiting for a background job's write lock
# missed the moments it was free between the job's parts and waited for the whole job
# (seconds). Asked every few ms instead, it gets the lock within the pause a background
# writer leaves between its parts (Database.between_writes).
WRITE_LOCK_POLL_MS = 2
BETWEEN_WRITES_S = 0.005


def begin_writing(raw: sqlite3.Connection) -> None:
    """BEGIN IMMEDIATE on a driver connection, asking for the write lock every few ms
    for up to the busy timeout; then the busy timeout as set at connect again."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    raw.execute(f"PRAGMA busy_timeout={WRITE_LOCK_POLL_MS}")
    try:
        while True:
            try:
                raw.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                busy = exc.sqlite_errorcode & 0xFF == sqlite3.SQLITE_BUSY
                if not busy or time.monotonic() > deadline:
                    raise
    finally:
        raw.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")


SUPPORTED_URLS = QT_TRANSLATE_NOOP(
    "Errors",
    "支持 SQLite 数据库文件路径（如 D:/dealerdesk/store.sqlite3）或 postgresql://用户@服务器/数据库",
)
DRIVERS = {"sqlite", "sqlite+pysqlite", "postgresql", "postgresql+psycopg"}


def parse_url(url: str) -> URL:
    """The URL, if it names a database kind DealerDesk runs on; else a UserError."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "无法识别的数据库地址（--db 或 DEALERDESK_DB）。{supported}。"
            ),
            supported=term("Errors", SUPPORTED_URLS),
        ) from None
    if parsed.drivername not in DRIVERS:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "不支持的数据库类型“{drivername}”。{supported}。"),
            drivername=parsed.drivername,
            supported=term("Errors", SUPPORTED_URLS),
        )
    return parsed


def make_engine(url: str) -> Engine:
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        uri = parsed.query.get("uri") == "true"  # sqlite:///file:PATH?mode=ro&uri=true
        if parsed.database and parsed.database != ":memory:" and not uri:
            _ensure_folder(Path(parsed.database))
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", _begin_immediate)
        event.listen(engine, "close", _optimize_sqlite)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    # No HSTORE column anywhere: without native hstore the dialect does not look its type
    # up in the catalogue when it first connects (one statement of every command's start).
    engine = create_engine(url, use_native_hstore=False)
    _ping_when_idle(engine)
    return engine


# A pooled connection idle this long is pinged before use (a server restarted or a link
# dropped meanwhile: a new connection instead). One used a moment ago is not: a ping on
# every checkout (pool_pre_ping) is one round trip more for every read the window makes.
PING_AFTER_IDLE_SECONDS = 10.0
_IDLE_SINCE = "dealerdesk_idle_since"


def _ping_when_idle(engine: Engine) -> None:
    def checked_in(_dbapi_connection, record) -> None:
        record.info[_IDLE_SINCE] = time.monotonic()

    def checking_out(dbapi_connection, record, _proxy) -> None:
        idle_since = record.info.pop(_IDLE_SINCE, None)  # None: a new connection
        if idle_since is None or time.monotonic() - idle_since < PING_AFTER_IDLE_SECONDS:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as exc:
            raise DisconnectionError(f"pooled connection gone: {exc}") from exc  # reconnects

    event.listen(engine, "checkin", checked_in)
    event.listen(engine, "checkout", checking_out)


def _ensure_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EnvironmentProblem(
            QT_TRANSLATE_NOOP("Errors", "无法创建数据文件夹 {parent}：{strerror}"),
            parent=path.parent,
            strerror=exc.strerror,
        ) from exc


@dataclass(frozen=True)
class Fault:
    """A driver message (regular expression, case-insensitive) and what to tell people:
    what happened, that the action was not saved if it had changes (environment_problem),
    then what to do. {name} in `what` is the pattern's group, e.g. the database's name."""

    pattern: str
    what: str
    advice: str
    says_outcome: bool = True


NOT_SAVED = QT_TRANSLATE_NOOP("Errors", "，本次操作未保存")

# The first that matches wins. PostgreSQL's server messages are matched in English (its
# default lc_messages); a server set to another language gets the generic message.
_KNOWN_FAULTS = (
    Fault(
        "disk is full",
        QT_TRANSLATE_NOOP("Errors", "磁盘空间已满"),
        QT_TRANSLATE_NOOP("Errors", "请清理磁盘后重试。"),
    ),
    Fault(
        "readonly database",
        QT_TRANSLATE_NOOP("Errors", "数据库文件是只读的"),
        QT_TRANSLATE_NOOP("Errors", "请检查文件夹权限。"),
    ),
    Fault(
        "unable to open database file",
        QT_TRANSLATE_NOOP("Errors", "无法打开数据库文件（文件或所在文件夹只读，或没有访问权限）"),
        QT_TRANSLATE_NOOP("Errors", "请检查文件夹权限。"),
    ),
    Fault(
        "database is locked",
        QT_TRANSLATE_NOOP("Errors", "数据库正被其他程序占用"),
        QT_TRANSLATE_NOOP("Errors", "请稍后重试。"),
    ),
    Fault(
        "disk i/o error",
        QT_TRANSLATE_NOOP("Errors", "读写数据库文件出错"),
        QT_TRANSLATE_NOOP("Errors", "请检查磁盘。"),
    ),
    Fault(
        "file is not a database",
        QT_TRANSLATE_NOOP("Errors", "数据库文件已损坏或不是 DealerDesk 的数据库，未做任何改动"),
        QT_TRANSLATE_NOOP("Errors", "请用 python main.py restore 备份文件 从备份恢复。"),
        says_outcome=False,
    ),
    Fault(
        r'password authentication failed|role "(?P<name>[^"]*)" does not exist'
        r"|no password supplied",
        QT_TRANSLATE_NOOP("Errors", "数据库用户名或密码错误"),
        QT_TRANSLATE_NOOP("Errors", "请检查数据库地址中的用户名和密码。"),
    ),
    Fault(
        r'database "(?P<name>[^"]*)" does not exist',
        QT_TRANSLATE_NOOP("Errors", "数据库服务器上不存在数据库“{name}”"),
        QT_TRANSLATE_NOOP("Errors", "请检查数据库地址中的数据库名。"),
    ),
    Fault(
        "connection|timeout|timed out",
        QT_TRANSLATE_NOOP("Errors", "无法连接数据库服务器"),
        QT_TRANSLATE_NOOP("Errors", "请检查网络后重试。"),
    ),
)


def environment_problem(exc: DBAPIError, wrote: bool = False) -> EnvironmentProblem:
    """The driver's error in words people can act on. `wrote`: the action had changes
    to save, now lost, and says so; a read (a search, opening) must not say it."""
    text = str(exc.orig).strip()
    for fault in _KNOWN_FAULTS:
        found = re.search(fault.pattern, text, re.IGNORECASE)
        if found:
            name = found.groupdict().get("name") or ""
            return EnvironmentProblem(
                QT_TRANSLATE_NOOP("Errors", "{what}{lost}。{advice}"),
                what=Phrase("Errors", fault.what, {"name": name}),
                lost=term("Errors", NOT_SAVED if wrote and fault.says_outcome else ""),
                advice=term("Errors", fault.advice),
            )
    if wrote:
        return EnvironmentProblem(
            QT_TRANSLATE_NOOP("Errors", "数据库操作失败，本次操作未保存：{text}"), text=text[:200]
        )
    return EnvironmentProblem(
        QT_TRANSLATE_NOOP("Errors", "无法读取数据库：{text}"), text=text[:200]
    )


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the schema to this version; refuse a database made by a newer DealerDesk."""
    try:
        with engine.connect() as connection:
            if is_at_head(connection):
                return  # the usual start: nothing to do, and no need to load Alembic
        found = current_revision(engine)
    except (OperationalError, DatabaseError) as exc:
        raise environment_problem(exc) from exc
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    if found is not None and not is_known_revision(script, found):
        raise DatabaseTooNewError(found, head_revision())
    try:
        command.upgrade(alembic_config(engine), "head")
    except (OperationalError, DatabaseError) as exc:
        raise environment_problem(exc, wrote=True) from exc


def is_known_revision(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises several resolution errors for an unknown id
        return False


WROTE = "dealerdesk.wrote"


def _track_writes(sessions: sessionmaker) -> None:
    """Mark a session that flushed changes or ran an INSERT/UPDATE/DELETE, so that a
    failure can say whether something was lost (a rollback forgets what was pending)."""

    def flushing(session: Session, _context, _instances) -> None:
        session.info[WROTE] = True

    def executing(state) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            state.session.info[WROTE] = True

    event.listen(sessions, "before_flush", flushing)
    event.listen(sessions, "do_orm_execute", executing)


def _refuse_writes(session: Session, _context, _instances) -> None:
    if session.new or session.dirty or session.deleted:
        raise RuntimeError("Database.reading() is for reads: save in a transaction()")


def _refuse_statement_writes(state) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        raise RuntimeError("Database.reading() is for reads: save in a transaction()")


def _wrote(session: Session) -> bool:
    return bool(session.info.get(WROTE) or session.new or session.dirty or session.deleted)


class Database:
    """One engine and its session factory; services take this."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.read_sessions = sessionmaker(
            self.engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False
        )
        event.listen(self.read_sessions, "before_flush", _refuse_writes)
        event.listen(self.read_sessions, "do_orm_execute", _refuse_statement_writes)
        change_audit.install(self.sessions)
        _track_writes(self.sessions)
        self.lock = lock = _lock_for(url)
        # Reads of one statement on SQLite: a connection kept per thread (app.driver_reads).
        self.kept = KeptConnections(self.engine) if sqlite_path(url) is not None else None
        if lock is not None:  # taken before the first connection, held until dispose()
            event.listen(self.engine, "do_connect", lambda *_: lock.hold_shared())

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
        with self.sessions() as session:
            session.info["actor"] = actor
            try:
                with session.begin():
                    yield session
            except StaleDataError as exc:
                raise StaleRecordError() from exc
            except OperationalError as exc:
                raise environment_problem(exc, wrote=_wrote(session)) from exc
            except DatabaseError as exc:
                if type(exc) is not DatabaseError:  # integrity and programming errors are bugs
                    raise
                raise environment_problem(exc, wrote=_wrote(session)) from exc

    @contextmanager
    def reading(self, actor: Actor | None = None) -> Iterator[Session]:
        """A read that never waits for a writer: on SQLite it takes no lock (a background
        job may hold the write lock for a while; the window must not wait for it), and
        it ends in a rollback. Any attempt to save in it is a programming error."""
        with self.read_sessions() as session:
            session.info["actor"] = actor
            try:
                with session.begin():
                    yield session
                    session.rollback()
            except OperationalError as exc:
                raise environment_problem(exc) from exc
            except DatabaseError as exc:
                if type(exc) is not DatabaseError:
                    raise
                raise environment_problem(exc) from exc

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def describe(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    def between_writes(self) -> None:
        """A background job writing in parts pauses between two: on SQLite a desk's
        save waiting for the write lock gets it then (see begin_writing)."""
        if self.is_sqlite:
            time.sleep(BETWEEN_WRITES_S)

    def close_connections(self) -> None:
        """Every connection closed, the kept ones too (they reopen when next used)."""
        if self.kept is not None:
            self.kept.close_all()
        self.engine.dispose()

    def dispose(self) -> None:
        self.close_connections()
        if self.lock is not None:
            self.lock.release()


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL; None for PostgreSQL and in-memory databases."""
    parsed = parse_url(url)
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    return Path(database)


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
