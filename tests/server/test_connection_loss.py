"""A connection dropped in the middle of a write: a clear error, nothing half-written, and the
next write works once the pool has reconnected."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from planner.domain.errors import StorageError
from planner.domain.schedule import Schedule
from planner.operations.events import create_event
from planner.operations.people import create_person, register_person
from planner.store import queries
from planner.store.database import Database
from planner.store.models import Event, Person, Registration

pytestmark = pytest.mark.postgres

WHEN = Schedule.timed(datetime(2017, 6, 15, 9), datetime(2017, 6, 15, 17), "Asia/Shanghai")


def _backend_pid(session: Session) -> int:
    return int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())


def _counts(db: Database) -> tuple[int, int, int]:
    with db.read() as session:
        count = lambda model: session.scalar(select(func.count()).select_from(model))  # noqa: E731
        return count(Event), count(Person), count(Registration)


def test_connection_killed_between_statements(pg_db: Database, pg_server: Any) -> None:
    before = pg_db.revision()
    with pytest.raises(StorageError) as info:
        with pg_db.write() as session:
            event = create_event(session, kind="seminar", title_en="Half", schedule=WHEN).value
            person = create_person(session, name_en="CHAN Tai-man").value  # flushed, uncommitted
            pg_server.terminate(_backend_pid(session))
            register_person(session, event.id, person.id)
    assert info.value.code == "db_connection_lost"
    assert "not saved" in str(info.value)
    assert _counts(pg_db) == (0, 0, 0)
    assert pg_db.revision() == before
    with pg_db.write() as session:  # the retry: a new connection, the whole change again
        event = create_event(session, kind="seminar", title_en="Whole", schedule=WHEN).value
        person = create_person(session, name_en="CHAN Tai-man").value
        register_person(session, event.id, person.id)
    assert _counts(pg_db) == (1, 1, 1)
    with pg_db.read() as session:
        assert [e.title_en for e in queries.list_events(session)] == ["Whole"]


def test_connection_killed_just_before_the_commit(pg_db: Database, pg_server: Any) -> None:
    with pytest.raises(StorageError) as info:
        with pg_db.write() as session:
            create_event(session, kind="seminar", title_en="Lost", schedule=WHEN)
            pg_server.terminate(_backend_pid(session))
    assert info.value.code == "db_connection_lost"
    assert _counts(pg_db) == (0, 0, 0)


def test_reading_reconnects_after_the_pooled_connection_died(pg_db: Database,
                                                            pg_server: Any) -> None:
    with pg_db.write() as session:
        create_event(session, kind="seminar", title_en="Kept", schedule=WHEN)
    with pg_db.read() as session:
        pid = _backend_pid(session)
    pg_server.terminate(pid)  # the pool still holds this connection: pre-ping replaces it
    with pg_db.read() as session:
        assert _backend_pid(session) != pid
        assert [e.title_en for e in queries.list_events(session)] == ["Kept"]


def test_a_server_that_went_away_is_unreachable_not_a_traceback() -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    url = make_url("postgresql+psycopg://nobody@127.0.0.1:1/planner")  # nothing listens there
    gone = Database(url, create_engine(url, pool_pre_ping=True), None, "nobody")
    for use in (gone.read, gone.write):
        with pytest.raises(StorageError) as info:
            with use() as session:
                session.execute(text("SELECT 1"))
        assert info.value.code == "db_unreachable"
    with pytest.raises(StorageError):
        gone.revision()
    gone.close()
