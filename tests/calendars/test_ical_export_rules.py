"""The export's rules on the demo programme and the small one: parsers agree, UIDs hold,
SEQUENCE advances, cancelled items stay, confidential and personal data never appear."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import icalendar
import pytest
from sqlalchemy import select

from planner.domain.enums import Status
from planner.domain.errors import NotFoundError, PlannerError
from planner.domain.schedule import Schedule
from planner.exports.ical import ExportOptions
from planner.operations.delegations import update_delegation
from planner.operations.events import update_event
from planner.store.database import Database
from planner.store.models import (
    Delegation,
    DelegationContact,
    Event,
    ExchangeProgramme,
    ItineraryItem,
    Organisation,
    Person,
    PersonSensitive,
    TravelDocument,
)
from tests.calendars.calendar_helpers import by_three_parsers, events_by_uid, export, unfolded
from tests.calendars.small_programme import SECRETS


def _adult_member(db: Database) -> int:
    with db.read() as s:
        return s.scalars(select(Person.id).where(Person.is_minor.is_(False))
                         .join(Person.documents).limit(1)).one()


@pytest.mark.parametrize("scope", ["all", "delegation", "programme", "organisation", "person"])
def test_every_export_reads_the_same_in_three_independent_parsers(demo_db: Database,
                                                                  scope: str) -> None:
    target = {"all": None, "delegation": 1, "programme": 1, "organisation": 1,
              "person": _adult_member(demo_db)}[scope]
    icalendar_view, ical_view, vobject_view = by_three_parsers(export(demo_db, scope, target))
    assert icalendar_view, scope
    assert icalendar_view == ical_view == vobject_view


def test_the_small_programme_reads_the_same_in_three_parsers(small_db: Database) -> None:
    for options in (ExportOptions(), ExportOptions(language="zh_hans",
                                                   alarms=(timedelta(minutes=30),))):
        views = by_three_parsers(export(small_db, options=options))
        assert len(views[0]) == 8 and views[0] == views[1] == views[2]


def test_whole_programme_holds_every_public_event_and_every_itinerary_item(
        demo_db: Database) -> None:
    uids = set(events_by_uid(export(demo_db)))
    with demo_db.read() as s:
        public = set(s.scalars(select(Event.uid).where(Event.confidential.is_(False))))
        secret = set(s.scalars(select(Event.uid).where(Event.confidential.is_(True))))
        stops = set(s.scalars(select(ItineraryItem.uid)))
        delegations = set(s.scalars(select(Delegation.uid)))
    assert len(public) == 21 and len(secret) == 5
    assert uids == public | stops | delegations
    assert not uids & secret


def test_confidential_events_are_refused_and_absent_from_every_scope(demo_db: Database) -> None:
    with demo_db.read() as s:
        secret = s.scalars(select(Event).where(Event.confidential.is_(True))).all()
        organisers = {o.organisation_id for e in secret for o in e.organisers}
        secret_uids, first = {e.uid for e in secret}, secret[0].id
    with pytest.raises(PlannerError) as info:
        export(demo_db, "event", first)
    assert info.value.code == "calendar_confidential"
    for org in organisers:
        assert not set(events_by_uid(export(demo_db, "organisation", org))) & secret_uids


def test_uids_are_stable_across_exports_and_an_edit(demo_db: Database) -> None:
    first = events_by_uid(export(demo_db))
    second = events_by_uid(export(demo_db))
    assert list(first) == list(second)
    with demo_db.write() as s:
        event = s.scalars(select(Event).where(Event.confidential.is_(False))).first()
        update_event(s, event.id, event.version, title_en="Renamed for the test")
        uid = event.uid
    third = events_by_uid(export(demo_db))
    assert set(third) == set(first)
    assert str(third[uid]["SUMMARY"]).startswith("Renamed for the test")
    assert int(third[uid]["SEQUENCE"]) == int(first[uid]["SEQUENCE"])  # a title is no reschedule


def test_sequence_and_last_modified_advance_when_time_changes(small_db: Database) -> None:
    before = events_by_uid(export(small_db))["event-seminar@golden.example"]
    moved = Schedule.timed(datetime(2016, 6, 16, 9, 30), datetime(2016, 6, 16, 17),
                           "Asia/Hong_Kong")
    with small_db.write() as s:
        update_event(s, 1, None, schedule=moved)
    after = events_by_uid(export(small_db))["event-seminar@golden.example"]
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
    assert after["LAST-MODIFIED"].dt > before["LAST-MODIFIED"].dt
    assert after["DTSTART"].dt == moved.start


def test_a_cancelled_delegation_cancels_its_itinerary_and_advances_its_sequence(
        small_db: Database) -> None:
    before = events_by_uid(export(small_db, "delegation", 1))
    with small_db.write() as s:
        update_delegation(s, 1, None, status=Status.CANCELLED)
    after = events_by_uid(export(small_db, "delegation", 1))
    assert set(after) == set(before)  # kept, so subscribers see the cancellation
    for uid, component in after.items():
        assert component["STATUS"] == "CANCELLED"
        assert int(component["SEQUENCE"]) > int(before[uid]["SEQUENCE"])
        assert str(component["SUMMARY"]).startswith("Cancelled: ")


def test_cancelled_items_are_kept_with_status_cancelled_and_no_reminder(
        small_db: Database) -> None:
    found = events_by_uid(export(small_db, options=ExportOptions(alarms=(timedelta(hours=1),))))
    forum = found["event-forum@golden.example"]
    assert forum["STATUS"] == "CANCELLED"
    assert not forum.walk("VALARM")
    assert [str(a["TRIGGER"].to_ical(), "ascii") for a in
            found["event-seminar@golden.example"].walk("VALARM")] == ["-PT1H"]


def test_all_day_items_are_dates_with_an_exclusive_end(demo_db: Database) -> None:
    with demo_db.read() as s:
        rows = s.scalars(select(Event).where(Event.all_day.is_(True),
                                             Event.confidential.is_(False))).all()
        expected = {e.uid: (e.start_date, e.end_date + timedelta(days=1)) for e in rows}
    found = events_by_uid(export(demo_db))
    assert expected
    for uid, (first, after_last) in expected.items():
        start, end = found[uid]["DTSTART"].dt, found[uid]["DTEND"].dt
        assert not isinstance(start, datetime) and (start, end) == (first, after_last)


def test_timed_items_carry_a_tzid_with_its_vtimezone_or_utc(demo_db: Database,
                                                            small_db: Database) -> None:
    for db in (demo_db, small_db):
        data = export(db)
        cal = icalendar.Calendar.from_ical(data)
        assert cal.get_missing_tzids() == set()
        assert {tz.tz_name for tz in cal.timezones} <= {"Asia/Hong_Kong", "Asia/Shanghai",
                                                        "Asia/Macau"}
        inside = False
        for line in unfolded(data):
            inside = {"BEGIN:VEVENT": True, "END:VEVENT": False}.get(line, inside)
            if inside and line.startswith(("DTSTART", "DTEND")) and "VALUE=DATE" not in line:
                assert "TZID=" in line or line.endswith("Z"), line


def test_feed_headers_are_present(small_db: Database) -> None:
    lines = unfolded(export(small_db, options=ExportOptions(name="Team calendar")))
    for wanted in ("METHOD:PUBLISH", "X-WR-CALNAME:Team calendar", "X-WR-TIMEZONE:Asia/Hong_Kong",
                   "REFRESH-INTERVAL;VALUE=DURATION:PT1H", "X-PUBLISHED-TTL:PT1H"):
        assert wanted in lines
    assert sum(line.startswith("DTSTAMP:") for line in lines) == 8


def test_cjk_text_folds_at_75_octets_without_splitting_a_character(small_db: Database) -> None:
    data = export(small_db)
    physical = data.split(b"\r\n")
    assert max(len(line) for line in physical) <= 75
    long_lines = [line for line in physical if len(line) >= 70]
    assert any(line.startswith(b" ") for line in long_lines)  # something was folded
    for line in physical:
        line.decode("utf-8")  # raises if a fold split a multi-byte character
    summary = str(events_by_uid(data)["event-seminar@golden.example"]["SUMMARY"])
    assert summary.endswith("知識產權交易與融資專題分享會")


def test_escaping_round_trips_commas_semicolons_and_newlines(small_db: Database) -> None:
    event = events_by_uid(export(small_db, options=ExportOptions(language="en")))[
        "event-seminar@golden.example"]
    assert str(event["SUMMARY"]) == "SME seminar, IP management; protection"
    assert "Theme: Managing IP, line one\nline two" in str(event["DESCRIPTION"])
    assert str(event["LOCATION"]).endswith("Kowloon Tong; Hong Kong")


def test_location_geo_organiser_and_categories(small_db: Database) -> None:
    event = events_by_uid(export(small_db))["event-seminar@golden.example"]
    assert str(event["LOCATION"]) == ("InnoCentre, 72 Tat Chee Avenue, Kowloon Tong; Hong Kong"
                                      " / 創新中心，香港九龍塘達之路72號")
    assert (event["GEO"].latitude, event["GEO"].longitude) == (22.3367, 114.1745)
    assert event["ORGANIZER"].params["CN"] == "Intellectual Property Department / 知識產權署"
    assert event["CATEGORIES"].cats == ["Seminar", "Co-operation item 2016-17/3"]


def test_itinerary_descriptions_name_host_and_contact_but_no_phone(small_db: Database) -> None:
    visit = events_by_uid(export(small_db, "delegation", 1, options=ExportOptions(language="en")))[
        "itinerary-visit-2@golden.example"]
    text = str(visit["DESCRIPTION"])
    assert "Host: Intellectual Property Department" in text
    assert "Contact: HKIPD liaison" in text
    assert "138" not in text and "private notes" not in text


def test_no_personal_data_in_any_calendar_of_the_small_programme(small_db: Database) -> None:
    calendars = [export(small_db), export(small_db, "person", 1), export(small_db, "delegation", 1),
                 export(small_db, "event", 1), export(small_db, "organisation", 1)]
    for data in calendars:
        text = "\n".join(unfolded(data)).replace("\\,", ",").replace("\\;", ";")
        for secret in SECRETS:
            assert secret not in text


def test_no_personal_data_in_the_demo_calendars(demo_db: Database) -> None:
    with demo_db.read() as s:
        secrets = {v for v in s.scalars(select(Person.email)) if v}
        secrets |= {v for v in s.scalars(select(Person.phone)) if v}
        secrets |= {v for v in s.scalars(select(TravelDocument.number)) if v}
        secrets |= {v for v in s.scalars(select(DelegationContact.phone)) if v}
        secrets |= {v for v in s.scalars(select(PersonSensitive.guardian_phone)) if v}
        secrets |= {v for v in s.scalars(select(PersonSensitive.guardian_name)) if v}
        births = {d for d in s.scalars(select(PersonSensitive.date_of_birth)) if d}
        person = _adult_member(demo_db)
    secrets |= {d.isoformat() for d in births} | {d.strftime("%Y%m%d") for d in births}
    assert len(secrets) > 100
    for data in (export(demo_db), export(demo_db, "person", person),
                 export(demo_db, "delegation", 1)):
        text = "\n".join(unfolded(data)).replace("\\,", ",").replace("\\;", ";")
        leaked = [s for s in secrets if s in text]
        assert leaked == []


def test_a_person_calendar_lists_their_own_role_and_is_refused_for_a_minor(
        small_db: Database) -> None:
    found = events_by_uid(export(small_db, "person", 1, ExportOptions(language="en")))
    assert "Your role: Speaker" in str(found["event-seminar@golden.example"]["DESCRIPTION"])
    assert "Your role: Leader" in str(found["delegation-visit@golden.example"]["DESCRIPTION"])
    assert "event-raid@golden.example" not in found  # registered, but confidential
    with pytest.raises(PlannerError) as info:
        export(small_db, "person", 2)
    assert info.value.code == "calendar_person_minor"


def test_date_and_item_filters(demo_db: Database) -> None:
    start, end = date(2016, 10, 1), date(2016, 12, 31)
    found = events_by_uid(export(demo_db, start=start, end=end))
    assert found
    for component in found.values():
        first = component["DTSTART"].dt
        last = component["DTEND"].dt
        first = first.date() if isinstance(first, datetime) else first
        last = last.date() if isinstance(last, datetime) else last - timedelta(days=1)
        assert last >= start - timedelta(days=1) and first <= end + timedelta(days=1)
    with demo_db.read() as s:
        item_id = s.scalars(select(Event.item_id).where(Event.item_id.is_not(None),
                                                        Event.confidential.is_(False))).first()
        expected = set(s.scalars(select(Event.uid).where(Event.item_id == item_id,
                                                         Event.confidential.is_(False))))
    only_item = set(events_by_uid(export(demo_db, item_id=item_id)))
    assert expected <= only_item
    assert only_item < set(events_by_uid(export(demo_db)))


def test_programme_and_organisation_scopes(demo_db: Database) -> None:
    with demo_db.read() as s:
        programme = s.scalars(select(ExchangeProgramme)).first()
        legs, programme_id = {d.uid for d in programme.legs}, programme.id
        org = s.scalars(select(Organisation.id).where(Organisation.code == "HKIPD")).one()
        led = set(s.scalars(select(Delegation.uid).where(Delegation.lead_organisation_id == org)))
    assert len(legs) == 2
    assert legs <= set(events_by_uid(export(demo_db, "programme", programme_id)))
    assert led and led <= set(events_by_uid(export(demo_db, "organisation", org)))


def test_unknown_targets_and_missing_ids_are_refused(demo_db: Database) -> None:
    with pytest.raises(NotFoundError):
        export(demo_db, "delegation", 9999)
    with pytest.raises(PlannerError) as info:
        export(demo_db, "programme", None)
    assert info.value.code == "calendar_scope_needs_id"
    with pytest.raises(PlannerError) as info:
        export(demo_db, "nonsense", 1)
    assert info.value.code == "calendar_bad_scope"


@pytest.mark.parametrize("scope, target", [("all", None), ("organisation", 1),
                                           ("organisation", 2), ("programme", 2)])
def test_no_uid_appears_twice(demo_db: Database, scope: str, target: int | None) -> None:
    data = export(demo_db, scope, target)
    uids = [line[4:] for line in unfolded(data) if line.startswith("UID:")]
    assert uids and len(uids) == len(set(uids)) == data.count(b"BEGIN:VEVENT")


def test_a_session_is_placed_in_its_room_at_the_venue(demo_db: Database) -> None:
    from planner.operations.sessions import create_session

    when = Schedule.timed(datetime(2016, 8, 2, 10), datetime(2016, 8, 2, 11), "Asia/Shanghai")
    with demo_db.write() as s:
        talk = create_session(s, 2, title_en="Copyright clinic", room="Hall 5B",
                              schedule=when).value
    entries = events_by_uid(export(demo_db, "event", 2, ExportOptions(language="en")))
    found = entries[talk.uid]
    assert str(found["LOCATION"]).startswith("Hall 5B, ")
    parent = [e for uid, e in entries.items() if uid != talk.uid][0]
    assert str(found["LOCATION"]) == "Hall 5B, " + str(parent["LOCATION"])
