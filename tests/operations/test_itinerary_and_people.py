from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.domain.enums import ItineraryKind, MemberStatus, Side
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.schedule import Schedule
from planner.operations import replay
from planner.operations.delegations import (
    add_itinerary_item,
    create_delegation,
    delete_itinerary_item,
    duplicate_itinerary_item,
    move_itinerary_item,
)
from planner.operations.events import create_event
from planner.operations.people import (
    add_member,
    create_person,
    register_person,
    update_member,
    update_person,
)
from planner.store import queries
from planner.store.database import Database

HK = "Asia/Hong_Kong"


def _slot(hour: int) -> Schedule:
    return Schedule.timed(datetime(2017, 5, 17, hour), datetime(2017, 5, 17, hour + 1), HK)


@pytest.fixture
def delegation(empty_db: Database) -> int:
    with empty_db.write() as session:
        d = create_delegation(session, name_en="GDCB copyright delegation",
                              origin=Side.GUANGDONG, destination=Side.HONG_KONG,
                              schedule=Schedule.days(date(2017, 5, 17), date(2017, 5, 18), HK))
        for hour, title in ((10, "InnoCentre"), (12, "Lunch"), (14, "Heritage Museum")):
            add_itinerary_item(session, d.value.id, kind=ItineraryKind.VISIT, title_en=title,
                               schedule=_slot(hour))
    return d.value.id


def _titles(db: Database, ident: int) -> list[str]:
    with db.read() as session:
        return [i.title_en for i in queries.get_delegation(session, ident).itinerary]


def test_reorder_and_undo(empty_db: Database, delegation: int) -> None:
    with empty_db.read() as session:
        museum = queries.get_delegation(session, delegation).itinerary[2]
    with empty_db.write() as session:
        outcome = move_itinerary_item(session, museum.id, museum.version, 0)
    assert _titles(empty_db, delegation) == ["Heritage Museum", "InnoCentre", "Lunch"]
    with empty_db.write() as session:
        replay(session, outcome.undo)
    assert _titles(empty_db, delegation) == ["InnoCentre", "Lunch", "Heritage Museum"]


def test_delete_and_restore_keep_place_and_uid(empty_db: Database, delegation: int) -> None:
    with empty_db.read() as session:
        lunch = queries.get_delegation(session, delegation).itinerary[1]
    with empty_db.write() as session:
        outcome = delete_itinerary_item(session, lunch.id, lunch.version)
    assert _titles(empty_db, delegation) == ["InnoCentre", "Heritage Museum"]
    with empty_db.write() as session:
        replay(session, outcome.undo)
    with empty_db.read() as session:
        items = queries.get_delegation(session, delegation).itinerary
    assert [i.title_en for i in items] == ["InnoCentre", "Lunch", "Heritage Museum"]
    assert items[1].uid == lunch.uid


def test_duplicate_gets_its_own_uid(empty_db: Database, delegation: int) -> None:
    with empty_db.read() as session:
        first = queries.get_delegation(session, delegation).itinerary[0]
    with empty_db.write() as session:
        copy = duplicate_itinerary_item(session, first.id).value
    assert copy.uid != first.uid and copy.position == 1
    assert _titles(empty_db, delegation) == ["InnoCentre", "InnoCentre", "Lunch", "Heritage Museum"]


def test_boundary_crossing_needs_a_control_point(empty_db: Database, delegation: int) -> None:
    with pytest.raises(ValidationError) as info:
        with empty_db.write() as session:
            add_itinerary_item(session, delegation, kind="boundary_crossing",
                               title_en="Cross at the boundary", schedule=_slot(8))
    assert info.value.problems[0].field == "control_point"


def test_minor_cannot_be_confirmed_without_guardian_consent(empty_db: Database,
                                                            delegation: int) -> None:
    with empty_db.write() as session:
        student = create_person(session, name_en="LAU Ka-yan", name_zh="劉嘉欣", is_minor=True)
        member = add_member(session, delegation, student.value.id, role="member")
    with pytest.raises(ValidationError) as info:
        with empty_db.write() as session:
            update_member(session, member.value.id, member.value.version,
                          status=MemberStatus.CONFIRMED)
    assert info.value.problems[0].code == "minor_needs_guardian_consent"
    with empty_db.write() as session:
        done = update_member(session, member.value.id, member.value.version,
                             status="confirmed", guardian_consent=True)
    assert done.value.status == MemberStatus.CONFIRMED


def test_duplicate_registration_is_refused(empty_db: Database) -> None:
    with empty_db.write() as session:
        event = create_event(session, kind="seminar", title_en="Seminar", schedule=_slot(9))
        person = create_person(session, name_en="CHAN Tai-man", email="tm.chan@example.org")
        register_person(session, event.value.id, person.value.id)
    with pytest.raises(PlannerError) as info:
        with empty_db.write() as session:
            register_person(session, event.value.id, person.value.id)
    assert info.value.code == "duplicate_registration"


def test_person_search_key_follows_name_changes(empty_db: Database) -> None:
    with empty_db.write() as session:
        p = create_person(session, name_en="Winnie CHAN", name_zh="陳慧玲")
    with empty_db.write() as session:
        update_person(session, p.value.id, p.value.version, name_zh="鍾慧玲")
    with empty_db.read() as session:
        assert [r.id for r in queries.list_people(session, text="鍾慧")] == [p.value.id]
        assert queries.list_people(session, text="陳慧") == []
        assert [r.name_zh for r in queries.list_people(session, text="winnie chan")] == ["鍾慧玲"]


def test_bad_email_is_refused(empty_db: Database) -> None:
    with pytest.raises(ValidationError) as info:
        with empty_db.write() as session:
            create_person(session, name_en="X", email="x@@example")
    assert info.value.problems[0].code == "invalid_email"
