"""PostgreSQL fixtures: our own throw-away databases on the server PLANNER_TEST_POSTGRES_URL names.

Databases are created once per session (CREATE DATABASE, and DROP at the end: both are slow on
the server, so tests share one and empty it before each test instead) and never clash with
tests/store/test_postgres.py, which resets the database the URL names.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from planner.store.base import Base
from planner.store.database import Database, open_database

PREFIX = f"planner_srv_{os.getpid()}"


class PgServer:
    """Creates and drops databases and login roles on the test server."""

    def __init__(self, url: str) -> None:
        self.base = make_url(url).set(drivername="postgresql+psycopg")
        self.admin: Engine = create_engine(self.base, isolation_level="AUTOCOMMIT",
                                           poolclass=NullPool)
        self.databases: list[str] = []
        self.roles: list[str] = []

    def url(self, database: str, user: str | None = None) -> str:
        url = self.base.set(database=database)
        if user is not None:
            url = url.set(username=user)
        return url.render_as_string(hide_password=False)

    def create_database(self, label: str, *, migrate: bool = True) -> str:
        name = f"{PREFIX}_{label}"
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        self.databases.append(name)
        if migrate:
            open_database(self.url(name), upgrade=True).close()
        return self.url(name)

    def create_login(self, label: str) -> str:
        name = f"{PREFIX}_{label}"
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')
            conn.exec_driver_sql(f'CREATE ROLE "{name}" LOGIN')
        self.roles.append(name)
        return name

    def terminate(self, pid: int) -> None:
        with self.admin.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})

    def close(self) -> None:
        with self.admin.connect() as conn:
            for name in self.databases:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            for name in self.roles:
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')
        self.admin.dispose()


def empty_out(url: str) -> None:
    """Every table emptied and every id sequence back to 1 (cheaper than a new database, and
    for tables this small DELETE is much cheaper than TRUNCATE)."""
    engine = create_engine(url, poolclass=NullPool)
    with engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.exec_driver_sql(f'DELETE FROM "{table.name}"')
        conn.exec_driver_sql("SELECT setval(oid, 1, false) FROM pg_class "
                             "WHERE relkind = 'S' AND relnamespace = 'public'::regnamespace")
    engine.dispose()


@pytest.fixture(scope="session")
def pg_server(postgres_url: str) -> Iterator[PgServer]:
    server = PgServer(postgres_url)
    yield server
    server.close()


@pytest.fixture(scope="session")
def pg_shared_url(pg_server: PgServer) -> str:
    """A database at the schema head that tests empty before use (see pg_db)."""
    return pg_server.create_database("shared")


@pytest.fixture
def pg_db(pg_shared_url: str) -> Iterator[Database]:
    """An empty PostgreSQL database at head, like conftest's empty_db for SQLite."""
    empty_out(pg_shared_url)
    db = open_database(pg_shared_url)
    yield db
    db.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_db(request: pytest.FixtureRequest) -> Database:
    """The same empty database on both engines: service tests run once on each."""
    return request.getfixturevalue("empty_db" if request.param == "sqlite" else "pg_db")
