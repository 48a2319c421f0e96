"""Read side of the planning checks: overlaps found by indexed interval queries, and the facts
the checks need, as plain Core rows (tuples with named fields, never ORM instances).

Overlaps: two spans [s1, e1) and [s2, e2) of positive length overlap exactly when one starts
inside the other. "s2 in [s1, e1)" is a two-sided range on starts_at, so each pair is found
through the ix_<table>_span index instead of comparing every item with every other. Spans of
month precision (the day is unknown) are left out here; the checks decide about the rest.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from itertools import product
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Row,
    Select,
    and_,
    false,
    func,
    literal,
    or_,
    select,
    true,
    union,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.selectable import Join

from planner.domain.enums import DatePrecision, MemberStatus, RegistrationStatus, Status
from planner.store.models import (
    Delegation,
    DelegationMember,
    Event,
    ItineraryItem,
    Person,
    PersonSensitive,
    Registration,
    Setting,
    TravelDocument,
    Venue,
)

Ids = Collection[int] | None  # None: everything; a collection: only pairs touching these ids
CHUNK = 500


class InOrder(Join):
    """A join in the order written. Without ANALYZE statistics SQLite takes every table for
    large, and would scan 300,000 registrations instead of walking the overlapping events
    through the span index (40 times slower); on SQLite this renders CROSS JOIN, which SQLite
    never reorders. Other databases plan from their statistics and get a plain JOIN."""

    inherit_cache = True


@compiles(InOrder, "sqlite")
def _cross_join(join: InOrder, compiler: Any, **kw: Any) -> str:
    # As SQLCompiler.visit_join, with the keyword SQLite reads as "keep this order".
    linter = kw.get("from_linter")
    if linter:
        linter.edges.update(product(join.left._from_objects, join.right._from_objects))
    kw.pop("asfrom", None)
    return (f"{compiler.process(join.left, asfrom=True, **kw)} CROSS JOIN "
            f"{compiler.process(join.right, asfrom=True, **kw)} ON "
            f"{compiler.process(join.onclause, **kw)}")


def chain(first: Any, *steps: tuple[Any, ColumnElement[bool]]) -> Any:
    """first, then each (table, on) in turn, as written."""
    joined = first
    for table, on in steps:
        joined = InOrder(joined, table, on)
    return joined


def _starts_inside(a: Any, b: Any, tie: str) -> ColumnElement[bool]:
    """b starts inside a. When both start together the pair must be found once: `tie` is "id"
    (two rows of one table: the lower id is a), "yes" or "no" (the two halves of a union)."""
    starts = {"id": or_(b.starts_at > a.starts_at, b.id > a.id), "yes": true(),
              "no": b.starts_at > a.starts_at}[tie]
    return and_(b.starts_at >= a.starts_at, b.starts_at < a.ends_at, starts,
                a.starts_at < a.ends_at, b.starts_at < b.ends_at)


def _live_event(e: Any) -> ColumnElement[bool]:
    return and_(e.deleted_at.is_(None), e.status != Status.CANCELLED,
                e.date_precision != DatePrecision.MONTH)


def _live_item(i: Any, d: Any) -> ColumnElement[bool]:
    return and_(i.deleted_at.is_(None), i.date_precision != DatePrecision.MONTH,
                d.id == i.delegation_id, d.deleted_at.is_(None), d.status != Status.CANCELLED)


def _registered(r: Any) -> ColumnElement[bool]:
    return and_(r.deleted_at.is_(None), r.status == RegistrationStatus.REGISTERED)


def _member(m: Any) -> ColumnElement[bool]:
    return and_(m.deleted_at.is_(None), m.status != MemberStatus.WITHDRAWN)


def _two(a: Any, b: Any) -> tuple[Any, Any]:
    return aliased(a), aliased(b)


def _among(column: Any, ids: Ids) -> ColumnElement[bool]:
    return true() if ids is None else column.in_(list(ids)) if ids else false()


# --- people in two places at once -----------------------------------------------------------
# Unscoped, each query walks every span once and finds the spans starting inside it through the
# span index (a range bounded on both sides). Scoped, it starts from the few spans in focus.

def person_event_pairs(session: Session, events: Ids = None) -> list[Row[*tuple[Any, ...]]]:
    """(person_id, first, second): a person registered for two overlapping events."""
    e1, e2 = _two(Event, Event)
    r1, r2 = _two(Registration, Registration)

    def walk(a: Any, ra: Any, b: Any, rb: Any, where: ColumnElement[bool]) -> Select[*tuple[Any, ...]]:
        joined = chain(a, (b, _starts_inside(e1, e2, "id")), (ra, ra.event_id == a.id),
                       (rb, and_(rb.event_id == b.id, rb.person_id == ra.person_id)))
        return (select(r1.person_id, e1.id.label("first"), e2.id.label("second"))
                .select_from(joined).where(_live_event(e1), _live_event(e2), _registered(r1),
                                           _registered(r2), where))

    if events is None:
        return list(session.execute(walk(e1, r1, e2, r2, true())))
    return list(session.execute(union(walk(e1, r1, e2, r2, _among(e1.id, events)),
                                      walk(e2, r2, e1, r1, _among(e2.id, events)))))


def person_event_item_pairs(session: Session, events: Ids = None,
                            delegations: Ids = None) -> list[Row[*tuple[Any, ...]]]:
    """(person_id, event_id, item_id): registered for an event while on an overlapping item."""
    e, i, d = aliased(Event), aliased(ItineraryItem), aliased(Delegation)
    r, m = aliased(Registration), aliased(DelegationMember)
    people = ((m, and_(m.delegation_id == d.id, _member(m))),
              (r, and_(r.event_id == e.id, r.person_id == m.person_id, _registered(r))))

    def walk(joined: Any, where: ColumnElement[bool]) -> Select[*tuple[Any, ...]]:
        return (select(m.person_id, e.id.label("event_id"), i.id.label("item_id"))
                .select_from(chain(joined, *people)).where(_live_event(e), where))

    halves = (_starts_inside(e, i, "yes"), _starts_inside(i, e, "no"))
    parts = []
    if events is None and delegations is None:
        parts = [walk(chain(e, (i, halves[0]), (d, _live_item(i, d))), true()),
                 walk(chain(i, (e, halves[1]), (d, _live_item(i, d))), true())]
    for overlap in halves if events else ():
        parts.append(walk(chain(e, (i, overlap), (d, _live_item(i, d))), _among(e.id, events)))
    for overlap in halves if delegations else ():
        parts.append(walk(chain(d, (i, _live_item(i, d)), (e, overlap)),
                          _among(d.id, delegations)))
    return list(session.execute(union(*parts))) if parts else []


def person_item_pairs(session: Session, delegations: Ids = None) -> list[Row[*tuple[Any, ...]]]:
    """(person_id, first, second): a member of two delegations whose items overlap."""
    i1, i2 = _two(ItineraryItem, ItineraryItem)
    d1, d2 = _two(Delegation, Delegation)
    m1, m2 = _two(DelegationMember, DelegationMember)
    overlap = and_(_starts_inside(i1, i2, "id"), i2.delegation_id != i1.delegation_id)
    live1, live2 = _live_item(i1, d1), _live_item(i2, d2)
    people = ((m1, and_(m1.delegation_id == d1.id, _member(m1))),
              (m2, and_(m2.delegation_id == d2.id, m2.person_id == m1.person_id, _member(m2))))

    def walk(joined: Any, where: ColumnElement[bool]) -> Select[*tuple[Any, ...]]:
        return (select(m1.person_id, i1.id.label("first"), i2.id.label("second"))
                .select_from(chain(joined, *people)).where(where))

    if delegations is None:
        return list(session.execute(walk(chain(i1, (i2, overlap), (d1, live1), (d2, live2)),
                                         true())))
    if not delegations:
        return []
    return list(session.execute(union(
        walk(chain(d1, (i1, live1), (i2, overlap), (d2, live2)), _among(d1.id, delegations)),
        walk(chain(d2, (i2, live2), (i1, overlap), (d1, live1)), _among(d2.id, delegations)))))


# --- venues ---------------------------------------------------------------------------------

def _limited(v: Any) -> ColumnElement[bool]:
    return and_(v.deleted_at.is_(None), or_(v.capacity.is_not(None), v.exclusive.is_(True)))


def venue_overlaps(session: Session, events: Ids = None, delegations: Ids = None) -> list[Row[*tuple[Any, ...]]]:
    """(venue_id, kind_a, id_a, kind_b, id_b) for overlapping uses of a venue that has a
    capacity or is exclusive; items of one delegation are not paired with each other. Only
    those venues are looked at, and each use's overlaps are found through the span index."""
    v = aliased(Venue)
    e1, e2 = _two(Event, Event)
    i1, i2 = _two(ItineraryItem, ItineraryItem)
    d1, d2 = _two(Delegation, Delegation)
    everything = events is None and delegations is None
    ev = _among(e1.id, events or ()) if not everything else true()
    it = _among(d1.id, delegations or ()) if not everything else true()
    room = (v, and_(v.id == e1.venue_id, _limited(v)))
    ee = select(e1.venue_id, literal("event"), e1.id, literal("event"), e2.id).where(
        _live_event(e1), _live_event(e2))
    ei = select(e1.venue_id, literal("event"), e1.id, literal("itinerary"), i1.id).where(
        _live_event(e1))
    ii = select(i1.venue_id, literal("itinerary"), i1.id, literal("itinerary"), i2.id)
    at = {"e": and_(e2.venue_id == e1.venue_id), "i": i1.venue_id == e1.venue_id,
          "ii": and_(i2.venue_id == i1.venue_id, i2.delegation_id != i1.delegation_id)}
    parts: list[Select[*tuple[Any, ...]]] = []
    # Unscoped, every use is walked and finds those starting inside it; scoped, the uses in
    # focus are walked and find both those starting inside them and those they start inside.
    both = (False,) if everything else (False, True)
    if everything or events:
        for turned in both:
            overlap = _starts_inside(e2, e1, "id") if turned else _starts_inside(e1, e2, "id")
            parts.append(ee.select_from(chain(e1, room, (e2, and_(at["e"], overlap)))).where(ev))
        for overlap in (_starts_inside(e1, i1, "yes"), _starts_inside(i1, e1, "no")):
            parts.append(ei.select_from(chain(e1, room, (i1, and_(at["i"], overlap)),
                                              (d1, _live_item(i1, d1)))).where(ev))
    if delegations and not everything:
        for overlap in (_starts_inside(e1, i1, "yes"), _starts_inside(i1, e1, "no")):
            parts.append(ei.select_from(chain(d1, (i1, _live_item(i1, d1)),
                                              (e1, and_(at["i"], overlap)), room)).where(it))
    if everything or delegations:
        for turned in both:
            overlap = _starts_inside(i2, i1, "id") if turned else _starts_inside(i1, i2, "id")
            parts.append(ii.select_from(chain(
                d1, (i1, _live_item(i1, d1)), (v, and_(v.id == i1.venue_id, _limited(v))),
                (i2, and_(at["ii"], overlap)), (d2, _live_item(i2, d2)))).where(it))
    return list(session.execute(union(*parts))) if parts else []


