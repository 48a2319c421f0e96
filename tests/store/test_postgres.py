"""The same schema, demo and operations on PostgreSQL 15 (the shared-server issue builds on this)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import create_engine, text

from planner.demo.seed import seed_demo
from planner.domain.errors import StaleVersionError, StorageError
from planner.domain.schedule import Schedule
from planner.operations.events import create_event, update_event
from planner.store import migrate, queries
from planner.store.database import Database, open_database

pytestmark = pytest.mark.postgres


def _reset(url: str) -> None:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture
def pg_db(postgres_url: str) -> Iterator[Database]:
    _reset(postgres_url)
    db = open_database(postgres_url, upgrade=True)
    yield db
    db.close()


def test_server_schema_changes_only_through_db_upgrade(postgres_url: str) -> None:
    _reset(postgres_url)
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


def test_demo_on_postgres_matches_sqlite(pg_db: Database, demo_db: Database) -> None:
    seed_demo(pg_db)
    with pg_db.read() as a, demo_db.read() as b:
        on_pg = [(e.uid, e.title_en, e.schedule, e.registered) for e in queries.list_events(a)]
        on_sqlite = [(e.uid, e.title_en, e.schedule, e.registered) for e in queries.list_events(b)]
        assert [p.name_zh for p in queries.list_people(a, text="陳")] == \
            [p.name_zh for p in queries.list_people(b, text="陳")]
    assert on_pg == on_sqlite


def test_stale_edit_is_refused_on_postgres(pg_db: Database) -> None:
    when = Schedule.timed(datetime(2017, 6, 15, 9), datetime(2017, 6, 15, 17), "Asia/Shanghai")
    with pg_db.write() as session:
        event = create_event(session, kind="seminar", title_en="Seminar", schedule=when).value
    with pg_db.write() as session:
        update_event(session, event.id, event.version, capacity=10)
    with pytest.raises(StaleVersionError):
        with pg_db.write() as session:
            update_event(session, event.id, event.version, capacity=20)
    assert pg_db.revision() == 2
