"""Use cases for delegations and their itineraries."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.domain import rows
from planner.domain.enums import ItineraryKind, OrganiserRole, Side, Status
from planner.domain.errors import Collector, PlannerError
from planner.domain.validation import NAME_FIELDS, TITLE_FIELDS, Rules, organiser_pairs
from planner.operations.base import (
    Outcome,
    Undo,
    apply,
    flush,
    load_for_edit,
    operation,
    require_references,
    soft_delete,
    soft_restore,
)
from planner.store import convert, queries
from planner.store.base import utcnow
from planner.store.models import (
    CooperationItem,
    Delegation,
    DelegationOrganisation,
    ExchangeProgramme,
    ItineraryItem,
    Organisation,
    Venue,
)

DELEGATION_FIELDS = (*NAME_FIELDS, "theme_en", "theme_zh_hant", "theme_zh_hans",
                     "lead_organisation_id", "origin", "destination", "origin_city",
                     "destination_city", "item_id", "programme_id",
                     "leg_number", "status", "notes", "schedule")
ITINERARY_FIELDS = (*TITLE_FIELDS, "kind", "venue_id", "host_organisation_id", "contact_person",
                    "control_point", "notes", "schedule")


def _unknown(values: Mapping[str, Any], allowed: tuple[str, ...], what: str) -> None:
    unknown = set(values) - set(allowed)
    if unknown:
        raise TypeError(f"unknown {what} fields: {sorted(unknown)}")


def validate_delegation(values: Mapping[str, Any], current: Delegation | None = None
                        ) -> dict[str, Any]:
    _unknown(values, DELEGATION_FIELDS, "delegation")
    creating = current is None
    rules = Rules(values)
    for name in NAME_FIELDS + ("theme_en", "theme_zh_hant", "theme_zh_hans"):
        rules.text(name, 500)
    rules.text("notes", 20_000, multiline=True).text("origin_city", 120)
    rules.text("destination_city", 120)
    rules.choice("origin", Side, required=creating).choice("destination", Side, required=creating)
    rules.choice("status", Status).count("leg_number")
    for ref in ("lead_organisation_id", "item_id", "programme_id"):
        rules.reference(ref)
    rules.schedule(required=creating)
    names = None if creating else {n: getattr(current, n) for n in NAME_FIELDS}
    rules.one_of(NAME_FIELDS, "name_missing", names)
    return rules.done()


_DELEGATION_REFERENCES = {"lead_organisation_id": Organisation, "item_id": CooperationItem,
                          "programme_id": ExchangeProgramme}
CoOrganisers = Sequence[tuple[int, "OrganiserRole | str"]]


def _legs(session: Session, delegation: Delegation | None, clean: dict[str, Any]) -> None:
    """A delegation is a leg of one programme at a time: joining another is refused (leave the
    first); joining without a number makes it the last leg; leaving clears the number."""
    if "programme_id" not in clean:
        return
    wanted = clean["programme_id"]
    current = delegation.programme_id if delegation is not None else None
    if wanted is None:
        clean["leg_number"] = None
        return
    if (delegation is not None and current is not None and current != wanted
            and _live_programme(session, current)):
        raise PlannerError("leg_in_other_programme", field="programme_id",
                           delegation=delegation.name_en or delegation.name_zh_hant
                           or delegation.name_zh_hans or f"#{delegation.id}",
                           programme=current)
    if clean.get("leg_number") is None and (current != wanted or delegation is None
                                            or delegation.leg_number is None):
        last = session.scalar(select(func.max(Delegation.leg_number)).where(
            Delegation.programme_id == wanted, Delegation.deleted_at.is_(None)))
        clean["leg_number"] = (last or 0) + 1


def _live_programme(session: Session, ident: int) -> bool:
    """A leg of a deleted programme may join another."""
    programme = session.get(ExchangeProgramme, ident)
    return programme is not None and programme.deleted_at is None


def _set_co_organisers(session: Session, delegation: Delegation, wanted: CoOrganisers
                       ) -> list[tuple[int, OrganiserRole]] | None:
    """Replace the co-organisers in order; the previous list, or None when unchanged."""
    pairs = organiser_pairs(wanted, "co_organisers")
    current = [(o.organisation_id, o.role) for o in delegation.co_organisers]
    if current == pairs:
        return None
    for org_id, _role in pairs:
        require_references(session, {"co_organisers": org_id}, {"co_organisers": Organisation})
    delegation.co_organisers.clear()
    session.flush()
    delegation.co_organisers.extend(
        DelegationOrganisation(organisation_id=org, role=role, position=i)
        for i, (org, role) in enumerate(pairs))
    delegation.modified_at = utcnow()
    return current


def _update(session: Session, obj: Any, clean: dict[str, Any]) -> dict[str, Any]:
    old_schedule = obj.schedule if "schedule" in clean else None
    old = apply(obj, {k: v for k, v in clean.items() if k != "schedule"})
    if old_schedule is not None and clean["schedule"] != old_schedule:
        obj.schedule = clean["schedule"]
        old["schedule"] = old_schedule
    flush(session, obj)
    return old


@operation("delegation.create")
def create_delegation(session: Session, co_organisers: CoOrganisers | None = None,
                      **values: Any) -> Outcome[rows.DelegationRow]:
    clean = validate_delegation(values)
    require_references(session, clean, _DELEGATION_REFERENCES)
    _legs(session, None, clean)
    pairs = organiser_pairs(co_organisers or [], "co_organisers")
    for org_id, _role in pairs:
        require_references(session, {"co_organisers": org_id}, {"co_organisers": Organisation})
    delegation = Delegation(**clean)
    delegation.co_organisers = [DelegationOrganisation(organisation_id=org, role=role, position=i)
                                for i, (org, role) in enumerate(pairs)]
    session.add(delegation)
    flush(session, delegation)
    return Outcome(queries.get_delegation(session, delegation.id),
                   Undo("delegation.delete", {"ident": delegation.id,
                                              "version": delegation.version}))


@operation("delegation.update")
def update_delegation(session: Session, ident: int, version: int | None,
                      co_organisers: CoOrganisers | None = None,
                      **changes: Any) -> Outcome[rows.DelegationRow]:
    delegation = load_for_edit(session, Delegation, ident, version)
    clean = validate_delegation(changes, delegation)
    require_references(session, clean, _DELEGATION_REFERENCES)
    _legs(session, delegation, clean)
    old_co = None if co_organisers is None else _set_co_organisers(session, delegation,
                                                                   co_organisers)
    old = _update(session, delegation, clean)
    if old_co is not None:
        old["co_organisers"] = old_co
    return Outcome(queries.get_delegation(session, ident),
                   Undo("delegation.update", {"ident": ident, "version": delegation.version,
                                              **old}))


@operation("delegation.delete")
def delete_delegation(session: Session, ident: int, version: int | None) -> Outcome[int]:
    return soft_delete(session, Delegation, ident, version, "delegation.restore")


@operation("delegation.restore")
def restore_delegation(session: Session, ident: int, version: int | None) -> Outcome[int]:
    return soft_restore(session, Delegation, ident, version, "delegation.delete")


def validate_itinerary(values: Mapping[str, Any], current: ItineraryItem | None = None
                       ) -> dict[str, Any]:
    _unknown(values, ITINERARY_FIELDS, "itinerary")
    creating = current is None
    rules = Rules(values)
    for name in TITLE_FIELDS:
        rules.text(name, 500)
    rules.text("contact_person", 300).text("control_point", 120)
    rules.text("notes", 20_000, multiline=True)
    rules.choice("kind", ItineraryKind, required=creating)
    rules.reference("venue_id").reference("host_organisation_id").schedule(required=creating)
    titles = None if creating else {n: getattr(current, n) for n in TITLE_FIELDS}
    rules.one_of(TITLE_FIELDS, "title_missing", titles)
    clean = rules.done()
    kind = clean.get("kind", current.kind if current else None)
    control_point = clean.get("control_point", current.control_point if current else None)
    if kind == ItineraryKind.BOUNDARY_CROSSING and not control_point:
        errors = Collector()
        errors.add("crossing_needs_control_point", field="control_point")
        errors.raise_if_any()
    return clean


_ITINERARY_REFERENCES = {"venue_id": Venue, "host_organisation_id": Organisation}


def _live_items(session: Session, delegation_id: int) -> list[ItineraryItem]:
    return list(session.scalars(
        select(ItineraryItem).where(ItineraryItem.delegation_id == delegation_id,
                                    ItineraryItem.deleted_at.is_(None))
        .order_by(ItineraryItem.position, ItineraryItem.id)))


def _renumber(items: list[ItineraryItem]) -> None:
    for position, item in enumerate(items):
        if item.position != position:
            item.position = position


def _time_key(item: ItineraryItem) -> tuple[Any, Any, str]:
    start, end = item.schedule.utc_bounds()
    return start, end, (item.title_en or item.title_zh_hant or item.title_zh_hans or "").casefold()


def _place_in_time(items: list[ItineraryItem], item: ItineraryItem) -> None:
    """Put `item` after the last of `items` that starts before it (then ends before it, then
    comes first by title): the itinerary reads in time order, while the organiser's own order of
    the others (moved by hand) stays as it is."""
    if item in items:
        items.remove(item)
    key = _time_key(item)
    after = [n for n, other in enumerate(items) if _time_key(other) <= key]
    items.insert(after[-1] + 1 if after else 0, item)


@operation("itinerary.add")
def add_itinerary_item(session: Session, delegation_id: int, position: int | None = None,
                       **values: Any) -> Outcome[rows.ItineraryRow]:
    """Insert an item at `position` (default: its place in time) in the delegation's itinerary."""
    queries.fetch(session, Delegation, delegation_id)
    clean = validate_itinerary(values)
    require_references(session, clean, _ITINERARY_REFERENCES)
    item = ItineraryItem(delegation_id=delegation_id, **clean)
    items = _live_items(session, delegation_id)
    if position is None:
        _place_in_time(items, item)
    else:
        items.insert(max(0, min(position, len(items))), item)
    session.add(item)
    _renumber(items)
    flush(session, item)
    return Outcome(convert.itinerary_row(item),
                   Undo("itinerary.delete", {"ident": item.id, "version": item.version}))


