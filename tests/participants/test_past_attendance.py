"""One check-in model: past attendance with its real date and time, on the event's clock, the
same counts for the desk and the panel, and the command line's `people check-in --at`."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from planner.cli.main import main
from planner.domain.errors import PlannerError
from planner.domain.schedule import Schedule
from planner.operations import replay
from planner.operations.events import create_event
from planner.operations.participants import attendance, check_in, check_out, enrol
from planner.operations.people import create_person
from planner.store.base import utcnow
from planner.store.database import Database
from planner.store.models import Attendance, Registration
from tests.participants.conftest import FIRST_DAY, HK, make_event


def _registration(db: Database, event: int, name: str = "CHAN Tai-man") -> int:
    with db.write() as session:
        person = create_person(session, name_en=name, name_zh="陳大文").value.id
        return enrol(session, event, person).value.id


def _timed_event(db: Database, start: datetime, end: datetime) -> int:
    with db.write() as session:
        return create_event(session, kind="forum", title_en="Timed forum",
                            schedule=Schedule.timed(start, end, HK)).value.id


def test_a_past_event_is_stamped_with_its_start_not_today(db: Database) -> None:
    event = _timed_event(db, datetime(2017, 5, 17, 9, 30, tzinfo=ZoneInfo(HK)),
                         datetime(2017, 5, 17, 17, 0, tzinfo=ZoneInfo(HK)))
    reg = _registration(db, event)
    with db.read() as session:
        when = attendance.attendance_time(session, event)
    assert not when.on_today and when.day == FIRST_DAY
    assert when.default_at == datetime(2017, 5, 17, 1, 30)  # 09:30 in Hong Kong, in UTC
    with db.write() as session:
        row = check_in(session, reg).value
        out = check_out(session, reg).value
    assert (row.day, row.checked_in_at) == (FIRST_DAY, datetime(2017, 5, 17, 1, 30))
    assert out.checked_out_at == datetime(2017, 5, 17, 9, 0)  # its end, 17:00 local
    with db.read() as session:
        counts = attendance.counts(session, event)
    assert (counts.day, counts.checked_in, counts.attended, counts.present) == (FIRST_DAY, 1,
                                                                                1, 0)


def test_a_signed_sheet_records_real_times_and_undo_removes_them(db: Database) -> None:
    event = make_event(db, days=2)
    early, late = _registration(db, event), _registration(db, event, "LEE Ka-yan")
    with db.write() as session:
        at = attendance.from_event_clock(session, late, datetime(2017, 5, 18, 9, 40))
        outcome = check_in(session, late, at=at)
    assert at == datetime(2017, 5, 18, 1, 40)
    assert (outcome.value.day, outcome.value.checked_in_at) == (date(2017, 5, 18), at)
    with db.write() as session:  # the sheet of the first day, typed in afterwards
        check_in(session, late, at=datetime(2017, 5, 17, 2, 5))
        check_in(session, early, at=datetime(2017, 5, 17, 0, 55))
    with db.read() as session:
        first = session.get_one(Registration, late).checked_in_at
        day1 = attendance.counts(session, event, FIRST_DAY)
    assert first == datetime(2017, 5, 17, 2, 5)  # the earliest arrival, whatever the order
    assert (day1.checked_in, day1.attended, day1.by_day) == (
        2, 2, {FIRST_DAY: 2, date(2017, 5, 18): 1})
    with db.write() as session:
        replay(session, outcome.undo)
    with db.read() as session:
        days = session.scalars(select(Attendance.day).where(
            Attendance.registration_id == late).order_by(Attendance.day)).all()
    assert days == [FIRST_DAY]


def test_times_outside_the_event_or_to_come_are_refused(db: Database) -> None:
    event = make_event(db)
    reg = _registration(db, event)
    for at, code in [(datetime(2026, 12, 3, 7, 11), "day_outside_event"),
                     (utcnow() + timedelta(days=400), "day_outside_event")]:
        with pytest.raises(PlannerError) as info:
            with db.write() as session:
                check_in(session, reg, at=at)
        assert info.value.code == code
    tomorrow = (datetime.now(ZoneInfo(HK)) + timedelta(days=1)).date()
    with db.write() as session:
        future = create_event(session, kind="forum", title_en="Next", schedule=Schedule.days(
            tomorrow, tomorrow, HK)).value.id
    reg = _registration(db, future, "Ben")
    with pytest.raises(PlannerError) as info:
        with db.write() as session:
            check_in(session, reg)
    assert info.value.code == "attendance_in_future"
    with db.read() as session:
        assert session.scalars(select(Attendance)).all() == []


def test_an_event_on_today_checks_in_now(db: Database) -> None:
    today = datetime.now(ZoneInfo(HK)).date()
    with db.write() as session:
        event = create_event(session, kind="forum", title_en="Today", schedule=Schedule.days(
            today, today, HK)).value.id
    reg = _registration(db, event)
    before = utcnow()
    with db.read() as session:
        when = attendance.attendance_time(session, event)
    assert when.on_today and when.day == today
    with db.write() as session:
        row = check_in(session, reg).value
    assert row.day == today and before <= row.checked_in_at <= utcnow()


def test_command_line_check_in_at_a_time_on_the_events_clock(db: Database) -> None:
    event = make_event(db)
    reg = _registration(db, event)

    def run(*argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        return main(["--db", str(db.url.database), *argv], out, err), out.getvalue(), err.getvalue()

    code, out, err = run("people", "check-in", str(reg), "--at", "2017-05-17 09:40")
    assert code == 0, err
    assert out == (f"CHAN Tai-man 陳大文: registration {reg} checked in on 2017-05-17 at 09:40 "
                   "(Asia/Hong_Kong)\n")
    code, out, err = run("people", "check-in", str(reg), "--at", "2017-05-17 10:00")
    assert code == 2 and "already checked in" in err
    code, _out, err = run("people", "check-in", str(reg), "--at", "yesterday")
    assert code == 2 and "YYYY-MM-DD HH:MM" in err
    code, out, err = run("people", "check-out", str(reg), "--at", "2017-05-17 16:15")
    assert code == 0 and "checked out on 2017-05-17 at 16:15" in out, err
    with db.read() as session:
        marks = session.execute(select(Attendance.checked_in_at,
                                       Attendance.checked_out_at)).all()
    assert [tuple(m) for m in marks] == [(datetime(2017, 5, 17, 1, 40),
                                          datetime(2017, 5, 17, 8, 15))]
