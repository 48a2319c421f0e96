"""A whole VCALENDAR: headers for subscribers, the VTIMEZONEs in use, then one VEVENT per entry."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from icalendar import Calendar, vDuration
from sqlalchemy.orm import Session

from planner import __version__
from planner.domain.progress import Progress
from planner.exports.ical import text
from planner.exports.ical.components import ExportOptions, vevent
from planner.exports.ical.timezones import is_utc, vtimezone
from planner.exports.scrub import scrub
from planner.store.calendar_queries import calendar_settings, select_calendar
from planner.store.calendar_rows import CalendarEntry, CalendarScope, CalendarSelection

PRODID = f"-//GDHK IP co-operation//Planner {__version__}//EN"
DEFAULT_ZONE = "Asia/Hong_Kong"
PROGRESS_EVERY = 250


def clock() -> datetime:
    """The DTSTAMP of a generated calendar; tests replace it to freeze time."""
    return datetime.now(UTC)


def main_zone(entries: tuple[CalendarEntry, ...]) -> str:
    """The zone most timed entries use (X-WR-TIMEZONE); Hong Kong when there are none."""
    counts = Counter(e.schedule.timezone for e in entries if not e.schedule.all_day)
    if not counts:
        return DEFAULT_ZONE
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def zone_years(entries: tuple[CalendarEntry, ...]) -> dict[str, tuple[int, int]]:
    """For each zone a timed entry uses (UTC aside): the first and last year it covers."""
    years: dict[str, tuple[int, int]] = {}
    for entry in entries:
        schedule = entry.schedule
        if schedule.all_day or is_utc(schedule.timezone):
            continue
        assert schedule.start and schedule.end
        low, high = years.get(schedule.timezone, (schedule.start.year, schedule.end.year))
        years[schedule.timezone] = (min(low, schedule.start.year), max(high, schedule.end.year))
    return years


def build_calendar(selection: CalendarSelection, options: ExportOptions, *, uid_domain: str,
                   now: datetime | None = None, progress: Progress | None = None) -> Calendar:
    """The calendar of a selection; `now` (default: the clock) is every component's DTSTAMP."""
    stamp = now or clock()
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    name = scrub(options.name or text.pick(selection.name, options.language)) or "Planner"
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", main_zone(selection.entries))
    cal.add("refresh-interval", options.refresh, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", vDuration(options.refresh))
    for tzid, (first, last) in sorted(zone_years(selection.entries).items()):
        cal.add_component(vtimezone(tzid, first, last))
    organiser_address = f"mailto:noreply@{uid_domain}"
    total = len(selection.entries)
    for done, entry in enumerate(selection.entries):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress.step(done, total, "calendar")
        cal.add_component(vevent(entry, options, now=stamp, organiser_address=organiser_address))
    return cal


def export_ical(session: Session, scope: CalendarScope, options: ExportOptions | None = None, *,
                now: datetime | None = None, progress: Progress | None = None) -> bytes:
    """The iCalendar bytes of a scope, read in the given session (UTF-8, CRLF, folded)."""
    selection = select_calendar(session, scope)
    domain = calendar_settings(session)["uid_domain"]
    cal = build_calendar(selection, options or ExportOptions(), uid_domain=domain, now=now,
                         progress=progress)
    return cal.to_ical()
