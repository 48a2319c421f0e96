"""Plain rows for calendars and feeds: what a calendar holds, and the feeds that publish it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from planner.domain.enums import Status
from planner.domain.rows import Ref
from planner.domain.schedule import Schedule

# What a calendar can cover. `event` is for exports only; feeds use the other five.
SCOPES = ("all", "event", "delegation", "programme", "organisation", "person")
FEED_SCOPES = ("all", "delegation", "programme", "organisation", "person")


@dataclass(frozen=True)
class CalendarScope:
    """Which items a calendar holds: a scope with its target, optionally limited by date or item."""

    kind: str = "all"
    target_id: int | None = None
    start: date | None = None
    end: date | None = None
    item_id: int | None = None


@dataclass(frozen=True)
class Place:
    """A venue as a calendar shows it: bilingual names and addresses, coordinates if known."""

    name_en: str | None
    name_zh_hant: str | None
    name_zh_hans: str | None
    address_en: str | None
    address_zh: str | None
    latitude: float | None
    longitude: float | None
    room: str | None = None  # a session's room within the venue


@dataclass(frozen=True)
class CalendarEntry:
    """One VEVENT-to-be. Holds nothing personal: no phones, e-mails or documents.

    `sequence` of a session or itinerary item adds its parent's, so a cancelled or moved
    delegation advances the SEQUENCE of every item of its itinerary (both only ever increase).
    """

    uid: str
    sequence: int
    source: str  # event | session | delegation | itinerary
    source_id: int
    kind: str  # the event kind, the itinerary item kind, or "delegation"
    title: Ref
    schedule: Schedule
    status: Status
    created_at: datetime
    modified_at: datetime
    theme: Ref | None = None
    description: Ref | None = None
    place: Place | None = None
    organiser: Ref | None = None
    item: Ref | None = None
    parent: Ref | None = None  # the delegation of an itinerary item, the event of a session
    host: Ref | None = None
    contact: str | None = None
    control_point: str | None = None
    speaker: str | None = None
    role: str | None = None  # a person's own role, in that person's calendar only


@dataclass(frozen=True)
class CalendarSelection:
    """A calendar's name (in each language present) and its entries in time order."""

    scope: CalendarScope
    name: Ref
    entries: tuple[CalendarEntry, ...]


@dataclass(frozen=True)
class FeedRow:
    """A subscribable calendar. The token works like a password: show it only to organisers."""

    id: int
    version: int
    token: str
    scope: str
    target_id: int | None
    label: str | None
    target: Ref | None
    revoked_at: datetime | None
    created_at: datetime
    modified_at: datetime

    @property
    def active(self) -> bool:
        return self.revoked_at is None
