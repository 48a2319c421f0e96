"""Check-in and check-out, per day of a (multi-day) event, and walk-ins registered on the spot.

The one check-in model: the desk, the participants panel and the command line all go through
check_in/check_out here and read counts() and search(). Registration.checked_in_at keeps the
first check-in ever; the Attendance table has each day. Times are UTC instants, shown in the
event's zone. While the event is on, a check-in is stamped now; for an event that is over (or
not today) it is stamped with the event's start on the day, or the time from a signed sheet.
Every change returns an undo that puts the day's marks back exactly as they were.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain.enums import RegistrationRole, RegistrationStatus
from planner.domain.errors import PlannerError
from planner.operations.base import Outcome, Undo, operation
from planner.operations.people import create_person, register_person
from planner.store import participant_queries, queries
from planner.store.base import utcnow
from planner.store.models import Attendance, Event, Person, Registration

# A minute of slack: clocks of two computers sharing a server disagree a little.
FUTURE_SLACK = timedelta(minutes=1)


@dataclass(frozen=True)
class AttendanceTime:
    """When check-ins of an event are recorded by default, for the desk and the panel."""

    event_id: int
    timezone: str
    on_today: bool  # the event is on today (in its zone): check-ins are stamped now
    day: date  # today while the event is on, else its first day
    default_at: datetime  # naive UTC: now, or the event's start on `day`
    first_day: date
    last_day: date


def _local(event: Event, at: datetime) -> datetime:
    return at.replace(tzinfo=UTC).astimezone(ZoneInfo(event.timezone))


def is_on(event: Event, now: datetime | None = None) -> bool:
    """True when today, in the event's zone, is one of the event's days."""
    return event.start_date <= _local(event, now or utcnow()).date() <= event.end_date


def event_day(event: Event, at: datetime | None = None) -> date:
    """The event's local date at `at` (UTC); without it, today while the event is on, else
    its first day."""
    if at is not None:
        return _local(event, at).date()
    return _local(event, utcnow()).date() if is_on(event) else event.start_date


def default_moment(event: Event, day: date, *, leaving: bool = False) -> datetime:
    """Naive UTC: now on today's day of an event that is on; on any other day the event's
    start (or, for a check-out, its end) at that day's local clock."""
    now = utcnow()
    if is_on(event, now) and _local(event, now).date() == day:
        return now
    clock = _local(event, event.ends_at if leaving else event.starts_at).time()
    local = datetime.combine(day, clock, ZoneInfo(event.timezone))
    return local.astimezone(UTC).replace(tzinfo=None)


def event_zone(session: Session, registration_id: int) -> str:
    return queries.fetch(session, Registration, registration_id).event.timezone


def from_event_clock(session: Session, registration_id: int, local: datetime) -> datetime:
    """A time on the registration's event's clock (naive, as on a signed sheet) as naive UTC."""
    zone = ZoneInfo(event_zone(session, registration_id))
    return local.replace(tzinfo=zone).astimezone(UTC).replace(tzinfo=None)


def attendance_time(session: Session, event_id: int) -> AttendanceTime:
    """How check-ins of the event are stamped when nobody gives a time."""
    event = queries.fetch(session, Event, event_id)
    day = event_day(event)
    return AttendanceTime(event.id, event.timezone, is_on(event), day,
                          default_moment(event, day), event.start_date, event.end_date)


def search(session: Session, event_id: int, text: str, day: date | None = None
           ) -> list[participant_queries.CheckInRow]:
    """The check-in search box: a badge's code, a name in English or Chinese, an organisation."""
    event = queries.fetch(session, Event, event_id)
    return participant_queries.search_check_in(session, event_id, text, day or event_day(event))


def counts(session: Session, event_id: int, day: date | None = None) -> participant_queries.CheckInCounts:
    """Registered, waiting, walk-ins, checked in and present on the day, and each day apart."""
    event = queries.fetch(session, Event, event_id)
    return participant_queries.check_in_counts(session, event_id, day or event_day(event))


def _load(session: Session, registration_id: int, day: date | None, at: datetime | None,
          *, leaving: bool = False) -> tuple[Registration, date, Attendance | None, datetime]:
    """The registration, the day, its marks and the moment to record (see the module's doc)."""
    registration = queries.fetch(session, Registration, registration_id)
    event = registration.event
    when = day or event_day(event, at)
    if not event.start_date <= when <= event.end_date:
        raise PlannerError("day_outside_event", day=when.isoformat(),
                           start=event.start_date.isoformat(), end=event.end_date.isoformat())
    if at is None:
        at = default_moment(event, when, leaving=leaving)
    if at > utcnow() + FUTURE_SLACK:
        raise PlannerError("attendance_in_future", person=_label(registration),
                           time=_local(event, at).strftime("%Y-%m-%d %H:%M"))
    mark = session.scalar(select(Attendance).where(Attendance.registration_id == registration.id,
                                                   Attendance.day == when))
    return registration, when, mark, at


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
             at: datetime | None = None) -> Outcome[participant_queries.CheckInRow]:
    """Check in for a day (default: today in the event's zone, else its first day) at `at`
    (naive UTC; default: see default_moment); again after checking out."""
    registration, when, mark, at = _load(session, registration_id, day, at)
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
    if registration.checked_in_at is None or at < registration.checked_in_at:
        registration.checked_in_at = at  # the first arrival, also when recorded afterwards
    session.flush()
    return Outcome(participant_queries.check_in_row(session, registration.id, when),
                   Undo("attendance.restore", {"registration_id": registration.id,
                                               "day": when, **before}))


@operation("attendance.check_out")
def check_out(session: Session, registration_id: int, *, day: date | None = None,
              at: datetime | None = None) -> Outcome[participant_queries.CheckInRow]:
    """Check out for a day; refused when not checked in (or already out) that day."""
    registration, when, mark, at = _load(session, registration_id, day, at, leaving=True)
    if mark is None or mark.checked_in_at is None or mark.checked_out_at is not None:
        raise PlannerError("not_checked_in", person=_label(registration), day=when.isoformat())
    if at < mark.checked_in_at:
        zone = ZoneInfo(registration.event.timezone)
        raise PlannerError("check_out_before_check_in", person=_label(registration),
                           time=at.replace(tzinfo=UTC).astimezone(zone).strftime("%H:%M"),
                           arrived=mark.checked_in_at.replace(tzinfo=UTC).astimezone(zone)
                           .strftime("%H:%M"))
    before = _state(registration, mark)
    mark.checked_out_at = at
    mark.modified_by = session.info.get("user")
    registration.checked_out_at = at
    session.flush()
    return Outcome(participant_queries.check_in_row(session, registration.id, when),
                   Undo("attendance.restore", {"registration_id": registration.id,
                                               "day": when, **before}))


@operation("attendance.restore")
def restore_marks(session: Session, registration_id: int, day: date, mark: dict[str, Any] | None,
                  registration: dict[str, Any]) -> Outcome[participant_queries.CheckInRow]:
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
    return Outcome(participant_queries.check_in_row(session, reg.id, day),
                   Undo("attendance.restore", {"registration_id": reg.id, "day": day, **after}))


@operation("registration.walk_in")
def walk_in(session: Session, event_id: int, *, person_id: int | None = None,
            role: RegistrationRole | str = RegistrationRole.PARTICIPANT,
            **person: Any) -> Outcome[participant_queries.CheckInRow]:
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
    return Outcome(participant_queries.check_in_row(session, registration.id, event_day(event)),
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
