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



class CutAfterCommit:
    """A TCP relay to the server that passes COMMIT on, lets the server carry it out, and then
    cuts the client off before the answer: the case where nobody can tell what happened."""

    def __init__(self, host: str, port: int) -> None:
        import socket
        import threading

        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.cut = threading.Event()
        self.threads: list[threading.Thread] = []
        self.accepting = threading.Thread(target=self._accept, daemon=True)
        self.accepting.start()

    def _accept(self) -> None:
        import socket
        import threading

        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            for source, sink, upstream in ((client, server, True), (server, client, False)):
                thread = threading.Thread(target=self._pump, args=(source, sink, upstream, client,
                                                                   server), daemon=True)
                thread.start()
                self.threads.append(thread)

    def _pump(self, source: Any, sink: Any, upstream: bool, client: Any, server: Any) -> None:
        import time

        try:
            while data := source.recv(65536):
                if not upstream and self.cut.is_set():
                    return  # the server's answer to COMMIT: dropped
                if upstream and b"COMMIT" in data:
                    self.cut.set()
                    sink.sendall(data)
                    time.sleep(0.3)  # the server commits and answers into the void
                    return
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (client, server):
                try:
                    sock.close()
                except OSError:
                    pass

    def close(self) -> None:
        self.listener.close()


def test_connection_lost_while_commit_is_on_its_way_says_so(pg_db: Database) -> None:
    """The server did commit, but the answer was lost: the error must not say "not saved",
    and a reload shows the event (a blind retry would have made a second one)."""
    from sqlalchemy import create_engine

    url = pg_db.url
    relay = CutAfterCommit(url.host or "127.0.0.1", url.port or 5432)
    through = url.set(host="127.0.0.1", port=relay.port)
    db = Database(through, create_engine(through, pool_pre_ping=True), None, url.username or "")
    try:
        with pytest.raises(StorageError) as info:
            with db.write() as session:
                create_event(session, kind="seminar", title_en="Unsure", schedule=WHEN)
    finally:
        db.close()
        relay.close()
    assert relay.cut.is_set()
    assert info.value.code == "db_commit_uncertain"
    assert "not saved" not in str(info.value) and "may or may not" in str(info.value)
    with pg_db.read() as session:  # here the server had committed
        assert [e.title_en for e in queries.list_events(session)] == ["Unsure"]
