"""Opening a database: the default SQLite file, another file, or a server URL.

Every write runs in one transaction (`Database.write()`); SQLite write transactions start with
BEGIN IMMEDIATE so that two writers queue on the busy timeout instead of failing half-way.
"""

from __future__ import annotations

import getpass
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from planner import config
from planner.domain.errors import Problem, StorageError
from planner.store import change_kinds, hooks, migrate, server_errors, sqlite_errors, sqlite_file
from planner.store.models.meta import DbRevision

BUSY_TIMEOUT_MS = 30_000
OWN_REVISIONS_KEPT = 5_000  # revisions a process remembers having written (Database.own_revision)


class OwnRevisions:
    """The revisions one Database object wrote (the last OWN_REVISIONS_KEPT): added by the
    revision hook just before COMMIT, taken back if it fails. The worker and the mail sender's
    thread both write; the listener's thread asks."""

    def __init__(self) -> None:
        self._numbers: set[int] = set()
        self._lock = threading.Lock()

    def add(self, revision: int) -> None:
        with self._lock:
            self._numbers.add(revision)
            if len(self._numbers) > OWN_REVISIONS_KEPT:
                self._numbers.discard(min(self._numbers))

    def discard(self, revision: int) -> None:
        with self._lock:
            self._numbers.discard(revision)

    def clear(self) -> None:
        with self._lock:
            self._numbers.clear()

    def __contains__(self, revision: object) -> bool:
        return revision in self._numbers


@dataclass
class Database:
    url: URL
    engine: Engine
    path: Path | None
    user: str
    warnings: list[Problem] = field(default_factory=list)
    backups: list[Path] = field(default_factory=list)
    created: bool = False
    _own_revisions: OwnRevisions = field(default_factory=lambda: OwnRevisions(), init=False,
                                         repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, class_=hooks.PlannerSession,
                                      expire_on_commit=False, info={"user": self.user})
        self._writer = self.engine.execution_options(planner_write=True)
        self._write_sessions = sessionmaker(
            self._writer, class_=hooks.PlannerSession, expire_on_commit=False,
            info={"user": self.user, hooks.OWN_REVISIONS: self._own_revisions})

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; anything it flushes is rolled back."""
        with self._server_errors(), self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any exception.

        On a server, a connection lost before COMMIT was sent raises StorageError
        'db_connection_lost': the server rolled the transaction back, so it can be retried.
        Lost while COMMIT was on its way, nobody can tell whether the server committed:
        'db_commit_uncertain', and the caller must reload before trying again (a retried
        create could otherwise be saved twice).
        """
        stage = {"committing": False}
        with self._server_errors(stage), self._write_sessions() as session, session.begin():
            yield session
            session.flush()  # what fails here was certainly not saved
            stage["committing"] = True

    def own_revision(self, revision: int) -> bool:
        """Whether `revision` is one this Database object wrote (of the last few thousand):
        a window does not reload for its own edits a second time when it hears of them."""
        return revision in self._own_revisions

    def revision_by_others(self, seen: int) -> tuple[int, bool]:
        """The current revision, and whether anyone else (another process, another organiser)
        wrote since `seen`. A revision below `seen` (the file restored from a backup by another
        process) is someone else's change, and the numbers this process wrote mean nothing now."""
        current = self.revision()
        if current < seen:
            self._own_revisions.clear()
            return current, True
        return current, any(not self.own_revision(r) for r in range(seen + 1, current + 1))

    def revision(self) -> int:
        with self._server_errors(), self.engine.connect() as conn:
            return conn.scalar(select(DbRevision.value).where(DbRevision.id == 1)) or 0

    @contextmanager
    def _server_errors(self, stage: dict[str, bool] | None = None) -> Iterator[None]:
        """A server's lost connection or refused privilege, a SQLite file's damage, read-only
        place or full disk, as a StorageError; anything else unchanged."""
        try:
            yield
        except (DBAPIError, sqlite3.Error, UnicodeDecodeError) as exc:
            if self.is_sqlite:
                problem = sqlite_errors.translate(exc, self.path)
            elif isinstance(exc, DBAPIError):
                problem = server_errors.translate(exc, self.user,
                                                  bool(stage and stage["committing"]))
            else:
                problem = None
            if problem is None:
                raise
            raise problem from exc

    def checkpoint(self) -> None:
        """SQLite: copy the write-ahead log into the file and truncate it, so that data erased
        (zeroed by secure_delete) survives in neither; no-op for a server."""
        if not self.is_sqlite:
            return
        with self._server_errors():
            raw = self.engine.raw_connection()
            try:
                raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                raw.close()

    def close(self) -> None:
        self.engine.dispose()


