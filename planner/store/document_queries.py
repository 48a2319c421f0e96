"""Reads for the printed documents: plain frozen rows with just what each document prints.

Sensitive data is loaded only when the caller asks for it: travel document numbers with
`include_numbers`, dates of birth with `include_birth_dates`; otherwise those fields are None
and were never read from the database.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from planner.domain import rows
from planner.domain.enums import (
    MemberRole,
    MemberStatus,
    PersonCategory,
    RegistrationRole,
    RegistrationStatus,
    TravelDocumentType,
)
from planner.domain.errors import PlannerError
from planner.store import convert, queries
from planner.store.models import (
    Attendance,
    Delegation,
    DelegationMember,
    Event,
    ExchangeProgramme,
    ItineraryItem,
    Person,
    Registration,
    TravelDocument,
    Venue,
)


@dataclass(frozen=True)
class PersonLine:
    """A person as documents print them: names as given, organisation, needs."""

    id: int
    name_en: str | None
    name_zh: str | None
    organisation: rows.Ref | None
    position: str | None
    category: PersonCategory
    is_minor: bool
    dietary_needs: str | None = None
    access_needs: str | None = None


@dataclass(frozen=True)
class RegistrationLine:
    id: int
    person: PersonLine
    status: RegistrationStatus
    role: RegistrationRole
    walk_in: bool
    checked_in_at: datetime | None
    check_in_code: str | None
    attended_days: tuple[date, ...] = ()

    @property
    def attended(self) -> bool:
        return self.checked_in_at is not None or bool(self.attended_days)


@dataclass(frozen=True)
class EventSheet:
    event: rows.EventRow
    venue: rows.VenueRow | None
    registrations: tuple[RegistrationLine, ...]


@dataclass(frozen=True)
class DocumentLine:
    doc_type: TravelDocumentType
    number: str | None
    expiry: date | None
    endorsement_type: str | None
    endorsement_entries: int | None
    endorsement_expiry: date | None


@dataclass(frozen=True)
class MemberLine:
    person: PersonLine
    role: MemberRole
    status: MemberStatus
    documents: tuple[DocumentLine, ...] = ()
    date_of_birth: date | None = None


@dataclass(frozen=True)
class DelegationBook:
    """A delegation with everything its itinerary, crossing list and catering list print."""

    delegation: rows.DelegationRow
    venues: dict[int, rows.VenueRow]
    members: tuple[MemberLine, ...]
    programme: rows.ProgrammeRow | None = None


@dataclass(frozen=True)
class ProgrammeBook:
    programme: rows.ProgrammeRow
    legs: tuple[DelegationBook, ...]


@dataclass(frozen=True)
class ReportItem:
    """One co-operation item of the annual report with its public activities."""

    item: rows.ItemRow
    events: tuple[rows.EventRow, ...]
    participants: dict[int, int]
    delegations: tuple[rows.DelegationRow, ...]
    visits: dict[int, int]
    programmes: tuple[rows.ProgrammeRow, ...]
    confidential: tuple[rows.EventRow, ...]


def person_line(p: Person, *, needs: bool = False) -> PersonLine:
    extra = {"dietary_needs": p.dietary_needs, "access_needs": p.access_needs} if needs else {}
    return PersonLine(p.id, p.name_en, p.name_zh, convert.org_ref(p.organisation), p.position,
                      p.category, p.is_minor, **extra)


def event_sheet(session: Session, event_id: int, *, needs: bool = False,
                statuses: tuple[RegistrationStatus, ...] = (RegistrationStatus.REGISTERED,)
                ) -> EventSheet:
    """An event with its registrations of the given statuses and the days each attended."""
    event = queries.get_event(session, event_id)
    stmt = (select(Registration)
            .where(Registration.event_id == event_id, Registration.deleted_at.is_(None),
                   Registration.status.in_(statuses))
            .join(Person, Person.id == Registration.person_id)
            .where(Person.deleted_at.is_(None))
            .options(selectinload(Registration.person).selectinload(Person.organisation))
            .order_by(Registration.id))
    days = _attended_days(session, event_id)
    lines = tuple(RegistrationLine(
        r.id, person_line(r.person, needs=needs), r.status, r.role, r.walk_in, r.checked_in_at,
        r.check_in_code, tuple(sorted(days.get(r.id, ())))) for r in session.scalars(stmt))
    venue = _venue(session, event.venue.id) if event.venue else None
    return EventSheet(event, venue, lines)


def _attended_days(session: Session, event_id: int) -> dict[int, set[date]]:
    stmt = (select(Attendance.registration_id, Attendance.day)
            .join(Registration, Registration.id == Attendance.registration_id)
            .where(Registration.event_id == event_id, Attendance.checked_in_at.is_not(None)))
    out: dict[int, set[date]] = defaultdict(set)
    for registration_id, day in session.execute(stmt):
        out[registration_id].add(day)
    return out


def _venue(session: Session, venue_id: int) -> rows.VenueRow | None:
    venue = session.get(Venue, venue_id)
    return convert.venue_row(venue) if venue is not None else None


def delegation_book(session: Session, delegation_id: int, *, needs: bool = False,
                    documents: bool = False, include_numbers: bool = False,
                    include_birth_dates: bool = False) -> DelegationBook:
    """A delegation, its itinerary's venues and its members (withdrawn members left out)."""
    delegation = queries.get_delegation(session, delegation_id)
    venue_ids = {i.venue.id for i in delegation.itinerary if i.venue}
    venues = {v.id: convert.venue_row(v) for v in
              session.scalars(select(Venue).where(Venue.id.in_(venue_ids)))} if venue_ids else {}
    members = _members(session, delegation_id, needs=needs, documents=documents,
                       include_numbers=include_numbers, include_birth_dates=include_birth_dates)
    programme = (queries.get_programme(session, delegation.programme_id)
                 if delegation.programme_id else None)
    return DelegationBook(delegation, venues, members, programme)


