"""Merging two records of one person, and undoing it exactly."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from planner.domain.errors import PlannerError
from planner.operations import replay
from planner.operations.participants import check_in, merge_people
from planner.operations.people import add_member, create_person, register_person
from planner.store.database import Database
from planner.store.models import (
    Attendance,
    AuditEntry,
    DelegationMember,
    Person,
    PersonSensitive,
    Registration,
)
from tests.participants.conftest import make_delegation, make_event


def _state(db: Database) -> dict[str, object]:
    """Everything a merge touches, as plain values."""
    with db.read() as session:
        return {
            "people": session.execute(select(Person.id, Person.name_en, Person.name_zh,
                                             Person.email, Person.phone, Person.search_key,
                                             Person.deleted_at.is_(None))
                                      .order_by(Person.id)).all(),
            "registrations": session.execute(select(
                Registration.id, Registration.person_id, Registration.deleted_at.is_(None),
                Registration.checked_in_at).order_by(Registration.id)).all(),
            "members": session.execute(select(DelegationMember.id, DelegationMember.person_id)
                                       .order_by(DelegationMember.id)).all(),
            "attendance": session.execute(select(Attendance.id, Attendance.registration_id)
                                          .order_by(Attendance.id)).all(),
            "sensitive": session.execute(select(PersonSensitive.person_id)).all()}


def test_merge_moves_everything_and_undo_splits_them_again(db: Database) -> None:
    shared, only_other = make_event(db, days=2), make_event(db, title="Second")
    trip = make_delegation(db)
    with db.write() as session:
        keep = create_person(session, name_en="CHAN Tai-man", email="tm@example.org").value
        other = create_person(session, name_zh="陳大文", phone="+852 9123 4567").value
        session.add(PersonSensitive(person_id=other.id, date_of_birth=date(1980, 1, 2)))
        register_person(session, shared, keep.id)
        dup = register_person(session, shared, other.id).value
        register_person(session, only_other, other.id)
        add_member(session, trip, other.id)
    with db.write() as session:  # the duplicate checked in on day 2 only
        check_in(session, dup.id, day=date(2017, 5, 18), at=datetime(2017, 5, 18, 1))
    before = _state(db)
    with db.read() as session:
        versions = {p.id: p.version for p in session.scalars(select(Person))}
    with db.write() as session:
        outcome = merge_people(session, keep.id, versions[keep.id], other.id, versions[other.id])
    result = outcome.value
    assert (result.moved_registrations, result.moved_memberships, result.duplicates_dropped) \
        == (1, 1, 1)
    assert (result.person.name_en, result.person.name_zh, result.person.phone) == (
        "CHAN Tai-man", "陳大文", "+852 9123 4567")
    with db.read() as session:
        live = session.execute(select(Registration.person_id, Registration.event_id).where(
            Registration.deleted_at.is_(None)).order_by(Registration.event_id)).all()
        assert live == [(keep.id, shared), (keep.id, only_other)]
        assert session.scalars(select(DelegationMember.person_id)).all() == [keep.id]
        kept = session.scalars(select(Registration).where(
            Registration.person_id == keep.id, Registration.event_id == shared)).one()
        assert session.scalars(select(Attendance.registration_id)).all() == [kept.id]
        assert session.scalars(select(PersonSensitive.person_id)).all() == [keep.id]
        assert session.get_one(Person, other.id).deleted_at is not None
        assert session.scalars(select(AuditEntry.action)).all() == ["merge"]
        assert "陳大文" in session.get_one(Person, keep.id).search_key
    with db.write() as session:
        undone = replay(session, outcome.undo)
    assert _state(db) == before
    with db.write() as session:  # redo
        assert replay(session, undone.undo).value.moved_registrations == 1


def test_merge_refuses_self_erased_and_stale(db: Database) -> None:
    with db.write() as session:
        a = create_person(session, name_en="A").value
        b = create_person(session, name_en="B").value
    for args, code in [((a.id, None, a.id, None), "merge_same_person"),
                       ((a.id, a.version + 1, b.id, None), "stale_version")]:
        with pytest.raises(PlannerError) as info:
            with db.write() as session:
                merge_people(session, *args)
        assert info.value.code == code
