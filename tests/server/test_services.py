"""The use cases, run once on SQLite and once on PostgreSQL (the `backend_db` fixture)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from planner.domain.enums import (
    ItineraryKind,
    MemberRole,
    MemberStatus,
    RegistrationStatus,
    Side,
    Status,
)
from planner.domain.errors import NotFoundError, PlannerError, StaleVersionError
from planner.domain.schedule import Schedule
from planner.operations import replay
from planner.operations.delegations import (
    add_itinerary_item,
    create_delegation,
    delete_delegation,
    move_itinerary_item,
    restore_delegation,
    update_itinerary_item,
)
from planner.operations.events import create_event, delete_event, restore_event, update_event
from planner.operations.organisations import create_organisation, update_organisation
from planner.operations.people import (
    add_member,
    create_person,
    delete_registration,
    register_person,
    remove_member,
    restore_member,
    update_member,
    update_registration,
)
from planner.store import agenda, queries
from planner.store.database import Database
from planner.store.models import Event, Organisation

HK = "Asia/Hong_Kong"
SEMINAR = Schedule.timed(datetime(2017, 6, 15, 9, 30), datetime(2017, 6, 15, 17), "Asia/Shanghai")


def _slot(day: int, hour: int) -> Schedule:
    return Schedule.timed(datetime(2017, 5, day, hour), datetime(2017, 5, day, hour + 1), HK)


def _event(db: Database, **extra: object) -> int:
    values = {"kind": "seminar", "title_en": "SME seminar", "title_zh_hant": "中小企研討會",
              "schedule": SEMINAR, **extra}
    with db.write() as session:
        return create_event(session, **values).value.id


def test_event_create_update_delete_restore(backend_db: Database) -> None:
    ident = _event(backend_db, capacity=100)
    with backend_db.write() as session:
        updated = update_event(session, ident, 1, status=Status.CONFIRMED, capacity=240,
                               schedule=_slot(17, 10))
    assert (updated.value.version, updated.value.sequence) == (2, 1)
    with backend_db.write() as session:
        delete_event(session, ident, 2)
    with backend_db.read() as session:
        assert queries.list_events(session) == []
        with pytest.raises(NotFoundError):
            queries.get_event(session, ident)
    with backend_db.write() as session:
        restore_event(session, ident, 3)
    with backend_db.read() as session:
        row = queries.get_event(session, ident)
        modified_by = session.scalar(select(Event.modified_by).where(Event.id == ident))
    assert (row.status, row.capacity, row.schedule, row.version) == \
        (Status.CONFIRMED, 240, _slot(17, 10), 4)
    assert modified_by == backend_db.user
    assert backend_db.revision() == 4


def test_undo_of_an_update_puts_the_old_values_back(backend_db: Database) -> None:
    ident = _event(backend_db)
    with backend_db.write() as session:
        outcome = update_event(session, ident, 1, title_en="Renamed", schedule=_slot(18, 14))
    with backend_db.write() as session:
        undone = replay(session, outcome.undo)
    assert (undone.value.title_en, undone.value.schedule) == ("SME seminar", SEMINAR)
    with backend_db.write() as session:
        redone = replay(session, undone.undo)
    assert redone.value.title_en == "Renamed" and redone.value.sequence == 3


def test_stale_version_names_who(backend_db: Database) -> None:
    ident = _event(backend_db)
    with backend_db.write() as session:
        update_event(session, ident, 1, capacity=10)
    with pytest.raises(StaleVersionError) as info:
        with backend_db.write() as session:
            update_event(session, ident, 1, capacity=20)
    params = info.value.problems[0].params
    assert (params["who"], params["current"], params["given"]) == (backend_db.user, 2, 1)
    with backend_db.read() as session:
        assert queries.get_event(session, ident).capacity == 10


def _delegation(db: Database) -> int:
    with db.write() as session:
        ident = create_delegation(session, name_en="GDCB copyright delegation",
                                  name_zh_hans="广东版权代表团", origin=Side.GUANGDONG,
                                  destination=Side.HONG_KONG,
                                  schedule=Schedule.days(date(2017, 5, 17), date(2017, 5, 18), HK)
                                  ).value.id
        for hour, title in ((10, "InnoCentre"), (12, "Lunch"), (14, "Heritage Museum")):
            add_itinerary_item(session, ident, kind=ItineraryKind.VISIT, title_en=title,
                               schedule=_slot(17, hour))
    return ident


def _titles(db: Database, ident: int) -> list[str]:
    with db.read() as session:
        return [i.title_en for i in queries.get_delegation(session, ident).itinerary]


def test_itinerary_move_and_undo(backend_db: Database) -> None:
    ident = _delegation(backend_db)
    with backend_db.read() as session:
        museum = queries.get_delegation(session, ident).itinerary[2]
    with backend_db.write() as session:
        moved = move_itinerary_item(session, museum.id, museum.version, 0)
    assert _titles(backend_db, ident) == ["Heritage Museum", "InnoCentre", "Lunch"]
    with backend_db.write() as session:
        replay(session, moved.undo)
    assert _titles(backend_db, ident) == ["InnoCentre", "Lunch", "Heritage Museum"]
    with backend_db.write() as session:
        update_itinerary_item(session, museum.id, moved.value.version + 1,
                              kind="boundary_crossing", control_point="Lok Ma Chau")
    with backend_db.read() as session:
        item = queries.get_delegation(session, ident).itinerary[2]
    assert (item.kind, item.control_point) == (ItineraryKind.BOUNDARY_CROSSING, "Lok Ma Chau")


def test_delegation_delete_and_restore(backend_db: Database) -> None:
    ident = _delegation(backend_db)
    with backend_db.write() as session:
        delete_delegation(session, ident, 1)
    with backend_db.read() as session:
        assert queries.list_delegations(session) == []
    with backend_db.write() as session:
        restore_delegation(session, ident, 2)
    with backend_db.read() as session:
        assert [d.name_zh_hans for d in queries.list_delegations(session)] == ["广东版权代表团"]


def test_registration_and_waiting_list(backend_db: Database) -> None:
    ident = _event(backend_db, capacity=2)
    with backend_db.write() as session:
        people = [create_person(session, name_en=f"Person {n}", name_zh=f"陳{n}").value.id
                  for n in range(3)]
        regs = [register_person(session, ident, p).value for p in people[:2]]
        register_person(session, ident, people[2], status=RegistrationStatus.WAITLISTED)
    with pytest.raises(PlannerError) as info:
        with backend_db.write() as session:
            register_person(session, ident, people[0])
    assert info.value.code == "duplicate_registration"
    with backend_db.write() as session:
        update_registration(session, regs[0].id, regs[0].version,
                            checked_in_at=datetime(2017, 6, 15, 9))
        delete_registration(session, regs[1].id, regs[1].version)
    with backend_db.read() as session:
        summary = queries.registration_summary(session, ident)
        listed = [r.person.id for r in queries.list_registrations(session, ident)]
        assert queries.get_event(session, ident).registered == 1
    assert (summary["registered"], summary["waitlisted"], summary["checked_in"]) == (1, 1, 1)
    assert listed == [people[0], people[2]]


def test_members_with_guardian_consent(backend_db: Database) -> None:
    ident = _delegation(backend_db)
    with backend_db.write() as session:
        student = create_person(session, name_en="LAU Ka-yan", name_zh="劉嘉欣", is_minor=True)
        member = add_member(session, ident, student.value.id, role=MemberRole.MEMBER).value
    with pytest.raises(PlannerError) as info:
        with backend_db.write() as session:
            update_member(session, member.id, member.version, status=MemberStatus.CONFIRMED)
    assert info.value.problems[0].code == "minor_needs_guardian_consent"
    with backend_db.write() as session:
        done = update_member(session, member.id, member.version, status="confirmed",
                             guardian_consent=True).value
        remove_member(session, done.id, done.version)
    with backend_db.read() as session:
        assert queries.get_delegation(session, ident).members == ()
    with backend_db.write() as session:
        restore_member(session, done.id, done.version + 1)
    with backend_db.read() as session:
        members = queries.get_delegation(session, ident).members
        memberships = queries.person_memberships(session, student.value.id)
    assert [(m.person.id, m.status) for m in members] == \
        [(student.value.id, MemberStatus.CONFIRMED)]
    assert [r.id for r in memberships["delegations"]] == [ident]


def test_organisation_aliases_and_search(backend_db: Database) -> None:
    with backend_db.write() as session:
        org = create_organisation(session, code="GDPSD", name_en="Guangdong Provincial "
                                  "Intellectual Property Office", aliases=["GDPD", "粤知局"]).value
        update_organisation(session, org.id, org.version, aliases=["GDPD", "粤知局", "GDIPO"])
    with backend_db.read() as session:
        found = queries.list_organisations(session, text="gdipo")
        aliases = session.scalar(select(Organisation.aliases).where(Organisation.id == org.id))
    assert [o.code for o in found] == ["GDPSD"]
    assert aliases == ["GDPD", "粤知局", "GDIPO"]


def test_search_ignores_case_and_reaches_email(backend_db: Database) -> None:
    with backend_db.write() as session:
        create_person(session, name_en="Winnie CHAN", name_zh="陳慧玲",
                      email="Winnie.Chan@Example.org")
        create_person(session, name_en="CHAN Tai-man", name_zh="陳大文")
        create_person(session, name_zh="李小龍")
    with backend_db.read() as session:
        assert [p.name_zh for p in queries.list_people(session, text="WINNIE")] == ["陳慧玲"]
        assert [p.name_zh for p in queries.list_people(session, text="winnie.chan@EXAMPLE")] \
            == ["陳慧玲"]
        assert queries.count_people(session, text="陳") == 2
        # Ordering puts a missing name first on both engines (SQLite's NULL order).
        ordered = queries.list_people(session, order="name_en")
        backwards = queries.list_people(session, order="name_en", descending=True)
    assert [p.name_zh for p in ordered] == ["李小龍", "陳大文", "陳慧玲"]
    assert [p.name_zh for p in backwards] == ["陳慧玲", "陳大文", "李小龍"]


def test_agenda_and_confidential_filter(backend_db: Database) -> None:
    _event(backend_db)
    _event(backend_db, confidential=True, kind="enforcement_operation")
    _delegation(backend_db)
    with backend_db.read() as session:
        everything = agenda.agenda(session, date(2017, 5, 1), date(2017, 6, 30))
        public = agenda.agenda(session, date(2017, 5, 1), date(2017, 6, 30),
                               include_confidential=False)
        events = queries.list_events(session, text="sme SEMINAR", include_confidential=False)
        nearest = agenda.nearest_scheduled_day(session, date(2017, 7, 1))
    assert [e.source for e in everything] == ["itinerary"] * 3 + ["event"] * 2
    assert len(public) == 4 and not any(e.confidential for e in public)
    assert [e.kind for e in events] == ["seminar"]
    assert nearest == date(2017, 6, 15)


def test_people_search_takes_typed_characters_literally(backend_db: Database) -> None:
    """`_` and `%` are letters to the searcher, not wildcards; e-mails match in either case;
    a Chinese fragment finds the name in either script (SQLite: instr and LIKE, PostgreSQL:
    LIKE and ILIKE, escaped)."""
    with backend_db.write() as session:
        for name_en, name_zh, email in (("Tai Man", "陳大文", "Tai_Man@hkipd.example"),
                                        ("Tai Xman", "李小明", "taixman@gdcb.example"),
                                        ("Wong Ka Yan", "黄家欣", "100%@partner.example")):
            create_person(session, name_en=name_en, name_zh=name_zh, email=email)
    with backend_db.read() as session:
        def found(text: str) -> list[str]:
            return sorted(p.name_en or "" for p in queries.list_people(session, text=text))

        assert found("tai_man@") == ["Tai Man"]
        assert found("TAI_MAN") == ["Tai Man"]
        assert found("100%") == ["Wong Ka Yan"]
        assert found("%") == ["Wong Ka Yan"]
        assert found("陈大") == ["Tai Man"] and found("黃家") == ["Wong Ka Yan"]
        assert found("taix") == ["Tai Xman"]
        assert queries.count_people(session, text="_") == 1
