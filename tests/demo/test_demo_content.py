"""The demo is our users' real 2016-17 programme: check it says what the report says."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from planner.domain.enums import EventKind, MemberRole, PersonCategory, RegistrationStatus, Side
from planner.store import queries
from planner.store.database import Database
from planner.store.models import (
    Delegation,
    DelegationMember,
    Event,
    ExchangeProgramme,
    Organisation,
    Person,
    PersonSensitive,
    Registration,
)


def _event_titled(db: Database, fragment: str):
    with db.read() as session:
        found = [e for e in queries.list_events(session) if fragment in (e.title_en or "")]
    assert len(found) == 1, [e.title_en for e in found]
    return found[0]


def test_all_24_items_with_the_six_new_ones(demo_db: Database) -> None:
    with demo_db.read() as session:
        items = queries.list_items(session, year="2016-17")
    assert [i.number for i in items] == list(range(1, 25))
    assert {i.number for i in items if i.is_new} == {3, 4, 5, 10, 14, 16}
    assert all(i.title_en and i.title_zh_hant and i.title_zh_hans and i.narrative_en
               and i.narrative_zh_hant and i.narrative_zh_hans for i in items)


def test_items_carry_the_reports_figures(demo_db: Database) -> None:
    with demo_db.read() as session:
        items = {i.number: i for i in queries.list_items(session, year="2016-17")}
    values = {n: {f.value for f in i.figures} for n, i in items.items()}
    assert 78 in values[2]
    assert {14, 13_880_000} <= values[6]
    assert {32, 5} <= values[17]
    assert {92, 635} <= values[19]
    assert 120 in values[23] and 9 in values[22]
    money = [f for f in items[6].figures if f.value == 13_880_000]
    assert money[0].unit.value == "hkd"


def test_dongguan_sme_seminar(demo_db: Database) -> None:
    seminar = _event_titled(demo_db, "Seminar on IP and the Development of SMEs")
    assert seminar.kind == EventKind.SEMINAR
    assert seminar.schedule.first_day.isoformat().startswith("2017-06")
    assert seminar.schedule.precision.value == "month"
    assert seminar.theme_en == "Intellectual Property and Competitiveness of Enterprises"
    assert "Dongguan" in (seminar.venue.name_en or "") or "Dongguan" in seminar.title_en
    assert 230 <= seminar.registered <= 250
    assert {o.organisation.code for o in seminar.organisers} >= {"HKIPD"}


def test_gdcb_copyright_delegation(demo_db: Database) -> None:
    with demo_db.read() as session:
        ident = session.scalar(select(Delegation.id).where(
            Delegation.name_en == "Guangdong copyright industry delegation to Hong Kong"))
        delegation = queries.get_delegation(session, ident)
        categories = session.execute(
            select(Person.category, func.count()).join(DelegationMember)
            .where(DelegationMember.delegation_id == ident).group_by(Person.category)).all()
    assert delegation.lead.code == "GDCB"
    assert (delegation.origin, delegation.destination) == (Side.GUANGDONG, Side.HONG_KONG)
    assert delegation.schedule.first_day.isoformat().startswith("2017-05")
    assert dict(categories)[PersonCategory.ENTERPRISE] == 23
    assert delegation.theme_en == "Copyright Management and Copyright Trading"
    visited = " ".join(f"{i.title_en} {i.venue.name_en if i.venue else ''}"
                       for i in delegation.itinerary)
    for place in ("InnoCentre", "Heritage Museum", "Radio Television Hong Kong", "Customs"):
        assert place in visited, place
    crossings = [i for i in delegation.itinerary if i.kind.value == "boundary_crossing"]
    assert crossings and all(i.control_point for i in crossings)
    assert [i.position for i in delegation.itinerary] == sorted(i.position for i in delegation.itinerary)


def test_student_exchange_programme(demo_db: Database) -> None:
    with demo_db.read() as session:
        programmes = queries.list_programmes(session)
        students = [p for p in programmes if "Secondary School" in (p.title_en or "")]
        assert len(students) == 1 and len(students[0].legs) == 2
        legs = [queries.get_delegation(session, leg.id) for leg in students[0].legs]
        minors_without_dob = session.scalar(
            select(func.count()).select_from(Person).outerjoin(PersonSensitive)
            .where(Person.is_minor.is_(True), PersonSensitive.date_of_birth.is_(None)))
    hk_leg, gd_leg = legs
    assert hk_leg.origin == Side.HONG_KONG and gd_leg.origin == Side.GUANGDONG
    assert sum(1 for m in hk_leg.members if m.is_minor) == 16
    assert any(m.role == MemberRole.CHAPERONE for m in hk_leg.members)
    assert len(gd_leg.members) == 26
    assert all(m.guardian_consent for leg in legs for m in leg.members if m.is_minor)
    assert minors_without_dob == 0


def test_enforcement_operations_are_confidential(demo_db: Database) -> None:
    with demo_db.read() as session:
        operations = [e for e in queries.list_events(session)
                      if e.kind == EventKind.ENFORCEMENT_OPERATION]
        public = queries.list_events(session, include_confidential=False)
    assert len(operations) >= 5 and all(e.confidential for e in operations)
    assert any("Thundercracker" in (e.title_en or "") for e in operations)
    assert not any(e.kind == EventKind.ENFORCEMENT_OPERATION for e in public)


def test_organisations_have_three_names_and_aliases(demo_db: Database) -> None:
    with demo_db.read() as session:
        orgs = {o.code: o for o in queries.list_organisations(session)}
        by_alias = queries.list_organisations(session, text="GDPD")
    assert orgs["HKIPD"].name_zh_hant == "知識產權署" or "知識產權署" in orgs["HKIPD"].name_zh_hant
    assert orgs["GDCB"].name_zh_hans == "广东省版权局"
    assert all(o.name_en and o.name_zh_hant and o.name_zh_hans for o in orgs.values())
    assert [o.code for o in by_alias] == ["GDPSD"]


def test_participant_lists_have_the_reports_sizes(demo_db: Database) -> None:
    exam = _event_titled(demo_db, "Patent Agents")
    award = _event_titled(demo_db, "Invention Award")
    assert exam.registered == 32
    assert award.registered == 8
    with demo_db.read() as session:
        people = session.scalar(select(func.count()).select_from(Person))
        names = session.execute(select(Person.name_en, Person.name_zh).limit(50)).all()
        attended = session.scalar(select(func.count()).select_from(Registration).where(
            Registration.status == RegistrationStatus.REGISTERED,
            Registration.checked_in_at.is_not(None)))
    assert 300 <= people <= 1000
    assert all(en and zh for en, zh in names)
    assert attended > 0


def test_seeding_is_reproducible(demo_db: Database, empty_db: Database) -> None:
    from planner.demo.seed import seed_demo

    seed_demo(empty_db)
    with demo_db.read() as a, empty_db.read() as b:
        first = a.execute(select(Person.name_en, Person.name_zh).order_by(Person.id)).all()
        second = b.execute(select(Person.name_en, Person.name_zh).order_by(Person.id)).all()
        uids_a = a.scalars(select(Event.uid).order_by(Event.id)).all()
        uids_b = b.scalars(select(Event.uid).order_by(Event.id)).all()
    # The same readable part; a random part of its own in each (unguessable, issue 15).
    readable = re.compile(r"-[0-9a-f]{32}@")
    assert first == second
    assert [readable.sub("@", u) for u in uids_a] == [readable.sub("@", u) for u in uids_b]
    assert not set(uids_a) & set(uids_b)


def test_reset_replaces_and_plain_demo_refuses(demo_db: Database) -> None:
    import pytest

    from planner.demo.seed import seed_demo
    from planner.domain.errors import PlannerError

    with demo_db.write() as session:
        session.add(Organisation(code="EXTRA", name_en="Added by hand", search_key="extra"))
    with pytest.raises(PlannerError):
        seed_demo(demo_db)
    seed_demo(demo_db, reset=True)
    with demo_db.read() as session:
        assert queries.list_organisations(session, text="extra") == []
        assert session.scalar(select(func.count()).select_from(ExchangeProgramme)) == 2
