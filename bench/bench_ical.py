"""Export the whole calendar of the large synthetic programme (5,000 events and their delegations).

    python bench/bench_ical.py [--repeat 3] [--db PATH]

Compared in the same run with bare icalendar building the same events from rows already in
memory: a VEVENT with UID, DTSTAMP, SEQUENCE, DTSTART/DTEND (TZID or DATE), SUMMARY, LOCATION,
DESCRIPTION and STATUS, then to_ical(). Ours does everything a subscriber gets: reading and
filtering the scope from the database, bilingual text, privacy scrubbing, VTIMEZONEs,
ORGANIZER, GEO, CATEGORIES, CREATED/LAST-MODIFIED, feed headers.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from icalendar import Calendar, Event  # noqa: E402

from bench.common import best_of, large_database, report  # noqa: E402
from planner.domain.schedule import zone  # noqa: E402
from planner.exports.ical import export_ical  # noqa: E402
from planner.store.calendar_queries import select_calendar  # noqa: E402
from planner.store.calendar_rows import CalendarScope, CalendarSelection  # noqa: E402
from planner.store.database import open_database  # noqa: E402

SCOPE = CalendarScope("all")


def bare(selection: CalendarSelection) -> bytes:
    """The minimum: the same entries as plain VEVENTs, no lookups, no extras."""
    cal = Calendar()
    cal.add("prodid", "-//bench//EN")
    cal.add("version", "2.0")
    now = datetime.now(UTC)
    for entry in selection.entries:
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", now)
        event.add("sequence", entry.sequence)
        schedule = entry.schedule
        if schedule.all_day:
            event.add("dtstart", schedule.first_day)
            event.add("dtend", schedule.last_day + timedelta(days=1))
        else:
            tz = zone(schedule.timezone)
            event.add("dtstart", schedule.start.astimezone(tz))
            event.add("dtend", schedule.end.astimezone(tz))
        event.add("summary", entry.title.name_en or "")
        if entry.place is not None:
            event.add("location", entry.place.name_en or "")
        if entry.theme is not None and entry.theme.name_en:
            event.add("description", entry.theme.name_en)
        event.add("status", entry.status.value.upper())
        cal.add_component(event)
    return cal.to_ical()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--db", type=Path, help="an existing generated database")
    args = parser.parse_args(argv)
    db = open_database(str(args.db or large_database()))
    try:
        with db.read() as session:
            selection = select_calendar(session, SCOPE)
        entries = len(selection.entries)

        def ours() -> bytes:
            with db.read() as session:
                return export_ical(session, SCOPE)

        size = len(ours())
        ours_s = best_of(ours, args.repeat)
        bare_s = best_of(lambda: bare(selection), args.repeat)

        def reading() -> None:
            with db.read() as session:
                select_calendar(session, SCOPE)

        read_s = best_of(reading, args.repeat)
    finally:
        db.close()
    report("ical: whole-calendar export vs bare icalendar", ours_s, bare_s,
           note=f"{entries} VEVENTs, {size / 1e6:.1f} MB; reading the scope alone "
                f"{read_s:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
