"""Read side of participant lists: look-ups for imports, check-in search and counts, exports.

Everything returns plain values or frozen rows; nothing hands out live ORM instances.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from planner.domain import rows
from planner.domain.enums import (
    MemberRole,
    MemberStatus,
    PersonCategory,
    RegistrationRole,
    RegistrationStatus,
)
from planner.domain.text import fold, search_key
from planner.store.models import (
    Attendance,
    Delegation,
    DelegationMember,
    Event,
    ImportMapping,
    Organisation,
    Person,
    PersonSensitive,
    Registration,
    Setting,
)

SEARCH_LIMIT = 50


@dataclass
class PeopleIndex:
    """Live, not erased people by e-mail (lower case) and by (name key, organisation id)."""

    by_email: dict[str, int] = field(default_factory=dict)
    by_name: dict[tuple[str, int | None], int] = field(default_factory=dict)


def people_index(session: Session) -> PeopleIndex:
    """Every live person's matching keys; one query, no ORM objects (100,000 people ~0.1 s)."""
    # Plain SQL and plain tuples: this reads every person, and Core's rows cost twice as much.
    found = session.connection().exec_driver_sql(
        "SELECT id, email, search_key, organisation_id FROM person "
        "WHERE deleted_at IS NULL AND erased_at IS NULL ORDER BY id DESC").fetchall()
    # Highest id first, so that in the dictionaries the oldest record of a key wins.
    return PeopleIndex({e.lower(): i for i, e, _k, _o in found if e},
                       {(part, o): i for i, _e, k, o in found if k for part in k.split("|")})


def organisation_index(session: Session) -> dict[str, int]:
    """Live organisations by each part of their search key (code, names in every script,
    aliases); a code wins over another organisation's name, the older over the newer."""
    found: dict[str, int] = {}
    stmt = (select(Organisation.id, Organisation.code, Organisation.search_key)
            .where(Organisation.deleted_at.is_(None)).order_by(Organisation.id))
    rows = session.execute(stmt).all()
    for ident, code, _key in rows:
        if code:
            found.setdefault(fold(code), ident)
    for ident, _code, key in rows:
        for part in (key or "").split("|"):
            if part:
                found.setdefault(part, ident)
    return found


def remembered_mapping(session: Session, signature: str) -> dict[str, Any] | None:
    row = session.scalar(select(ImportMapping).where(ImportMapping.signature == signature))
    return None if row is None else dict(row.mapping)


def setting(session: Session, key: str, default: str) -> str:
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return default if value is None else value


def registrations_by_person(session: Session, event_id: int, *, deleted: bool = False
                            ) -> dict[int, int]:
    """person id -> registration id of the event's live (or soft-deleted) registrations."""
    gone = Registration.deleted_at.is_not(None) if deleted else Registration.deleted_at.is_(None)
    stmt = select(Registration.person_id, Registration.id).where(
        Registration.event_id == event_id, gone)
    return {a: b for a, b in session.execute(stmt)}


def members_by_person(session: Session, delegation_id: int, *, deleted: bool = False
                      ) -> dict[int, int]:
    """person id -> member id of the delegation's live (or soft-deleted) members."""
    gone = DelegationMember.deleted_at.is_not(None) if deleted \
        else DelegationMember.deleted_at.is_(None)
    stmt = select(DelegationMember.person_id, DelegationMember.id).where(
        DelegationMember.delegation_id == delegation_id, gone)
    return {a: b for a, b in session.execute(stmt)}


def count_status(session: Session, event_id: int, status: RegistrationStatus) -> int:
    return session.scalar(select(func.count()).where(
        Registration.event_id == event_id, Registration.deleted_at.is_(None),
        Registration.status == status)) or 0


def last_registered_at(session: Session, event_id: int) -> datetime | None:
    return session.scalar(select(func.max(Registration.registered_at)).where(
        Registration.event_id == event_id))


