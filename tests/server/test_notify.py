"""Other organisers' writes are heard: NOTIFY on PostgreSQL, polling on SQLite."""

from __future__ import annotations

import queue
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import text

from planner.domain.errors import ValidationError
from planner.domain.schedule import Schedule
from planner.operations.events import create_event
from planner.store.database import Database, open_database
from planner.store.notify import APPLICATION_NAME, RevisionListener, conninfo

WHEN = Schedule.timed(datetime(2017, 6, 15, 9), datetime(2017, 6, 15, 17), "Asia/Shanghai")
WAIT = 10.0  # seconds; only a bound for a failing run, never a measured expectation


def _write(db: Database, title: str = "Seminar") -> None:
    with db.write() as session:
        create_event(session, kind="seminar", title_en=title, schedule=WHEN)


def _listener(db: Database, **options: Any) -> tuple[RevisionListener, queue.Queue[int]]:
    heard: queue.Queue[int] = queue.Queue()
    listener = RevisionListener(db, heard.put, **options)
    listener.start()
    assert listener.wait_listening(WAIT)
    return listener, heard


def test_a_committed_write_is_heard_with_its_revision(backend_db: Database) -> None:
    _write(backend_db)
    listener, heard = _listener(backend_db, poll_seconds=0.05)
    try:
        other = open_database(backend_db.url.render_as_string(hide_password=False))
        try:
            _write(other, "From another organiser")
        finally:
            other.close()
        assert heard.get(timeout=WAIT) == 2 == backend_db.revision()
    finally:
        listener.stop()


def test_a_rolled_back_write_is_not_heard(backend_db: Database) -> None:
    listener, heard = _listener(backend_db, poll_seconds=0.05)
    try:
        with pytest.raises(ValidationError):
            with backend_db.write() as session:
                create_event(session, kind="seminar", title_en="Kept", schedule=WHEN)
                session.flush()  # the revision was bumped inside this transaction...
                create_event(session, kind="party", title_en="", schedule=None)
        _write(backend_db, "After")  # ...but only this commit is announced
        assert heard.get(timeout=WAIT) == 1
        assert heard.empty()
    finally:
        listener.stop()


def test_a_window_does_not_hear_its_own_writes_again(backend_db: Database) -> None:
    """others_only: a write made through the same Database (the window's own edit, which has
    reloaded what it concerns already) is not reported; another organiser's is."""
    listener, heard = _listener(backend_db, poll_seconds=0.05, others_only=True)
    try:
        _write(backend_db, "Our own edit")
        assert backend_db.own_revision(1) and not backend_db.own_revision(2)
        other = open_database(backend_db.url.render_as_string(hide_password=False))
        try:
            _write(other, "From another organiser")
        finally:
            other.close()
        assert heard.get(timeout=WAIT) == 2
        _write(backend_db, "Our own edit again")
        with pytest.raises(queue.Empty):
            heard.get(timeout=0.5)
        assert backend_db.revision_by_others(1) == (3, True)
        assert backend_db.revision_by_others(2) == (3, False)
    finally:
        listener.stop()


def test_own_revisions_are_only_committed_ones_and_a_restore_is_a_change(
        backend_db: Database) -> None:
    _write(backend_db, "One")
    _write(backend_db, "Two")
    with pytest.raises(ValidationError):
        with backend_db.write() as session:
            create_event(session, kind="seminar", title_en="Kept", schedule=WHEN)
            session.flush()  # revision 3 is bumped inside the transaction, then rolled back
            create_event(session, kind="party", title_en="", schedule=None)
    assert backend_db.revision() == 2
    assert [backend_db.own_revision(r) for r in (1, 2, 3)] == [True, True, False]
    assert backend_db.revision_by_others(0) == (2, False)
    # Another process restores an older copy: the revision goes down. That is somebody else's
    # change, and the numbers this process wrote no longer say anything.
    other = open_database(backend_db.url.render_as_string(hide_password=False))
    try:
        with other.write() as session:
            session.execute(text("UPDATE db_revision SET value = 1 WHERE id = 1"))
    finally:
        other.close()
    assert backend_db.revision_by_others(2) == (1, True)
    assert not backend_db.own_revision(1) and not backend_db.own_revision(2)


def test_listener_reconnects_and_reports_what_it_missed(pg_db: Database,
                                                        pg_server: Any) -> None:
    status: queue.Queue[bool] = queue.Queue()

    def on_status(connected: bool) -> None:
        if not connected:  # written while nobody listens: only the reconnection can tell
            _write(pg_db, "While the listener was away")
        status.put(connected)

    listener, heard = _listener(pg_db, on_status=on_status, retry_seconds=0.05)
    try:
        assert status.get(timeout=WAIT) is True
        with pg_server.admin.connect() as conn:
            killed = conn.execute(text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE application_name = :app AND datname = :db"),
                {"app": APPLICATION_NAME, "db": pg_db.url.database}).scalar()
        assert killed == 1
        assert status.get(timeout=WAIT) is False
        assert status.get(timeout=WAIT) is True
        assert heard.get(timeout=WAIT) == 1
        _write(pg_db)
        assert heard.get(timeout=WAIT) == 2
    finally:
        listener.stop()


def test_conninfo_keeps_host_user_database_and_options() -> None:
    from sqlalchemy.engine import make_url

    info = conninfo(make_url("postgresql+psycopg://alice:s3cret@db.example:6543/planner"
                             "?sslmode=require"))
    parts = dict(p.split("=", 1) for p in info.split())
    assert parts == {"host": "db.example", "port": "6543", "dbname": "planner", "user": "alice",
                     "password": "s3cret", "sslmode": "require"}
