"""What each calendar holds: a scope's events, sessions, delegations and itineraries, as rows.

Confidential events never appear (nor their sessions); deleted rows never; cancelled items stay,
so subscribers see the cancellation. A person's calendar exists only for an adult and lists the
person's own role, nothing else personal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session, selectinload

from planner.domain.enums import MemberStatus, OrganiserRole, RegistrationStatus
from planner.domain.errors import NotFoundError, PlannerError
from planner.domain.rows import Ref
from planner.store import convert
from planner.store.calendar_rows import (
    SCOPES,
    CalendarEntry,
    CalendarScope,
    CalendarSelection,
    Place,
)
from planner.store.models import (
    DEFAULT_SETTINGS,
    Delegation,
    DelegationMember,
    DelegationOrganisation,
    Event,
    EventOrganiser,
    EventSession,
    ExchangeProgramme,
    ItineraryItem,
    Organisation,
    Person,
    Registration,
    Setting,
    Venue,
)
from planner.store.queries import fetch

# Registrations that put an event in a person's calendar (declined and cancelled do not).
PERSON_REGISTRATIONS = (RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED,
                        RegistrationStatus.INVITED)

_EVENT_LOAD = (selectinload(Event.venue), selectinload(Event.item),
               selectinload(Event.organisers).selectinload(EventOrganiser.organisation))
_DELEGATION_LOAD = (selectinload(Delegation.lead_organisation), selectinload(Delegation.item),
                    selectinload(Delegation.itinerary).selectinload(ItineraryItem.venue),
                    selectinload(Delegation.itinerary).selectinload(ItineraryItem.host))


def calendar_settings(session: Session) -> dict[str, str]:
    """The UID domain and the public base URL of feeds, with their defaults."""
    stored = dict(session.execute(select(Setting.key, Setting.value)
                                  .where(Setting.key.in_(tuple(DEFAULT_SETTINGS)))).all())
    return {key: stored.get(key) or default for key, default in DEFAULT_SETTINGS.items()}


def check_scope(scope: CalendarScope) -> None:
    """Refuse an unknown scope, a missing target id, or a window that ends before it starts."""
    if scope.kind not in SCOPES:
        raise PlannerError("calendar_bad_scope", scope=scope.kind, choices=", ".join(SCOPES))
    if scope.kind != "all" and scope.target_id is None:
        raise PlannerError("calendar_scope_needs_id", scope=scope.kind)
    if scope.start and scope.end and scope.end < scope.start:
        raise PlannerError("end_before_start", start=scope.start.isoformat(),
                           end=scope.end.isoformat())


def select_calendar(session: Session, scope: CalendarScope) -> CalendarSelection:
    """Every entry of the scope, in time order, with the calendar's name."""
    check_scope(scope)
    name, entries = _BUILDERS[scope.kind](session, scope)
    ordered = sorted(entries, key=lambda e: (e.schedule.utc_bounds()[0], e.uid))
    return CalendarSelection(scope, name, tuple(ordered))


def _live_events(scope: CalendarScope) -> Select[*tuple[Any, ...]]:
    stmt = select(Event).where(Event.deleted_at.is_(None), Event.confidential.is_(False))
    stmt = _within(stmt, Event, scope)
    if scope.item_id is not None:
        stmt = stmt.where(Event.item_id == scope.item_id)
    return stmt.options(*_EVENT_LOAD).order_by(Event.starts_at, Event.id)


def _live_delegations(scope: CalendarScope) -> Select[*tuple[Any, ...]]:
    stmt = select(Delegation).where(Delegation.deleted_at.is_(None))
    stmt = _within(stmt, Delegation, scope)
    if scope.item_id is not None:
        stmt = stmt.where(Delegation.item_id == scope.item_id)
    return stmt.options(*_DELEGATION_LOAD).order_by(Delegation.starts_at, Delegation.id)


def _within(stmt: Select[*tuple[Any, ...]], model: Any, scope: CalendarScope) -> Select[*tuple[Any, ...]]:
    # Local calendar days of the item overlap [start, end] (both inclusive).
    if scope.start is not None:
        stmt = stmt.where(model.end_date >= scope.start)
    if scope.end is not None:
        stmt = stmt.where(model.start_date <= scope.end)
    return stmt


def _in_window(obj: Any, scope: CalendarScope) -> bool:
    return ((scope.start is None or obj.end_date >= scope.start)
            and (scope.end is None or obj.start_date <= scope.end))


def _matches_item(obj: Any, scope: CalendarScope) -> bool:
    return scope.item_id is None or obj.item_id == scope.item_id


