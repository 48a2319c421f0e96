"""Read side: lists and details as plain rows, loaded with as few queries as possible."""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, selectinload

from planner.domain import rows
from planner.domain.enums import EventKind, RegistrationStatus, Status
from planner.domain.errors import NotFoundError
from planner.domain.limits import ID_MAX
from planner.domain.text import search_fragments
from planner.store import convert
from planner.store.models import (
    CooperationItem,
    Delegation,
    DelegationContact,
    DelegationMember,
    DelegationOrganisation,
    Event,
    EventOrganiser,
    EventSession,
    ExchangeProgramme,
    ItemLead,
    ItineraryItem,
    Organisation,
    Person,
    Registration,
    TravelDocument,
    Venue,
)
from planner.store.text_match import holds

M = TypeVar("M")  # a mapped class

ENTITY_NAMES: dict[type, str] = {Event: "Event", Delegation: "Delegation", ExchangeProgramme: "Programme",
                Person: "Person", Organisation: "Organisation", CooperationItem: "Item",
                Venue: "Venue", EventSession: "Session", ItineraryItem: "Itinerary item",
                DelegationContact: "Contact", DelegationMember: "Member",
                Registration: "Registration", TravelDocument: "Travel document"}


def fetch(session: Session, model: type[M], ident: int, *, options: tuple[Any, ...] = (),
          allow_deleted: bool = False) -> M:
    """The live row with this id, or NotFoundError (also for an id no row can have)."""
    name = ENTITY_NAMES.get(model, model.__name__)
    if isinstance(ident, bool) or not isinstance(ident, int) or not 1 <= ident <= ID_MAX:
        raise NotFoundError("not_found", entity=name, id=ident)
    obj = session.get(model, ident, options=options)
    if obj is None:
        raise NotFoundError("not_found", entity=name, id=ident)
    if not allow_deleted and getattr(obj, "deleted_at", None) is not None:
        raise NotFoundError("deleted", entity=name, id=ident)
    return obj


def ordered(column: Any, descending: bool = False) -> Any:
    """SQLite's order on every engine: a missing value sorts before all others (PostgreSQL
    would put it last); columns that cannot be empty keep a plain order that an index serves."""
    if not column.nullable:
        return column.desc() if descending else column
    return column.desc().nulls_last() if descending else column.asc().nulls_first()


def _live(stmt: Select[*tuple[Any, ...]], model: Any, include_deleted: bool) -> Select[*tuple[Any, ...]]:
    return stmt if include_deleted else stmt.where(model.deleted_at.is_(None))


_EVENT_LOAD = (selectinload(Event.organisers).selectinload(EventOrganiser.organisation),
               selectinload(Event.venue), selectinload(Event.item))


def registered_counts(session: Session, event_ids: list[int] | None = None) -> dict[int, int]:
    stmt = (select(Registration.event_id, func.count())
            .where(Registration.deleted_at.is_(None),
                   Registration.status == RegistrationStatus.REGISTERED)
            .group_by(Registration.event_id))
    if event_ids is not None:
        stmt = stmt.where(Registration.event_id.in_(event_ids))
    return {event_id: count for event_id, count in session.execute(stmt)}


def list_events(session: Session, *, kind: EventKind | None = None, status: Status | None = None,
                item_id: int | None = None, start: date | None = None, end: date | None = None,
                text: str | None = None, include_confidential: bool = True,
                include_deleted: bool = False, limit: int | None = None) -> list[rows.EventRow]:
    stmt = _live(select(Event), Event, include_deleted).options(*_EVENT_LOAD)
    if kind:
        stmt = stmt.where(Event.kind == kind)
    if status:
        stmt = stmt.where(Event.status == status)
    if item_id:
        stmt = stmt.where(Event.item_id == item_id)
    if start:
        stmt = stmt.where(Event.end_date >= start)
    if end:
        stmt = stmt.where(Event.start_date <= end)
    if not include_confidential:
        stmt = stmt.where(Event.confidential.is_(False))
    if text:
        like = f"%{text.strip()}%"
        stmt = stmt.where(or_(Event.title_en.ilike(like), Event.title_zh_hant.like(like),
                              Event.title_zh_hans.like(like), Event.theme_en.ilike(like)))
    stmt = stmt.order_by(Event.starts_at, Event.id).limit(limit)
    events = session.scalars(stmt).all()
    counts = registered_counts(session, [e.id for e in events]) if events else {}
    return [convert.event_row(e, counts.get(e.id, 0)) for e in events]