def venues(session: Session, ids: Iterable[int]) -> dict[int, Row[*tuple[Any, ...]]]:
    stmt = select(Venue.id, Venue.name_en, Venue.name_zh_hant, Venue.name_zh_hans, Venue.city,
                  Venue.region, Venue.capacity, Venue.exclusive)
    return {row.id: row for row in _chunked(session, stmt, Venue.id, ids)}


def registered_counts(session: Session, event_ids: Iterable[int]) -> dict[int, int]:
    stmt = (select(Registration.event_id, func.count()).where(_registered(Registration))
            .group_by(Registration.event_id))
    return {a: b for a, b in _chunked(session, stmt, Registration.event_id, event_ids)}


def member_counts(session: Session, delegation_ids: Iterable[int]) -> dict[int, int]:
    stmt = (select(DelegationMember.delegation_id, func.count())
            .where(_member(DelegationMember)).group_by(DelegationMember.delegation_id))
    return {a: b for a, b in _chunked(session, stmt, DelegationMember.delegation_id,
                                      delegation_ids)}


def attending(session: Session, pairs: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    """Of (delegation_id, event_id) pairs, those where a member is registered for the event:
    the delegation's item at the event's venue is the same visit, not a second booking."""
    found: set[tuple[int, int]] = set()
    wanted = sorted(set(pairs))
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start:start + CHUNK]
        m, r = aliased(DelegationMember), aliased(Registration)
        stmt = (select(m.delegation_id, r.event_id).distinct()
                .join(r, and_(r.person_id == m.person_id, _registered(r)))
                .where(_member(m), or_(*[and_(m.delegation_id == d, r.event_id == e)
                                         for d, e in chunk])))
        found.update((a, b) for a, b in session.execute(stmt))
    return found