def _all(session: Session, scope: CalendarScope) -> tuple[Ref, list[CalendarEntry]]:
    entries = [event_entry(e) for e in session.scalars(_live_events(scope))]
    for delegation in session.scalars(_live_delegations(scope)):
        entries.extend(delegation_entries(delegation, scope))
    return Ref(0, None, "GD/HK IP co-operation programme", "粵港知識產權合作計劃",
               "粤港知识产权合作计划"), entries


def _event(session: Session, scope: CalendarScope) -> tuple[Ref, list[CalendarEntry]]:
    event = fetch(session, Event, scope.target_id or 0, options=_EVENT_LOAD)
    if event.confidential:
        raise PlannerError("calendar_confidential", id=event.id)
    if not _matches_item(event, scope):
        return _names(event, "title"), []
    entries = [event_entry(event)]
    entries.extend(session_entry(s, event) for s in event.sessions
                   if s.deleted_at is None and _in_window(s, scope))
    return _names(event, "title"), entries


def _delegation(session: Session, scope: CalendarScope) -> tuple[Ref, list[CalendarEntry]]:
    delegation = fetch(session, Delegation, scope.target_id or 0, options=_DELEGATION_LOAD)
    if not _matches_item(delegation, scope):
        return _names(delegation, "name"), []
    return _names(delegation, "name"), delegation_entries(delegation, scope)


def _programme(session: Session, scope: CalendarScope) -> tuple[Ref, list[CalendarEntry]]:
    programme = fetch(session, ExchangeProgramme, scope.target_id or 0)
    stmt = _live_delegations(scope).where(Delegation.programme_id == programme.id)
    entries: list[CalendarEntry] = []
    for leg in session.scalars(stmt):
        entries.extend(delegation_entries(leg, scope))
    return _names(programme, "title"), entries


def _organisation(session: Session, scope: CalendarScope) -> tuple[Ref, list[CalendarEntry]]:
    org = fetch(session, Organisation, scope.target_id or 0)
    organised = select(EventOrganiser.event_id).where(EventOrganiser.organisation_id == org.id)
    entries = [event_entry(e) for e in
               session.scalars(_live_events(scope).where(Event.id.in_(organised)))]
    co = select(DelegationOrganisation.delegation_id).where(
        DelegationOrganisation.organisation_id == org.id)
    led = session.scalars(_live_delegations(scope).where(
        or_(Delegation.lead_organisation_id == org.id, Delegation.id.in_(co)))).all()
    for delegation in led:
        entries.extend(delegation_entries(delegation, scope))
    entries.extend(_hosted_elsewhere(session, org.id, {d.id for d in led}, scope))
    return _names(org, "name"), entries


def _hosted_elsewhere(session: Session, org_id: int, skip: set[int],
                      scope: CalendarScope) -> Iterable[CalendarEntry]:
    """Visits the organisation hosts on other delegations' itineraries."""
    stmt = (select(ItineraryItem).join(Delegation)
            .where(ItineraryItem.host_organisation_id == org_id,
                   ItineraryItem.deleted_at.is_(None), Delegation.deleted_at.is_(None))
            .options(selectinload(ItineraryItem.delegation).selectinload(
                Delegation.lead_organisation), selectinload(ItineraryItem.venue),
                selectinload(ItineraryItem.host)))
    if scope.item_id is not None:
        stmt = stmt.where(Delegation.item_id == scope.item_id)
    for item in session.scalars(_within(stmt, ItineraryItem, scope)):
        if item.delegation_id not in skip:
            yield itinerary_entry(item, item.delegation)


def _person(session: Session, scope: CalendarScope) -> tuple[Ref, list[CalendarEntry]]:
    person = fetch(session, Person, scope.target_id or 0)
    if person.erased_at is not None:  # personal data erased: nothing left to make one from
        raise NotFoundError("deleted", entity="Person", id=person.id)
    if person.is_minor:
        raise PlannerError("calendar_person_minor", id=person.id)
    roles = {r.event_id: _role(r.role.value, r.status.value, "registered") for r in session.scalars(
        select(Registration).where(Registration.person_id == person.id,
                                   Registration.deleted_at.is_(None),
                                   Registration.status.in_(PERSON_REGISTRATIONS)))}
    entries = [event_entry(e, role=roles[e.id]) for e in
               session.scalars(_live_events(scope).where(Event.id.in_(roles)))] if roles else []
    members = {m.delegation_id: m.role.value for m in session.scalars(
        select(DelegationMember).where(DelegationMember.person_id == person.id,
                                       DelegationMember.deleted_at.is_(None),
                                       DelegationMember.status != MemberStatus.WITHDRAWN))}
    if members:
        for delegation in session.scalars(
                _live_delegations(scope).where(Delegation.id.in_(members))):
            entries.extend(delegation_entries(delegation, scope, role=members[delegation.id]))
    return Ref(person.id, None, person.name_en, person.name_zh, person.name_zh), entries


