"""Expanding RRULE / RDATE / EXDATE into concrete starts inside a bounded window.

Recurrence runs on the wall clock of DTSTART's zone (RFC 5545), which dateutil does when the
start carries its tzinfo; all-day series run on naive midnights. DTSTART is always the first
instance, whether or not the rule matches it.

Every step is counted, not only the occurrences a rule produces: a rule that never matches
(FREQ=SECONDLY on 30 February) makes dateutil look at one period after another, producing
nothing, until the year 9999. `Budget` counts each period dateutil looks at and each
occurrence it produces; a series that runs out of its share is cut (and reported), a file that
runs out of its whole budget is refused.
"""

from __future__ import annotations

import types
from datetime import UTC, date, datetime, time
from typing import Any

from dateutil import rrule as dateutil_rrule
from dateutil.rrule import rrule, rrulestr
from icalendar import vRecur

# Steps one series may take (periods looked at plus occurrences produced), and a whole file.
STEPS_PER_SERIES = 50_000
STEPS_PER_FILE = 1_000_000


class OutOfSteps(Exception):
    """A series (or the file) used up its steps."""

    def __init__(self, whole_file: bool) -> None:
        super().__init__("whole file" if whole_file else "series")
        self.whole_file = whole_file


class Budget:
    """Steps left for a file, and for the series being expanded now."""

    def __init__(self, per_file: int = STEPS_PER_FILE,
                 per_series: int = STEPS_PER_SERIES) -> None:
        self.file_left = per_file
        self.per_series = per_series
        self.series_left = per_series

    def next_series(self) -> None:
        self.series_left = self.per_series

    def spend(self) -> None:
        self.file_left -= 1
        self.series_left -= 1
        if self.file_left < 0:
            raise OutOfSteps(whole_file=True)
        if self.series_left < 0:
            raise OutOfSteps(whole_file=False)


class _CountedInfo(dateutil_rrule._iterinfo):  # noqa: SLF001 (see _counted_iter)
    """dateutil's per-rule helper; each of these is asked once for every period looked at."""

    def _spend(self) -> None:
        budget: Budget | None = getattr(self.rrule, "budget", None)
        if budget is not None:
            budget.spend()

    def ydayset(self, *args: Any) -> Any:
        self._spend()
        return super().ydayset(*args)

    def mdayset(self, *args: Any) -> Any:
        self._spend()
        return super().mdayset(*args)

    def wdayset(self, *args: Any) -> Any:
        self._spend()
        return super().wdayset(*args)

    def ddayset(self, *args: Any) -> Any:
        self._spend()
        return super().ddayset(*args)


# dateutil's own iteration, unchanged, except that the helper it builds is _CountedInfo: the
# same function object with its module's globals and that one name replaced. Nothing in
# dateutil itself is modified. tests/calendars/test_ical_hostile.py fails if this stops counting.
_counted_iter = types.FunctionType(rrule._iter.__code__,  # noqa: SLF001
                                   {**vars(dateutil_rrule), "_iterinfo": _CountedInfo},
                                   "_iter", rrule._iter.__defaults__)  # noqa: SLF001


class CountedRule(rrule):
    """An rrule whose every step is paid for from `budget`."""

    budget: Budget | None = None
    _iter = _counted_iter


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


def _rule(recur: Any, dtstart: datetime, budget: Budget) -> rrule:
    parts = {k: v for k, v in recur.items() if k != "UNTIL"}
    rule = rrulestr(vRecur(parts).to_ical().decode(), dtstart=dtstart)
    assert isinstance(rule, rrule)
    until = recur.get("UNTIL")
    if until:
        rule = rule.replace(until=align(until[0], dtstart, until=True))
    rule.__class__ = CountedRule
    rule.budget = budget
    return rule


def expand(start: date | datetime, recur: Any, rdates: list[date | datetime],
           exdates: list[date | datetime], window: tuple[datetime, datetime],
           limit: int, budget: Budget | None = None) -> tuple[list[date | datetime], bool]:
    """The starts of the series within `window` (same form as `first_instant`), and whether
    `limit` or the series' share of `budget` cut it short. OutOfSteps(whole_file=True) when
    the file's budget is spent."""
    budget = budget or Budget()
    budget.next_series()
    dtstart = first_instant(start)
    low, high = window
    starts: list[datetime] = []
    cut = False
    if recur is not None:
        starts, cut = _run(_rule(recur, dtstart, budget), window, limit, budget)
    # DTSTART and RDATEs need no rule to run: a rule cut short still keeps them.
    starts += [s for s in [dtstart, *(align(v, dtstart) for v in rdates)] if low <= s <= high]
    excluded = {align(v, dtstart) for v in exdates}
    kept = sorted(set(starts) - excluded)
    if len(kept) > limit:
        kept, cut = kept[:limit], True
    return [s if dtstart.tzinfo else s.date() for s in kept], cut


def _run(rule: rrule, window: tuple[datetime, datetime], limit: int, budget: Budget
         ) -> tuple[list[datetime], bool]:
    """The rule's starts within the window (at most limit + 1), and whether it was cut."""
    low, high = window
    found: list[datetime] = []
    try:
        for occurrence in rule:
            budget.spend()
            if occurrence > high:
                return found, False
            if occurrence >= low:
                found.append(occurrence)
                if len(found) > limit:
                    return found, True
    except OutOfSteps as out:
        if out.whole_file:
            raise
        return found, True
    return found, False
