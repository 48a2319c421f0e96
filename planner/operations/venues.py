"""Use cases for venues: where events and visits happen, in which zone, for how many."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from planner.domain import rows
from planner.domain.enums import Side
from planner.domain.validation import NAME_FIELDS, Rules, values_of
from planner.operations.base import (
    Outcome,
    Undo,
    apply,
    flush,
    load_for_edit,
    operation,
    soft_delete,
    soft_restore,
)
from planner.store import convert
from planner.store.models import Venue

VENUE_FIELDS = (*NAME_FIELDS, "address_en", "address_zh", "city", "side", "timezone",
                "latitude", "longitude", "capacity", "exclusive")

# The zone a venue gets when none is given: where it is.
SIDE_ZONES = {Side.HONG_KONG: "Asia/Hong_Kong", Side.GUANGDONG: "Asia/Shanghai",
              Side.MAINLAND: "Asia/Shanghai", Side.MACAO: "Asia/Macau"}


def default_zone(side: Side | str | None) -> str | None:
    """The IANA zone of a side of the boundary (None for 'other': ask)."""
    try:
        return SIDE_ZONES.get(Side(side)) if side else None
    except ValueError:
        return None


def validate_venue(values: Mapping[str, Any],
                   current: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Cleaned column values; `side` is stored as the venue's region. `current` holds the
    venue's names when editing (None: creating)."""
    unknown = set(values) - set(VENUE_FIELDS)
    if unknown:
        raise TypeError(f"unknown venue fields: {sorted(unknown)}")
    creating = current is None
    values = dict(values)
    if creating and not values.get("timezone"):
        values["timezone"] = default_zone(values.get("side"))
    rules = Rules(values)
    for name in NAME_FIELDS:
        rules.text(name, 300)
    rules.text("address_en", 500).text("address_zh", 500).text("city", 120)
    rules.choice("side", Side).timezone(required=creating or "timezone" in values)
    rules.number("latitude", -90, 90).number("longitude", -180, 180)
    rules.count("capacity").flag("exclusive")
    rules.one_of(NAME_FIELDS, "name_missing", current)
    out = rules.done()
    if "side" in out:
        out["region"] = out.pop("side")
    return out


@operation("venue.create")
def create_venue(session: Session, **values: Any) -> Outcome[rows.VenueRow]:
    venue = Venue(**validate_venue(values))
    session.add(venue)
    flush(session, venue)
    return Outcome(convert.venue_row(venue),
                   Undo("venue.delete", {"ident": venue.id, "version": venue.version}))


@operation("venue.update")
def update_venue(session: Session, ident: int, version: int | None,
                 **changes: Any) -> Outcome[rows.VenueRow]:
    venue = load_for_edit(session, Venue, ident, version)
    old = apply(venue, validate_venue(changes, values_of(venue, NAME_FIELDS)))
    if "region" in old:
        old["side"] = old.pop("region")
    flush(session, venue)
    return Outcome(convert.venue_row(venue),
                   Undo("venue.update", {"ident": ident, "version": venue.version, **old}))


@operation("venue.delete")
def delete_venue(session: Session, ident: int, version: int | None) -> Outcome[int]:
    """Soft-delete: events and visits keep pointing at it (and show it) until changed."""
    return soft_delete(session, Venue, ident, version, "venue.restore")


@operation("venue.restore")
def restore_venue(session: Session, ident: int, version: int | None) -> Outcome[int]:
    return soft_restore(session, Venue, ident, version, "venue.delete")
