"""The table of travel times: cities, control points with their ports and hours, and journeys.

Places are nodes of a small graph (a city, or one side's port of a control point); the time
between two places is the shortest chain of listed journeys through the control points in
service on the day, computed once per set of such control points (a few per table).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from itertools import combinations
from typing import Any

from planner.checks.data_reader import DataError, Entry
from planner.domain.enums import Side
from planner.domain.schedule import zone
from planner.domain.text import fold

SIDES = ("hong_kong", "mainland", "macao")
_BRACKETS = re.compile(r"\s*[(（][^)）]*[)）]\s*$")
_UNREACHABLE = 10**9


def side_of(region: Side | str | None) -> str | None:
    """A venue's or delegation's side as the travel table names it (Guangdong is the Mainland)."""
    value = str(region) if region else None
    if value in ("guangdong", "mainland"):
        return "mainland"
    return value if value in SIDES else None


@dataclass(frozen=True)
class Names:
    en: str
    zh_hant: str | None = None
    zh_hans: str | None = None

    def pick(self, locale: str) -> str:
        if locale == "zh_HK":
            return self.zh_hant or self.zh_hans or self.en
        if locale == "zh_CN":
            return self.zh_hans or self.zh_hant or self.en
        return self.en


@dataclass(frozen=True)
class City:
    names: Names
    side: str
    node: str


@dataclass(frozen=True)
class Port:
    control_point: str
    side: str
    city: str
    minutes: int
    venues: tuple[str, ...]

    @property
    def node(self) -> str:
        return f"{self.control_point}/{self.side}"


@dataclass(frozen=True)
class ControlPoint:
    code: str
    names: Names
    timezone: str
    opens: time
    closes: time | None  # None: midnight at the end of the day
    opened: date | None
    closed: date | None
    crossing_minutes: int
    ports: tuple[Port, ...]

    def in_service(self, day: date) -> bool:
        return (self.opened is None or day >= self.opened) and \
            (self.closed is None or day < self.closed)

    def open_during(self, start_utc: datetime, end_utc: datetime) -> bool:
        """Whether passengers are cleared from start to end (naive UTC), in local hours."""
        if self.opens == time(0) and self.closes is None:
            return True
        start, end = self.local(start_utc), self.local(end_utc)
        for day in (start.date() - timedelta(days=1), start.date()):
            begin = datetime.combine(day, self.opens)
            if self.closes is None:
                finish = datetime.combine(day + timedelta(days=1), time(0))
            else:  # a closing time before the opening time is the next morning's
                finish = datetime.combine(day if self.closes > self.opens
                                          else day + timedelta(days=1), self.closes)
            if begin <= start and end <= finish:
                return True
        return False

    def local(self, instant_utc: datetime) -> datetime:
        """A naive UTC instant as the control point's local wall-clock time (naive)."""
        return instant_utc.replace(tzinfo=UTC).astimezone(zone(self.timezone)).replace(tzinfo=None)

    def hours_text(self) -> str:
        end = "24:00" if self.closes is None else self.closes.strftime("%H:%M")
        return f"{self.opens.strftime('%H:%M')}–{end}"


@dataclass(frozen=True)
class Place:
    """Where an item is: port nodes (several where a venue is both sides' port), else a city.

    `fallback` (the venue's city) stands in when every port is out of service on the day.
    """

    nodes: frozenset[str]
    fallback: str | None = None

    @property
    def is_port(self) -> bool:
        return any(not n.startswith("city:") for n in self.nodes)


@dataclass(frozen=True)
class TravelTable:
    within_city_minutes: int
    cities: tuple[City, ...]
    control_points: tuple[ControlPoint, ...]
    _city_keys: dict[str, City] = field(repr=False)
    _point_keys: dict[str, ControlPoint] = field(repr=False)
    _venue_keys: dict[str, frozenset[str]] = field(repr=False)
    _edges: dict[tuple[str, str], int] = field(repr=False)
    _matrices: dict[frozenset[str], dict[tuple[str, str], int]] = field(
        default_factory=dict, repr=False, compare=False)

    def city(self, text: str | None) -> City | None:
        """The city a venue's city field names (aliases; a trailing bracket is ignored)."""
        if not text:
            return None
        found = self._city_keys.get(fold(text))
        return found or self._city_keys.get(fold(_BRACKETS.sub("", text)))

    def control_point(self, text: str | None) -> ControlPoint | None:
        return self._point_keys.get(fold(text)) if text else None

    def ports_at_venue(self, *names: str | None) -> frozenset[str]:
        """The port nodes a venue is (by any of its names); empty when it is no port."""
        for name in names:
            found = self._venue_keys.get(fold(name)) if name else None
            if found:
                return found
        return frozenset()

    def minutes(self, a: Place, b: Place, day: date) -> int | None:
        """The shortest listed time between two places on `day` (only control points in
        service that day count); None when the table cannot tell."""
        dist = self._matrix(day)
        best = min((dist.get((x, y), _UNREACHABLE) for x in _usable(a, dist)
                    for y in _usable(b, dist)), default=_UNREACHABLE)
        return None if best >= _UNREACHABLE else best

    def _matrix(self, day: date) -> dict[tuple[str, str], int]:
        closed = frozenset(cp.code for cp in self.control_points if not cp.in_service(day))
        if closed not in self._matrices:
            dropped = {p.node for cp in self.control_points if cp.code in closed for p in cp.ports}
            edges = {k: v for k, v in self._edges.items()
                     if k[0] not in dropped and k[1] not in dropped}
            nodes = sorted({n for pair in edges for n in pair} | {c.node for c in self.cities})
            self._matrices[closed] = _shortest(nodes, edges)
        return self._matrices[closed]


