"""Read side of the smaller kinds: venues, sessions, itinerary items, contacts, members,
registrations and travel documents, one record or a parent's list, as plain rows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from planner.domain import rows
from planner.store import convert
from planner.store.models import (
    Delegation,
    DelegationContact,
    DelegationMember,
    Event,
    EventSession,
    ItineraryItem,
    Person,
    Registration,
    TravelDocument,
    Venue,
)
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


def _children(session: Session, model: Any, parent: Any, link: Any, parent_id: int | None,
              order: tuple[Any, ...], options: tuple[Any, ...] = (),
              **more: tuple[Any, int | None]) -> list[Any]:
    """Live rows of `model` whose parent (joined on `link`) is live too; of one parent when
    `parent_id` is given (refused when that parent is missing or deleted). `more` filters:
    name -> (column, value or None)."""
    if parent_id is not None:
        fetch(session, parent, parent_id)
    stmt = (_live(select(model), model).join(parent, parent.id == link)
            .where(parent.deleted_at.is_(None)).options(*options).order_by(*order))
    if parent_id is not None:
        stmt = stmt.where(link == parent_id)
    for column, value in more.values():
        if value is not None:
            stmt = stmt.where(column == value)
    return list(session.scalars(stmt))


def _child(session: Session, model: Any, ident: int, parent: Any, link: str) -> Any:
    """A live row whose parent is live (a deleted event's sessions are gone with it)."""
    row = fetch(session, model, ident)
    fetch(session, parent, getattr(row, link))
    return row


def list_sessions(session: Session, *, event_id: int | None = None) -> list[rows.SessionRow]:
    """Sessions of live events (of one event when given), in the event's order."""
    s = EventSession
    found = _children(session, s, Event, s.event_id, event_id,
                      (s.event_id, s.position, s.starts_at, s.id), (selectinload(s.venue),))
    return [convert.session_row(x) for x in found]


def get_session(session: Session, ident: int) -> rows.SessionRow:
    return convert.session_row(_child(session, EventSession, ident, Event, "event_id"))


def list_itinerary(session: Session, *, delegation_id: int | None = None
                   ) -> list[rows.ItineraryRow]:
    i = ItineraryItem
    found = _children(session, i, Delegation, i.delegation_id, delegation_id,
                      (i.delegation_id, i.position, i.id),
                      (selectinload(i.venue), selectinload(i.host)))
    return [convert.itinerary_row(x) for x in found]


def get_itinerary_item(session: Session, ident: int) -> rows.ItineraryRow:
    return convert.itinerary_row(_child(session, ItineraryItem, ident, Delegation,
                                        "delegation_id"))


def list_contacts(session: Session, *, delegation_id: int | None = None
                  ) -> list[rows.ContactRow]:
    c = DelegationContact
    found = _children(session, c, Delegation, c.delegation_id, delegation_id,
                      (c.delegation_id, c.position, c.id))
    return [convert.contact_row(x) for x in found]


def get_contact(session: Session, ident: int) -> rows.ContactRow:
    return convert.contact_row(_child(session, DelegationContact, ident, Delegation,
                                      "delegation_id"))


def list_members(session: Session, *, delegation_id: int | None = None,
                 person_id: int | None = None) -> list[rows.MemberRow]:
    m = DelegationMember
    found = _children(session, m, Delegation, m.delegation_id, delegation_id,
                      (m.delegation_id, m.id), (selectinload(m.person),),
                      person=(m.person_id, person_id))
    return [convert.member_row(x) for x in found]


def get_member(session: Session, ident: int) -> rows.MemberRow:
    return convert.member_row(_child(session, DelegationMember, ident, Delegation,
                                     "delegation_id"))


def list_registrations(session: Session, *, event_id: int | None = None,
                       person_id: int | None = None) -> list[rows.RegistrationRow]:
    r = Registration
    found = _children(session, r, Event, r.event_id, event_id,
                      (r.event_id, r.registered_at, r.id),
                      (selectinload(r.person).selectinload(Person.organisation),),
                      person=(r.person_id, person_id))
    return [convert.registration_row(x) for x in found]


def get_registration(session: Session, ident: int) -> rows.RegistrationRow:
    return convert.registration_row(_child(session, Registration, ident, Event, "event_id"))


def list_travel_documents(session: Session, *, person_id: int | None = None
                          ) -> list[rows.TravelDocumentRow]:
    """Sensitive: refused without the role (the caller writes the reveal to the audit log)."""
    require_sensitive(session)
    t = TravelDocument
    found = _children(session, t, Person, t.person_id, person_id, (t.person_id, t.id))
    return [convert.travel_document_row(x) for x in found]


def get_travel_document(session: Session, ident: int) -> rows.TravelDocumentRow:
    require_sensitive(session)
    return convert.travel_document_row(_child(session, TravelDocument, ident, Person,
                                              "person_id"))


def person_sensitive(session: Session, person_id: int) -> tuple[Any, rows.Guardian | None]:
    """(date of birth, guardian) of a person; refused without the role."""
    require_sensitive(session)
    person = fetch(session, Person, person_id)
    s = person.sensitive
    if s is None:
        return None, None
    guardian = None
    if s.guardian_name or s.guardian_phone or s.guardian_relationship or s.guardian_email:
        guardian = rows.Guardian(s.guardian_name, s.guardian_phone, s.guardian_relationship,
                                 s.guardian_email)
    return s.date_of_birth, guardian
