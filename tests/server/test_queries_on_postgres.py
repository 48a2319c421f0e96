"""Every read query gives the same rows on PostgreSQL as on SQLite (the demo, copied over)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from planner.domain.enums import EventKind, Status
from planner.store import agenda, queries
from planner.store.copy import copy_database
from planner.store.database import Database, open_database

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_demo(pg_server: Any, demo_template: Path) -> Iterator[Database]:
    url = pg_server.create_database("queries")
    source = open_database(str(demo_template), upgrade=False)
    target = open_database(url)
    try:
        copy_database(source, target)
    finally:
        source.close()
    yield target
    target.close()


Query = Callable[[Session], Any]
QUERIES: dict[str, Query] = {
    "events": lambda s: queries.list_events(s),
    "events of a kind": lambda s: queries.list_events(s, kind=EventKind.SEMINAR),
    "events by status": lambda s: queries.list_events(s, status=Status.COMPLETED, limit=5),
    "events of an item": lambda s: queries.list_events(s, item_id=6),
    "events in a range": lambda s: queries.list_events(s, start=date(2016, 11, 1),
                                                       end=date(2017, 1, 31)),
    "events, public": lambda s: queries.list_events(s, include_confidential=False),
    "events by title, any case": lambda s: queries.list_events(s, text="SEMINAR"),
    "events by Chinese title": lambda s: queries.list_events(s, text="研討會"),
    "an event": lambda s: queries.get_event(s, 6),
    "sessions": lambda s: [queries.event_sessions(s, e.id) for e in queries.list_events(s)],
    "registration summary": lambda s: queries.registration_summary(s, 6),
    "registrations": lambda s: [queries.list_registrations(s, e.id)
                                for e in queries.list_events(s)],
    "registered counts": lambda s: queries.registered_counts(s),
    "delegations": lambda s: queries.list_delegations(s),
    "delegations of a programme": lambda s: queries.list_delegations(s, programme_id=1),
    "a delegation": lambda s: [queries.get_delegation(s, d.id)
                               for d in queries.list_delegations(s)],
    "programmes": lambda s: queries.list_programmes(s),
    "a programme": lambda s: queries.get_programme(s, 1),
    "people, first page": lambda s: queries.list_people(s, limit=50),
    "people, a later page": lambda s: queries.list_people(s, limit=50, offset=100),
    "people by English name": lambda s: queries.list_people(s, order="name_en", limit=80),
    "people by Chinese name, backwards": lambda s: queries.list_people(
        s, order="name_zh", descending=True, limit=80),
    "people by organisation": lambda s: queries.list_people(s, order="organisation"),
    "people by category": lambda s: queries.list_people(s, order="category", limit=60),
    "people of an organisation": lambda s: queries.list_people(s, organisation_id=2),
    "people by surname": lambda s: queries.list_people(s, text="chan"),
    "people by Chinese surname": lambda s: queries.list_people(s, text="陳"),
    "people by e-mail": lambda s: queries.list_people(s, text="EXAMPLE"),
    "people counted": lambda s: (queries.count_people(s), queries.count_people(s, text="wong")),
    "a person": lambda s: [queries.get_person(s, i) for i in (1, 50, 300)],
    "memberships": lambda s: [queries.person_memberships(s, i) for i in range(1, 60)],
    "organisations": lambda s: queries.list_organisations(s),
    "organisations by alias": lambda s: queries.list_organisations(s, text="gdpd"),
    "an organisation": lambda s: queries.get_organisation(s, 1),
    "items": lambda s: queries.list_items(s),
    "items of a year": lambda s: queries.list_items(s, year="2016-17"),
    "an item": lambda s: queries.get_item(s, 5),
    "agenda": lambda s: agenda.agenda(s, date(2016, 4, 1), date(2017, 3, 31)),
    "agenda, public": lambda s: agenda.agenda(s, date(2016, 4, 1), date(2017, 3, 31),
                                              include_confidential=False),
    "venues": lambda s: agenda.list_venues(s),
    "delegation of an itinerary item": lambda s: agenda.delegation_of_itinerary(s, 3),
    "nearest day": lambda s: (agenda.nearest_scheduled_day(s, date(2016, 12, 1)),
                              agenda.nearest_scheduled_day(s, date(2000, 1, 1))),
}


@pytest.mark.parametrize("name", list(QUERIES))
def test_same_answer_on_both_engines(name: str, pg_demo: Database, demo_db: Database) -> None:
    query = QUERIES[name]
    with demo_db.read() as on_sqlite, pg_demo.read() as on_postgres:
        expected = query(on_sqlite)
        got = query(on_postgres)
    assert got == expected
    assert expected not in (None, [], {}, ())  # a query that finds nothing proves nothing