def person_labels(session: Session, ids: Iterable[int]) -> dict[int, str]:
    """'English 中文' for each id (for messages about matches)."""
    wanted = sorted(set(ids))
    out: dict[int, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        for ident, en, zh in session.execute(select(Person.id, Person.name_en, Person.name_zh)
                                             .where(Person.id.in_(chunk))):
            out[ident] = " ".join(n for n in (en, zh) if n) or f"#{ident}"
    return out


def waiting_list(session: Session, event_id: int) -> list[tuple[int, int]]:
    """(registration id, version) of the waiting list, first in line first."""
    stmt = (select(Registration.id, Registration.version)
            .where(Registration.event_id == event_id, Registration.deleted_at.is_(None),
                   Registration.status == RegistrationStatus.WAITLISTED)
            .order_by(Registration.registered_at, Registration.id))
    return [(i, v) for i, v in session.execute(stmt)]


# --- check-in -------------------------------------------------------------------------------

@dataclass(frozen=True)
class CheckInRow:
    """One registration as the check-in screen shows it, for one day of the event."""

    registration_id: int
    version: int
    person: rows.PersonRef  # names are None when the person was erased
    organisation: rows.Ref | None
    status: RegistrationStatus
    role: RegistrationRole
    walk_in: bool
    check_in_code: str | None
    day: date
    checked_in_at: datetime | None  # on `day`
    checked_out_at: datetime | None  # on `day`
    first_checked_in_at: datetime | None


@dataclass(frozen=True)
class CheckInCounts:
    day: date
    registered: int
    waitlisted: int
    walk_ins: int
    checked_in: int  # on `day`
    present: int  # checked in on `day` and not out
    by_day: dict[date, int]  # people checked in on each day
    attended: int = 0  # people checked in on at least one day


def _check_in_select() -> Select[*tuple[Any, ...]]:
    return (select(Registration, Person, Organisation)
            .join(Person, Person.id == Registration.person_id)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .where(Registration.deleted_at.is_(None)))


def search_check_in(session: Session, event_id: int, text: str, day: date,
                    limit: int = SEARCH_LIMIT) -> list[CheckInRow]:
    """A badge's code (exactly, any case), else names in either script, organisation, e-mail."""
    needle = text.strip()
    base = _check_in_select().where(Registration.event_id == event_id)
    if not needle:
        return []
    found = session.execute(base.where(Registration.check_in_code.in_(
        {needle, needle.upper(), needle.lower()}))).all()
    if not found:
        match: list[ColumnElement[bool]] = [Person.email.ilike(f"%{needle}%")]
        # The fragment as typed and in Simplified script: keys hold both forms of a name.
        for part in set(search_key(needle).split("|")) - {""}:
            match += [Person.search_key.contains(part, autoescape=True),
                      Organisation.search_key.contains(part, autoescape=True)]
        found = session.execute(base.where(or_(*match), Person.erased_at.is_(None))
                                .order_by(Person.name_en, Person.name_zh, Registration.id)
                                .limit(limit)).all()
    return _check_in_rows(session, found, day)


def check_in_row(session: Session, registration_id: int, day: date) -> CheckInRow:
    found = session.execute(_check_in_select().where(Registration.id == registration_id)).all()
    return _check_in_rows(session, found, day)[0]


def _check_in_rows(session: Session, found: Sequence[Row[Registration, Person, Organisation]],
                   day: date) -> list[CheckInRow]:
    ids = [r.id for r, _p, _o in found]
    marks = {a.registration_id: a for a in session.scalars(
        select(Attendance).where(Attendance.registration_id.in_(ids), Attendance.day == day))} \
        if ids else {}
    out = []
    for reg, person, org in found:
        mark = marks.get(reg.id)
        out.append(CheckInRow(
            reg.id, reg.version, rows.PersonRef(person.id, person.name_en, person.name_zh),
            None if org is None else rows.Ref(org.id, org.code, org.name_en, org.name_zh_hant,
                                              org.name_zh_hans),
            reg.status, reg.role, reg.walk_in, reg.check_in_code, day,
            mark.checked_in_at if mark else None, mark.checked_out_at if mark else None,
            reg.checked_in_at))
    return out


def check_in_counts(session: Session, event_id: int, day: date) -> CheckInCounts:
    """Counters for the check-in desk and the participants panel (the same figures for both);
    erased people count like anyone else, anonymously."""
    live = and_(Registration.event_id == event_id, Registration.deleted_at.is_(None))
    statuses = {status: count for status, count in session.execute(
        select(Registration.status, func.count()).where(live).group_by(Registration.status))}
    walk_ins = session.scalar(select(func.count()).where(
        live, Registration.walk_in.is_(True),
        Registration.status == RegistrationStatus.REGISTERED)) or 0
    per_day = (select(Attendance.day, func.count(), func.count(Attendance.checked_out_at))
               .join(Registration, Registration.id == Attendance.registration_id)
               .where(live, Attendance.checked_in_at.is_not(None)).group_by(Attendance.day))
    by_day: dict[date, int] = {}
    out_today = 0
    for when, count, out in session.execute(per_day):
        by_day[when] = count
        if when == day:
            out_today = out
    # The first check-in is kept on the registration by every way of checking in.
    attended = session.scalar(select(func.count()).where(
        live, Registration.checked_in_at.is_not(None))) or 0
    return CheckInCounts(day, statuses.get(RegistrationStatus.REGISTERED, 0),
                         statuses.get(RegistrationStatus.WAITLISTED, 0), walk_ins,
                         by_day.get(day, 0), by_day.get(day, 0) - out_today, by_day, attended)


# --- exports --------------------------------------------------------------------------------

@dataclass(frozen=True)
class ParticipantRow:
    """A registration with its person, for participant lists; sensitive values included raw."""

    registration_id: int
    person_id: int
    name_en: str | None
    name_zh: str | None
    organisation: str | None
    organisation_code: str | None
    position: str | None
    category: PersonCategory
    email: str | None
    phone: str | None
    dietary_needs: str | None
    access_needs: str | None
    is_minor: bool
    date_of_birth: date | None
    guardian_name: str | None
    guardian_phone: str | None
    role: RegistrationRole
    status: RegistrationStatus
    registered_at: datetime
    walk_in: bool
    checked_in_at: datetime | None
    check_in_code: str | None


_STATUS_ORDER = {RegistrationStatus.REGISTERED: 0, RegistrationStatus.WAITLISTED: 1,
                 RegistrationStatus.INVITED: 2, RegistrationStatus.DECLINED: 3,
                 RegistrationStatus.CANCELLED: 4}


def participant_rows(session: Session, event_id: int) -> list[ParticipantRow]:
    """The event's live registrations of people not erased, registered first, then in order."""
    stmt = (select(Registration, Person, Organisation, PersonSensitive)
            .join(Person, Person.id == Registration.person_id)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .outerjoin(PersonSensitive, PersonSensitive.person_id == Person.id)
            .where(Registration.event_id == event_id, Registration.deleted_at.is_(None),
                   Person.erased_at.is_(None), Person.deleted_at.is_(None))
            .order_by(Registration.registered_at, Registration.id))
    out = []
    for reg, person, org, sens in session.execute(stmt):
        org_name = None if org is None else (org.name_en or org.name_zh_hant or org.name_zh_hans)
        out.append(ParticipantRow(
            reg.id, person.id, person.name_en, person.name_zh, org_name,
            None if org is None else org.code, person.position, person.category, person.email,
            person.phone, person.dietary_needs, person.access_needs, person.is_minor,
            sens.date_of_birth if sens else None, sens.guardian_name if sens else None,
            sens.guardian_phone if sens else None, reg.role, reg.status, reg.registered_at,
            reg.walk_in, reg.checked_in_at, reg.check_in_code))
    out.sort(key=lambda r: _STATUS_ORDER.get(r.status, 9))
    return out


# --- delegations and privacy ----------------------------------------------------------------

def chaperone_counts(session: Session, delegation_id: int) -> tuple[int, int]:
    """(adult chaperones and leaders, minors) among the delegation's members not withdrawn."""
    stmt = (select(DelegationMember.role, Person.is_minor, func.count())
            .join(Person, Person.id == DelegationMember.person_id)
            .where(DelegationMember.delegation_id == delegation_id,
                   DelegationMember.deleted_at.is_(None),
                   DelegationMember.status != MemberStatus.WITHDRAWN)
            .group_by(DelegationMember.role, Person.is_minor))
    adults = minors = 0
    for role, is_minor, count in session.execute(stmt):
        if is_minor:
            minors += count
        elif role in (MemberRole.CHAPERONE, MemberRole.LEADER):
            adults += count
    return adults, minors


def people_only_before(session: Session, before: date) -> list[int]:
    """People not yet erased whose every event and delegation ended before `before`."""
    old_event = select(Registration.person_id).join(Event, Event.id == Registration.event_id) \
        .where(Event.end_date < before)
    new_event = select(Registration.person_id).join(Event, Event.id == Registration.event_id) \
        .where(Event.end_date >= before)
    old_trip = select(DelegationMember.person_id) \
        .join(Delegation, Delegation.id == DelegationMember.delegation_id) \
        .where(Delegation.end_date < before)
    new_trip = select(DelegationMember.person_id) \
        .join(Delegation, Delegation.id == DelegationMember.delegation_id) \
        .where(Delegation.end_date >= before)
    stmt = (select(Person.id).where(
        Person.erased_at.is_(None),
        or_(Person.id.in_(old_event), Person.id.in_(old_trip)),
        Person.id.not_in(new_event), Person.id.not_in(new_trip)).order_by(Person.id))
    return list(session.scalars(stmt))