event.listen(hooks.PlannerSession, "before_flush", hooks.before_flush)
event.listen(hooks.PlannerSession, "after_transaction_end", hooks.after_transaction_end)
event.listen(hooks.PlannerSession, "after_flush_postexec", hooks.after_flush_postexec)
event.listen(hooks.PlannerSession, "after_begin", hooks.after_begin)
event.listen(hooks.PlannerSession, "before_commit", hooks.before_commit)
event.listen(hooks.PlannerSession, "after_rollback", hooks.after_rollback)
event.listen(Engine, "before_cursor_execute", change_kinds.before_cursor_execute)


def resolve_url(explicit: str | None) -> URL:
    raw = config.database_url(explicit)
    if raw is None:
        return URL.create("sqlite", database=str(config.default_database_path()))
    if "://" not in raw:  # a plain path to a file
        return URL.create("sqlite", database=str(Path(raw).expanduser()))
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise StorageError("db_unsupported_url", url=raw) from exc
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise StorageError("db_unsupported_url", url=url.render_as_string(hide_password=True))
    if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def open_database(explicit_url: str | None = None, *, create: bool = False,
                  upgrade: bool | None = None) -> Database:
    """Open the database; create it only if asked (`create`).

    `upgrade` None: a SQLite file is upgraded on open (after a backup), a shared server never
    is (only `db upgrade` passes True).

    Raises StorageError with a clear code for a missing, foreign, damaged or too new database.
    """
    url = resolve_url(explicit_url)
    if url.get_backend_name() == "sqlite":
        return _open_sqlite(url, create=create, upgrade=upgrade is not False)
    return _open_server(url, upgrade=bool(upgrade))


def _open_sqlite(url: URL, *, create: bool, upgrade: bool) -> Database:
    if not url.database or url.database == ":memory:":
        raise StorageError("db_unsupported_url", url=str(url))
    path = Path(url.database).expanduser().resolve()
    kind = sqlite_file.classify(path)
    if kind in ("missing", "empty", "blank") and not create:
        raise StorageError("db_missing", path=str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise sqlite_errors.translate_os_error(exc, path) or exc from exc
    engine = _sqlite_engine(url.set(database=str(path)))
    db = Database(url.set(database=str(path)), engine, path, _os_user(),
                  created=kind != "ours")
    if sqlite_file.on_network_share(path):
        db.warnings.append(Problem("db_network_share", {"path": str(path)}))
    try:
        with db._server_errors():  # a damaged, read-only or full file says so at once
            _bring_to_head(db, allow_upgrade=upgrade, fresh=kind != "ours")
    except BaseException:
        engine.dispose()
        raise
    return db


def _sqlite_engine(url: URL) -> Engine:
    # NullPool: connections are cheap, and no idle connection keeps a file lock or a stale
    # snapshot between a worker thread and the UI thread.
    engine = create_engine(url, poolclass=NullPool,
                           connect_args={"timeout": BUSY_TIMEOUT_MS / 1000,
                                         "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves, below
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        # Erased personal data is overwritten, not just unlinked (see Database.checkpoint).
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("planner_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


# An unreachable server is reported after this long, not after the system's TCP timeout
# (minutes); a `connect_timeout` in the URL's query wins.
CONNECT_TIMEOUT_S = 10


def _open_server(url: URL, *, upgrade: bool) -> Database:
    timeout = {} if "connect_timeout" in url.query else {"connect_timeout": CONNECT_TIMEOUT_S}
    engine = create_engine(url, pool_pre_ping=True, connect_args=timeout)
    try:
        with engine.connect() as conn:
            user = conn.exec_driver_sql("SELECT current_user").scalar() or _os_user()
    except OperationalError as exc:
        engine.dispose()
        raise server_errors.connect_error(exc) from exc
    db = Database(url, engine, None, str(user))
    try:
        # A shared server changes schema only through an explicit 'db upgrade'.
        with db._server_errors():  # e.g. a login role not granted planner_organiser
            _bring_to_head(db, allow_upgrade=upgrade, fresh=False, backup=False)
    except BaseException:
        engine.dispose()
        raise
    return db


def _bring_to_head(db: Database, *, allow_upgrade: bool, fresh: bool, backup: bool = True) -> None:
    state = migrate.schema_state(db.engine)
    if state.is_current:
        return
    if state.is_newer:
        raise StorageError("db_too_new", found=state.current)
    if not allow_upgrade and state.current is not None:
        raise StorageError("db_needs_upgrade", found=state.current, head=state.head)
    if db.is_sqlite:
        if backup and not fresh and state.current is not None and db.path is not None:
            db.backups.append(sqlite_file.backup(db.path, f"pre-{state.head[:12]}"))
        with db.engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id = {sqlite_file.APPLICATION_ID}")
    elif not allow_upgrade:
        raise StorageError("db_needs_upgrade", found=state.current or "empty", head=state.head)
    migrate.upgrade(db.engine)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 (no login name in some containers)
        return "unknown"
