"""Capacity, the waiting list and who moves up; check-in and check-out per day; walk-ins."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from planner.domain.enums import RegistrationStatus
from planner.domain.errors import PlannerError
from planner.operations import replay
from planner.operations.events import update_event
from planner.operations.participants import (
    attendance,
    cancel_registration,
    check_in,
    check_out,
    enrol,
    promote_waiting,
    walk_in,
)
from planner.operations.people import create_person
from planner.store import queries
from planner.store.database import Database
from planner.store.models import Attendance, Registration
from tests.participants.conftest import FIRST_DAY, make_event, make_org


def _person(db: Database, name_en: str, name_zh: str | None = None, **values) -> int:
    with db.write() as session:
        return create_person(session, name_en=name_en, name_zh=name_zh, **values).value.id


def _enrol(db: Database, event: int, person: int, day: int = 1):
    with db.write() as session:
        return enrol(session, event, person, registered_at=datetime(2017, 4, day, 9)).value


def _statuses(db: Database, event: int) -> dict[str, str]:
    with db.read() as session:
        return {r.person.name_en: r.status.value
                for r in queries.list_registrations(session, event)}


def test_waiting_list_and_promotion_on_cancel(db: Database) -> None:
    event = make_event(db, capacity=2)
    regs = {name: _enrol(db, event, _person(db, name), day)
            for day, name in enumerate(["Ann", "Ben", "Cat", "Dan"], 1)}
    assert _statuses(db, event) == {"Ann": "registered", "Ben": "registered",
                                    "Cat": "waitlisted", "Dan": "waitlisted"}
    with db.write() as session:
        outcome = cancel_registration(session, regs["Ben"].id, regs["Ben"].version)
    assert [r.person.name_en for r in outcome.value.promoted] == ["Cat"]  # first in line
    assert _statuses(db, event) == {"Ann": "registered", "Ben": "cancelled",
                                    "Cat": "registered", "Dan": "waitlisted"}
    with db.write() as session:
        undone = replay(session, outcome.undo)
    assert _statuses(db, event)["Cat"] == "waitlisted"
    assert _statuses(db, event)["Ben"] == "registered"
    with db.write() as session:  # redo: cancelled again, and Cat moves up again
        assert [r.person.name_en for r in replay(session, undone.undo).value.promoted] == ["Cat"]


def test_cancelling_a_waiting_registration_promotes_nobody(db: Database) -> None:
    event = make_event(db, capacity=1)
    _enrol(db, event, _person(db, "Ann"))
    waiting = _enrol(db, event, _person(db, "Ben"), 2)
    with db.write() as session:
        outcome = cancel_registration(session, waiting.id, waiting.version, status="declined")
    assert outcome.value.promoted == ()
    with pytest.raises(PlannerError) as info:
        with db.write() as session:
            cancel_registration(session, waiting.id, None)
    assert info.value.code == "registration_closed"


def test_raising_the_capacity_promotes_in_order(db: Database) -> None:
    event = make_event(db, capacity=1)
    for day, name in enumerate(["Ann", "Ben", "Cat", "Dan"], 1):
        _enrol(db, event, _person(db, name), day)
    with db.write() as session:
        update_event(session, event, None, capacity=3)
        outcome = promote_waiting(session, event)
    assert [r.person.name_en for r in outcome.value] == ["Ben", "Cat"]
    with db.write() as session:
        replay(session, outcome.undo)
    assert _statuses(db, event)["Ben"] == "waitlisted"


def test_check_in_and_out_per_day(db: Database) -> None:
    event = make_event(db, days=2)
    reg = _enrol(db, event, _person(db, "CHAN Tai-man", "陳大文"))
    day1, day2 = FIRST_DAY, date(2017, 5, 18)
    first = datetime(2017, 5, 17, 1, 0)  # 09:00 in Hong Kong
    with db.write() as session:
        row = check_in(session, reg.id, at=first).value
    assert (row.day, row.checked_in_at, row.first_checked_in_at) == (day1, first, first)
    with pytest.raises(PlannerError) as info:
        with db.write() as session:
            check_in(session, reg.id, at=datetime(2017, 5, 17, 2, 0))
    assert info.value.code == "already_checked_in"
    with db.write() as session:
        check_out(session, reg.id, at=datetime(2017, 5, 17, 9, 0))
        back = check_in(session, reg.id, at=datetime(2017, 5, 17, 9, 30)).value
        assert (back.checked_in_at, back.checked_out_at) == (first, None)
        second = check_in(session, reg.id, day=day2, at=datetime(2017, 5, 18, 1, 5)).value
    assert second.first_checked_in_at == first  # the registration keeps the first check-in
    with db.read() as session:
        counts = attendance.counts(session, event, day2)
        days = session.scalars(select(Attendance.day).order_by(Attendance.day)).all()
    assert days == [day1, day2]
    assert (counts.checked_in, counts.present, counts.by_day) == (1, 1, {day1: 1, day2: 1})


def test_check_in_undo_and_refusals(db: Database) -> None:
    event = make_event(db, capacity=1)
    reg = _enrol(db, event, _person(db, "Ann"))
    waiting = _enrol(db, event, _person(db, "Ben"), 2)
    with db.write() as session:
        outcome = check_in(session, reg.id, at=datetime(2017, 5, 17, 1))
    with db.write() as session:
        undone = replay(session, outcome.undo)
    assert undone.value.checked_in_at is None and undone.value.first_checked_in_at is None
    with db.read() as session:
        assert session.scalars(select(Attendance)).all() == []
    with db.write() as session:
        assert replay(session, undone.undo).value.checked_in_at == datetime(2017, 5, 17, 1)
    for ident, kwargs, code in [(waiting.id, {}, "not_registered"),
                                (reg.id, {"day": date(2017, 5, 20)}, "day_outside_event")]:
        with pytest.raises(PlannerError) as info:
            with db.write() as session:
                check_in(session, ident, **kwargs)
        assert info.value.code == code
    with pytest.raises(PlannerError) as info:
        with db.write() as session:
            check_out(session, waiting.id)
    assert info.value.code == "not_checked_in"


def test_search_by_code_english_chinese_either_script_and_organisation(db: Database) -> None:
    event = make_event(db)
    customs = make_org(db, "C&ED", "Customs and Excise Department", "香港海關", "香港海关")
    chan = _enrol(db, event, _person(db, "CHAN Tai-man", "陳大文", organisation_id=customs))
    _enrol(db, event, _person(db, "LEE Ka-yan", "李嘉欣"), 2)
    other_event = make_event(db, title="Elsewhere")
    _enrol(db, other_event, _person(db, "CHAN Siu-ming", "陳小明"))
    with db.read() as session:
        code = session.get_one(Registration, chan.id).check_in_code

        def names(text: str) -> list[str | None]:
            return [r.person.name_en for r in attendance.search(session, event, text)]

        assert names(code or "") == ["CHAN Tai-man"]
        assert names((code or "").lower()) == ["CHAN Tai-man"]
        assert names("tai man") == ["CHAN Tai-man"]
        assert names("陳大") == ["CHAN Tai-man"]
        assert names("陈大文") == ["CHAN Tai-man"]  # typed in Simplified
        assert names("海關") == ["CHAN Tai-man"]
        assert names("chan") == ["CHAN Tai-man"]  # not the other event's CHAN
        assert names("") == [] and names("nobody") == []


def test_walk_in_registered_whatever_the_capacity(db: Database) -> None:
    event = make_event(db, capacity=1)
    _enrol(db, event, _person(db, "Ann"))
    with db.write() as session:
        outcome = walk_in(session, event, name_en="Walk In", name_zh="即場")
    row = outcome.value
    assert (row.status, row.walk_in) == (RegistrationStatus.REGISTERED, True)
    with db.write() as session:
        check_in(session, row.registration_id, at=datetime(2017, 5, 17, 2))
        counts = attendance.counts(session, event)
    assert (counts.registered, counts.walk_ins, counts.checked_in) == (2, 1, 1)
    with db.write() as session:
        replay(session, outcome.undo)
    with db.read() as session:
        assert attendance.counts(session, event).registered == 1
        assert attendance.search(session, event, "walk in") == []
