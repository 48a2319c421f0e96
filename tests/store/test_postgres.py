"""The same schema, demo and operations on PostgreSQL 15 (the shared-server issue builds on this)."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from planner.demo.seed import seed_demo
from planner.domain.errors import StaleVersionError, StorageError
from planner.domain.schedule import Schedule
from planner.operations.events import create_event, update_event
from planner.store import migrate, queries
from planner.store.database import Database, open_database
from tests.conftest import reset_postgres

pytestmark = pytest.mark.postgres


def test_server_schema_changes_only_through_db_upgrade(postgres_url: str) -> None:
    reset_postgres(postgres_url)
    with pytest.raises(StorageError) as info:
        open_database(postgres_url)
    assert info.value.code == "db_needs_upgrade"
    db = open_database(postgres_url, upgrade=True)
    try:
        assert migrate.schema_state(db.engine).is_current
        migrate.check(db.engine)
    finally:
        db.close()
    open_database(postgres_url).close()  # at head: opens without upgrading


def _readable(uid: str) -> str:
    return re.sub(r"-[0-9a-f]{32}@", "@", uid)


def test_demo_on_postgres_matches_sqlite(pg_empty: Database, demo_db: Database) -> None:
    seed_demo(pg_empty)
    with pg_empty.read() as a, demo_db.read() as b:
        # Each seed gives its UIDs a random part of its own: compare the readable part.
        on_pg = [(_readable(e.uid), e.title_en, e.schedule, e.registered)
                 for e in queries.list_events(a)]
        on_sqlite = [(_readable(e.uid), e.title_en, e.schedule, e.registered)
                     for e in queries.list_events(b)]
        assert [p.name_zh for p in queries.list_people(a, text="陳")] == \
            [p.name_zh for p in queries.list_people(b, text="陳")]
    assert on_pg == on_sqlite


def test_stale_edit_is_refused_on_postgres(pg_empty: Database) -> None:
    when = Schedule.timed(datetime(2017, 6, 15, 9), datetime(2017, 6, 15, 17), "Asia/Shanghai")
    with pg_empty.write() as session:
        event = create_event(session, kind="seminar", title_en="Seminar", schedule=when).value
    with pg_empty.write() as session:
        update_event(session, event.id, event.version, capacity=10)
    with pytest.raises(StaleVersionError):
        with pg_empty.write() as session:
            update_event(session, event.id, event.version, capacity=20)
    assert pg_empty.revision() == 2
