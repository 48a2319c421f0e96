"""Expanding RRULE / RDATE / EXDATE into concrete starts inside a bounded window.

Recurrence runs on the wall clock of DTSTART's zone (RFC 5545), which dateutil does when the
start carries its tzinfo; all-day series run on naive midnights. DTSTART is always the first
instance, whether or not the rule matches it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from dateutil.rrule import rrule, rruleset, rrulestr
from icalendar import vRecur

# A rule that steps every second from years ago would never reach the window: stop it.
MAX_STEPS = 200_000


def rid_key(value: date | datetime) -> str:
    """A RECURRENCE-ID (or an occurrence's start) as a comparable key: date or UTC instant."""
    if isinstance(value, datetime):
        assert value.tzinfo is not None
        return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return value.strftime("%Y%m%d")


def first_instant(start: date | datetime) -> datetime:
    """What the expansion iterates on: the aware start, or naive midnight of an all-day start."""
    if isinstance(start, datetime):
        return start
    return datetime.combine(start, time(0))


def align(value: date | datetime, dtstart: datetime, *, until: bool = False) -> datetime:
    """Bring an RDATE, EXDATE or UNTIL into the form of DTSTART so they compare."""
    if dtstart.tzinfo is None:  # an all-day series
        day = value.date() if isinstance(value, datetime) else value
        return datetime.combine(day, time.max if until else time(0))
    if not isinstance(value, datetime):
        clock = time.max if until else dtstart.time()
        return datetime.combine(value, clock, dtstart.tzinfo)
    if value.tzinfo is None:
        return value.replace(tzinfo=dtstart.tzinfo)
    return value


def _rule(recur: Any, dtstart: datetime) -> rrule:
    parts = {k: v for k, v in recur.items() if k != "UNTIL"}
    rule = rrulestr(vRecur(parts).to_ical().decode(), dtstart=dtstart)
    assert isinstance(rule, rrule)
    until = recur.get("UNTIL")
    if until:
        rule = rule.replace(until=align(until[0], dtstart, until=True))
    return rule


def expand(start: date | datetime, recur: Any, rdates: list[date | datetime],
           exdates: list[date | datetime], window: tuple[datetime, datetime],
           limit: int) -> tuple[list[date | datetime], bool]:
    """The starts of the series within `window` (same form as `first_instant`), and whether
    `limit` cut it short."""
    dtstart = first_instant(start)
    rules = rruleset()
    if recur is not None:
        rules.rrule(_rule(recur, dtstart))
    rules.rdate(dtstart)
    for value in rdates:
        rules.rdate(align(value, dtstart))
    for value in exdates:
        rules.exdate(align(value, dtstart))
    low, high = window
    found: list[date | datetime] = []
    for steps, occurrence in enumerate(rules):
        if occurrence > high or steps >= MAX_STEPS:
            return found, steps >= MAX_STEPS
        if occurrence >= low:
            if len(found) >= limit:
                return found, True
            found.append(occurrence if dtstart.tzinfo else occurrence.date())
    return found, False