def get_event(session: Session, ident: int) -> rows.EventRow:
    event = fetch(session, Event, ident, options=_EVENT_LOAD)
    return convert.event_row(event, registered_counts(session, [ident]).get(ident, 0))


def event_sessions(session: Session, ident: int) -> list[rows.SessionRow]:
    event = fetch(session, Event, ident)
    return [convert.session_row(s) for s in event.sessions if s.deleted_at is None]


def registration_summary(session: Session, ident: int) -> dict[str, int]:
    stmt = (select(Registration.status, func.count())
            .where(Registration.event_id == ident, Registration.deleted_at.is_(None))
            .group_by(Registration.status))
    summary = {s.value: 0 for s in RegistrationStatus}
    summary.update({RegistrationStatus(k).value: v for k, v in session.execute(stmt)})
    checked_in = session.scalar(select(func.count()).where(
        Registration.event_id == ident, Registration.deleted_at.is_(None),
        Registration.checked_in_at.is_not(None)))
    summary["checked_in"] = checked_in or 0
    return summary


def list_registrations(session: Session, event_id: int) -> list[rows.RegistrationRow]:
    stmt = (select(Registration).where(Registration.event_id == event_id,
                                       Registration.deleted_at.is_(None))
            .options(selectinload(Registration.person).selectinload(Person.organisation))
            .order_by(Registration.registered_at, Registration.id))
    return [convert.registration_row(r) for r in session.scalars(stmt)]


_DELEGATION_LOAD = (selectinload(Delegation.lead_organisation), selectinload(Delegation.item),
                    selectinload(Delegation.co_organisers).selectinload(
                        DelegationOrganisation.organisation),
                    selectinload(Delegation.members))


def list_delegations(session: Session, *, include_deleted: bool = False,
                     programme_id: int | None = None) -> list[rows.DelegationRow]:
    stmt = _live(select(Delegation), Delegation, include_deleted).options(*_DELEGATION_LOAD)
    if programme_id:
        stmt = stmt.where(Delegation.programme_id == programme_id)
    stmt = stmt.order_by(Delegation.starts_at, Delegation.id)
    return [convert.delegation_row(d) for d in session.scalars(stmt)]


def get_delegation(session: Session, ident: int) -> rows.DelegationRow:
    delegation = fetch(session, Delegation, ident, options=(
        *_DELEGATION_LOAD, selectinload(Delegation.contacts),
        selectinload(Delegation.members).selectinload(DelegationMember.person),
        selectinload(Delegation.itinerary)))
    return convert.delegation_row(delegation, detail=True)


def list_programmes(session: Session, *, include_deleted: bool = False) -> list[rows.ProgrammeRow]:
    stmt = (_live(select(ExchangeProgramme), ExchangeProgramme, include_deleted)
            .options(selectinload(ExchangeProgramme.legs), selectinload(ExchangeProgramme.item))
            .order_by(ExchangeProgramme.id))
    return [convert.programme_row(p) for p in session.scalars(stmt)]


def get_programme(session: Session, ident: int) -> rows.ProgrammeRow:
    return convert.programme_row(fetch(session, ExchangeProgramme, ident))


def people_query(*, text: str | None = None, organisation_id: int | None = None,
                 include_deleted: bool = False) -> Select[*tuple[Any, ...]]:
    """People matching a fragment of a name in either script (or an e-mail), newest last."""
    stmt = _live(select(Person), Person, include_deleted)
    if text:
        keys = search_fragments(text)  # as typed and in Simplified: either script finds both
        # (only punctuation, such as "_" or "%", leaves no key: e-mails are still searched)
        stmt = stmt.where(or_(*(holds(Person.search_key, k) for k in keys),
                              holds(Person.email, text.strip(), any_case=True)))
    if organisation_id:
        stmt = stmt.where(Person.organisation_id == organisation_id)
    return stmt


