"""Another organiser's write is heard with the kinds and ids it touched (NOTIFY's payload)."""

from __future__ import annotations

import queue
from pathlib import Path

import pytest

from planner.domain.changes import Changes
from planner.imports.people import read_people_file
from planner.operations.participants import Target, import_people, preview_import
from planner.operations.people import create_person
from planner.operations.venues import create_venue, update_venue
from planner.store.database import Database, open_database
from planner.store.notify import RevisionListener
from tests.participants.conftest import make_event, write_csv

pytestmark = pytest.mark.postgres
WAIT = 10.0  # seconds; only a bound for a failing run


def _heard(db: Database) -> tuple[RevisionListener, queue.Queue[tuple[int, Changes]]]:
    heard: queue.Queue[tuple[int, Changes]] = queue.Queue()
    listener = RevisionListener(db, None, on_changes=lambda r, c: heard.put((r, c)))
    listener.start()
    assert listener.wait_listening(WAIT)
    return listener, heard


def test_another_connections_change_is_heard_with_its_kinds_and_ids(pg_db: Database) -> None:
    listener, heard = _heard(pg_db)
    other = open_database(pg_db.url.render_as_string(hide_password=False))
    try:
        with other.write() as session:
            venue = create_venue(session, name_en="Hall", side="hong_kong",
                                 timezone="Asia/Hong_Kong").value
        revision, changes = heard.get(timeout=WAIT)
        assert revision == pg_db.revision() and changes == Changes.of("venue", venue.id)
        with other.write() as session:
            update_venue(session, venue.id, venue.version, capacity=80)
            person = create_person(session, name_en="CHAN Tai-man").value
        _revision, changes = heard.get(timeout=WAIT)
        assert changes == Changes({"venue": frozenset({venue.id}),
                                   "person": frozenset({person.id})})
        assert not changes.touches(["event", "delegation"])
    finally:
        other.close()
        listener.stop()


def test_a_bulk_import_is_heard_by_kind_and_a_long_list_as_kinds_only(
        pg_db: Database, tmp_path: Path) -> None:
    event = make_event(pg_db)
    listener, heard = _heard(pg_db)
    try:
        rows = [["Name"]] + [[f"Person {n:04d}"] for n in range(1500)]
        table = read_people_file(write_csv(tmp_path / "many.csv", rows))
        with pg_db.read() as session:
            mapping = preview_import(session, table).mapping
        with pg_db.write() as session:
            import_people(session, table, mapping, Target.event(event))
        revision, changes = heard.get(timeout=WAIT)
        assert revision == pg_db.revision()
        assert changes.ids("person") is None and changes.touches(["registration"])
        assert not changes.touches(["venue", "delegation", "feed"])
    finally:
        listener.stop()
