"""Where items go in a month grid's week row: one bar per item across the days it covers, each
bar on the first line (slot) free on all of those days, as calendar programs draw them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any


@dataclass(frozen=True)
class Segment:
    entry: Any  # an AgendaEntry (anything with a .schedule)
    first: int  # first and last column (0 = Monday) of the bar in this week
    last: int
    slot: int  # line within the day cells, 0 = top
    starts: bool  # the item begins this week (not continued from the week before)
    ends: bool  # the item ends this week


def _order(entry: Any, first: date, last: date) -> tuple[Any, ...]:
    """Items with exact dates before vague ones (a month-long "some time in May" bar would
    otherwise take the top line of every day and push the real events behind "+N"); then
    longer items first (they are the ones that must stay on one line), then by time."""
    schedule = entry.schedule
    start = schedule.utc_bounds()[0]
    vague = schedule.precision.value != "exact"
    return vague, first, -(last - first).days, not schedule.all_day, start


def week_segments(entries: list[Any], week_start: date) -> list[Segment]:
    """The bars of the week starting on `week_start` (a Monday), with their slots."""
    week_end = week_start + timedelta(days=6)
    spans = []
    for entry in entries:
        first, last = entry.schedule.local_days()
        if first <= week_end and last >= week_start:
            spans.append((max(first, week_start), min(last, week_end), entry, first, last))
    spans.sort(key=lambda s: _order(s[2], s[0], s[1]))
    taken: list[set[int]] = []  # per slot, the columns already used
    out = []
    for shown_first, shown_last, entry, first, last in spans:
        columns = set(range((shown_first - week_start).days, (shown_last - week_start).days + 1))
        slot = next((n for n, used in enumerate(taken) if not used & columns), len(taken))
        if slot == len(taken):
            taken.append(set())
        taken[slot] |= columns
        out.append(Segment(entry, min(columns), max(columns), slot, first >= week_start,
                           last <= week_end))
    return out


def visible_slots(segments: list[Segment], room: int) -> list[int]:
    """How many slots each column of the week shows: all when they fit in `room` lines, else
    one line fewer, which holds the column's "+N"."""
    out = []
    for column in range(7):
        used = [s.slot for s in segments if s.first <= column <= s.last]
        out.append(room if not used or max(used) < room else max(0, room - 1))
    return out


def runs(segment: Segment, visible: list[int]) -> list[tuple[int, int]]:
    """The stretches (first, last column) of a bar on days where its slot is shown."""
    out: list[tuple[int, int]] = []
    for column in range(segment.first, segment.last + 1):
        if segment.slot < visible[column]:
            if out and out[-1][1] == column - 1:
                out[-1] = (out[-1][0], column)
            else:
                out.append((column, column))
    return out