# --- what findings name ---------------------------------------------------------------------

_SPAN = ("id", "title_en", "title_zh_hant", "title_zh_hans", "timezone", "all_day", "starts_at",
         "ends_at", "start_date", "end_date", "date_precision", "venue_id")


def events(session: Session, ids: Iterable[int]) -> dict[int, Row[*tuple[Any, ...]]]:
    stmt = select(*(getattr(Event, c) for c in _SPAN), Event.capacity, Event.status)
    return {row.id: row for row in _chunked(session, stmt, Event.id, ids)}


def itinerary_items(session: Session, ids: Iterable[int]) -> dict[int, Row[*tuple[Any, ...]]]:
    stmt = select(*(getattr(ItineraryItem, c) for c in _SPAN), ItineraryItem.delegation_id,
                  ItineraryItem.kind, ItineraryItem.control_point, ItineraryItem.position)
    return {row.id: row for row in _chunked(session, stmt, ItineraryItem.id, ids)}


def people(session: Session, ids: Iterable[int]) -> dict[int, Row[*tuple[Any, ...]]]:
    """Names of live people (a deleted person's bookings are not reported)."""
    stmt = select(Person.id, Person.name_en, Person.name_zh).where(Person.deleted_at.is_(None))
    return {row.id: row for row in _chunked(session, stmt, Person.id, ids)}


