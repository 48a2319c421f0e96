"""Everything scheduled in a date range, for the calendar views: events, their sessions and
itinerary items."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from planner.domain.enums import Status
from planner.domain.rows import AgendaEntry, VenueRow
from planner.store import convert
from planner.store.models import Delegation, Event, EventSession, ItineraryItem, Venue
from planner.store.queries import ordered


def agenda(session: Session, start: date, end: date, *,
           include_confidential: bool = True) -> list[AgendaEntry]:
    """Items whose local days touch [start, end], ordered by start. A session is an entry of
    its own (source "session", its event's kind and status); those of a deleted event are gone
    with it, and those of a confidential one are left out with it."""
    events = select(Event).where(Event.deleted_at.is_(None), Event.end_date >= start,
                                 Event.start_date <= end).options(selectinload(Event.venue))
    if not include_confidential:
        events = events.where(Event.confidential.is_(False))
    out = [AgendaEntry("event", e.id, e.title_en, e.title_zh_hant, e.title_zh_hans, e.kind.value,
                       e.status, e.schedule, e.confidential, None,
                       e.venue.name_en if e.venue else None, e.version)
           for e in session.scalars(events)]
    out.extend(_sessions(session, start, end, include_confidential))
    items = (select(ItineraryItem, Delegation.status)
             .join(Delegation, Delegation.id == ItineraryItem.delegation_id)
             .where(ItineraryItem.deleted_at.is_(None), Delegation.deleted_at.is_(None),
                    ItineraryItem.end_date >= start, ItineraryItem.start_date <= end)
             .options(selectinload(ItineraryItem.venue)))
    for item, status in session.execute(items):
        out.append(AgendaEntry("itinerary", item.id, item.title_en, item.title_zh_hant,
                               item.title_zh_hans, item.kind.value, Status(status), item.schedule,
                               False, item.delegation_id,
                               item.venue.name_en if item.venue else None, item.version))
    out.sort(key=lambda e: (e.schedule.utc_bounds()[0], e.source, e.id))
    return out


def _sessions(session: Session, start: date, end: date,
              include_confidential: bool) -> list[AgendaEntry]:
    stmt = (select(EventSession, Event)
            .join(Event, Event.id == EventSession.event_id)
            .where(EventSession.deleted_at.is_(None), Event.deleted_at.is_(None),
                   EventSession.end_date >= start, EventSession.start_date <= end)
            .options(selectinload(EventSession.venue), selectinload(Event.venue)))
    if not include_confidential:
        stmt = stmt.where(Event.confidential.is_(False))
    out = []
    for slot, event in session.execute(stmt):
        venue = slot.venue or event.venue
        out.append(AgendaEntry("session", slot.id, slot.title_en, slot.title_zh_hant,
                               slot.title_zh_hans, event.kind.value, event.status,
                               slot.schedule, event.confidential, None,
                               venue.name_en if venue else None, slot.version))
    return out


def event_of_session(session: Session, ident: int) -> int | None:
    """The event a session belongs to (to open it from the calendar)."""
    return session.scalar(select(EventSession.event_id).where(EventSession.id == ident))


def list_venues(session: Session) -> list[VenueRow]:
    stmt = (select(Venue).where(Venue.deleted_at.is_(None))
            .order_by(Venue.region, ordered(Venue.name_en), Venue.id))
    return [convert.venue_row(v) for v in session.scalars(stmt)]


def delegation_of_itinerary(session: Session, ident: int) -> int | None:
    """The delegation an itinerary item belongs to (to open it from the calendar)."""
    return session.scalar(select(ItineraryItem.delegation_id).where(ItineraryItem.id == ident))


def nearest_scheduled_day(session: Session, today: date) -> date | None:
    """The day of the latest item on or before today, else the first after (to open the calendar)."""
    before = session.scalar(select(Event.start_date).where(
        Event.deleted_at.is_(None), Event.start_date <= today).order_by(Event.start_date.desc()))
    if before is not None:
        return before
    return session.scalar(select(Event.start_date).where(Event.deleted_at.is_(None))
                          .order_by(Event.start_date))
