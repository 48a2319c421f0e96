"""Capacity and the waiting list: registrations beyond capacity wait in order of registration;
when someone cancels or declines, the first in line moves up and the result says who."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from planner.domain import rows
from planner.domain.enums import RegistrationRole, RegistrationStatus
from planner.domain.errors import PlannerError
from planner.operations.base import Outcome, Undo, flush, load_for_edit, operation
from planner.operations.people import register_person
from planner.store import convert, participant_queries, queries
from planner.store.models import Event, Registration

_CLOSED = (RegistrationStatus.CANCELLED, RegistrationStatus.DECLINED)


@dataclass(frozen=True)
class CancelResult:
    registration: rows.RegistrationRow
    promoted: tuple[rows.RegistrationRow, ...]  # who moved up from the waiting list, in order


def status_for_new(session: Session, event: Event) -> RegistrationStatus:
    """Registered while there is room and nobody waits; otherwise on the waiting list."""
    if event.capacity is None:
        return RegistrationStatus.REGISTERED
    registered = participant_queries.count_status(session, event.id, RegistrationStatus.REGISTERED)
    waiting = participant_queries.count_status(session, event.id, RegistrationStatus.WAITLISTED)
    if waiting or registered >= event.capacity:
        return RegistrationStatus.WAITLISTED
    return RegistrationStatus.REGISTERED


@operation("registration.enrol")
def enrol(session: Session, event_id: int, person_id: int, *,
          role: RegistrationRole | str = RegistrationRole.PARTICIPANT,
          registered_at: datetime | None = None) -> Outcome[rows.RegistrationRow]:
    """Register a person, on the waiting list when the event is full (undo: remove it)."""
    event = queries.fetch(session, Event, event_id)
    return register_person(session, event_id, person_id, status=status_for_new(session, event),
                           role=role, registered_at=registered_at)


@operation("registration.cancel")
def cancel_registration(session: Session, ident: int, version: int | None, *,
                        status: RegistrationStatus | str = RegistrationStatus.CANCELLED
                        ) -> Outcome[CancelResult]:
    """Cancel (or decline) a registration; a freed place goes to the first on the waiting list."""
    new = RegistrationStatus(status)
    if new not in _CLOSED:
        raise ValueError(f"cancel_registration sets cancelled or declined, not {new}")
    registration = load_for_edit(session, Registration, ident, version)
    if registration.status in _CLOSED:
        raise PlannerError("registration_closed", person=_label(registration),
                           status=registration.status.value)
    old = registration.status
    registration.status = new
    flush(session, registration)
    promoted = _promote(session, registration.event_id) \
        if old == RegistrationStatus.REGISTERED else []
    result = CancelResult(convert.registration_row(registration),
                          tuple(convert.registration_row(r) for r in promoted))
    return Outcome(result, Undo("registration.reinstate", {
        "ident": ident, "version": registration.version, "status": old.value,
        "demote": [(r.id, r.version) for r in promoted], "cancelled_as": new.value}))


@operation("registration.reinstate")
def reinstate_registration(session: Session, ident: int, version: int | None, status: str,
                           demote: Sequence[tuple[int, int]] = (),
                           cancelled_as: str = RegistrationStatus.CANCELLED.value
                           ) -> Outcome[CancelResult]:
    """Undo a cancellation: those who moved up go back to the waiting list (same place)."""
    for other, other_version in demote:
        moved = load_for_edit(session, Registration, other, other_version)
        moved.status = RegistrationStatus.WAITLISTED
    registration = load_for_edit(session, Registration, ident, version)
    registration.status = RegistrationStatus(status)
    flush(session, registration)
    return Outcome(CancelResult(convert.registration_row(registration), ()),
                   Undo("registration.cancel", {"ident": ident, "version": registration.version,
                                                "status": cancelled_as}))


@operation("registration.promote")
def promote_waiting(session: Session, event_id: int) -> Outcome[tuple[rows.RegistrationRow, ...]]:
    """Fill free places from the waiting list (after the capacity was raised, say)."""
    queries.fetch(session, Event, event_id)
    promoted = _promote(session, event_id)
    return Outcome(tuple(convert.registration_row(r) for r in promoted),
                   Undo("registration.demote", {"event_id": event_id,
                                                "items": [(r.id, r.version) for r in promoted]}))


@operation("registration.demote")
def demote(session: Session, event_id: int, items: Sequence[tuple[int, int]]
           ) -> Outcome[tuple[rows.RegistrationRow, ...]]:
    """Put promoted registrations back on the waiting list (the undo of promote_waiting)."""
    moved = []
    for ident, version in items:
        registration = load_for_edit(session, Registration, ident, version)
        registration.status = RegistrationStatus.WAITLISTED
        moved.append(registration)
    session.flush()
    return Outcome(tuple(convert.registration_row(r) for r in moved),
                   Undo("registration.promote", {"event_id": event_id}))


def _promote(session: Session, event_id: int) -> list[Registration]:
    event = queries.fetch(session, Event, event_id)
    waiting = participant_queries.waiting_list(session, event_id)
    if event.capacity is not None:
        free = event.capacity - participant_queries.count_status(session, event_id, RegistrationStatus.REGISTERED)
        waiting = waiting[:max(0, free)]
    promoted = []
    for ident, _version in waiting:
        registration = queries.fetch(session, Registration, ident)
        registration.status = RegistrationStatus.REGISTERED
        promoted.append(registration)
    session.flush()
    return promoted


def _label(registration: Registration) -> str:
    person = registration.person
    return " ".join(n for n in (person.name_en, person.name_zh) if n) or f"#{person.id}"