_DELEGATION = (Delegation.id, Delegation.name_en, Delegation.name_zh_hant, Delegation.name_zh_hans,
               Delegation.origin, Delegation.destination, Delegation.timezone,
               Delegation.all_day, Delegation.starts_at, Delegation.ends_at,
               Delegation.start_date, Delegation.end_date, Delegation.date_precision,
               Delegation.programme_id)


def delegations(session: Session, ids: Ids = None) -> list[Row[*tuple[Any, ...]]]:
    """Live delegations that are not cancelled (all of them when `ids` is None)."""
    stmt = select(*_DELEGATION).where(Delegation.deleted_at.is_(None),
                                      Delegation.status != Status.CANCELLED)
    if ids is None:
        return list(session.execute(stmt.order_by(Delegation.id)))
    return sorted(_chunked(session, stmt, Delegation.id, ids), key=lambda r: r.id)


def programme_legs(session: Session, programme_id: int) -> list[int]:
    return list(session.scalars(select(Delegation.id).where(
        Delegation.programme_id == programme_id, Delegation.deleted_at.is_(None))))


# --- delegations: itineraries, members, documents -------------------------------------------

def itineraries(session: Session, delegation_ids: Iterable[int]) -> Iterator[Row[*tuple[Any, ...]]]:
    """The live items of these delegations with their venue, by delegation and time."""
    i, v = ItineraryItem, aliased(Venue)
    stmt = (select(i.id, i.delegation_id, i.position, i.kind, i.title_en, i.title_zh_hant,
                   i.title_zh_hans, i.timezone, i.all_day, i.starts_at, i.ends_at, i.start_date,
                   i.end_date, i.date_precision, i.control_point, i.venue_id,
                   v.name_en.label("venue_en"), v.name_zh_hant.label("venue_zh_hant"),
                   v.name_zh_hans.label("venue_zh_hans"), v.city.label("venue_city"),
                   v.region.label("venue_region"))
            .outerjoin(v, v.id == i.venue_id).where(i.deleted_at.is_(None)))
    rows = _chunked(session, stmt, i.delegation_id, delegation_ids)
    return iter(sorted(rows, key=lambda r: (r.delegation_id, r.starts_at, r.position, r.id)))


