"""Moving between an itinerary's places: missing travel legs, too little time for a journey,
crossing the boundary without a planned crossing, and control points that are closed.

An item is at its venue; a venue that is a port of a control point (by the travel table's
venue names) is that port, any other venue is its city. Travel and boundary-crossing items are
the moves: the journey to a move's venue may take until the move ends; to any other item, until
it starts. All-day and month-precision items are left out of the sequence; approximate times
make the findings warnings, and so does a move within one city (the table's default is a guess).
"""

from __future__ import annotations

from typing import Any

from planner.checks.context import CheckContext, severity, vague
from planner.checks.travel_table import ControlPoint, Place, TravelTable, side_of
from planner.domain.enums import DatePrecision, ItineraryKind
from planner.domain.text import fold

MOVES = (ItineraryKind.TRAVEL, ItineraryKind.BOUNDARY_CROSSING)


def check(ctx: CheckContext) -> None:
    table = ctx.travel.table
    for delegation in ctx.delegations:
        items = [i for i in ctx.itineraries[delegation.id]
                 if i.date_precision != DatePrecision.MONTH]
        timed = [i for i in items if not i.all_day]
        _moves(ctx, table, delegation, timed)
        _sides(ctx, table, delegation, timed)
        for item in items:
            _crossing(ctx, table, delegation, item)


def place_of(item: Any, table: TravelTable) -> Place | None:
    city = table.city(item.venue_city) if item.venue_id is not None else None
    fallback = city.node if city else None
    ports = table.ports_at_venue(item.venue_en, item.venue_zh_hant, item.venue_zh_hans) \
        if item.venue_id is not None else frozenset()
    if not ports and item.kind == ItineraryKind.BOUNDARY_CROSSING:
        point = table.control_point(item.control_point)
        if point is not None:
            side = side_of(item.venue_region)
            ports = frozenset(p.node for p in point.ports if p.side == side) or \
                frozenset(p.node for p in point.ports)
    if ports:
        return Place(ports, fallback)
    return Place(frozenset([fallback])) if fallback else None


def _city(ctx: CheckContext, item: Any) -> tuple[str, str] | None:
    """(key, name in the run's language) of an item's city, as far as the venue tells."""
    if item.venue_city is None:
        return None
    city = ctx.travel.table.city(item.venue_city)
    if city is not None:
        return city.node, city.names.pick(ctx.locale)
    return (fold(item.venue_city), item.venue_city) if fold(item.venue_city) else None


def _where(item: Any, table: TravelTable) -> Any:
    """What makes an item somewhere: its venue, or the control point a crossing names."""
    if item.venue_id is not None:
        return item.venue_id
    if item.kind == ItineraryKind.BOUNDARY_CROSSING and (
            point := table.control_point(item.control_point)):
        return ("control point", point.code)
    return None


def _moves(ctx: CheckContext, table: TravelTable, delegation: Any, items: list[Any]) -> None:
    previous: Any = None
    moved = False  # a travel or crossing item since the previous item somewhere
    for item in items:
        where = _where(item, table)
        if where is None:
            moved = moved or item.kind in MOVES
            continue
        if previous is not None and where != _where(previous, table):
            here, there = _city(ctx, previous), _city(ctx, item)
            if here and there and here[0] != there[0] and not moved and item.kind not in MOVES:
                trip, refs = ctx.labels.delegation(delegation), _refs(ctx, previous, item)
                ctx.add(severity(soft=True), "itinerary_missing_travel", [*refs, trip],
                        delegation=trip.label, first=refs[0].label, second=refs[1].label,
                        from_city=here[1], to_city=there[1])
            _journey(ctx, table, delegation, previous, item)
        previous, moved = item, False


def _journey(ctx: CheckContext, table: TravelTable, delegation: Any, a: Any, b: Any) -> None:
    start, end = place_of(a, table), place_of(b, table)
    if start is None or end is None:
        return
    local = start.nodes == end.nodes
    needed = table.within_city_minutes if local else table.minutes(start, end, b.start_date)
    until = b.ends_at if b.kind in MOVES else b.starts_at
    available = int((until - a.ends_at).total_seconds() // 60)
    if needed is None or available < 0 or available >= needed:
        return  # unknown, or an overlap (reported by the itinerary check), or enough time
    trip, refs = ctx.labels.delegation(delegation), _refs(ctx, a, b)
    ctx.add(severity(soft=local or vague(a, b)), "travel_too_short", [*refs, trip],
            delegation=trip.label, first=refs[0].label, second=refs[1].label,
            minutes=available, needed=needed)


def _item_side(item: Any, table: TravelTable) -> str | None:
    """The side an item is on; None at a port (the boundary itself) or without a venue."""
    if item.venue_id is None:
        return None
    place = place_of(item, table)
    return None if place is not None and place.is_port else side_of(item.venue_region)


def _sides(ctx: CheckContext, table: TravelTable, delegation: Any, items: list[Any]) -> None:
    """Consecutive places on different sides need a crossing (or a leg naming a control point)."""
    last: Any = None
    between: list[Any] = []
    for item in items:
        side = _item_side(item, table)
        if side is None:
            between.append(item)
            continue
        if last is not None and side != _item_side(last, table) and \
                not any(_crosses(x) for x in (last, *between, item)):
            trip, refs = ctx.labels.delegation(delegation), _refs(ctx, last, item)
            ctx.add(severity(soft=vague(last, item)), "boundary_leg_unplanned", [*refs, trip],
                    delegation=trip.label, first=refs[0].label, second=refs[1].label)
        last, between = item, []


def _crosses(item: Any) -> bool:
    return item.kind == ItineraryKind.BOUNDARY_CROSSING or \
        (item.kind == ItineraryKind.TRAVEL and bool(item.control_point))


def _crossing(ctx: CheckContext, table: TravelTable, delegation: Any, item: Any) -> None:
    if item.kind != ItineraryKind.BOUNDARY_CROSSING and not item.control_point:
        return
    trip, ref = ctx.labels.delegation(delegation), ctx.labels.item(item)
    names = {"delegation": trip.label, "item": ref.label}
    if not item.control_point:
        ctx.add(severity(soft=False), "crossing_no_control_point", [ref, trip], **names)
        return
    point = table.control_point(item.control_point)
    if point is None:
        ctx.add(severity(soft=True), "control_point_unknown", [ref, trip], **names,
                name=item.control_point)
        return
    _open(ctx, point, item, [ref, trip], names)


def _open(ctx: CheckContext, point: ControlPoint, item: Any, refs: list[Any],
          names: dict[str, str]) -> None:
    soft = vague(item)
    day = point.local(item.starts_at).date()
    named = {**names, "control_point": point.names.pick(ctx.locale)}
    if point.opened is not None and day < point.opened:
        ctx.add(severity(soft=soft), "control_point_not_yet_open", refs, **named,
                day=day.isoformat(), opened=point.opened.isoformat())
    elif not point.in_service(day):
        assert point.closed is not None
        ctx.add(severity(soft=soft), "control_point_closed_down", refs, **named,
                day=day.isoformat(), closed=point.closed.isoformat())
    elif not item.all_day and not point.open_during(item.starts_at, item.ends_at):
        ctx.add(severity(soft=soft), "control_point_closed_hours", refs, **named,
                time=f"{point.local(item.starts_at):%H:%M}–{point.local(item.ends_at):%H:%M}",
                hours=point.hours_text())


def _refs(ctx: CheckContext, a: Any, b: Any) -> list[Any]:
    return [ctx.labels.item(a), ctx.labels.item(b)]
