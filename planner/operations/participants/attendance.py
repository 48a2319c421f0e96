"""Check-in and check-out, per day of a (multi-day) event, and walk-ins registered on the spot.

Registration.checked_in_at keeps the first check-in ever; the Attendance table has each day.
Every change returns an undo that puts the day's marks back exactly as they were.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain.enums import RegistrationRole, RegistrationStatus
from planner.domain.errors import PlannerError
from planner.operations.base import Outcome, Undo, operation
from planner.operations.people import create_person, register_person
from planner.store import participant_queries as pq
from planner.store import queries
from planner.store.base import utcnow
from planner.store.models import Attendance, Event, Person, Registration


def event_day(event: Event, at: datetime | None = None) -> date:
    """The event's local date at `at` (UTC, default now), kept within the event's days."""
    moment = (at or utcnow()).replace(tzinfo=UTC).astimezone(ZoneInfo(event.timezone))
    return min(max(moment.date(), event.start_date), event.end_date)


def search(session: Session, event_id: int, text: str, day: date | None = None
           ) -> list[pq.CheckInRow]:
    """The check-in search box: a badge's code, a name in English or Chinese, an organisation."""
    event = queries.fetch(session, Event, event_id)
    return pq.search_check_in(session, event_id, text, day or event_day(event))


def counts(session: Session, event_id: int, day: date | None = None) -> pq.CheckInCounts:
    """Registered, waiting, walk-ins, checked in and present on the day, and each day apart."""
    event = queries.fetch(session, Event, event_id)
    return pq.check_in_counts(session, event_id, day or event_day(event))


def _load(session: Session, registration_id: int, day: date | None, at: datetime
          ) -> tuple[Registration, date, Attendance | None]:
    registration = queries.fetch(session, Registration, registration_id)
    event = registration.event
    when = day or event_day(event, at)
    if not event.start_date <= when <= event.end_date:
        raise PlannerError("day_outside_event", day=when.isoformat(),
                           start=event.start_date.isoformat(), end=event.end_date.isoformat())
    mark = session.scalar(select(Attendance).where(Attendance.registration_id == registration.id,
                                                   Attendance.day == when))
    return registration, when, mark


def _state(registration: Registration, mark: Attendance | None) -> dict[str, Any]:
    return {"mark": None if mark is None else {"checked_in_at": mark.checked_in_at,
                                               "checked_out_at": mark.checked_out_at},
            "registration": {"checked_in_at": registration.checked_in_at,
                             "checked_out_at": registration.checked_out_at}}


def _label(registration: Registration) -> str:
    person = registration.person
    return " ".join(n for n in (person.name_en, person.name_zh) if n) or f"#{person.id}"


@operation("attendance.check_in")
def check_in(session: Session, registration_id: int, *, day: date | None = None,
             at: datetime | None = None) -> Outcome[pq.CheckInRow]:
    """Check in for a day (default: today in the event's zone); again after checking out."""
    at = at or utcnow()
    registration, when, mark = _load(session, registration_id, day, at)
    if registration.status != RegistrationStatus.REGISTERED:
        raise PlannerError("not_registered", person=_label(registration),
                           status=registration.status.value)
    before = _state(registration, mark)
    if mark is None:
        mark = Attendance(registration_id=registration.id, day=when, checked_in_at=at)
        session.add(mark)
    elif mark.checked_in_at is not None and mark.checked_out_at is None:
        raise PlannerError("already_checked_in", person=_label(registration), day=when.isoformat())
    else:  # back after leaving: the day keeps its first arrival
        mark.checked_in_at = mark.checked_in_at or at
        mark.checked_out_at = None
    mark.modified_by = session.info.get("user")
    if registration.checked_in_at is None:
        registration.checked_in_at = at
    session.flush()
    return Outcome(pq.check_in_row(session, registration.id, when),
                   Undo("attendance.restore", {"registration_id": registration.id,
                                               "day": when, **before}))


