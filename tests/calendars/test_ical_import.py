"""Importing real-world shaped files: Outlook (Windows zones with their own VTIMEZONE), Google
(X-WR-TIMEZONE, UTC times, all-day dates, RECURRENCE-ID), Apple (RDATE, floating times)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from planner.domain.enums import EventKind, Status
from planner.domain.errors import PlannerError
from planner.imports.ical import ReadOptions, read_calendar
from planner.operations import replay
from planner.operations.calendars import import_calendar
from planner.store.database import Database
from planner.store.models import Event, Venue
from tests.calendars.calendar_helpers import by_three_parsers, events_by_uid, export

FILES = Path(__file__).parent / "files"


def _import(db: Database, name: str, options: ReadOptions | None = None):
    parsed = read_calendar((FILES / name).read_bytes(), name, options)
    with db.write() as session:
        return import_calendar(session, parsed)


def _imported(db: Database, uid: str) -> list[Event]:
    with db.read() as s:
        found = s.scalars(select(Event).where(Event.source_uid == uid)
                          .order_by(Event.starts_at)).all()
        for event in found:
            event.schedule  # load what the assertions read  # noqa: B018
        s.expunge_all()
        return list(found)


def _utc(event: Event) -> datetime:
    return event.starts_at.replace(tzinfo=UTC)


def test_outlook_windows_zones_with_their_own_vtimezone(demo_db: Database) -> None:
    summary = _import(demo_db, "outlook.ics").value
    assert (summary.created, summary.updated) == (11, 0)
    seminar = _imported(demo_db, "040000008200E00074C5B7101A82E0080000000010A1B2C3D4E5F6"
                                 "000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90")[0]
    assert (seminar.timezone, _utc(seminar)) == ("Asia/Shanghai",
                                                 datetime(2017, 3, 15, 2, 0, tzinfo=UTC))
    assert seminar.kind == EventKind.SEMINAR and seminar.title_en == "Patent seminar for SMEs"
    with demo_db.read() as s:
        innocentre = s.scalars(select(Venue.id).where(Venue.name_en == "InnoCentre")).one()
    assert seminar.venue_id == innocentre
    taipei = _imported(demo_db, "outlook-taipei-0001")[0]
    assert (taipei.timezone, _utc(taipei)) == ("Asia/Taipei", datetime(2017, 3, 20, 6, 0,
                                                                       tzinfo=UTC))
    london = _imported(demo_db, "outlook-london-0001")[0]  # summer time: 09:00 BST is 08:00Z
    assert (london.timezone, _utc(london)) == ("Europe/London", datetime(2017, 6, 28, 8, 0,
                                                                         tzinfo=UTC))
    new_york = _imported(demo_db, "outlook-newyork-0001")[0]
    assert (new_york.timezone, _utc(new_york)) == ("America/New_York",
                                                   datetime(2017, 1, 10, 14, 0, tzinfo=UTC))
    old_style = _imported(demo_db, "outlook-2007-style-0001")[0]
    assert old_style.timezone == "Asia/Shanghai" and old_style.title_zh_hant == "版權工作會議"
    all_day = _imported(demo_db, "outlook-allday-0001")[0]
    assert all_day.all_day and (all_day.start_date, all_day.end_date) == (date(2017, 4, 1),
                                                                          date(2017, 4, 2))
    assert _imported(demo_db, "outlook-private-0001")[0].confidential


def test_outlook_recurrence_until_and_exdate(demo_db: Database) -> None:
    _import(demo_db, "outlook.ics")
    weekly = _imported(demo_db, "outlook-weekly-0001")
    assert [e.start_date for e in weekly] == [date(2017, 3, 6), date(2017, 3, 13),
                                              date(2017, 3, 27), date(2017, 4, 3)]
    assert all(e.kind == EventKind.MEETING for e in weekly)
    assert weekly[0].source_recurrence_id == "20170306T013000Z"


def test_a_territory_picks_the_hong_kong_zone_for_china_standard_time(demo_db: Database) -> None:
    _import(demo_db, "outlook.ics", ReadOptions(territory="HK"))
    assert _imported(demo_db, "outlook-weekly-0001")[0].timezone == "Asia/Hong_Kong"


def test_no_attendee_or_organiser_address_is_stored(demo_db: Database) -> None:
    _import(demo_db, "outlook.ics")
    with demo_db.read() as s:
        texts = " ".join(str(v) for e in s.scalars(select(Event).where(
            Event.source_uid.is_not(None))) for v in vars(e).values())
    assert "tm.chan@example.hk" not in texts and "mei.lee@example.hk" not in texts


def test_google_utc_times_take_the_calendar_zone_and_all_day_dates_stay_dates(
        empty_db: Database) -> None:
    _import(empty_db, "google.ics")
    seminar = _imported(empty_db, "7kq2p1v0c9h8g7f6e5d4c3b2a1@google.com")[0]
    assert seminar.timezone == "Asia/Hong_Kong"
    assert _utc(seminar) == datetime(2017, 3, 1, 1, 30, tzinfo=UTC)
    assert seminar.title_zh_hant == "版權研討會" and seminar.title_en is None
    assert "Hong Kong Convention" in (seminar.description_zh_hant or "")  # no such venue here
    fair = _imported(empty_db, "allday-2017-04-10@google.com")[0]
    assert fair.all_day and (fair.start_date, fair.end_date) == (date(2017, 4, 10),
                                                                 date(2017, 4, 12))
    assert fair.kind == EventKind.FAIR


def test_google_recurrence_with_exdate_and_recurrence_id_overrides(empty_db: Database) -> None:
    _import(empty_db, "google.ics")
    weekly = {e.source_recurrence_id: e for e in _imported(empty_db, "weekly-sync@google.com")}
    assert set(weekly) == {"20170306T010000Z", "20170313T010000Z", "20170327T010000Z",
                           "20170403T010000Z", "20170410T010000Z"}  # 20 March excluded
    moved = weekly["20170327T010000Z"]
    assert _utc(moved) == datetime(2017, 3, 28, 6, 0, tzinfo=UTC)
    assert moved.title_en == "Weekly sync (moved to Tuesday)"
    assert weekly["20170403T010000Z"].status == Status.CANCELLED


def test_apple_rdate_floating_time_and_all_day(empty_db: Database) -> None:
    _import(empty_db, "apple.ics")
    training = _imported(empty_db, "5A1C7B2E-3F4D-4E5F-8A9B-0C1D2E3F4A5B")
    assert [e.start_date.day for e in training] == [8, 15, 22]
    assert training[0].title_zh_hans == "商标培训" and training[0].kind == EventKind.TRAINING
    floating = _imported(empty_db, "F0E1D2C3-B4A5-9687-7869-5A4B3C2D1E0F")[0]
    assert floating.timezone == "Asia/Hong_Kong"
    assert _utc(floating) == datetime(2017, 6, 10, 1, 0, tzinfo=UTC)


def test_importing_the_same_file_again_changes_nothing(empty_db: Database) -> None:
    first = _import(empty_db, "google.ics").value
    with empty_db.read() as s:
        before = sorted(s.scalars(select(Event.id)))
    revision = empty_db.revision()
    again = _import(empty_db, "google.ics").value
    with empty_db.read() as s:
        assert sorted(s.scalars(select(Event.id))) == before
    assert (first.created, again.created, again.updated, again.unchanged) == (7, 0, 0, 7)
    assert empty_db.revision() == revision  # nothing written, nothing for feeds to redo


def test_a_newer_file_updates_in_place_and_cancels_what_it_dropped(empty_db: Database) -> None:
    _import(empty_db, "google.ics")
    before = {e.source_recurrence_id: e for e in _imported(empty_db, "weekly-sync@google.com")}
    seminar = _imported(empty_db, "7kq2p1v0c9h8g7f6e5d4c3b2a1@google.com")[0]
    summary = _import(empty_db, "google-v2.ics").value
    assert summary.created == 0 and summary.cancelled == 1
    after = {e.source_recurrence_id: e for e in _imported(empty_db, "weekly-sync@google.com")}
    assert {k: e.id for k, e in after.items()} == {k: e.id for k, e in before.items()}
    assert after["20170306T010000Z"].title_en == "Weekly sync (IP team)"
    assert after["20170410T010000Z"].status == Status.CANCELLED  # EXDATE added
    moved = _imported(empty_db, "7kq2p1v0c9h8g7f6e5d4c3b2a1@google.com")[0]
    assert moved.id == seminar.id and moved.start_date == date(2017, 3, 2)
    assert moved.sequence == seminar.sequence + 1 and moved.source_sequence == 1


def test_an_older_file_never_overwrites_a_newer_import(empty_db: Database) -> None:
    _import(empty_db, "google-v2.ics")
    summary = _import(empty_db, "google.ics").value
    assert summary.skipped_older >= 1
    seminar = _imported(empty_db, "7kq2p1v0c9h8g7f6e5d4c3b2a1@google.com")[0]
    assert seminar.start_date == date(2017, 3, 2)


def test_undoing_an_import_deletes_what_it_created_and_restores_what_it_changed(
        empty_db: Database) -> None:
    _import(empty_db, "google.ics")
    outcome = _import(empty_db, "google-v2.ics")
    with empty_db.write() as s:
        replay(s, outcome.undo)
    seminar = _imported(empty_db, "7kq2p1v0c9h8g7f6e5d4c3b2a1@google.com")[0]
    assert seminar.start_date == date(2017, 3, 1)
    weekly = {e.source_recurrence_id: e for e in _imported(empty_db, "weekly-sync@google.com")}
    assert weekly["20170410T010000Z"].status == Status.CONFIRMED
    first = _import(empty_db, "apple.ics")
    with empty_db.write() as s:
        replay(s, first.undo)
    assert all(e.deleted_at is not None for e in
               _imported(empty_db, "5A1C7B2E-3F4D-4E5F-8A9B-0C1D2E3F4A5B"))


def test_each_imported_occurrence_gets_its_own_uid_on_export(empty_db: Database) -> None:
    _import(empty_db, "google.ics")
    _import(empty_db, "outlook.ics")
    data = export(empty_db)
    views = by_three_parsers(data)
    assert views[0] == views[1] == views[2]
    with empty_db.read() as s:
        occurrences = s.scalars(select(Event.uid).where(
            Event.source_uid == "weekly-sync@google.com")).all()
        public = s.scalar(select(func.count()).select_from(Event).where(
            Event.confidential.is_(False)))
    assert len(set(occurrences)) == 5 and "weekly-sync@google.com" not in occurrences
    assert len(events_by_uid(data)) == public  # the private appointment stays out


def test_a_recurring_series_is_bounded_by_the_window(empty_db: Database) -> None:
    text = (FILES / "google.ics").read_bytes().replace(b"RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=MO",
                                                       b"RRULE:FREQ=DAILY")
    parsed = read_calendar(text, "endless.ics", ReadOptions(start=date(2017, 3, 1),
                                                            end=date(2017, 3, 31)))
    starts = [e.schedule.first_day or e.schedule.start.date() for e in parsed.events
              if e.source_uid == "weekly-sync@google.com"]
    # 6..31 March daily: 26, less the EXDATE (20th); the 27th is replaced by its override
    # (moved to the 28th); the cancelled override of 3 April lies outside the window.
    assert len(starts) == 25 and min(starts) >= date(2017, 3, 6)
    assert max(starts) <= date(2017, 3, 31) and date(2017, 3, 20) not in starts
    capped = read_calendar(text, "endless.ics", ReadOptions(max_occurrences=10))
    assert capped.truncated == ("weekly-sync@google.com",)


BROKEN = {
    "unclosed": (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\n"
                 b"DTSTART:20170101T000000Z\r\nEND:VCALENDAR\r\n", "ical_syntax", 6),
    "garbage": (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nthis is not a line"
                b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "ical_syntax", 5),
    "bad date": (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:ok\r\n"
                 b"DTSTART:20170101T090000Z\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:b\r\nSUMMARY:x\r\n"
                 b"DTSTART:2017-13-45\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "ical_component", 10),
    "end before start": (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:c\r\nDTSTART:20170102T000000Z"
                         b"\r\nDTEND:20170101T000000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                         "ical_component", 5),
    "no start": (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:d\r\nSUMMARY:x\r\nEND:VEVENT\r\n"
                 b"END:VCALENDAR\r\n", "ical_component", 2),
    "bad rule": (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:e\r\nDTSTART:20170102T000000Z\r\n"
                 b"RRULE:FREQ=SOMETIMES\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "ical_component", 5),
    "not utf-8": (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:\xb0\xe6\xc5v\r\n", "ical_syntax",
                  3),
    "not a calendar": (b"Subject,Start Date\r\nMeeting,2017-01-01\r\n", "ical_not_calendar",
                       None),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_file_is_refused_naming_the_line_and_nothing_is_written(
        demo_db: Database, case: str) -> None:
    data, code, line = BROKEN[case]
    revision = demo_db.revision()
    with demo_db.read() as s:
        before = s.scalar(select(func.count()).select_from(Event))
    with pytest.raises(PlannerError) as info:
        parsed = read_calendar(data, "broken.ics")
        with demo_db.write() as session:
            import_calendar(session, parsed)
    problem = info.value.problems[0]
    assert problem.code == code
    assert problem.params.get("line") == line
    assert "broken.ics" in str(info.value)
    if code == "ical_component":
        assert problem.params["component"] == "VEVENT"
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).select_from(Event)) == before
    assert demo_db.revision() == revision


def test_a_file_with_one_changed_occurrence_leaves_the_others_alone(empty_db: Database) -> None:
    _import(empty_db, "google.ics")
    only_override = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-TIMEZONE:Asia/Hong_Kong\r\n"
                     b"BEGIN:VEVENT\r\nUID:weekly-sync@google.com\r\n"
                     b"RECURRENCE-ID:20170313T010000Z\r\nSEQUENCE:2\r\n"
                     b"DTSTART:20170313T020000Z\r\nDTEND:20170313T030000Z\r\n"
                     b"SUMMARY:Weekly sync (an hour later)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    parsed = read_calendar(only_override, "invite.ics")
    with empty_db.write() as s:
        summary = import_calendar(s, parsed).value
    assert (summary.updated, summary.cancelled, summary.created) == (1, 0, 0)
    weekly = {e.source_recurrence_id: e for e in _imported(empty_db, "weekly-sync@google.com")}
    assert weekly["20170313T010000Z"].title_en == "Weekly sync (an hour later)"
    assert weekly["20170306T010000Z"].status == Status.CONFIRMED
