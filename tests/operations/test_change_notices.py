"""An operation's outcome says which kinds and ids it touched (planner.domain.changes)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from planner.domain.changes import PAYLOAD_LIMIT, Changes
from planner.domain.schedule import Schedule
from planner.imports.people import read_people_file
from planner.operations import replay
from planner.operations.base import Earlier, run_batch, tracked
from planner.operations.events import create_event, update_event
from planner.operations.items import create_item, rollover
from planner.operations.organisations import create_organisation
from planner.operations.participants import Target, import_people, preview_import
from planner.operations.people import create_person, delete_person, update_person
from planner.operations.venues import create_venue, delete_venue, update_venue
from planner.store.database import Database
from tests.participants.conftest import make_event, write_csv

DAY = Schedule.timed(datetime(2017, 6, 15, 9), datetime(2017, 6, 15, 17), "Asia/Shanghai")


def test_create_edit_and_delete_report_their_kind_and_id(empty_db: Database) -> None:
    with empty_db.write() as s:
        made = tracked(s, create_venue, name_en="Convention Centre", side="hong_kong", timezone="Asia/Hong_Kong")
    venue = made.value
    assert made.touched == Changes.of("venue", venue.id)
    with empty_db.write() as s:
        edited = tracked(s, update_venue, venue.id, venue.version, capacity=200)
    assert edited.touched == Changes.of("venue", venue.id)
    assert not edited.touched.touches(["person", "event"])
    with empty_db.write() as s:
        deleted = tracked(s, delete_venue, venue.id, edited.value.version)
    assert deleted.touched == Changes.of("venue", venue.id)
    with empty_db.write() as s:  # undo carries the change of what it replays
        undone = tracked(s, replay, deleted.undo)
    assert undone.touched == Changes.of("venue", venue.id)

    with empty_db.write() as s:
        person = tracked(s, create_person, name_en="CHAN Tai-man",
                         date_of_birth=date(2005, 1, 2))
    # The sensitive details live in a table of their own; they are the person's.
    assert person.touched == Changes.of("person", person.value.id)
    with empty_db.write() as s:
        renamed = tracked(s, update_person, person.value.id, person.value.version,
                          name_en="CHAN Tai-man Peter")
    assert renamed.touched == Changes.of("person", person.value.id)
    with empty_db.write() as s:
        gone = tracked(s, delete_person, person.value.id, renamed.value.version)
    assert gone.touched.ids("person") == {person.value.id}


def test_an_event_with_organisers_is_the_event_only(empty_db: Database) -> None:
    with empty_db.write() as s:
        org = create_organisation(s, code="HKIPD", name_en="Intellectual Property Dept").value
    with empty_db.write() as s:
        made = tracked(s, create_event, kind="seminar", title_en="Seminar", schedule=DAY,
                       organisers=[(org.id, "organiser")])
    assert made.touched == Changes.of("event", made.value.id)
    with empty_db.write() as s:
        moved = tracked(s, update_event, made.value.id, made.value.version, title_en="Talk",
                       organisers=[])  # the organiser rows go: still the event
    assert moved.touched == Changes.of("event", made.value.id)


def test_a_batch_reports_every_step(empty_db: Database) -> None:
    with empty_db.write() as s:
        outcome = tracked(s, run_batch, [
            {"op": "event.create", "args": {"kind": "seminar", "title_en": "SME seminar",
                                            "schedule": DAY}},
            {"op": "session.create", "args": {"event_id": Earlier(0), "title_en": "Opening",
                                              "schedule": DAY}},
            {"op": "venue.create", "args": {"name_en": "Hall", "side": "hong_kong", "timezone": "Asia/Hong_Kong"}}])
    event, session, venue = outcome.value
    assert outcome.touched == Changes({"event": frozenset({event.id}),
                                       "session": frozenset({session.id}),
                                       "venue": frozenset({venue.id})})
    with empty_db.write() as s:  # and its undo, every step's inverse
        undone = tracked(s, replay, outcome.undo)
    assert undone.touched == outcome.touched


def test_rollover_reports_the_new_items(empty_db: Database) -> None:
    with empty_db.write() as s:
        org = create_organisation(s, code="HKIPD", name_en="Intellectual Property Dept").value
        create_item(s, year="2016-17", number=2, title_en="Item 2", leads=[org.id])
    with empty_db.write() as s:
        outcome = tracked(s, rollover, "2016-17", "2017-18", numbers=[2])
    [copied] = outcome.value
    assert outcome.touched == Changes.of("item", copied.id)


def test_an_import_reports_people_and_registrations(empty_db: Database, tmp_path: Path) -> None:
    event = make_event(empty_db)
    table = read_people_file(write_csv(tmp_path / "list.csv", [
        ["Name", "Organisation"], ["CHAN Tai-man", "New Partner"], ["LEE Ka-yan", ""]]))
    with empty_db.read() as s:
        mapping = preview_import(s, table).mapping
    with empty_db.write() as s:
        outcome = tracked(s, import_people, table, mapping, Target.event(event))
    touched = outcome.touched
    # Written in bulk, outside the ORM: the kinds are known, the ids are not all told.
    assert touched.touches(["person"]) and touched.touches(["registration"])
    assert touched.touches(["organisation"])
    assert not touched.touches(["venue", "delegation", "item", "feed"])
    before = empty_db.revision()
    with empty_db.write() as s:
        undone = tracked(s, replay, outcome.undo)
    assert undone.touched.touches(["person"]) and empty_db.revision() == before + 1


def test_a_payload_carries_kinds_and_ids_and_falls_back_when_long() -> None:
    small = Changes({"venue": frozenset({3}), "person": None})
    assert Changes.parse(small.payload(42)) == (42, small)
    many = Changes({"person": frozenset(range(1, 5000)), "registration": frozenset({1})})
    text = many.payload(42)
    assert len(text.encode()) < PAYLOAD_LIMIT
    assert Changes.parse(text) == (42, Changes({"person": None, "registration": None}))
    assert Changes.parse("17") == (17, Changes.everything())  # a restore, an older writer
    assert Changes.parse(Changes.everything().payload(5)) == (5, Changes.everything())
    assert Changes.parse("not json") is None


def test_changes_merge_and_answer_who_is_concerned() -> None:
    merged = Changes.of("venue", 1) | Changes.of("venue", 2) | Changes.of("person")
    assert merged.ids("venue") == {1, 2} and merged.ids("person") is None
    assert merged.touches_row("venue", 2) and not merged.touches_row("venue", 3)
    assert merged.touches_row("person", 99) and not merged.touches(["event"])
    assert (merged | Changes.everything()).touches(["event"])
    assert not Changes() and Changes.everything()