def members(session: Session, delegation_ids: Iterable[int]) -> list[Row[*tuple[Any, ...]]]:
    """Members not withdrawn, with what the checks need of the person (no contact data)."""
    m, p = DelegationMember, Person
    stmt = (select(m.id, m.delegation_id, m.person_id, m.role, m.status, m.guardian_consent,
                   p.name_en, p.name_zh, p.is_minor)
            .join(p, p.id == m.person_id).where(_member(m), p.deleted_at.is_(None)))
    return sorted(_chunked(session, stmt, m.delegation_id, delegation_ids),
                  key=lambda r: (r.delegation_id, r.id))


def documents(session: Session, person_ids: Iterable[int]) -> dict[int, list[Row[*tuple[Any, ...]]]]:
    """Each person's live travel documents, WITHOUT their numbers (checks never print them)."""
    t = TravelDocument
    stmt = select(t.person_id, t.doc_type, t.expiry, t.endorsement_type, t.endorsement_entries,
                  t.endorsement_expiry).where(t.deleted_at.is_(None))
    out: dict[int, list[Row[*tuple[Any, ...]]]] = {}
    for row in _chunked(session, stmt, t.person_id, person_ids):
        out.setdefault(row.person_id, []).append(row)
    return out


def birth_dates(session: Session, person_ids: Iterable[int]) -> dict[int, Any]:
    """Each person's recorded date of birth (absent: none on record)."""
    s = PersonSensitive
    stmt = select(s.person_id, s.date_of_birth).where(s.date_of_birth.is_not(None))
    return {row.person_id: row.date_of_birth
            for row in _chunked(session, stmt, s.person_id, person_ids)}


# --- registrations and settings -------------------------------------------------------------

def over_capacity(session: Session, events: Ids = None) -> list[Row[*tuple[Any, ...]]]:
    """(event_id, capacity, registered) for live events with more registered than places."""
    if events is not None and not events:
        return []
    counted = (select(Registration.event_id, func.count().label("registered"))
               .where(_registered(Registration), _among(Registration.event_id, events))
               .group_by(Registration.event_id).subquery())
    stmt = (select(Event.id.label("event_id"), Event.capacity, counted.c.registered)
            .join(counted, counted.c.event_id == Event.id)
            .where(Event.deleted_at.is_(None), Event.status != Status.CANCELLED,
                   Event.capacity.is_not(None), counted.c.registered > Event.capacity,
                   _among(Event.id, events)).order_by(Event.id))
    return list(session.execute(stmt))


def setting(session: Session, key: str) -> str | None:
    return session.scalar(select(Setting.value).where(Setting.key == key))


def _chunked(session: Session, stmt: Select[*tuple[Any, ...]], column: Any, ids: Iterable[int]) -> list[Row[*tuple[Any, ...]]]:
    wanted = sorted(set(ids))
    out: list[Row[*tuple[Any, ...]]] = []
    for start in range(0, len(wanted), CHUNK):
        out.extend(session.execute(stmt.where(column.in_(wanted[start:start + CHUNK]))))
    return out


__all__: Sequence[str] = [
    "attending", "delegations", "documents", "events", "itineraries", "itinerary_items",
    "members", "member_counts", "over_capacity", "people", "person_event_item_pairs",
    "person_event_pairs", "person_item_pairs", "programme_legs", "registered_counts", "setting",
    "venue_overlaps", "venues"]


def programme_size(session: Session) -> int:
    """Events and itinerary items not deleted: what a whole-programme check walks."""
    events = session.scalar(select(func.count()).select_from(Event)
                            .where(Event.deleted_at.is_(None))) or 0
    items = session.scalar(select(func.count()).select_from(ItineraryItem)
                           .where(ItineraryItem.deleted_at.is_(None))) or 0
    return int(events) + int(items)