@operation("attendance.check_out")
def check_out(session: Session, registration_id: int, *, day: date | None = None,
              at: datetime | None = None) -> Outcome[pq.CheckInRow]:
    """Check out for a day; refused when not checked in (or already out) that day."""
    at = at or utcnow()
    registration, when, mark = _load(session, registration_id, day, at)
    if mark is None or mark.checked_in_at is None or mark.checked_out_at is not None:
        raise PlannerError("not_checked_in", person=_label(registration), day=when.isoformat())
    before = _state(registration, mark)
    mark.checked_out_at = at
    mark.modified_by = session.info.get("user")
    registration.checked_out_at = at
    session.flush()
    return Outcome(pq.check_in_row(session, registration.id, when),
                   Undo("attendance.restore", {"registration_id": registration.id,
                                               "day": when, **before}))


@operation("attendance.restore")
def restore_marks(session: Session, registration_id: int, day: date, mark: dict[str, Any] | None,
                  registration: dict[str, Any]) -> Outcome[pq.CheckInRow]:
    """Put a day's marks (and the registration's first check-in) back as recorded."""
    reg = queries.fetch(session, Registration, registration_id)
    current = session.scalar(select(Attendance).where(Attendance.registration_id == reg.id,
                                                      Attendance.day == day))
    after = _state(reg, current)
    if mark is None:
        if current is not None:
            session.delete(current)
    else:
        if current is None:
            current = Attendance(registration_id=reg.id, day=day)
            session.add(current)
        current.checked_in_at = mark["checked_in_at"]
        current.checked_out_at = mark["checked_out_at"]
        current.modified_by = session.info.get("user")
    reg.checked_in_at = registration["checked_in_at"]
    reg.checked_out_at = registration["checked_out_at"]
    session.flush()
    return Outcome(pq.check_in_row(session, reg.id, day),
                   Undo("attendance.restore", {"registration_id": reg.id, "day": day, **after}))


@operation("registration.walk_in")
def walk_in(session: Session, event_id: int, *, person_id: int | None = None,
            role: RegistrationRole | str = RegistrationRole.PARTICIPANT,
            **person: Any) -> Outcome[pq.CheckInRow]:
    """Register someone at the door (a new person from `person` fields, or `person_id`).

    Walk-ins are registered whatever the capacity: the organiser at the door decided.
    Check them in with check_in() as a second step (its own undo).
    """
    event = queries.fetch(session, Event, event_id)
    created = None
    if person_id is None:
        created = create_person(session, **person).value.id
        person_id = created
    registration = register_person(session, event_id, person_id, role=role, walk_in=True,
                                   status=RegistrationStatus.REGISTERED).value
    return Outcome(pq.check_in_row(session, registration.id, event_day(event)),
                   Undo("registration.walk_in.remove", {"registration_id": registration.id,
                                                        "person_id": created}))


@operation("registration.walk_in.remove")
def remove_walk_in(session: Session, registration_id: int, person_id: int | None
                   ) -> Outcome[int]:
    """Undo a walk-in: the registration, and the person if created with it, soft-deleted."""
    _set_deleted(session, registration_id, person_id, utcnow())
    return Outcome(registration_id, Undo("registration.walk_in.restore", {
        "registration_id": registration_id, "person_id": person_id}))


@operation("registration.walk_in.restore")
def restore_walk_in(session: Session, registration_id: int, person_id: int | None
                    ) -> Outcome[int]:
    _set_deleted(session, registration_id, person_id, None)
    return Outcome(registration_id, Undo("registration.walk_in.remove", {
        "registration_id": registration_id, "person_id": person_id}))


def _set_deleted(session: Session, registration_id: int, person_id: int | None,
                 when: datetime | None) -> None:
    registration = queries.fetch(session, Registration, registration_id, allow_deleted=True)
    registration.deleted_at = when
    if person_id is not None:
        queries.fetch(session, Person, person_id, allow_deleted=True).deleted_at = when
    session.flush()
