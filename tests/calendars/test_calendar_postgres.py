"""Calendars on PostgreSQL: the same export as on SQLite, imports and feeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.feeds.publish import publish
from planner.feeds.service import FeedService
from planner.imports.ical import read_calendar
from planner.operations.calendar_feeds import create_feed
from planner.operations.calendars import import_calendar
from planner.store.copy import copy_database
from planner.store.database import Database
from tests.calendars.calendar_helpers import events_by_uid, export

pytestmark = pytest.mark.postgres
FILES = Path(__file__).parent / "files"


@pytest.fixture
def pg_demo(pg_empty: Database, demo_db: Database) -> Database:
    """The same programme as demo_db, UIDs included (a fresh seed has UIDs of its own)."""
    copy_database(demo_db, pg_empty)
    return pg_empty


def test_the_export_on_postgres_matches_sqlite(pg_demo: Database, demo_db: Database) -> None:
    on_pg, on_sqlite = events_by_uid(export(pg_demo)), events_by_uid(export(demo_db))
    assert list(on_pg) == list(on_sqlite)
    for uid, component in on_pg.items():
        for name in ("SUMMARY", "DTSTART", "DTEND", "LOCATION", "DESCRIPTION", "STATUS"):
            assert component.get(name) == on_sqlite[uid].get(name), (uid, name)


def test_import_and_feeds_on_postgres(pg_demo: Database, tmp_path: Path) -> None:
    parsed = read_calendar((FILES / "google.ics").read_bytes(), "google.ics")
    with pg_demo.write() as session:
        assert import_calendar(session, parsed).value.created == 7
    with pg_demo.write() as session:
        assert import_calendar(session, parsed).value.unchanged == 7
    with pg_demo.write() as session:
        feed = create_feed(session, "all").value
    service = FeedService(pg_demo, check_every=0)
    found = service.lookup(feed.token)
    assert found is not None and service.rendered(found) is not None
    assert publish(pg_demo, tmp_path).written == [feed.id]
