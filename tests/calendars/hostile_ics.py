"""Calendar files made to hurt an importer (issue 15, part 2), written by the tests themselves."""

from __future__ import annotations

CRLF = "\r\n"
HEAD = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//hostile//EN"]
TAIL = ["END:VCALENDAR"]


def calendar(lines: list[str]) -> bytes:
    return CRLF.join(HEAD + lines + TAIL).encode() + CRLF.encode()


def vevent(uid: str, *props: str, start: str = "DTSTART:20170301T090000Z") -> list[str]:
    return ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20170101T000000Z", start, *props,
            "END:VEVENT"]


def never_matching_rules(count: int = 8) -> bytes:
    """Rules that never produce an occurrence (30 February), each at a different frequency."""
    rules = ["FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30",
             "FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
             "FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31", "FREQ=SECONDLY;BYMONTH=11;BYMONTHDAY=31",
             "FREQ=DAILY;BYSETPOS=2", "FREQ=SECONDLY;BYYEARDAY=367"]
    lines: list[str] = []
    for n in range(count):
        lines += vevent(f"never-{n}@hostile", "SUMMARY:Never", f"RRULE:{rules[n % len(rules)]}")
    return calendar(lines)


def many_events(count: int = 16_000, description: str = "") -> bytes:
    lines: list[str] = []
    for n in range(count):
        day = 1 + n % 28
        lines += vevent(f"event-{n}@hostile", f"SUMMARY:Event {n}",
                        *([f"DESCRIPTION:{description}"] if description else []),
                        start=f"DTSTART:201703{day:02d}T090000Z")
    return calendar(lines)


def of_size(megabytes: int) -> bytes:
    """About `megabytes` MB of plain events (each with a 2 KB description)."""
    event_size = 2_200
    return many_events(megabytes * 1_000_000 // event_size, "x" * 2_000)


def folded_property(folds: int = 160_000) -> bytes:
    folded = CRLF.join(["DESCRIPTION:start"] + [" ab"] * folds)
    return calendar(vevent("folded@hostile", "SUMMARY:Folded", folded))


def nested(depth: int = 1_200) -> bytes:
    lines = [f"BEGIN:X-LEVEL{n}" for n in range(depth)]
    lines += [f"END:X-LEVEL{n}" for n in reversed(range(depth))]
    return calendar(vevent("nested@hostile", "SUMMARY:Nested", *lines))


def extreme_year(where: str, year: str) -> bytes:
    """A year (9999, 0001) in DTSTART, DTEND, RRULE's UNTIL, RECURRENCE-ID, EXDATE or RDATE."""
    value = f"{year}0301T090000Z"
    props = {"DTSTART": [], "DTEND": [f"DTEND:{value}"],
             "UNTIL": [f"RRULE:FREQ=DAILY;UNTIL={value}"],
             "RECURRENCE-ID": [f"RECURRENCE-ID:{value}"],
             "EXDATE": ["RRULE:FREQ=DAILY;COUNT=3", f"EXDATE:{value}"],
             "RDATE": ["RRULE:FREQ=DAILY;COUNT=3", f"RDATE:{value}"]}[where]
    start = f"DTSTART:{value}" if where == "DTSTART" else "DTSTART:20170301T090000Z"
    end = [] if where in ("DTEND", "DTSTART") else ["DTEND:20170301T100000Z"]
    if where == "DTSTART":
        end = [f"DTEND:{year}0301T100000Z"]
    return calendar(vevent(f"year-{where}@hostile", "SUMMARY:Far", *end, *props, start=start))


def unknown_zone() -> bytes:
    return calendar(vevent("zone@hostile", "SUMMARY:Somewhere",
                           "DTEND;TZID=Mars/Olympus_Mons:20170301T100000",
                           start="DTSTART;TZID=Mars/Olympus_Mons:20170301T090000")
                    + vevent("known@hostile", "SUMMARY:Here",
                             "DTEND;TZID=Asia/Macau:20170301T100000",
                             start="DTSTART;TZID=Asia/Macau:20170301T090000"))
