"""Hearing other organisers' changes: a thread that reports each new database revision.

On PostgreSQL every committed write sends NOTIFY on hooks.REVISION_CHANNEL with the new revision
and what it touched (`Changes.payload`: kinds and ids, kinds only when long); the listener keeps
its own connection (LISTEN needs one that stays open and idle) and reconnects after a loss, after
which it says "everything" (what it missed is not known). On SQLite there is nobody to notify,
so it polls `Database.revision()`, and a new revision means everything.

Callbacks run on the listener's thread: a GUI must hand them to its own thread (a queued signal).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import psycopg
from psycopg.conninfo import make_conninfo
from sqlalchemy.engine import URL

from planner.domain.changes import Changes
from planner.domain.errors import StorageError
from planner.store.database import Database
from planner.store.hooks import REVISION_CHANNEL

log = logging.getLogger(__name__)

APPLICATION_NAME = "planner-listener"  # how an administrator recognises it in pg_stat_activity
RevisionCallback = Callable[[int], None]
ChangesCallback = Callable[[int, Changes], None]
StatusCallback = Callable[[bool], None]


def conninfo(url: URL) -> str:
    """libpq connection string for a SQLAlchemy URL (the password, if any, stays in memory)."""
    params: dict[str, str | int | None] = {"host": url.host, "port": url.port, "dbname": url.database,
                                 "user": url.username, "password": url.password}
    for key, value in url.query.items():
        params[key] = value if isinstance(value, str) else value[-1]
    return make_conninfo("", **{k: v for k, v in params.items() if v is not None})


class RevisionListener:
    """Calls `on_revision(revision)` and `on_changes(revision, changes)` when the revision
    changes; `on_status(connected)` on a server.

    Several notifications arriving together are reported once, with the newest revision and
    all their changes. Writes made through `db` itself are reported too, unless `others_only`
    (a window has reloaded what its own edits concern already).
    """

    def __init__(self, db: Database, on_revision: RevisionCallback | None,
                 on_status: StatusCallback | None = None, *, poll_seconds: float = 2.0,
                 retry_seconds: float = 5.0, on_changes: ChangesCallback | None = None,
                 others_only: bool = False) -> None:
        self.db = db
        self.others_only = others_only
        self.on_revision = on_revision
        self.on_changes = on_changes
        self.on_status = on_status
        self.poll_seconds = poll_seconds
        self.retry_seconds = retry_seconds
        self.connected: bool | None = None
        self.last_revision: int | None = None
        self._stop = threading.Event()
        self._listening = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start listening; `wait_listening()` returns once notifications can arrive."""
        if self._thread is not None:
            return
        target = self._poll if self.db.is_sqlite else self._listen
        self._thread = threading.Thread(target=target, name="planner-revision-listener",
                                        daemon=True)
        self._thread.start()

    def wait_listening(self, timeout: float = 10.0) -> bool:
        return self._listening.wait(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def __enter__(self) -> RevisionListener:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # --- reporting -------------------------------------------------------------------------

    def _report(self, revision: int, changes: Changes | None = None) -> None:
        if revision == self.last_revision:
            return
        self.last_revision = revision
        try:
            if self.on_revision is not None:
                self.on_revision(revision)
            if self.on_changes is not None:
                self.on_changes(revision, changes if changes is not None
                                else Changes.everything())
        except Exception:  # noqa: BLE001 (a failing view must not stop the listener)
            log.exception("revision callback failed")

    def _status(self, connected: bool) -> None:
        if connected == self.connected:
            return
        self.connected = connected
        if self.on_status is not None:
            try:
                self.on_status(connected)
            except Exception:  # noqa: BLE001
                log.exception("status callback failed")

    # --- SQLite: poll ----------------------------------------------------------------------

    def _poll(self) -> None:
        self.last_revision = self._current_or_none()
        self._listening.set()
        while not self._stop.wait(self.poll_seconds):
            current = self._current_or_none()
            if current is None:
                continue
            last = self.last_revision
            if self.others_only and last is not None and current > last and all(
                    self.db.own_revision(r) for r in range(last + 1, current + 1)):
                self.last_revision = current  # only writes of our own since the last look
                continue
            self._report(current)

    def _current_or_none(self) -> int | None:
        try:
            return self.db.revision()
        except StorageError:
            return None

    # --- PostgreSQL: LISTEN ----------------------------------------------------------------

    def _listen(self) -> None:
        info = conninfo(self.db.url)
        first = True
        while not self._stop.is_set():
            try:
                with psycopg.connect(info, autocommit=True, connect_timeout=10,
                                     application_name=APPLICATION_NAME) as conn:
                    conn.execute(f"LISTEN {REVISION_CHANNEL}")
                    current = self._server_revision(conn)
                    if first:
                        self.last_revision, first = current, False
                    else:
                        self._report(current)  # what changed while we were away
                    self._status(True)
                    self._listening.set()
                    self._receive(conn)
            except psycopg.Error as exc:
                log.info("revision listener lost its connection: %s", exc)
                self._status(False)
                self._stop.wait(self.retry_seconds)

    def _receive(self, conn: psycopg.Connection) -> None:
        while not self._stop.is_set():
            newest: int | None = None
            changes = Changes()
            for note in conn.notifies(timeout=0.5):
                heard = Changes.parse(note.payload)
                if heard is None or (self.others_only and self.db.own_revision(heard[0])):
                    continue
                newest = heard[0] if newest is None else max(newest, heard[0])
                changes = changes | heard[1]
            if newest is not None:
                self._report(newest, changes)

    @staticmethod
    def _server_revision(conn: psycopg.Connection) -> int:
        row = conn.execute("SELECT value FROM db_revision WHERE id = 1").fetchone()
        return int(row[0]) if row else 0
