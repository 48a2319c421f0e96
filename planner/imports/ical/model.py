"""What reading a calendar file yields: concrete events, ready to become Planner events."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from planner.domain.enums import EventKind, Status
from planner.domain.schedule import Schedule


@dataclass(frozen=True)
class ReadOptions:
    """How to read a file: the zone for floating and UTC times, and the expansion window.

    `territory` (e.g. "HK") picks CLDR's zone for a Windows name in that territory ("China
    Standard Time" is Asia/Shanghai by default, Asia/Hong_Kong for HK). Without `start`/`end`
    a recurring series is expanded from its first occurrence for `horizon_days`.
    """

    default_zone: str = "Asia/Hong_Kong"
    territory: str | None = None
    start: date | None = None
    end: date | None = None
    horizon_days: int = 730
    max_occurrences: int = 1000


@dataclass(frozen=True)
class ImportedEvent:
    """One concrete event: a single event, or one occurrence of a recurring series."""

    source_uid: str
    recurrence_id: str | None  # normalised: YYYYMMDD or YYYYMMDDTHHMMSSZ; None for a single event
    sequence: int
    schedule: Schedule
    texts: dict[str, str]  # title_* and description_* fields of Event
    location: str | None
    status: Status
    kind: EventKind
    confidential: bool
    line: int  # where its VEVENT begins, for messages


@dataclass(frozen=True)
class SeriesWindow:
    """The UTC span (naive) a series was expanded in: occurrences outside it are left alone."""

    start: datetime
    end: datetime


@dataclass(frozen=True)
class ZoneFallback:
    """A VEVENT whose TZID names no zone we know: its times were read in `zone` instead."""

    uid: str
    line: int
    tzid: str
    zone: str


@dataclass(frozen=True)
class ParsedCalendar:
    source: str
    name: str | None
    events: tuple[ImportedEvent, ...]
    windows: dict[str, SeriesWindow] = field(default_factory=dict)
    truncated: tuple[str, ...] = ()  # UIDs of series cut at ReadOptions.max_occurrences
    ignored: int = 0  # components other than VEVENT (VTODO, VJOURNAL...) and events out of range
    zones: tuple[ZoneFallback, ...] = ()  # unknown TZIDs, one per VEVENT and TZID
