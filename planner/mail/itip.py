"""Calendar invitations by e-mail (iTIP over iMIP, RFC 5546 and 6047).

The VEVENTs are the feeds' own (same UID, same SEQUENCE, same words); an invitation adds the
METHOD, the sender as ORGANIZER and the one recipient as ATTENDEE, so Outlook, Google and
Apple show Accept and Decline. A cancellation carries the UIDs with STATUS:CANCELLED and a
SEQUENCE above the one the recipient last had.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from icalendar import Calendar, Event, vCalAddress, vText

from planner.exports.ical.calendar import PRODID, zone_years
from planner.exports.ical.components import ExportOptions, vevent
from planner.exports.ical.timezones import vtimezone
from planner.store.calendar_rows import CalendarEntry

# The calendar text's language for a message's language (planner.exports.ical.text).
ICAL_LANGUAGE = {"en": "en", "zh-hk": "zh_hant", "zh-cn": "zh_hans"}


@dataclass(frozen=True)
class Party:
    address: str
    name: str


@dataclass(frozen=True)
class Cancelled:
    """A component to cancel: its UID and the SEQUENCE to send; the entry when still known."""

    uid: str
    sequence: int
    entry: CalendarEntry | None = None


def _address(party: Party, **params: str) -> vCalAddress:
    value = vCalAddress(f"mailto:{party.address}")
    if party.name:
        value.params["CN"] = vText(party.name)
    for key, param in params.items():
        value.params[key.replace("_", "-").upper()] = param
    return value


def _calendar(method: str, entries: list[CalendarEntry]) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)
    for tzid, (first, last) in sorted(zone_years(tuple(entries)).items()):
        cal.add_component(vtimezone(tzid, first, last))
    return cal


def _people(event: Event, organiser: Party, attendee: Party, method: str) -> None:
    event.pop("ORGANIZER", None)
    event.add("organizer", _address(organiser))
    if method == "REQUEST":
        event.add("attendee", _address(attendee, role="REQ-PARTICIPANT",
                                       partstat="NEEDS-ACTION", rsvp="TRUE"))
    else:
        event.add("attendee", _address(attendee))


def request(entries: list[CalendarEntry], organiser: Party, attendee: Party, language: str,
            now: datetime) -> bytes:
    """METHOD:REQUEST for these entries, addressed to one attendee."""
    cal = _calendar("REQUEST", entries)
    options = ExportOptions(language=ICAL_LANGUAGE.get(language, "en"))
    for entry in entries:
        event = vevent(entry, options, now=now, organiser_address=f"mailto:{organiser.address}")
        _people(event, organiser, attendee, "REQUEST")
        cal.add_component(event)
    return cal.to_ical()


def cancel(items: list[Cancelled], organiser: Party, attendee: Party, language: str,
           now: datetime) -> bytes:
    """METHOD:CANCEL for these UIDs, addressed to one attendee."""
    known = [c.entry for c in items if c.entry is not None]
    cal = _calendar("CANCEL", known)
    options = ExportOptions(language=ICAL_LANGUAGE.get(language, "en"))
    for item in items:
        if item.entry is not None:
            event = vevent(item.entry, options, now=now,
                           organiser_address=f"mailto:{organiser.address}")
            for name in ("SEQUENCE", "STATUS"):
                event.pop(name, None)
        else:
            event = Event()
            event.add("uid", item.uid)
            event.add("dtstamp", now)
        event.add("sequence", item.sequence)
        event.add("status", "CANCELLED")
        _people(event, organiser, attendee, "CANCEL")
        cal.add_component(event)
    return cal.to_ical()
