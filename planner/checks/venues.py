"""A venue used by overlapping items beyond its capacity, or at all when it is exclusive.

Only venues with a capacity or marked exclusive are looked at. The overlapping uses come from
an indexed interval query; each group of uses that overlap one another is then swept in time
order. People at a use: an event's registered people, a delegation's members. A delegation's
items count once (its members are not in two rooms), and a delegation item at the venue of an
overlapping event its members are registered for is the same visit: counted with the event.
Findings involving approximate dates are warnings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from planner.checks.context import CheckContext, severity, vague
from planner.checks.findings import ItemRef
from planner.store import check_queries

Key = tuple[str, int]


@dataclass(frozen=True)
class Use:
    key: Key  # ("event" | "itinerary", id)
    row: Any
    occupant: Key  # who is there: ("event", id) or ("delegation", id)
    people: int
    delegation: Any = None  # the item's delegation row

    @property
    def start(self) -> datetime:
        return self.row.starts_at

    @property
    def end(self) -> datetime:
        return self.row.ends_at


def check(ctx: CheckContext) -> None:
    pairs = check_queries.venue_overlaps(ctx.session, ctx.focus.events, ctx.focus.delegations)
    if not pairs:
        return
    uses, venues = _uses(ctx, pairs)
    for venue_id, group in _groups(pairs, uses):
        _sweep(ctx, venues[venue_id], group)


def _uses(ctx: CheckContext, pairs: list[Any]) -> tuple[dict[Key, Use], dict[int, Any]]:
    keys = {(kind, ident) for row in pairs for kind, ident in ((row[1], row[2]), (row[3], row[4]))}
    events = check_queries.events(ctx.session, {i for k, i in keys if k == "event"})
    items = check_queries.itinerary_items(ctx.session, {i for k, i in keys if k == "itinerary"})
    registered = check_queries.registered_counts(ctx.session, events)
    members = check_queries.member_counts(ctx.session, {r.delegation_id for r in items.values()})
    trips = {d.id: d for d in check_queries.delegations(ctx.session, {r.delegation_id for r in items.values()})}
    beside = _overlapping_events(pairs)  # item id -> events it overlaps at its venue
    attends: dict[int, set[int]] = {}
    for delegation_id, event_id in check_queries.attending(ctx.session, {
            (items[i].delegation_id, e) for i, near in beside.items() for e in near}):
        attends.setdefault(delegation_id, set()).add(event_id)
    uses: dict[Key, Use] = {("event", i): Use(("event", i), r, ("event", i), registered.get(i, 0))
                            for i, r in events.items()}
    for ident, row in items.items():
        visit = sorted(attends.get(row.delegation_id, set()) & beside.get(ident, set()))
        occupant = ("event", visit[0]) if visit else ("delegation", row.delegation_id)
        uses[("itinerary", ident)] = Use(("itinerary", ident), row, occupant,
                                         0 if visit else members.get(row.delegation_id, 0),
                                         trips.get(row.delegation_id))
    return uses, check_queries.venues(ctx.session, {row[0] for row in pairs})


def _overlapping_events(pairs: list[Any]) -> dict[int, set[int]]:
    out: dict[int, set[int]] = {}
    for row in pairs:
        if row[1] == "event" and row[3] == "itinerary":
            out.setdefault(row[4], set()).add(row[2])
    return out


def _groups(pairs: list[Any], uses: dict[Key, Use]) -> list[tuple[int, list[Use]]]:
    """Uses that overlap one another, directly or through a chain, per venue (union-find)."""
    parent: dict[Key, Key] = {}

    def root(k: Key) -> Key:
        while parent.setdefault(k, k) != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    venue_of: dict[Key, int] = {}
    for venue, ka, ia, kb, ib in pairs:
        a, b = (ka, ia), (kb, ib)
        venue_of[a] = venue_of[b] = venue
        parent[root(a)] = root(b)
    groups: dict[Key, list[Use]] = {}
    for key in sorted(venue_of):
        groups.setdefault(root(key), []).append(uses[key])
    return sorted(((venue_of[k], sorted(g, key=lambda u: (u.start, u.key))) for k, g in groups.items()),
                  key=lambda x: (x[0], x[1][0].start))


def _sweep(ctx: CheckContext, venue: Any, group: list[Use]) -> None:
    reported: list[frozenset[Key]] = []
    busiest: tuple[int, list[Use]] | None = None
    for moment in sorted({u.start for u in group}):
        here = [u for u in group if u.start <= moment < u.end]
        occupants: dict[Key, int] = {}
        for use in here:
            occupants[use.occupant] = max(occupants.get(use.occupant, 0), use.people)
        if not any(ctx.focus.has_event(u.key[1]) if u.key[0] == "event"
                   else ctx.focus.has_delegation(u.row.delegation_id) for u in here):
            continue
        if venue.exclusive and len(occupants) > 1:
            keys = frozenset(u.key for u in here)
            if not any(keys <= done for done in reported):
                reported.append(keys)
                _clash(ctx, venue, here)
        total = sum(occupants.values())
        if venue.capacity is not None and total > venue.capacity and \
                (busiest is None or total > busiest[0]):
            busiest = (total, here)
    if busiest:
        refs = [_ref(ctx, u) for u in busiest[1]]
        ctx.add(severity(soft=vague(*(u.row for u in busiest[1]))), "venue_over_capacity",
                [ctx.labels.venue(venue), *refs, *_trips(ctx, busiest[1])],
                venue=ctx.labels.venue(venue).label, capacity=venue.capacity,
                people=busiest[0], items="; ".join(r.label for r in refs))


def _clash(ctx: CheckContext, venue: Any, here: list[Use]) -> None:
    first = here[0]
    second = next(u for u in here if u.occupant != first.occupant)
    refs = [_ref(ctx, first), _ref(ctx, second)]
    ctx.add(severity(soft=vague(first.row, second.row)), "venue_double_booked",
            [ctx.labels.venue(venue), *refs, *_trips(ctx, [first, second])],
            venue=ctx.labels.venue(venue).label, first=refs[0].label, second=refs[1].label)


def _trips(ctx: CheckContext, uses: list[Use]) -> list[ItemRef]:
    """The delegations of the itinerary items among these uses (the desktop opens them)."""
    found = {u.delegation.id: u.delegation for u in uses if u.delegation is not None}
    return [ctx.labels.delegation(d) for d in found.values()]


def _ref(ctx: CheckContext, use: Use) -> ItemRef:
    if use.key[0] == "event":
        return ctx.labels.event(use.row)
    return ctx.labels.item(use.row, use.delegation)
