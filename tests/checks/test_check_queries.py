"""The indexed overlap queries against a plain all-pairs comparison, on a random small programme
full of ties (same starts, touching ends, zero-length spans), unscoped and scoped."""

from __future__ import annotations

import random
from itertools import combinations
from typing import Any

import pytest

from planner.checks import check_database
from planner.demo.seed import seed_demo, wipe
from planner.domain.enums import DatePrecision, MemberStatus, RegistrationStatus, Status
from planner.store import check_queries
from planner.store.database import Database
from tests.checks.conftest import Plan

Span = tuple[str, int]  # ("event" | "itinerary", id)


def _slot(rng: random.Random) -> tuple[str, str]:
    start = rng.randrange(16, 36)  # half hours from 08:00
    end = start + rng.choice([0, 1, 2, 2, 3, 4, 6])
    clock = lambda n: f"2024-05-02T{n // 2:02d}:{30 * (n % 2):02d}"  # noqa: E731
    return clock(start), clock(end)


def _programme(plan: Plan, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    venues = [plan.venue("Hall", capacity=50), plan.venue("Room", exclusive=True),
              plan.venue("Lobby")]
    people = [plan.person(f"P{n}") for n in range(12)]
    spans: dict[Span, dict[str, Any]] = {}
    for n in range(22):
        start, end = _slot(rng)
        status = rng.choice([Status.CONFIRMED] * 5 + [Status.CANCELLED])
        precision = rng.choice([DatePrecision.EXACT] * 5 + [DatePrecision.MONTH])
        venue = rng.choice(venues + [None])
        ident = plan.event(f"E{n}", start, end, venue=venue, status=status, precision=precision)
        spans[("event", ident)] = {"start": start, "end": end, "venue": venue, "owner": None,
                                   "live": status != Status.CANCELLED
                                   and precision != DatePrecision.MONTH,
                                   "people": set()}
        for person in rng.sample(people, 4):
            status = rng.choice([RegistrationStatus.REGISTERED] * 3 + [RegistrationStatus.WAITLISTED])
            plan.register(ident, person, status)
            if status == RegistrationStatus.REGISTERED:
                spans[("event", ident)]["people"].add(person)
    delegations = []
    for n in range(5):
        cancelled = n == 4
        d = plan.delegation(f"D{n}", "2024-05-02", "2024-05-02",
                            status=Status.CANCELLED if cancelled else Status.CONFIRMED)
        delegations.append(d)
        crew = set()
        for person in rng.sample(people, 4):
            status = rng.choice([MemberStatus.CONFIRMED, MemberStatus.INVITED,
                                 MemberStatus.WITHDRAWN])
            plan.member(d, person, status=status)
            if status != MemberStatus.WITHDRAWN:
                crew.add(person)
        for m in range(6):
            start, end = _slot(rng)
            venue = rng.choice(venues + [None])
            ident = plan.item(d, f"D{n} item {m}", start, end, venue=venue)
            spans[("itinerary", ident)] = {"start": start, "end": end, "venue": venue,
                                           "owner": d, "live": not cancelled, "people": crew}
    plan.commit()
    return {"spans": spans, "delegations": delegations, "venues": venues}


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Half-open spans: a zero-length span (a moment) takes no time and overlaps nothing."""
    return a["start"] < a["end"] and b["start"] < b["end"] and \
        a["start"] < b["end"] and b["start"] < a["end"]


def _expected(spans: dict[Span, dict[str, Any]], kinds: tuple[str, str]) -> set[Any]:
    found = set()
    for (ka, a), (kb, b) in combinations(sorted(spans.items()), 2):
        if {ka[0], kb[0]} != set(kinds) or not (a["live"] and b["live"]) or not _overlap(a, b):
            continue
        if a["owner"] is not None and a["owner"] == b["owner"]:
            continue
        for person in a["people"] & b["people"]:
            found.add((person, frozenset([ka, kb])))
    return found


def _got(rows: list[Any], kinds: tuple[str, str]) -> set[Any]:
    return {(p, frozenset([(kinds[0], a), (kinds[1], b)])) for p, a, b in rows}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_people_in_two_places_match_all_pairs(plan: Plan, seed: int) -> None:
    _people_match(plan, seed)


@pytest.mark.parametrize("seed", [4, 5])
def test_venue_overlaps_match_all_pairs(plan: Plan, seed: int) -> None:
    _venues_match(plan, seed)


@pytest.mark.postgres
def test_the_same_on_postgresql(pg_empty: Database) -> None:
    """PostgreSQL plans its own join order (plain JOINs there): same answers."""
    db = pg_empty
    _people_match(Plan(db), 6)
    with db.write() as session:
        wipe(session)
    _venues_match(Plan(db), 7)
    with db.write() as session:
        wipe(session)
    seed_demo(db)
    assert not any(f.is_error for f in check_database(db))


def _people_match(plan: Plan, seed: int) -> None:
    data = _programme(plan, seed)
    spans = data["spans"]
    events = [k[1] for k in spans if k[0] == "event"]
    with plan.db.read() as session:
        for kinds, fetch in ((("event", "event"), check_queries.person_event_pairs),
                             (("event", "itinerary"), check_queries.person_event_item_pairs),
                             (("itinerary", "itinerary"), check_queries.person_item_pairs)):
            expected = _expected(spans, kinds)
            assert _got(fetch(session), kinds) == expected
            if kinds[0] == "event":
                for event in events:
                    wanted = {x for x in expected if ("event", event) in x[1]}
                    assert _got(fetch(session, {event}), kinds) == wanted
            if kinds[1] == "itinerary":
                for d in data["delegations"]:
                    wanted = {x for x in expected
                              if any(k[0] == "itinerary" and spans[k]["owner"] == d for k in x[1])}
                    got = fetch(session, set(), {d}) if kinds[0] == "event" else fetch(session, {d})
                    assert _got(got, kinds) == wanted


def _venues_match(plan: Plan, seed: int) -> None:
    data = _programme(plan, seed)
    spans, limited = data["spans"], set(data["venues"][:2])
    expected = set()
    for (ka, a), (kb, b) in combinations(sorted(spans.items()), 2):
        if a["venue"] in limited and a["venue"] == b["venue"] and a["live"] and b["live"] and \
                _overlap(a, b) and (a["owner"] is None or a["owner"] != b["owner"]):
            expected.add(frozenset([ka, kb]))
    with plan.db.read() as session:
        got = {frozenset([(r[1], r[2]), (r[3], r[4])])
               for r in check_queries.venue_overlaps(session)}
        assert got == expected
        for key in sorted(spans)[::2]:  # every other one keeps the test quick
            kind, ident = key
            scoped = check_queries.venue_overlaps(session, {ident}, set()) if kind == "event" else \
                check_queries.venue_overlaps(session, set(), {spans[key]["owner"]})
            got = {frozenset([(r[1], r[2]), (r[3], r[4])]) for r in scoped}
            if kind == "event":
                assert got == {x for x in expected if key in x}
            else:
                owner = spans[key]["owner"]
                assert got == {x for x in expected if any(
                    k[0] == "itinerary" and spans[k]["owner"] == owner for k in x)}
