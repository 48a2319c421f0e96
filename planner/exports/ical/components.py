"""One calendar entry -> one VEVENT, as RFC 5545 and the big clients want it.

Timed items carry their IANA zone as TZID (the calendar adds the VTIMEZONE) or UTC; all-day
items are DATE values with the exclusive DTEND (the stored last day is inclusive). UID and
SEQUENCE come from the database, never from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from icalendar import Alarm, Event, vCalAddress, vDDDTypes, vText

from planner.domain.enums import Status
from planner.domain.schedule import zone
from planner.exports.ical import text
from planner.exports.ical.timezones import is_utc
from planner.exports.scrub import scrub
from planner.store.calendar_rows import CalendarEntry

STATUS = {Status.DRAFT: "TENTATIVE", Status.CONFIRMED: "CONFIRMED",
          Status.COMPLETED: "CONFIRMED", Status.CANCELLED: "CANCELLED"}


@dataclass(frozen=True)
class ExportOptions:
    """Choices per export: language of the text, reminders, and the calendar's name."""

    language: str = "bilingual"
    alarms: tuple[timedelta, ...] = ()
    name: str | None = None
    refresh: timedelta = timedelta(hours=1)


def utc(value: datetime) -> datetime:
    """A stored naive UTC value (or an aware one) as an aware UTC datetime."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def span(entry: CalendarEntry) -> tuple[object, object]:
    """DTSTART and DTEND values: dates (DTEND exclusive) or aware datetimes in the item's zone."""
    schedule = entry.schedule
    if schedule.all_day:
        assert schedule.first_day and schedule.last_day
        return schedule.first_day, schedule.last_day + timedelta(days=1)
    assert schedule.start and schedule.end
    if is_utc(schedule.timezone):
        return schedule.start.astimezone(UTC), schedule.end.astimezone(UTC)
    tz = zone(schedule.timezone)
    return schedule.start.astimezone(tz), schedule.end.astimezone(tz)


@lru_cache(maxsize=16)
def stamp(now: datetime) -> vDDDTypes:
    """One encoded DTSTAMP shared by every VEVENT of a calendar (encoding it is not free)."""
    return vDDDTypes(utc(now))


@lru_cache(maxsize=4096)
def _organiser(address: str, name: str) -> vCalAddress:
    # Shared between VEVENTs and calendars: serialising never modifies a property.
    value = vCalAddress(address)
    value.params["CN"] = name
    return value


_FIXED = {name: vText(name) for name in ("PUBLIC", "OPAQUE", "TRANSPARENT", "TENTATIVE",
                                         "CONFIRMED", "CANCELLED")}


def vevent(entry: CalendarEntry, options: ExportOptions, *, now: datetime,
           organiser_address: str) -> Event:
    """The VEVENT of one entry; `now` is the DTSTAMP (the time of generation, UTC)."""
    language = options.language
    event = Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", stamp(now))
    event.add("sequence", entry.sequence)
    start, end = span(entry)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", text.summary(entry, language))
    event.add("status", _FIXED[STATUS[entry.status]])
    event.add("class", _FIXED["PUBLIC"])
    event.add("transp", _FIXED["TRANSPARENT" if entry.schedule.all_day else "OPAQUE"])
    event.add("created", utc(entry.created_at))
    event.add("last-modified", utc(entry.modified_at))
    _optional(event, entry, language, organiser_address)
    if entry.status != Status.CANCELLED:
        for before in options.alarms:
            event.add_component(alarm(before, text.summary(entry, language)))
    return event


def _optional(event: Event, entry: CalendarEntry, language: str, organiser_address: str) -> None:
    where = text.location(entry.place, language)
    if where:
        event.add("location", where)
    if entry.place and entry.place.latitude is not None and entry.place.longitude is not None:
        event.add("geo", (entry.place.latitude, entry.place.longitude))
    about = text.description(entry, language)
    if about:
        event.add("description", about)
    event.add("categories", text.categories(entry, language))
    organiser = scrub(text.pick(entry.organiser, language))
    if organiser:
        event.add("organizer", _organiser(organiser_address, organiser))


def alarm(before: timedelta, what: str) -> Alarm:
    """A display reminder `before` the start."""
    reminder = Alarm()
    reminder.add("action", "DISPLAY")
    reminder.add("description", what)
    reminder.add("trigger", -before)
    return reminder
