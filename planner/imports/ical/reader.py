"""Reading an .ics file from Outlook, Google or Apple into concrete events.

A file is checked whole before anything is returned: a malformed line, an unbalanced
component or a broken property refuses the file with its line, so an import writes all or
nothing. Recurring series are expanded within a bounded window; each occurrence keeps the
series UID and its own RECURRENCE-ID, which is how a later import finds it again.

Every step is linear in the file or capped: a file larger than MAX_BYTES is refused before it
is decoded, expansion pays for every step it takes (recurrence.Budget), and a file that
expands to more than MAX_EVENTS events is refused rather than written for minutes.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from icalendar import Calendar

from planner.domain.errors import PlannerError, ValidationError
from planner.domain.schedule import Schedule
from planner.domain.schedule import zone as zone_info
from planner.imports.ical.component import ComponentReader, RawEvent
from planner.imports.ical.model import (
    ImportedEvent,
    ParsedCalendar,
    ReadOptions,
    SeriesWindow,
    ZoneFallback,
)
from planner.imports.ical.recurrence import Budget, OutOfSteps, expand, first_instant, rid_key
from planner.imports.ical.scan import Node, decode, scan
from planner.imports.ical.zones import iana_name

OTHER_COMPONENTS = ("VTODO", "VJOURNAL", "VFREEBUSY")
# A year of a busy organiser's Outlook calendar is well under 1 MB; 10 MB read in a few seconds.
MAX_BYTES = 10_000_000
MAX_EVENTS = 20_000  # VEVENTs in the file, and events after expanding recurring ones


def read_calendar(data: bytes, source: str, options: ReadOptions | None = None) -> ParsedCalendar:
    """Every concrete event of the file; raises PlannerError naming the line of a problem."""
    options = options or ReadOptions()
    if len(data) > MAX_BYTES:
        raise PlannerError("ical_too_large", file=source, size=_megabytes(len(data)),
                           limit=_megabytes(MAX_BYTES))
    text = decode(data, source)
    trees = scan(text, source)
    if sum(len(tree.walk("VEVENT")) for tree in trees) > MAX_EVENTS:  # before the slow parse
        raise PlannerError("ical_too_many_events", file=source, limit=MAX_EVENTS)
    try:
        calendars = Calendar.from_ical(text, multiple=True)
    except Exception as exc:  # noqa: BLE001 (the scan passed, so this is a value icalendar refuses)
        raise PlannerError("ical_syntax", file=source, line=trees[0].line,
                           reason=str(exc)) from exc
    if len(calendars) != len(trees):
        raise PlannerError("ical_syntax", file=source, line=trees[-1].line,
                           reason="a VCALENDAR could not be read")
    result = _Collected(source)
    try:
        for cal, tree in zip(calendars, trees):
            _read_one(cal, tree, source, options, result)
    except OutOfSteps as exc:
        raise PlannerError("ical_too_complex", file=source) from exc
    return ParsedCalendar(source, result.name, tuple(result.events), result.windows,
                          tuple(result.truncated), result.ignored, tuple(result.zones))


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f}"


class _Collected:
    def __init__(self, source: str) -> None:
        self.source = source
        self.name: str | None = None
        self.events: list[ImportedEvent] = []
        self.windows: dict[str, SeriesWindow] = {}
        self.truncated: list[str] = []
        self.ignored = 0
        self.zones: list[ZoneFallback] = []
        self.budget = Budget()

    def add(self, event: ImportedEvent) -> None:
        if len(self.events) >= MAX_EVENTS:
            raise PlannerError("ical_too_many_events", file=self.source, limit=MAX_EVENTS)
        self.events.append(event)


def _read_one(cal: Any, tree: Node, source: str, options: ReadOptions, out: _Collected) -> None:
    out.name = out.name or (str(cal.get("X-WR-CALNAME", "")).strip() or None)
    zone = iana_name(str(cal.get("X-WR-TIMEZONE", "")), options.territory) or options.default_zone
    reader = ComponentReader(source, zone, options)
    components, nodes = cal.walk("VEVENT"), tree.walk("VEVENT")
    if len(components) != len(nodes):
        raise PlannerError("ical_syntax", file=source, line=tree.line,
                           reason="a VEVENT could not be read")
    out.ignored += sum(len(tree.walk(name)) for name in OTHER_COMPONENTS)
    series: dict[str, list[RawEvent]] = defaultdict(list)
    for comp, node in zip(components, nodes):
        raw = reader.read(comp, node)
        series[raw.uid].append(raw)
        out.zones.extend(ZoneFallback(raw.uid, raw.line, tzid, raw.zone)
                         for tzid in raw.unknown_tzids)
    by_line = {n.line: n for n in nodes}  # once: per series it made a file of N events O(N²)
    for uid, raws in series.items():
        _Series(reader, uid, raws, options, by_line).into(out)


class _Series:
    """A UID's master (if present) and its overrides (RECURRENCE-ID)."""

    def __init__(self, reader: ComponentReader, uid: str, raws: list[RawEvent],
                 options: ReadOptions, nodes: dict[int, Node]) -> None:
        self.reader, self.uid, self.options, self.nodes = reader, uid, options, nodes
        masters = [r for r in raws if r.recurrence_id is None]
        # The same UID twice: the higher SEQUENCE (then the later one) wins, as clients do.
        self.master = max(masters, key=lambda r: r.sequence) if masters else None
        self.overrides: dict[str, RawEvent] = {}
        for raw in sorted((r for r in raws if r.recurrence_id is not None),
                          key=lambda r: r.sequence):
            self.overrides[rid_key(raw.recurrence_id)] = raw  # type: ignore[arg-type]

    def recurring(self) -> bool:
        return self.master is not None and bool(self.master.rrule or self.master.rdates
                                                or self.overrides)

    def into(self, out: _Collected) -> None:
        master = self.master
        if master is not None and not self.recurring():
            if self._in_window(master.start, master.end):
                out.add(self.concrete(master, master.start, None))
            else:
                out.ignored += 1
            return
        low, high = self.window()
        if master is not None:
            out.windows[self.uid] = SeriesWindow(_utc(low, master.zone), _utc(high, master.zone))
            starts, cut = self._expand(master, (low, high), out.budget)
            if cut:
                out.truncated.append(self.uid)
            for start in starts:
                key = rid_key(start)
                if key not in self.overrides:
                    out.add(self.concrete(master, start, key))
        for key, raw in self.overrides.items():
            if self._in_window(raw.start, raw.end) or self._in_window(raw.recurrence_id,
                                                                      raw.recurrence_id):
                out.add(self.concrete(raw, raw.start, key))

    def window(self) -> tuple[datetime, datetime]:
        """The expansion window, in the form the series iterates on (aware, or naive all-day)."""
        anchor = self.master or next(iter(self.overrides.values()))
        first = first_instant(anchor.start)
        tz = first.tzinfo
        low = (datetime.combine(self.options.start, time(0), tz) if self.options.start
               else first)
        high = (datetime.combine(self.options.end + timedelta(days=1), time(0), tz)
                if self.options.end else low + timedelta(days=self.options.horizon_days))
        return low, high

    def _expand(self, master: RawEvent, window: tuple[datetime, datetime], budget: Budget
                ) -> tuple[list[date | datetime], bool]:
        try:
            return expand(master.start, master.rrule, master.rdates, master.exdates, window,
                          self.options.max_occurrences, budget)
        except (ValueError, TypeError) as exc:
            node = self.nodes[master.line]
            raise self.reader.fail(node, self.uid, f"RRULE: {exc}", "RRULE") from exc

    def _in_window(self, start: Any, end: Any) -> bool:
        if self.options.start is None and self.options.end is None:
            return True
        first = start.date() if isinstance(start, datetime) else start
        last = end.date() if isinstance(end, datetime) else end
        return ((self.options.start is None or last >= self.options.start)
                and (self.options.end is None or first <= self.options.end))

    def concrete(self, raw: RawEvent, start: date | datetime, key: str | None) -> ImportedEvent:
        duration = raw.end - raw.start  # type: ignore[operator]
        try:
            if isinstance(start, datetime):
                schedule = Schedule.timed(start, start + duration, raw.zone)
            else:
                last = max(start, start + duration - timedelta(days=1))
                schedule = Schedule.days(start, last, raw.zone)
        except ValidationError as exc:
            node = self.nodes[raw.line]
            raise self.reader.fail(node, self.uid, str(exc)) from exc
        return ImportedEvent(self.uid, key, raw.sequence, schedule, dict(raw.texts),
                             raw.location, raw.status, raw.kind, raw.confidential, raw.line)


def _utc(value: datetime, zone: str) -> datetime:
    """Naive UTC; a naive value (an all-day series) is read in the series' zone."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone_info(zone))
    return value.astimezone(UTC).replace(tzinfo=None)
