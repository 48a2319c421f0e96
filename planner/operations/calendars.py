"""Use cases for calendars: importing an .ics file as one transaction, and undoing it.

An imported event remembers its source UID, RECURRENCE-ID and SEQUENCE. Importing the same or
a newer file updates those events in place; an older SEQUENCE never overwrites a newer one;
an occurrence that a newer file no longer has (an EXDATE added, a series shortened) is marked
cancelled, so subscribers of our feeds see it go. Feeds: planner.operations.calendar_feeds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain.enums import EventKind, Status
from planner.domain.progress import Progress
from planner.imports.ical import ImportedEvent, ParsedCalendar
from planner.operations.base import Outcome, Undo, apply, operation
from planner.store.base import utcnow
from planner.store.models import Event, Venue

CHUNK = 500
LIMITS = {"title": 500, "description": 20_000}


@dataclass
class ImportSummary:
    """What an import did, in counts of events; `event_ids`: the events it created or changed."""

    source: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    cancelled: int = 0
    skipped_older: int = 0
    skipped_deleted: int = 0
    ignored: int = 0
    truncated: tuple[str, ...] = ()
    event_ids: list[int] = field(default_factory=list)
    # Events whose TZID we do not know, read in another zone: {uid, line, tzid, zone}.
    unknown_zones: list[dict[str, Any]] = field(default_factory=list)


def _existing(session: Session, uids: Sequence[str]) -> dict[tuple[str, str | None], Event]:
    found: dict[tuple[str, str | None], Event] = {}
    for start in range(0, len(uids), CHUNK):
        chunk = uids[start:start + CHUNK]
        for event in session.scalars(select(Event).where(Event.source_uid.in_(chunk))):
            found[(event.source_uid or "", event.source_recurrence_id)] = event
    return found


class _Venues:
    """Venues by any of their names, ignoring case: a LOCATION that names one links to it."""

    def __init__(self, session: Session) -> None:
        self.by_name: dict[str, int] = {}
        for venue in session.scalars(select(Venue).where(Venue.deleted_at.is_(None))):
            for name in (venue.name_en, venue.name_zh_hant, venue.name_zh_hans):
                if name:
                    self.by_name.setdefault(name.strip().casefold(), venue.id)

    def find(self, location: str | None) -> int | None:
        if not location:
            return None
        for candidate in (location, location.split(",")[0], location.split(" / ")[0]):
            found = self.by_name.get(candidate.strip().casefold())
            if found:
                return found
        return None


def event_values(item: ImportedEvent, venues: _Venues) -> dict[str, Any]:
    """The Event fields an imported event sets (fields it does not carry are left alone)."""
    texts = {k: v[: LIMITS[k.split("_")[0]]] for k, v in item.texts.items()}
    values: dict[str, Any] = {**texts, "schedule": item.schedule, "status": item.status,
                              "confidential": item.confidential}
    if item.kind != EventKind.OTHER:
        values["kind"] = item.kind
    venue_id = venues.find(item.location)
    if venue_id is not None:
        values["venue_id"] = venue_id
    elif item.location:
        field_name = next((k for k in ("description_en", "description_zh_hant",
                                       "description_zh_hans") if k in values), "description_en")
        text = values.get(field_name)
        values[field_name] = f"{text}\n\n{item.location}" if text else item.location
    return values


def _set(event: Event, values: Mapping[str, Any]) -> dict[str, Any]:
    """Apply values (a `schedule` key sets the span); the old values of what changed."""
    old = apply(event, {k: v for k, v in values.items() if k != "schedule"})
    if "schedule" in values and event.schedule != values["schedule"]:
        old["schedule"] = event.schedule
        event.schedule = values["schedule"]
    return old


@operation("calendar.import")
def import_calendar(session: Session, parsed: ParsedCalendar,
                    progress: Progress | None = None) -> Outcome[ImportSummary]:
    """Create or update one event per imported event; undo puts everything back."""
    summary = ImportSummary(parsed.source, ignored=parsed.ignored, truncated=parsed.truncated,
                            unknown_zones=[vars(z) for z in parsed.zones])
    uids = sorted({e.source_uid for e in parsed.events} | set(parsed.windows))
    existing = _existing(session, uids)
    venues = _Venues(session)
    created: list[Event] = []
    previous: dict[int, dict[str, Any]] = {}
    seen: set[tuple[str, str | None]] = set()
    newest: dict[str, int] = {}
    for done, item in enumerate(parsed.events):
        if progress is not None and done % 200 == 0:
            progress.step(done, len(parsed.events), parsed.source)
        key = (item.source_uid, item.recurrence_id)
        seen.add(key)
        newest[item.source_uid] = max(newest.get(item.source_uid, 0), item.sequence)
        event = existing.get(key)
        values = event_values(item, venues)
        if event is None:
            event = _new_event(item, values)
            session.add(event)
            existing[key] = event
            created.append(event)
        elif event.deleted_at is not None:
            summary.skipped_deleted += 1  # deleted here on purpose: an import does not revive it
        elif item.sequence < (event.source_sequence or 0):
            summary.skipped_older += 1
        else:
            old = _set(event, {**values, "source_sequence": item.sequence})
            _record(previous, event, old, summary)
    _cancel_vanished(parsed, existing, seen, newest, previous, summary)
    session.flush()
    summary.created = len(created)
    summary.event_ids = [e.id for e in created] + list(previous)
    return Outcome(summary, Undo("calendar.import_changes",
                                 {"delete": [e.id for e in created], "restore": [],
                                  "values": previous}))


def _new_event(item: ImportedEvent, values: dict[str, Any]) -> Event:
    fields = {"kind": EventKind.OTHER, **values}
    if not any(fields.get(k) for k in ("title_en", "title_zh_hant", "title_zh_hans")):
        fields["title_en"] = "(no title)"
    return Event(**fields, source_uid=item.source_uid, source_recurrence_id=item.recurrence_id,
                 source_sequence=item.sequence)


def _record(previous: dict[int, dict[str, Any]], event: Event, old: dict[str, Any],
            summary: ImportSummary) -> None:
    meaningful = {k: v for k, v in old.items() if k != "source_sequence"}
    if meaningful:
        previous[event.id] = old
        summary.updated += 1
    else:
        summary.unchanged += 1


def _cancel_vanished(parsed: ParsedCalendar, existing: dict[tuple[str, str | None], Event],
                     seen: set[tuple[str, str | None]], newest: dict[str, int],
                     previous: dict[int, dict[str, Any]], summary: ImportSummary) -> None:
    """Occurrences of a series in the file that the file no longer produces: cancelled.

    Only UIDs whose whole series the file holds are judged (a master event, recurring or not):
    a file with just one changed occurrence of a series says nothing about the others.
    """
    in_file = {e.source_uid for e in parsed.events if e.recurrence_id is None}
    in_file |= set(parsed.windows)
    for key, event in existing.items():
        uid = key[0]
        if key in seen or uid not in in_file or event.deleted_at is not None or event.id is None:
            continue
        window = parsed.windows.get(uid)
        if window is not None and not window.start <= event.starts_at < window.end:
            continue  # outside the span this import looked at: not ours to judge
        if newest.get(uid, 0) < (event.source_sequence or 0) or event.status == Status.CANCELLED:
            continue
        previous[event.id] = {**previous.get(event.id, {}), **_set(event, {"status":
                                                                             Status.CANCELLED})}
        summary.cancelled += 1


@operation("calendar.import_changes")
def apply_import_changes(session: Session, delete: Iterable[int] = (),
                         restore: Iterable[int] = (),
                         values: Mapping[int, Mapping[str, Any]] | None = None) -> Outcome[int]:
    """Undo (or redo) an import: delete or restore events and put field values back."""
    delete, restore = list(delete), list(restore)
    inverse: dict[int, dict[str, Any]] = {}
    for ident, changes in (values or {}).items():
        event = session.get(Event, ident)
        if event is not None:
            inverse[ident] = _set(event, changes)
    stamp = utcnow()
    for ident in delete:
        event = session.get(Event, ident)
        if event is not None:
            event.deleted_at = stamp
    for ident in restore:
        event = session.get(Event, ident)
        if event is not None:
            event.deleted_at = None
    session.flush()
    return Outcome(len(delete) + len(restore) + len(inverse),
                   Undo("calendar.import_changes",
                        {"delete": restore, "restore": delete, "values": inverse}))
