"""Lists the editors pick from (venues, items, organisations), loaded once per change."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from planner.domain import rows
from planner.store import queries
from planner.store.agenda import list_venues


@dataclass(frozen=True)
class Reference:
    venues: tuple[rows.VenueRow, ...] = ()
    items: tuple[rows.ItemRow, ...] = ()
    organisations: tuple[rows.OrganisationRow, ...] = ()


def load_reference(session: Any) -> Reference:
    return Reference(tuple(list_venues(session)), tuple(queries.list_items(session)),
                     tuple(queries.list_organisations(session)))
