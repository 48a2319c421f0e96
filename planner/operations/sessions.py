"""Use cases for the sessions of an event's agenda: each inside its event, in calendars as its
own entry."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.domain import rows
from planner.domain.errors import Collector
from planner.domain.validation import TITLE_FIELDS, Rules
from planner.operations.base import (
    Outcome,
    Undo,
    apply,
    check_later,
    flush,
    load_child_for_edit,
    operation,
    require_references,
    soft_delete,
    soft_restore,
)
from planner.store import convert, queries
from planner.store.models import Event, EventSession, Venue

SESSION_FIELDS = (*TITLE_FIELDS, "schedule", "room", "speaker", "venue_id", "notes", "position")


def validate_session(values: Mapping[str, Any], current: EventSession | None = None
                     ) -> dict[str, Any]:
    unknown = set(values) - set(SESSION_FIELDS)
    if unknown:
        raise TypeError(f"unknown session fields: {sorted(unknown)}")
    creating = current is None
    rules = Rules(values)
    for name in TITLE_FIELDS:
        rules.text(name, 500)
    rules.text("room", 200).text("speaker", 300).text("notes", 20_000, multiline=True)
    rules.reference("venue_id").count("position").schedule(required=creating)
    titles = None if creating else {n: getattr(current, n) for n in TITLE_FIELDS}
    rules.one_of(TITLE_FIELDS, "title_missing", titles)
    return rules.done()


def session_label(s: EventSession) -> str:
    return s.title_en or s.title_zh_hant or s.title_zh_hans or f"#{s.id}"


def check_inside(session: Session, sessions: list[EventSession], event: Event) -> None:
    """Every live session lies within its event's span (all-day events: their whole days)."""
    errors = Collector()
    for s in sessions:
        if s.deleted_at is None and (s.starts_at < event.starts_at or s.ends_at > event.ends_at):
            start, end = event.schedule.iso()
            errors.add("session_outside_event", field="schedule", session=session_label(s),
                       start=start, end=end)
    errors.raise_if_any()


def _check_later(session: Session, obj: EventSession) -> None:
    def check() -> None:
        event = session.get(Event, obj.event_id)
        if event is not None:
            check_inside(session, [obj], event)

    check_later(session, check)


@operation("session.create")
def create_session(session: Session, event_id: int, **values: Any) -> Outcome[rows.SessionRow]:
    """A new session of a live event, last in its agenda unless `position` says where."""
    event = queries.fetch(session, Event, event_id)
    clean = validate_session(values)
    require_references(session, clean, {"venue_id": Venue})
    if clean.get("position") is None:
        last = session.scalar(select(func.max(EventSession.position)).where(
            EventSession.event_id == event.id))
        clean["position"] = 0 if last is None else last + 1
    obj = EventSession(event_id=event.id, **clean)
    session.add(obj)
    flush(session, obj)
    _check_later(session, obj)
    return Outcome(convert.session_row(obj),
                   Undo("session.delete", {"ident": obj.id, "version": obj.version}))


def _editable(session: Session, ident: int, version: int | None, *,
              allow_deleted: bool = False) -> EventSession:
    return load_child_for_edit(session, EventSession, ident, version, Event, "event_id",
                               allow_deleted=allow_deleted)


@operation("session.update")
def update_session(session: Session, ident: int, version: int | None,
                   **changes: Any) -> Outcome[rows.SessionRow]:
    obj = _editable(session, ident, version)
    clean = validate_session(changes, obj)
    require_references(session, clean, {"venue_id": Venue})
    old_schedule = obj.schedule if "schedule" in clean else None
    old = apply(obj, {k: v for k, v in clean.items() if k != "schedule"})
    if old_schedule is not None and clean["schedule"] != old_schedule:
        obj.schedule = clean["schedule"]
        old["schedule"] = old_schedule
    flush(session, obj)
    _check_later(session, obj)
    return Outcome(convert.session_row(obj),
                   Undo("session.update", {"ident": ident, "version": obj.version, **old}))


@operation("session.delete")
def delete_session(session: Session, ident: int, version: int | None) -> Outcome[int]:
    _editable(session, ident, version)
    return soft_delete(session, EventSession, ident, version, "session.restore")


@operation("session.restore")
def restore_session(session: Session, ident: int, version: int | None) -> Outcome[int]:
    obj = _editable(session, ident, version, allow_deleted=True)
    outcome = soft_restore(session, EventSession, ident, version, "session.delete")
    _check_later(session, obj)
    return outcome
