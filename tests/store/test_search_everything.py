"""The one search over every kind: each kind found by its English, Traditional and Simplified
names, across scripts (a Simplified query finds a record named only in Traditional, and the
reverse), organisations by code and alias, grouped and limited per kind."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import opencc
import pytest
from sqlalchemy import select, update

from planner.domain.progress import Cancelled
from planner.domain.schedule import Schedule
from planner.domain.search import KINDS
from planner.operations.sessions import create_session
from planner.store.database import Database
from planner.store.models import (
    CooperationItem,
    Delegation,
    Event,
    EventSession,
    ExchangeProgramme,
    ItineraryItem,
    Organisation,
    Person,
    Venue,
)
from planner.store.search_queries import search_everything

TO_SIMPLIFIED = opencc.OpenCC("hk2s")
TO_TRADITIONAL = opencc.OpenCC("s2hk")
# kind -> (model, stem of its name columns)
NAMED: dict[str, tuple[Any, str]] = {
    "event": (Event, "title"), "session": (EventSession, "title"),
    "delegation": (Delegation, "name"), "itinerary": (ItineraryItem, "title"),
    "programme": (ExchangeProgramme, "title"), "organisation": (Organisation, "name"),
    "venue": (Venue, "name"), "item": (CooperationItem, "title")}


def found(db: Database, text: str, **kw: Any) -> set[tuple[str, int]]:
    with db.read() as session:
        groups = search_everything(session, text, limit=10_000, **kw)
    return {(g.kind, h.id) for g in groups for h in g.hits}


def _with_session(db: Database) -> None:
    """The demo has no sessions: event 2 gets one named in English and Traditional."""
    when = Schedule.timed(datetime(2016, 8, 2, 9, 30), datetime(2016, 8, 2, 10, 0),
                          "Asia/Shanghai")
    with db.write() as session:
        create_session(session, 2, title_en="Opening address on copyright trading",
                       title_zh_hant="版權貿易開幕致辭", title_zh_hans="版权贸易开幕致辞",
                       schedule=when)


def _differing(hant: str) -> str:
    """Three characters of `hant` whose Simplified form differs (a search fragment)."""
    for start in range(len(hant) - 2):
        part = hant[start:start + 3]
        if TO_SIMPLIFIED.convert(part) != part and part.strip() == part:
            return part
    raise AssertionError(f"no fragment of {hant} differs in Simplified")


def _sample(db: Database, kind: str) -> Any:
    model, stem = NAMED[kind]
    hant, hans = getattr(model, f"{stem}_zh_hant"), getattr(model, f"{stem}_zh_hans")
    with db.read() as session:
        for row in session.execute(select(model.id, getattr(model, f"{stem}_en"), hant, hans)
                                   .where(hant.is_not(None), hans.is_not(None),
                                          model.deleted_at.is_(None)).order_by(model.id)):
            if row[2] != row[3] and row[1]:
                return row
    raise AssertionError(f"the demo has no {kind} named in both scripts")


@pytest.mark.parametrize("kind", list(NAMED))
def test_each_kind_is_found_by_each_name_in_each_script(demo_db: Database, kind: str) -> None:
    _with_session(demo_db)
    ident, en, hant, hans = _sample(demo_db, kind)
    words = en.split()
    english = " ".join(words[1:3]).upper() if len(words) > 2 else en.upper()  # any case
    assert (kind, ident) in found(demo_db, english)
    traditional = _differing(hant)
    assert (kind, ident) in found(demo_db, traditional)
    simplified = TO_SIMPLIFIED.convert(traditional)
    assert simplified in hans or kind == "organisation"  # a fragment of its Simplified name
    assert (kind, ident) in found(demo_db, simplified)
    model, stem = NAMED[kind]
    # Named in one script only, the record is still found by the other script's form.
    with demo_db.write() as session:
        session.execute(update(model).where(model.id == ident)
                        .values({f"{stem}_zh_hans": None}))
    if kind == "organisation":  # found by its search key, made when it is saved
        return
    assert (kind, ident) in found(demo_db, simplified)
    with demo_db.write() as session:
        session.execute(update(model).where(model.id == ident)
                        .values({f"{stem}_zh_hant": None, f"{stem}_zh_hans": hans}))
    assert (kind, ident) in found(demo_db, traditional)
    assert (kind, ident) not in found(demo_db, traditional + "說明書")


def test_people_are_found_in_either_script_and_by_english_name(demo_db: Database) -> None:
    with demo_db.read() as session:
        people = session.execute(select(Person.id, Person.name_en, Person.name_zh)
                                 .where(Person.name_zh.is_not(None))).all()
    traditional = next(p for p in people if TO_SIMPLIFIED.convert(p.name_zh) != p.name_zh)
    simplified = next(p for p in people if TO_TRADITIONAL.convert(p.name_zh) != p.name_zh)
    assert ("person", traditional.id) in found(demo_db, TO_SIMPLIFIED.convert(traditional.name_zh))
    assert ("person", simplified.id) in found(demo_db, TO_TRADITIONAL.convert(simplified.name_zh))
    assert ("person", simplified.id) in found(demo_db, simplified.name_zh)
    assert ("person", traditional.id) in found(demo_db, traditional.name_en.lower())


def test_an_organisation_is_found_by_its_code_and_its_alias(demo_db: Database) -> None:
    with demo_db.read() as session:
        gdpsd = session.scalar(select(Organisation.id).where(Organisation.code == "GDPSD"))
        groups = search_everything(session, "GDPD")
    assert [(g.kind, [h.id for h in g.hits]) for g in groups] == [("organisation", [gdpsd])]
    hit = groups[0].hits[0]
    assert hit.title("en") == "Guangdong Provincial Public Security Department"
    assert hit.title("zh_HK") == "廣東省公安廳" and hit.title("zh_CN") == "广东省公安厅"
    assert hit.subtitle() == "GDPSD · GDPD"
    assert ("organisation", gdpsd) in found(demo_db, "gdpsd")


def test_groups_come_in_kind_order_limited_and_say_when_there_are_more(demo_db: Database
                                                                      ) -> None:
    with demo_db.read() as session:
        everything = search_everything(session, "知識產權", limit=10_000)
        few = search_everything(session, "知識產權", limit=2)
    kinds = [g.kind for g in everything]
    assert kinds == sorted(kinds, key=KINDS.index) and len(kinds) >= 5
    assert [g.kind for g in few] == kinds
    for small, full in zip(few, everything):
        assert small.hits == full.hits[:2]
        assert small.more == (len(full.hits) > 2)
    assert any(g.more for g in few)


def test_itinerary_steps_and_sessions_name_what_they_belong_to(demo_db: Database) -> None:
    _with_session(demo_db)
    with demo_db.read() as session:
        groups = {g.kind: g for g in search_everything(session, "致辞")}
        event_title = session.scalar(select(Event.title_en).where(Event.id == 2))
        step = session.scalars(select(ItineraryItem).where(ItineraryItem.deleted_at.is_(None))
                               .order_by(ItineraryItem.id)).first()
        assert step is not None
        steps = {g.kind: g for g in search_everything(session, step.title_en or "")}
        delegation_name, step_id = step.delegation.name_en, step.id
    hit = groups["session"].hits[0]
    assert hit.opens == ("event", 2)  # a session opens its event
    assert hit.subtitle("en") == f"{event_title} · 2016-08-02"
    found_step = next(h for h in steps["itinerary"].hits if h.id == step_id)
    assert found_step.opens == ("itinerary", step_id)
    assert found_step.subtitle("en").startswith(f"{delegation_name} · ")


def test_deleted_records_and_blank_text_find_nothing(demo_db: Database) -> None:
    ident = _sample(demo_db, "venue")[0]
    name = _sample(demo_db, "venue")[2]
    assert ("venue", ident) in found(demo_db, name)
    with demo_db.write() as session:
        session.execute(update(Venue).where(Venue.id == ident).values(deleted_at=datetime(2027, 1, 1)))
    assert ("venue", ident) not in found(demo_db, name)
    assert found(demo_db, "   ") == set()
    assert found(demo_db, "%") == set() and found(demo_db, "_") == set()  # no wildcards


def test_a_check_that_raises_stops_the_search(demo_db: Database) -> None:
    asked: list[int] = []

    def check() -> None:
        asked.append(1)
        if len(asked) > 2:
            raise Cancelled()

    with demo_db.read() as session, pytest.raises(Cancelled):
        search_everything(session, "Hong Kong", check=check)
    assert len(asked) == 3


@pytest.mark.postgres
def test_postgres_finds_what_sqlite_finds(pg_empty: Database, demo_db: Database) -> None:
    from planner.demo.seed import seed_demo

    seed_demo(pg_empty)
    for text in ("GDPD", "陈", "知识产权", "customs", "Hong Kong Customs", "100%", "a_b"):
        with pg_empty.read() as a, demo_db.read() as b:
            assert search_everything(a, text, limit=50) == search_everything(b, text, limit=50)