def _role(role: str, status: str, usual: str) -> str:
    return role if status == usual else f"{role} ({status})"


_BUILDERS = {"all": _all, "event": _event, "delegation": _delegation, "programme": _programme,
             "organisation": _organisation, "person": _person}


def _names(obj: Any, prefix: str) -> Ref:
    return Ref(obj.id, None, getattr(obj, f"{prefix}_en"), getattr(obj, f"{prefix}_zh_hant"),
               getattr(obj, f"{prefix}_zh_hans"))


def place(venue: Venue | None) -> Place | None:
    if venue is None:
        return None
    return Place(venue.name_en, venue.name_zh_hant, venue.name_zh_hans, venue.address_en,
                 venue.address_zh, venue.latitude, venue.longitude)


def _organiser(event: Event) -> Ref | None:
    chosen = [o for o in event.organisers if o.role == OrganiserRole.ORGANISER] or event.organisers
    return convert.org_ref(chosen[0].organisation) if chosen else None


def event_entry(event: Event, role: str | None = None) -> CalendarEntry:
    return CalendarEntry(
        uid=event.uid, sequence=event.sequence, source="event", source_id=event.id,
        kind=event.kind.value, title=_names(event, "title"), schedule=event.schedule,
        status=event.status, created_at=event.created_at, modified_at=event.modified_at,
        theme=_names(event, "theme"), description=_names(event, "description"),
        place=place(event.venue), organiser=_organiser(event), item=convert.item_ref(event.item),
        role=role)


def session_entry(slot: EventSession, event: Event) -> CalendarEntry:
    return CalendarEntry(
        uid=slot.uid, sequence=slot.sequence + event.sequence, source="session",
        source_id=slot.id, kind=event.kind.value, title=_names(slot, "title"),
        schedule=slot.schedule, status=event.status, created_at=slot.created_at,
        modified_at=max(slot.modified_at, event.modified_at), theme=_names(event, "theme"),
        place=_room(place(slot.venue or event.venue), slot.room), organiser=_organiser(event),
        item=convert.item_ref(event.item), parent=_names(event, "title"), speaker=slot.speaker)


def _room(where: Place | None, room: str | None) -> Place | None:
    """A session's place: its room, then the venue (the room alone where no venue is known)."""
    if not room:
        return where
    if where is None:
        return Place(None, None, None, None, None, None, None, room)
    return replace(where, room=room)


def delegation_entries(delegation: Delegation, scope: CalendarScope,
                       role: str | None = None) -> list[CalendarEntry]:
    """The delegation's own span (when in the window) and every itinerary item in the window."""
    entries = []
    if _in_window(delegation, scope):
        entries.append(CalendarEntry(
            uid=delegation.uid, sequence=delegation.sequence, source="delegation",
            source_id=delegation.id, kind="delegation", title=_names(delegation, "name"),
            schedule=delegation.schedule, status=delegation.status,
            created_at=delegation.created_at, modified_at=delegation.modified_at,
            theme=_names(delegation, "theme"),
            organiser=convert.org_ref(delegation.lead_organisation),
            item=convert.item_ref(delegation.item), role=role))
    entries.extend(itinerary_entry(i, delegation, role) for i in delegation.itinerary
                   if i.deleted_at is None and _in_window(i, scope))
    return entries


def itinerary_entry(item: ItineraryItem, delegation: Delegation,
                    role: str | None = None) -> CalendarEntry:
    return CalendarEntry(
        uid=item.uid, sequence=item.sequence + delegation.sequence, source="itinerary",
        source_id=item.id, kind=item.kind.value, title=_names(item, "title"),
        schedule=item.schedule, status=delegation.status, created_at=item.created_at,
        modified_at=max(item.modified_at, delegation.modified_at),
        theme=_names(delegation, "theme"), place=place(item.venue),
        organiser=convert.org_ref(delegation.lead_organisation),
        item=convert.item_ref(delegation.item), parent=_names(delegation, "name"),
        host=convert.org_ref(item.host), contact=item.contact_person,
        control_point=item.control_point, role=role)
