"""Use cases for events: create, edit, delete and restore, organisers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from planner.domain import rows
from planner.domain.enums import EventKind, OrganiserRole, Status
from planner.domain.validation import TITLE_FIELDS, Rules, organiser_pairs, values_of
from planner.operations.base import (
    Outcome,
    Undo,
    apply,
    check_later,
    flush,
    load_for_edit,
    operation,
    require_references,
    soft_delete,
    soft_restore,
)
from planner.store import queries
from planner.store.base import utcnow
from planner.store.models import CooperationItem, Event, EventOrganiser, Organisation, Venue

_REFERENCES = {"venue_id": Venue, "item_id": CooperationItem}

EVENT_FIELDS = (*TITLE_FIELDS, "theme_en", "theme_zh_hant", "theme_zh_hans", "description_en",
                "description_zh_hant", "description_zh_hans", "kind", "status", "capacity",
                "confidential", "venue_id", "item_id", "schedule")


def validate_event(values: Mapping[str, Any],
                   current: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Cleaned values; `current` holds the event's titles when editing (None: creating)."""
    unknown = set(values) - set(EVENT_FIELDS)
    if unknown:
        raise TypeError(f"unknown event fields: {sorted(unknown)}")
    creating = current is None
    rules = Rules(values)
    for name in TITLE_FIELDS + ("theme_en", "theme_zh_hant", "theme_zh_hans"):
        rules.text(name, 500)
    for name in ("description_en", "description_zh_hant", "description_zh_hans"):
        rules.text(name, 20_000, multiline=True)
    rules.choice("kind", EventKind, required=creating).choice("status", Status)
    rules.count("capacity").flag("confidential").reference("venue_id").reference("item_id")
    rules.schedule(required=creating)
    rules.one_of(TITLE_FIELDS, "title_missing", current)
    return rules.done()


OrganiserList = Sequence[tuple[int, "OrganiserRole | str"]]


def _replace_organisers(session: Session, event: Event, organisers: OrganiserList
                        ) -> list[tuple[int, OrganiserRole]]:
    """Set the organisers in order; return the previous list."""
    old = [(o.organisation_id, o.role) for o in event.organisers]
    organisers = organiser_pairs(organisers, "organisers")
    for org_id, _role in organisers:
        require_references(session, {"organisers": org_id}, {"organisers": Organisation})
    event.organisers.clear()
    session.flush()
    for position, (org_id, role) in enumerate(organisers):
        event.organisers.append(EventOrganiser(organisation_id=org_id, role=OrganiserRole(role),
                                               position=position))
    return old


@operation("event.create")
def create_event(session: Session, organisers: OrganiserList | None = None,
                 **values: Any) -> Outcome[rows.EventRow]:
    """A new event from validated values (and its organisers); undo deletes it."""
    clean = validate_event(values)
    require_references(session, clean, _REFERENCES)
    event = Event(**clean)
    session.add(event)
    if organisers:
        session.flush()
        _replace_organisers(session, event, organisers)
    flush(session, event)
    return Outcome(queries.get_event(session, event.id),
                   Undo("event.delete", {"ident": event.id, "version": event.version}))


@operation("event.update")
def update_event(session: Session, ident: int, version: int | None,
                 organisers: OrganiserList | None = None, move_sessions: bool = True,
                 **changes: Any) -> Outcome[rows.EventRow]:
    """Change some fields (and the organisers); undo puts the old values back.

    A new start carries the sessions along by as much (a seminar moved to the next day keeps
    its agenda), unless `move_sessions` is False: a caller that sets the sessions' times itself
    in the same batch (the event dialog)."""
    event = load_for_edit(session, Event, ident, version)
    clean = validate_event(changes, values_of(event, TITLE_FIELDS))
    require_references(session, clean, _REFERENCES)
    old_organisers = None
    if organisers is not None and [(o.organisation_id, o.role) for o in event.organisers] != \
            organiser_pairs(organisers, "organisers"):
        old_organisers = _replace_organisers(session, event, organisers)
        event.modified_at = utcnow()  # a change of organisers is a change of the event
    if "schedule" in clean:
        old_schedule = event.schedule
    old = apply(event, {k: v for k, v in clean.items() if k != "schedule"})
    if "schedule" in clean and clean["schedule"] != old_schedule:
        event.schedule = clean["schedule"]
        old["schedule"] = old_schedule
        delta = clean["schedule"].local_start() - old_schedule.local_start()
        if move_sessions and delta:
            for agenda_slot in event.sessions:
                if agenda_slot.deleted_at is None:
                    agenda_slot.schedule = agenda_slot.schedule.shifted(delta)
        _sessions_stay_inside(session, event)
    if old_organisers is not None:
        old["organisers"] = old_organisers
    flush(session, event)
    if not move_sessions:
        old["move_sessions"] = False  # the batch's own steps put the sessions back
    return Outcome(queries.get_event(session, event.id),
                   Undo("event.update", {"ident": event.id, "version": event.version, **old}))


def _sessions_stay_inside(session: Session, event: Event) -> None:
    """A new span must still hold the event's sessions (judged after a batch's last step,
    which may move them too)."""
    from planner.operations.sessions import check_inside

    check_later(session, lambda: check_inside(session, list(event.sessions), event))


@operation("event.delete")
def delete_event(session: Session, ident: int, version: int | None) -> Outcome[int]:
    """Soft-delete: the event, its sessions and list stay in the database for undo."""
    return soft_delete(session, Event, ident, version, "event.restore")


@operation("event.restore")
def restore_event(session: Session, ident: int, version: int | None) -> Outcome[int]:
    return soft_restore(session, Event, ident, version, "event.delete")


@operation("event.set_organisers")
def set_event_organisers(session: Session, ident: int, version: int | None,
                         organisers: OrganiserList) -> Outcome[rows.EventRow]:
    """Replace the organisers (organisation id, role) in the given order."""
    return update_event(session, ident, version, organisers=organisers)