@operation("itinerary.update")
def update_itinerary_item(session: Session, ident: int, version: int | None,
                          **changes: Any) -> Outcome[rows.ItineraryRow]:
    item = load_for_edit(session, ItineraryItem, ident, version)
    clean = validate_itinerary(changes, item)
    require_references(session, clean, _ITINERARY_REFERENCES)
    old = _update(session, item, clean)
    if "schedule" in old:  # a new time: the item moves to its place in time (so does its undo)
        items = _live_items(session, item.delegation_id)
        _place_in_time(items, item)
        _renumber(items)
        flush(session, item)
    return Outcome(convert.itinerary_row(item),
                   Undo("itinerary.update", {"ident": ident, "version": item.version, **old}))


@operation("itinerary.move")
def move_itinerary_item(session: Session, ident: int, version: int | None,
                        position: int) -> Outcome[rows.ItineraryRow]:
    """Reorder: put the item at `position` among the live items of its delegation."""
    item = load_for_edit(session, ItineraryItem, ident, version)
    items = _live_items(session, item.delegation_id)
    old_position = items.index(item)
    items.remove(item)
    items.insert(max(0, min(position, len(items))), item)
    _renumber(items)
    flush(session, item)
    return Outcome(convert.itinerary_row(item),
                   Undo("itinerary.move", {"ident": ident, "version": item.version,
                                           "position": old_position}))


