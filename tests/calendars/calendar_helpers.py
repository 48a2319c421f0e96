"""Reading what we wrote: unfolding, and three independent parsers (icalendar, ical, vobject)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import icalendar
import vobject
from ical.calendar_stream import IcsCalendarStream

from planner.exports.ical import ExportOptions, export_ical
from planner.store.calendar_rows import CalendarScope
from planner.store.database import Database


def export(db: Database, kind: str = "all", target: int | None = None,
           options: ExportOptions | None = None, **filters: Any) -> bytes:
    with db.read() as session:
        return export_ical(session, CalendarScope(kind, target, **filters), options)


def unfolded(data: bytes) -> list[str]:
    """Logical content lines (RFC 5545 unfolding)."""
    return data.decode("utf-8").replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")


def events_by_uid(data: bytes) -> dict[str, Any]:
    cal = icalendar.Calendar.from_ical(data)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def _instant(value: date | datetime) -> str:
    if isinstance(value, datetime):
        assert value.tzinfo is not None, "a floating time was written"
        return value.astimezone(UTC).isoformat()
    return value.isoformat()


def by_three_parsers(data: bytes) -> list[dict[str, tuple[str, str, str, str | None]]]:
    """{uid: (start, end, summary, status)} as icalendar, ical and vobject each read the file."""
    text = data.decode("utf-8")
    ours = {str(e["UID"]): (_instant(e["DTSTART"].dt), _instant(e["DTEND"].dt),
                            str(e["SUMMARY"]), str(e.get("STATUS")))
            for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}
    strict = IcsCalendarStream.calendar_from_ics(text)
    theirs = {e.uid: (_instant(e.dtstart), _instant(e.dtend), e.summary,
                      e.status.value if e.status else None) for e in strict.events}
    card = vobject.readOne(text)
    third = {v.uid.value: (_instant(v.dtstart.value), _instant(v.dtend.value), v.summary.value,
                           v.status.value) for v in getattr(card, "vevent_list", [])}
    return [ours, theirs, third]