def _usable(place: Place, dist: dict[tuple[str, str], int]) -> frozenset[str]:
    present = frozenset(n for n in place.nodes if (n, n) in dist)
    if present or place.fallback is None:
        return present
    return frozenset([place.fallback])


def parse_table(data: dict[str, Any]) -> TravelTable:
    """The table from the parsed TOML; DataError names the entry and field that is wrong."""
    top = Entry(data, "")
    cities = [_city(e) for e in top.entries("city")]
    city_keys: dict[str, City] = {}
    for city, entry in zip(cities, top.entries("city")):
        for name in (city.names.en, city.names.zh_hant, city.names.zh_hans, *entry.texts("aliases")):
            _claim(city_keys, name, city, entry.where, "city name")
    points = [_control_point(e, city_keys) for e in top.entries("control_point")]
    point_keys: dict[str, ControlPoint] = {}
    venue_keys: dict[str, frozenset[str]] = {}
    for point, entry in zip(points, top.entries("control_point")):
        for name in (point.code, point.names.en, point.names.zh_hant, point.names.zh_hans,
                     *entry.texts("aliases")):
            _claim(point_keys, name, point, entry.where, "control point name")
        _index_venues(point, venue_keys, entry.where)
    codes = [p.code for p in points]
    if len(set(codes)) != len(codes):
        raise DataError("control_point", f"codes must differ: {sorted(codes)}")
    return TravelTable(top.minutes("within_city_minutes", default=15), tuple(cities),
                       tuple(points), city_keys, point_keys, venue_keys,
                       _edges(top, cities, points, city_keys))


def _city(entry: Entry) -> City:
    name = entry.text("name")
    assert name is not None
    entry.named(name)
    return City(Names(name, entry.text("name_zh_hant", required=False),
                      entry.text("name_zh_hans", required=False)),
                entry.choice("side", SIDES), f"city:{name}")


def _control_point(entry: Entry, cities: dict[str, City]) -> ControlPoint:
    code = entry.text("code")
    assert code is not None
    entry.named(code)
    opens, closes = entry.hours("hours")
    ports = []
    for port in entry.entries("port"):
        city_name = port.text("city")
        if fold(city_name) not in cities:
            raise DataError(f"{port.where}.city", f"{city_name!r} is not a [[city]] of this file")
        ports.append(Port(code, port.choice("side", SIDES), cities[fold(city_name)].names.en,
                          port.minutes("minutes"), port.texts("venues")))
    if not ports:
        raise DataError(entry.where, "needs at least one [[control_point.port]]")
    return ControlPoint(code, Names(entry.text("name_en") or code,
                                    entry.text("name_zh_hant", required=False),
                                    entry.text("name_zh_hans", required=False)),
                        entry.zone("timezone"), opens, closes, entry.day("opened"),
                        entry.day("closed"), entry.minutes("crossing_minutes"), tuple(ports))


def _claim(index: dict[str, Any], name: str | None, owner: Any, where: str, what: str) -> None:
    key = fold(name)
    if not key:
        return
    if key in index and index[key] is not owner:
        raise DataError(where, f"the {what} {name!r} is already used by another entry")
    index[key] = owner


def _index_venues(point: ControlPoint, index: dict[str, frozenset[str]], where: str) -> None:
    mine: dict[str, set[str]] = {}
    for port in point.ports:
        for venue in port.venues:
            mine.setdefault(fold(venue), set()).add(port.node)
    for key, nodes in mine.items():
        if key in index:
            raise DataError(where, f"the venue name {key!r} is already a port of another control point")
        index[key] = frozenset(nodes)


def _edges(top: Entry, cities: list[City], points: list[ControlPoint],
           city_keys: dict[str, City]) -> dict[tuple[str, str], int]:
    edges: dict[tuple[str, str], int] = {}
    ports = {p.node: p for cp in points for p in cp.ports}

    def add(a: str, b: str, minutes: int) -> None:
        for key in ((a, b), (b, a)):
            edges[key] = min(minutes, edges.get(key, _UNREACHABLE))

    for cp in points:
        for port in cp.ports:
            add(port.node, city_keys[fold(port.city)].node, port.minutes)
        for a, b in combinations(cp.ports, 2):
            add(a.node, b.node, cp.crossing_minutes)
    for leg in top.entries("legs", required=False):
        ends = [_place(leg, key, city_keys, ports) for key in ("from", "to")]
        add(ends[0], ends[1], leg.minutes("minutes"))
    return edges


def _place(leg: Entry, key: str, cities: dict[str, City], ports: dict[str, Port]) -> str:
    text = leg.text(key)
    assert text is not None
    if text in ports:
        return text
    if fold(text) in cities:
        return cities[fold(text)].node
    raise DataError(f"{leg.where}.{key}", f"{text!r} is neither a [[city]] nor a port "
                    "written code/side (e.g. lo_wu/hong_kong)")


def _shortest(nodes: list[str], edges: dict[tuple[str, str], int]) -> dict[tuple[str, str], int]:
    """All-pairs shortest times (Floyd-Warshall; the graph has a few dozen nodes)."""
    dist = {(a, b): 0 if a == b else edges.get((a, b), _UNREACHABLE) for a in nodes for b in nodes}
    for k in nodes:
        for i in nodes:
            via = dist[(i, k)]
            if via >= _UNREACHABLE:
                continue
            for j in nodes:
                total = via + dist[(k, j)]
                if total < dist[(i, j)]:
                    dist[(i, j)] = total
    return {pair: d for pair, d in dist.items() if d < _UNREACHABLE}