@operation("itinerary.duplicate")
def duplicate_itinerary_item(session: Session, ident: int) -> Outcome[rows.ItineraryRow]:
    """A copy right after the original, with its own calendar identity."""
    source = queries.fetch(session, ItineraryItem, ident)
    values = {name: getattr(source, name) for name in ITINERARY_FIELDS if name != "schedule"}
    return add_itinerary_item(session, source.delegation_id, position=source.position + 1,
                              schedule=source.schedule, **values)


@operation("itinerary.delete")
def delete_itinerary_item(session: Session, ident: int, version: int | None) -> Outcome[int]:
    outcome = soft_delete(session, ItineraryItem, ident, version, "itinerary.restore")
    item = session.get(ItineraryItem, ident)
    assert item is not None
    _renumber(_live_items(session, item.delegation_id))
    session.flush()
    return outcome


@operation("itinerary.restore")
def restore_itinerary_item(session: Session, ident: int, version: int | None) -> Outcome[int]:
    """Bring a deleted item back at the place it had."""
    item = load_for_edit(session, ItineraryItem, ident, version, allow_deleted=True)
    items = _live_items(session, item.delegation_id)
    items.insert(max(0, min(item.position, len(items))), item)
    item.deleted_at = None
    _renumber(items)
    flush(session, item)
    return Outcome(item.id, Undo("itinerary.delete", {"ident": item.id, "version": item.version}))
