"""One VEVENT -> the plain values an event needs, or a refusal that names its line.

Times keep the instant the file means (icalendar applies the file's own VTIMEZONE); the zone we
store is the IANA name its TZID stands for (Windows names mapped through CLDR). UTC and floating
times take the calendar's X-WR-TIMEZONE, else the import's default zone. Attendees and the
organiser's address are never read: they are personal data we have no use for.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

from planner.config import resources_dir
from planner.domain.enums import EventKind, Status
from planner.domain.errors import PlannerError
from planner.domain.schedule import zone as zone_info
from planner.imports.ical.model import ReadOptions
from planner.imports.ical.scan import Node
from planner.imports.ical.zones import iana_name

STATUSES = {"TENTATIVE": Status.DRAFT, "CONFIRMED": Status.CONFIRMED,
            "CANCELLED": Status.CANCELLED}
# Years a date in a file may have. Year 1 or 9999 is no event anyone plans, and converting it
# between zones, adding a duration or writing its VTIMEZONE later runs off the calendar.
FIRST_YEAR, LAST_YEAR = 1900, 2199
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_TRADITIONAL_ZONES = {"Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei"}


@dataclass
class RawEvent:
    uid: str
    line: int
    sequence: int
    start: date | datetime  # aware when a datetime
    end: date | datetime
    zone: str
    recurrence_id: date | datetime | None = None
    rrule: Any = None
    rdates: list[date | datetime] = field(default_factory=list)
    exdates: list[date | datetime] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)
    location: str | None = None
    status: Status = Status.CONFIRMED
    kind: EventKind = EventKind.OTHER
    confidential: bool = False
    unknown_tzids: list[str] = field(default_factory=list)

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)


class ComponentReader:
    """Reads the VEVENTs of one VCALENDAR whose default zone is `calendar_zone`."""

    def __init__(self, source: str, calendar_zone: str, options: ReadOptions) -> None:
        self.source = source
        self.calendar_zone = calendar_zone
        self.options = options
        self._unknown: list[str] = []  # TZIDs of the VEVENT being read that we cannot map

    def fail(self, node: Node, uid: str, reason: str, prop: str | None = None) -> PlannerError:
        line = node.properties.get(prop, node.line) if prop else node.line
        return PlannerError("ical_component", file=self.source, line=line,
                            component=node.name, uid=uid or "?", reason=reason)

    def read(self, comp: Any, node: Node) -> RawEvent:
        self._unknown = []
        uid = str(comp.get("UID", "")).strip()
        for prop, problem in comp.errors:
            raise self.fail(node, uid, f"{prop}: {problem}", prop.upper())
        if "DTSTART" not in comp:
            raise self.fail(node, uid, "DTSTART is missing")
        start, zone = self.when(comp, "DTSTART", node, uid)
        end = self.end(comp, start, node, uid)
        if isinstance(start, datetime) and _outlook_all_day(comp, start, end):
            start, end = start.date(), end.date() if isinstance(end, datetime) else end
        raw = RawEvent(uid or _made_up_uid(comp, start), node.line, _int(comp.get("SEQUENCE")),
                       start, end, zone)
        if "RECURRENCE-ID" in comp:
            raw.recurrence_id = self.when(comp, "RECURRENCE-ID", node, uid)[0]
        raw.rrule = comp.get("RRULE")
        self.check_until(raw.rrule, node, uid)
        raw.rdates = self.dates(comp, "RDATE", node, uid)
        raw.exdates = self.dates(comp, "EXDATE", node, uid)
        raw.unknown_tzids = list(dict.fromkeys(self._unknown))
        self.describe(raw, comp)
        return raw

    def check_year(self, value: date | datetime, name: str, node: Node, uid: str) -> None:
        if not FIRST_YEAR <= value.year <= LAST_YEAR:
            raise self.fail(node, uid, f"{name}: the year {value.year:04d} is outside "
                            f"{FIRST_YEAR}-{LAST_YEAR}", name.split()[0])

    def check_until(self, recur: Any, node: Node, uid: str) -> None:
        for rule in recur if isinstance(recur, list) else [recur] if recur is not None else []:
            for until in rule.get("UNTIL", []):
                if isinstance(until, (date, datetime)):
                    self.check_year(until, "RRULE UNTIL", node, uid)

    def when(self, comp: Any, name: str, node: Node, uid: str) -> tuple[date | datetime, str]:
        prop = comp[name]
        try:
            value = prop.dt
        except Exception as exc:  # noqa: BLE001 (icalendar raises several kinds here)
            raise self.fail(node, uid, f"{name}: {exc}", name) from exc
        if not isinstance(value, (date, datetime)):
            raise self.fail(node, uid, f"{name} is not a date or date-time", name)
        self.check_year(value, name, node, uid)
        return self.localise(value, prop.params.get("TZID"))

    def localise(self, value: date | datetime, tzid: str | None) -> tuple[date | datetime, str]:
        if not isinstance(value, datetime):
            return value, self.calendar_zone
        mapped = iana_name(tzid, self.options.territory) if tzid else None
        if tzid and mapped is None:
            self._unknown.append(str(tzid))
        zone = mapped or self.calendar_zone
        if value.tzinfo is None:  # floating, or a TZID nobody defined: read it in the zone
            value = value.replace(tzinfo=zone_info(zone))
        return value, zone

    def end(self, comp: Any, start: date | datetime, node: Node, uid: str) -> date | datetime:
        if "DTEND" in comp:
            end, _zone = self.when(comp, "DTEND", node, uid)
        elif "DURATION" in comp:
            try:
                end = start + comp["DURATION"].dt
            except (OverflowError, TypeError, ValueError) as exc:
                raise self.fail(node, uid, f"DURATION: {exc}", "DURATION") from exc
            self.check_year(end, "DURATION", node, uid)
        else:  # RFC 5545: a date lasts the day, a date-time is an instant
            end = start if isinstance(start, datetime) else start + timedelta(days=1)
        if isinstance(start, datetime) != isinstance(end, datetime):
            raise self.fail(node, uid, "DTSTART and DTEND must both be dates or date-times",
                            "DTEND")
        if end < start:
            raise self.fail(node, uid, "DTEND is before DTSTART", "DTEND")
        return end

    def dates(self, comp: Any, name: str, node: Node, uid: str) -> list[date | datetime]:
        found: list[date | datetime] = []
        props = comp.get(name)
        for prop in props if isinstance(props, list) else [props] if props is not None else []:
            tzid = prop.params.get("TZID")
            for item in prop.dts:
                value = item.dt
                if isinstance(value, tuple):  # an RDATE period: its start
                    value = value[0]
                self.check_year(value, name, node, uid)
                found.append(self.localise(value, tzid)[0])
        return found

    def describe(self, raw: RawEvent, comp: Any) -> None:
        raw.texts.update(texts("title", comp.get("SUMMARY"), raw.zone))
        raw.texts.update(texts("description", comp.get("DESCRIPTION"), raw.zone))
        location = str(comp.get("LOCATION", "")).strip()
        raw.location = location or None
        raw.status = STATUSES.get(str(comp.get("STATUS", "")).upper(), Status.CONFIRMED)
        raw.kind = kind_of(comp.get("CATEGORIES"))
        raw.confidential = str(comp.get("CLASS", "PUBLIC")).upper() in ("PRIVATE", "CONFIDENTIAL")


def texts(prefix: str, prop: Any, zone: str) -> dict[str, str]:
    """SUMMARY or DESCRIPTION into the English, Traditional or Simplified field it belongs to.

    'English / 中文' (as our bilingual export writes it) fills both fields.
    """
    value = str(prop or "").strip()
    if not value:
        return {}
    language = str(getattr(prop, "params", {}).get("LANGUAGE", "")).lower()
    parts = value.split(" / ", 1) if prefix == "title" else [value]
    if len(parts) == 2 and not _CJK.search(parts[0]) and _CJK.search(parts[1]):
        return {f"{prefix}_en": parts[0], f"{prefix}_{_script(language, zone, parts[1])}": parts[1]}
    if language.startswith("en") or not _CJK.search(value):
        return {f"{prefix}_en": value}
    return {f"{prefix}_{_script(language, zone, value)}": value}


def _script(language: str, zone: str, value: str = "") -> str:
    """Traditional or Simplified: the LANGUAGE parameter, else the characters themselves
    (Big5 holds Traditional, GB2312 Simplified), else the zone (Hong Kong, Macao: Traditional)."""
    if language:
        hans = language in ("zh-cn", "zh-sg", "zh-hans") or language.startswith("zh-hans")
        return "zh_hans" if hans else "zh_hant"
    in_big5, in_gb = _encodes(value, "big5"), _encodes(value, "gb2312")
    if in_big5 != in_gb:
        return "zh_hant" if in_big5 else "zh_hans"
    return "zh_hant" if zone in _TRADITIONAL_ZONES else "zh_hans"


def _encodes(value: str, codec: str) -> bool:
    cjk = "".join(_CJK.findall(value))
    try:
        cjk.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=1)
def _kind_words() -> list[tuple[EventKind, tuple[str, ...]]]:
    with (resources_dir() / "calendar" / "categories.json").open(encoding="utf-8") as handle:
        data = json.load(handle)
    return [(EventKind(k), tuple(w.casefold() for w in words))
            for k, words in data.items() if not k.startswith("_")]


def kind_of(prop: Any) -> EventKind:
    """The kind CATEGORIES names (exact word first, then a word inside), else 'other'."""
    values: list[str] = []
    for item in prop if isinstance(prop, list) else [prop] if prop is not None else []:
        values.extend(str(c).strip().casefold() for c in getattr(item, "cats", [item]))
    for exact in (True, False):
        for kind, words in _kind_words():
            for value in values:
                if any(value == w if exact else w in value for w in words):
                    return kind
    return EventKind.OTHER


def _outlook_all_day(comp: Any, start: datetime, end: Any) -> bool:
    flagged = str(comp.get("X-MICROSOFT-CDO-ALLDAYEVENT", "")).upper() == "TRUE"
    return flagged and start.time() == time(0) and end.time() == time(0) and end > start


def _int(value: Any) -> int:
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return 0


def _made_up_uid(comp: Any, start: date | datetime) -> str:
    """A stable stand-in for a missing UID, so importing the file again still matches."""
    seed = f"{start.isoformat()}|{comp.get('SUMMARY', '')}".encode()
    return f"no-uid-{hashlib.sha256(seed).hexdigest()[:24]}"