PEOPLE_ORDER = {"id": Person.id, "name_en": Person.name_en, "name_zh": Person.name_zh,
                "organisation": Person.organisation_id, "category": Person.category}


def list_people(session: Session, *, text: str | None = None, organisation_id: int | None = None,
                limit: int | None = None, offset: int = 0, include_deleted: bool = False,
                order: str = "id", descending: bool = False) -> list[rows.PersonRow]:
    """A page of people, filtered and sorted in the database (for tables of 100,000 rows)."""
    column = PEOPLE_ORDER[order]
    stmt = (people_query(text=text, organisation_id=organisation_id,
                         include_deleted=include_deleted)
            .options(selectinload(Person.organisation))
            .order_by(ordered(column, descending), Person.id)
            .limit(limit).offset(offset))
    return [convert.person_row(p) for p in session.scalars(stmt)]


def count_people(session: Session, *, text: str | None = None,
                 organisation_id: int | None = None) -> int:
    sub = people_query(text=text, organisation_id=organisation_id).subquery()
    return session.scalar(select(func.count()).select_from(sub)) or 0


def get_person(session: Session, ident: int) -> rows.PersonRow:
    return convert.person_row(fetch(session, Person, ident,
                                    options=(selectinload(Person.organisation),)), contact=True)


def person_memberships(session: Session, ident: int) -> dict[str, list[rows.Ref]]:
    """The events and delegations a person is on."""
    events = session.execute(
        select(Event.id, Event.title_en, Event.title_zh_hant, Event.title_zh_hans)
        .join(Registration, Registration.event_id == Event.id)
        .where(Registration.person_id == ident, Registration.deleted_at.is_(None),
               Event.deleted_at.is_(None)).order_by(Event.starts_at)).all()
    delegations = session.execute(
        select(Delegation.id, Delegation.name_en, Delegation.name_zh_hant, Delegation.name_zh_hans)
        .join(DelegationMember, DelegationMember.delegation_id == Delegation.id)
        .where(DelegationMember.person_id == ident, DelegationMember.deleted_at.is_(None),
               Delegation.deleted_at.is_(None)).order_by(Delegation.starts_at)).all()
    return {"events": [rows.Ref(i, None, a, b, c) for i, a, b, c in events],
            "delegations": [rows.Ref(i, None, a, b, c) for i, a, b, c in delegations]}


def list_organisations(session: Session, *, text: str | None = None,
                       include_deleted: bool = False) -> list[rows.OrganisationRow]:
    stmt = _live(select(Organisation), Organisation, include_deleted)
    if text:
        stmt = stmt.where(or_(*(Organisation.search_key.contains(k, autoescape=True)
                                for k in search_fragments(text) or ("",))))
    stmt = stmt.order_by(ordered(Organisation.code), Organisation.id)
    return [convert.organisation_row(o) for o in session.scalars(stmt)]


def get_organisation(session: Session, ident: int) -> rows.OrganisationRow:
    return convert.organisation_row(fetch(session, Organisation, ident))


_ITEM_LOAD = (selectinload(CooperationItem.leads).selectinload(ItemLead.organisation),
              selectinload(CooperationItem.figures))


def list_items(session: Session, *, year: str | None = None,
               include_deleted: bool = False) -> list[rows.ItemRow]:
    stmt = _live(select(CooperationItem), CooperationItem, include_deleted).options(*_ITEM_LOAD)
    if year:
        stmt = stmt.where(CooperationItem.year == year)
    stmt = stmt.order_by(CooperationItem.year, CooperationItem.number)
    return [convert.item_row(i) for i in session.scalars(stmt)]


def get_item(session: Session, ident: int) -> rows.ItemRow:
    return convert.item_row(fetch(session, CooperationItem, ident, options=_ITEM_LOAD))
