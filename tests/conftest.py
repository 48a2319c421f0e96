"""Shared fixtures: every test gets its own folder for settings and databases.

The demo database is seeded once per test session into a template file and copied per test.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.store.database import Database, open_database

# Fixtures shared beyond their folder: the mail tests' keyring and SMTP server.
pytest_plugins = ("tests.mail.fixtures",)


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's files or environment: a private PLANNER_HOME, English messages."""
    monkeypatch.setenv("PLANNER_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("PLANNER_DATABASE_URL", raising=False)
    monkeypatch.setenv("PLANNER_LANG", "en")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from planner.demo.seed import seed_demo

    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    db = open_database(str(path), create=True)
    seed_demo(db)
    db.close()
    return path


def copy_database(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    for suffix in ("-wal", "-shm"):
        extra = template.with_name(template.name + suffix)
        if extra.exists():
            shutil.copyfile(extra, target.with_name(target.name + suffix))
    return target


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    return copy_database(demo_template, tmp_path / "demo.sqlite")


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    db = open_database(str(demo_path))
    yield db
    db.close()


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(str(tmp_path / "empty.sqlite"), create=True)
    yield db
    db.close()


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """The throw-away PostgreSQL database .ci/run creates; skipped on a laptop without one."""
    url = os.environ.get("PLANNER_TEST_POSTGRES_URL")
    if not url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI=true but PLANNER_TEST_POSTGRES_URL is not set: .ci/run must start "
                        "PostgreSQL and export it")
        pytest.skip("PLANNER_TEST_POSTGRES_URL is not set (no PostgreSQL for tests here)")
    return url


def reset_postgres(url: str) -> None:
    """Empty the test server's database: its schema dropped and made again, nothing in it."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture
def pg_empty(postgres_url: str) -> Iterator[Database]:
    """The test server's database emptied and migrated to head (like empty_db for SQLite)."""
    reset_postgres(postgres_url)
    db = open_database(postgres_url, upgrade=True)
    yield db
    db.close()
