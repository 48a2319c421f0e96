"""Reveal (audited), erase a person for good, purge old events' people, nothing left behind."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from planner.domain.enums import TravelDocumentType
from planner.domain.errors import PlannerError
from planner.domain.schedule import Schedule
from planner.operations.events import create_event
from planner.operations.participants import (
    attendance,
    check_in,
    erase_person,
    export_people,
    purge_before,
    reveal_person,
    scrub,
)
from planner.operations.people import create_person, register_person
from planner.store.database import Database, open_database
from planner.store.models import AuditEntry, Person, PersonSensitive, TravelDocument
from tests.participants.conftest import make_event

SECRET_EN = "Zebedee QUARTERMAINE"
SECRET_ZH = "鬱鬱蔥蔥"
SECRET_MAIL = "zebedee.q@secret.example"


def _secret_person(db: Database, event: int) -> tuple[int, int]:
    with db.write() as session:
        person = create_person(session, name_en=SECRET_EN, name_zh=SECRET_ZH, email=SECRET_MAIL,
                               phone="+852 6000 0001", position="Chief",
                               dietary_needs="no nuts").value
        session.add(PersonSensitive(person_id=person.id, date_of_birth=date(1970, 1, 2),
                                    guardian_name="Guardian QUARTERMAINE"))
        session.add(TravelDocument(person_id=person.id, doc_type=TravelDocumentType.HKID,
                                   number="Z123456(7)"))
        registration = register_person(session, event, person.id).value
    with db.write() as session:
        check_in(session, registration.id, at=datetime(2017, 5, 17, 1))
    return person.id, registration.id


def test_reveal_returns_what_was_asked_and_audits_it(db: Database) -> None:
    event = make_event(db)
    person, _reg = _secret_person(db, event)
    with db.write() as session:
        view = reveal_person(session, person, ["date_of_birth", "travel_documents", "phone"])
    assert (view.date_of_birth, view.phone, view.email) == (date(1970, 1, 2), "+852 6000 0001",
                                                            None)
    assert [d.number for d in view.travel_documents] == ["Z123456(7)"]
    with db.read() as session:
        entry = session.scalars(select(AuditEntry)).one()
        assert (entry.action, entry.user, entry.entity, entry.entity_id, entry.details) == (
            "reveal", db.user, "person", person,
            {"fields": ["date_of_birth", "travel_documents", "phone"]})


def _file_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())


def test_erasure_leaves_no_trace_but_the_count(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite"
    db = open_database(str(path), create=True)
    try:
        event = make_event(db)
        person, _reg = _secret_person(db, event)
        for secret in (SECRET_EN, SECRET_ZH, SECRET_MAIL):
            assert secret.encode() in _file_bytes(path)  # the test can see it before
        with db.write() as session:
            result = erase_person(session, person)
        scrub(db)
        assert result.registrations_kept == 1
        with db.read() as session:
            erased = session.get_one(Person, person)
            assert erased.erased_at is not None
            assert (erased.name_en, erased.name_zh, erased.email, erased.phone,
                    erased.search_key, erased.dietary_needs) == (None, None, None, None, "", None)
            assert session.scalars(select(PersonSensitive)).all() == []
            assert session.scalars(select(TravelDocument)).all() == []
            counts = attendance.counts(session, event, date(2017, 5, 17))
            assert (counts.registered, counts.checked_in) == (1, 1)  # counted anonymously
            assert attendance.search(session, event, "quartermaine") == []
            assert [e.action for e in session.scalars(select(AuditEntry))] == ["erase"]
        with db.write() as session:
            assert export_people(session, event, "csv").rows == 0
        with pytest.raises(PlannerError) as info:
            with db.write() as session:
                erase_person(session, person)
        assert info.value.code == "person_erased"
    finally:
        db.close()
    everything = _file_bytes(path)
    for secret in (SECRET_EN, SECRET_ZH, SECRET_MAIL, "Guardian QUARTERMAINE", "Z123456(7)",
                   "zebedeequartermaine"):
        assert secret.encode() not in everything, secret
        assert secret.encode("utf-16-le") not in everything, secret


def test_purge_erases_people_of_old_events_only(db: Database) -> None:
    old = make_event(db, title="2017")
    with db.write() as session:
        recent = create_event(session, kind="forum", title_en="2024", schedule=Schedule.days(
            date(2024, 5, 1), date(2024, 5, 1), "Asia/Hong_Kong")).value.id
        only_old = create_person(session, name_en="Only Old").value.id
        both = create_person(session, name_en="Both").value.id
        nothing = create_person(session, name_en="Not registered").value.id
        register_person(session, old, only_old)
        register_person(session, old, both)
        register_person(session, recent, both)
    with db.write() as session:
        result = purge_before(session, date(2020, 1, 1))
    scrub(db)
    assert (result.people, result.registrations_kept) == (1, 1)
    with db.read() as session:
        names = {i: n for i, n in session.execute(select(Person.id, Person.name_en))}
        entry = session.execute(select(AuditEntry.action, AuditEntry.details)).one()
    assert names == {only_old: None, both: "Both", nothing: "Not registered"}
    assert tuple(entry) == ("purge", {"before": "2020-01-01", "people": 1})
