"""Read side of the smaller kinds: venues, sessions, itinerary items, contacts, members,
registrations and travel documents, one record or a parent's list, as plain rows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from planner.domain import rows
from planner.store import convert
from planner.store.models import (Delegation, DelegationContact, DelegationMember, Event,
                                  EventSession, ItineraryItem, Person, Registration,
                                  TravelDocument, Venue)
from planner.store.queries import fetch, ordered
from planner.store.sensitive import require_sensitive


def _live(stmt: Any, model: Any) -> Any:
    return stmt.where(model.deleted_at.is_(None))


def list_venues(session: Session, *, text: str | None = None) -> list[rows.VenueRow]:
    """Venues by side, then name; `text` keeps those whose name, address or city holds it."""
    stmt = _live(select(Venue), Venue).order_by(Venue.region, ordered(Venue.name_en), Venue.id)
    found = [convert.venue_row(v) for v in session.scalars(stmt)]
    if text:
        from planner.domain.text import fold, script_fold

        wanted = script_fold(fold(text))
        found = [v for v in found if wanted in script_fold(fold(" ".join(
            x for x in (v.name_en, v.name_zh_hant, v.name_zh_hans, v.address_en, v.address_zh,
                        v.city) if x)))]
    return found


def get_venue(session: Session, ident: int) -> rows.VenueRow:
    return convert.venue_row(fetch(session, Venue, ident))


def list_sessions(session: Session, *, event_id: int | None = None) -> list[rows.SessionRow]:
    """Sessions of live events (of one event when given), in the event's order."""
    if event_id is not None:
        fetch(session, Event, event_id)
    stmt = (_live(select(EventSession), EventSession)
            .join(Event, Event.id == EventSession.event_id).where(Event.deleted_at.is_(None))
            .options(selectinload(EventSession.venue))
            .order_by(EventSession.event_id, EventSession.position, EventSession.starts_at,
                      EventSession.id))
    if event_id is not None:
        stmt = stmt.where(EventSession.event_id == event_id)
    return [convert.session_row(s) for s in session.scalars(stmt)]


def get_session(session: Session, ident: int) -> rows.SessionRow:
    found = fetch(session, EventSession, ident)
    fetch(session, Event, found.event_id)  # a session of a deleted event is gone with it
    return convert.session_row(found)


def list_itinerary(session: Session, *, delegation_id: int | None = None
                   ) -> list[rows.ItineraryRow]:
    if delegation_id is not None:
        fetch(session, Delegation, delegation_id)
    stmt = (_live(select(ItineraryItem), ItineraryItem)
            .join(Delegation, Delegation.id == ItineraryItem.delegation_id)
            .where(Delegation.deleted_at.is_(None))
            .options(selectinload(ItineraryItem.venue), selectinload(ItineraryItem.host))
            .order_by(ItineraryItem.delegation_id, ItineraryItem.position, ItineraryItem.id))
    if delegation_id is not None:
        stmt = stmt.where(ItineraryItem.delegation_id == delegation_id)
    return [convert.itinerary_row(i) for i in session.scalars(stmt)]


def get_itinerary_item(session: Session, ident: int) -> rows.ItineraryRow:
    item = fetch(session, ItineraryItem, ident)
    fetch(session, Delegation, item.delegation_id)
    return convert.itinerary_row(item)


def list_contacts(session: Session, *, delegation_id: int | None = None
                  ) -> list[rows.ContactRow]:
    if delegation_id is not None:
        fetch(session, Delegation, delegation_id)
    stmt = (_live(select(DelegationContact), DelegationContact)
            .join(Delegation, Delegation.id == DelegationContact.delegation_id)
            .where(Delegation.deleted_at.is_(None))
            .order_by(DelegationContact.delegation_id, DelegationContact.position,
                      DelegationContact.id))
    if delegation_id is not None:
        stmt = stmt.where(DelegationContact.delegation_id == delegation_id)
    return [convert.contact_row(c) for c in session.scalars(stmt)]


def get_contact(session: Session, ident: int) -> rows.ContactRow:
    contact = fetch(session, DelegationContact, ident)
    fetch(session, Delegation, contact.delegation_id)
    return convert.contact_row(contact)


def list_members(session: Session, *, delegation_id: int | None = None,
                 person_id: int | None = None) -> list[rows.MemberRow]:
    if delegation_id is not None:
        fetch(session, Delegation, delegation_id)
    stmt = (_live(select(DelegationMember), DelegationMember)
            .join(Delegation, Delegation.id == DelegationMember.delegation_id)
            .where(Delegation.deleted_at.is_(None))
            .options(selectinload(DelegationMember.person))
            .order_by(DelegationMember.delegation_id, DelegationMember.id))
    if delegation_id is not None:
        stmt = stmt.where(DelegationMember.delegation_id == delegation_id)
    if person_id is not None:
        stmt = stmt.where(DelegationMember.person_id == person_id)
    return [convert.member_row(m) for m in session.scalars(stmt)]


def get_member(session: Session, ident: int) -> rows.MemberRow:
    member = fetch(session, DelegationMember, ident)
    fetch(session, Delegation, member.delegation_id)
    return convert.member_row(member)


def list_registrations(session: Session, *, event_id: int | None = None,
                       person_id: int | None = None) -> list[rows.RegistrationRow]:
    if event_id is not None:
        fetch(session, Event, event_id)
    stmt = (_live(select(Registration), Registration)
            .join(Event, Event.id == Registration.event_id).where(Event.deleted_at.is_(None))
            .options(selectinload(Registration.person).selectinload(Person.organisation))
            .order_by(Registration.event_id, Registration.registered_at, Registration.id))
    if event_id is not None:
        stmt = stmt.where(Registration.event_id == event_id)
    if person_id is not None:
        stmt = stmt.where(Registration.person_id == person_id)
    return [convert.registration_row(r) for r in session.scalars(stmt)]


def get_registration(session: Session, ident: int) -> rows.RegistrationRow:
    registration = fetch(session, Registration, ident)
    fetch(session, Event, registration.event_id)
    return convert.registration_row(registration)


def list_travel_documents(session: Session, *, person_id: int | None = None
                          ) -> list[rows.TravelDocumentRow]:
    """Sensitive: refused without the role (the caller writes the reveal to the audit log)."""
    require_sensitive(session)
    if person_id is not None:
        fetch(session, Person, person_id)
    stmt = (_live(select(TravelDocument), TravelDocument)
            .join(Person, Person.id == TravelDocument.person_id)
            .where(Person.deleted_at.is_(None))
            .order_by(TravelDocument.person_id, TravelDocument.id))
    if person_id is not None:
        stmt = stmt.where(TravelDocument.person_id == person_id)
    return [convert.travel_document_row(t) for t in session.scalars(stmt)]


def get_travel_document(session: Session, ident: int) -> rows.TravelDocumentRow:
    require_sensitive(session)
    document = fetch(session, TravelDocument, ident)
    fetch(session, Person, document.person_id)
    return convert.travel_document_row(document)


def person_sensitive(session: Session, person_id: int) -> tuple[Any, rows.Guardian | None]:
    """(date of birth, guardian) of a person; refused without the role."""
    require_sensitive(session)
    person = fetch(session, Person, person_id)
    s = person.sensitive
    if s is None:
        return None, None
    guardian = None
    if s.guardian_name or s.guardian_phone or s.guardian_relationship:
        guardian = rows.Guardian(s.guardian_name, s.guardian_phone, s.guardian_relationship)
    return s.date_of_birth, guardian