def _members(session: Session, delegation_id: int, *, needs: bool, documents: bool,
             include_numbers: bool, include_birth_dates: bool) -> tuple[MemberLine, ...]:
    load = [selectinload(DelegationMember.person).selectinload(Person.organisation)]
    if documents:
        load.append(selectinload(DelegationMember.person).selectinload(Person.documents))
    if include_birth_dates:
        load.append(selectinload(DelegationMember.person).selectinload(Person.sensitive))
    stmt = (select(DelegationMember)
            .where(DelegationMember.delegation_id == delegation_id,
                   DelegationMember.deleted_at.is_(None),
                   DelegationMember.status != MemberStatus.WITHDRAWN)
            .options(*load).order_by(DelegationMember.id))
    out = []
    for m in session.scalars(stmt):
        if m.person.deleted_at is not None:
            continue
        docs = tuple(_document(d, include_numbers) for d in m.person.documents
                     if d.deleted_at is None) if documents else ()
        birth = (m.person.sensitive.date_of_birth
                 if include_birth_dates and m.person.sensitive else None)
        out.append(MemberLine(person_line(m.person, needs=needs), m.role, m.status, docs, birth))
    return tuple(out)


def _document(d: TravelDocument, include_number: bool) -> DocumentLine:
    return DocumentLine(d.doc_type, d.number if include_number else None, d.expiry,
                        d.endorsement_type, d.endorsement_entries, d.endorsement_expiry)


def programme_book(session: Session, programme_id: int) -> ProgrammeBook:
    """An exchange programme and each of its legs, in leg order."""
    programme = queries.get_programme(session, programme_id)
    legs = tuple(delegation_book(session, leg.id) for leg in programme.legs)
    return ProgrammeBook(programme, legs)


def report_items(session: Session, year: str) -> tuple[ReportItem, ...]:
    """The year's items (chosen by the item's year, not by dates) with their activities."""
    items = queries.list_items(session, year=year)
    if not items:
        raise PlannerError("not_found", entity="Year", id=year)
    ids = [i.id for i in items]
    events = session.scalars(
        select(Event).where(Event.item_id.in_(ids), Event.deleted_at.is_(None))
        .options(*queries._EVENT_LOAD).order_by(Event.starts_at, Event.id)).all()
    participants = _participants(session, [e.id for e in events])
    delegations = session.scalars(
        select(Delegation).where(Delegation.item_id.in_(ids), Delegation.deleted_at.is_(None))
        .options(*queries._DELEGATION_LOAD).order_by(Delegation.starts_at, Delegation.id)).all()
    visits = _visits(session, [d.id for d in delegations])
    programmes = session.scalars(
        select(ExchangeProgramme).where(ExchangeProgramme.item_id.in_(ids),
                                        ExchangeProgramme.deleted_at.is_(None))
        .options(selectinload(ExchangeProgramme.legs), selectinload(ExchangeProgramme.item))
        .order_by(ExchangeProgramme.id)).all()
    return tuple(_report_item(item, events, participants, delegations, visits, programmes)
                 for item in items)


def _report_item(item: rows.ItemRow, events: Sequence[Event], participants: dict[int, int],
                 delegations: Sequence[Delegation], visits: dict[int, int],
                 programmes: Sequence[ExchangeProgramme]) -> ReportItem:
    mine = [convert.event_row(e, participants.get(e.id, 0)) for e in events if e.item_id == item.id]
    dels = tuple(convert.delegation_row(d) for d in delegations if d.item_id == item.id)
    return ReportItem(
        item, tuple(e for e in mine if not e.confidential),
        {e.id: participants.get(e.id, 0) for e in mine if not e.confidential}, dels,
        {d.id: visits.get(d.id, 0) for d in dels},
        tuple(convert.programme_row(p) for p in programmes if p.item_id == item.id),
        tuple(e for e in mine if e.confidential))


def _participants(session: Session, event_ids: list[int]) -> dict[int, int]:
    """Registered people per event (the demo's participants; walk-ins register too)."""
    return queries.registered_counts(session, event_ids) if event_ids else {}


def _visits(session: Session, delegation_ids: list[int]) -> dict[int, int]:
    """Visits and meetings on each delegation's itinerary."""
    if not delegation_ids:
        return {}
    stmt = (select(ItineraryItem.delegation_id, ItineraryItem.kind)
            .where(ItineraryItem.delegation_id.in_(delegation_ids),
                   ItineraryItem.deleted_at.is_(None)))
    out: dict[int, int] = defaultdict(int)
    for delegation_id, kind in session.execute(stmt):
        if kind.value in ("visit", "meeting"):
            out[delegation_id] += 1
    return dict(out)

