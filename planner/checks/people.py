"""A person registered for, or a member of, two things that overlap in time.

Events count when not cancelled and the person's registration is `registered`; itinerary items
count for members not withdrawn. Items of one delegation are not compared with each other (the
itinerary check reports those once, not once per member). A delegation with an item at an
event's venue during the event is attending it: the event and the delegation's items meanwhile
are one visit seen from both sides, not a clash. Severity: an error for two exact, timed spans; a warning when either is all-day (its
hours are unknown) or approximate; month-precision spans are skipped (the day is unknown).
"""

from __future__ import annotations

from typing import Any

from planner.checks.context import CheckContext, severity, vague
from planner.store import check_queries

CODE = "person_double_booked"
Key = tuple[str, int]  # ("event" | "itinerary", id)


def check(ctx: CheckContext) -> None:
    focus, session = ctx.focus, ctx.session
    pairs: list[tuple[int, Key, Key]] = []
    if focus.events is None or focus.events:
        pairs += [(p, ("event", a), ("event", b))
                  for p, a, b in check_queries.person_event_pairs(session, focus.events)]
    pairs += [(p, ("event", e), ("itinerary", i))
              for p, e, i in check_queries.person_event_item_pairs(session, focus.events, focus.delegations)]
    if focus.delegations is None or focus.delegations:
        pairs += [(p, ("itinerary", a), ("itinerary", b))
                  for p, a, b in check_queries.person_item_pairs(session, focus.delegations)]
    if pairs:
        _report(ctx, pairs)


def _report(ctx: CheckContext, pairs: list[tuple[int, Key, Key]]) -> None:
    wanted = {kind: {x[1] for _p, *xs in pairs for x in xs if x[0] == kind}
              for kind in ("event", "itinerary")}
    rows: dict[Key, Any] = {("event", k): v for k, v in check_queries.events(ctx.session,
                                                                    wanted["event"]).items()}
    rows.update({("itinerary", k): v
                 for k, v in check_queries.itinerary_items(ctx.session, wanted["itinerary"]).items()})
    # A delegation with an item at an event's venue during the event is attending it: the
    # event and all its items meanwhile are one visit, whatever else the items are.
    visits = {_visit(a, b, rows) for _p, a, b in pairs if _same_venue(a, b, rows)}
    chosen: dict[tuple[Any, ...], tuple[int, Key, Key]] = {}
    for person, a, b in pairs:
        if a[0] != b[0] and _visit(a, b, rows) in visits:
            continue
        first, second = sorted((a, b), key=lambda k: (rows[k].starts_at, k))
        # One finding per person and pair of things: for a delegation, its earliest item.
        key = (person, *sorted((_owner(a, rows), _owner(b, rows))))
        if key not in chosen or _order(first, rows) < _order(chosen[key][1], rows):
            chosen[key] = (person, first, second)
    if chosen:
        _add(ctx, rows, sorted(chosen.values(), key=lambda v: (v[0], _order(v[1], rows))))


def _add(ctx: CheckContext, rows: dict[Key, Any], found: list[tuple[int, Key, Key]]) -> None:
    names = check_queries.people(ctx.session, {p for p, _a, _b in found})
    delegations = {d.id: d for d in check_queries.delegations(
        ctx.session, {rows[k].delegation_id for _p, *ks in found for k in ks if k[0] == "itinerary"})}
    labels = ctx.labels
    for person, *keys in found:
        if person not in names:
            continue
        spans = [rows[k] for k in keys]
        refs = [labels.event(r) if k[0] == "event" else labels.item(r, delegations.get(r.delegation_id))
                for k, r in zip(keys, spans)]
        trips = [labels.delegation(delegations[r.delegation_id]) for k, r in zip(keys, spans)
                 if k[0] == "itinerary" and r.delegation_id in delegations]
        who = labels.person(person, names[person].name_en, names[person].name_zh)
        soft = vague(*spans) or any(r.all_day for r in spans)
        ctx.add(severity(soft=soft), CODE, [who, *refs, *trips], person=who.label,
                first=refs[0].label, second=refs[1].label)


def _same_venue(a: Key, b: Key, rows: dict[Key, Any]) -> bool:
    if a[0] == b[0]:
        return False
    venue = rows[a].venue_id
    return venue is not None and venue == rows[b].venue_id


def _visit(a: Key, b: Key, rows: dict[Key, Any]) -> tuple[int, int]:
    """(event id, delegation id) of an event and an itinerary item."""
    event, item = (a, b) if a[0] == "event" else (b, a)
    return event[1], rows[item].delegation_id


def _owner(key: Key, rows: dict[Key, Any]) -> Key:
    return ("delegation", rows[key].delegation_id) if key[0] == "itinerary" else key


def _order(key: Key, rows: dict[Key, Any]) -> tuple[Any, ...]:
    return (rows[key].starts_at, key)
