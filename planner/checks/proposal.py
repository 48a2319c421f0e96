"""The checks on an item's proposed new time, before it is saved: what a drag in the calendar or
a delegation's timeline shows while the item is in the air.

The item is moved inside the caller's read session (flushed, never committed: `Database.read()`
rolls it back), and only the checks that depend on time run, on the item's event or delegation.
What comes back are the findings that concern the item: double bookings of a person or a venue,
an itinerary that no longer adds up (overlaps, too little time for a journey, a crossing missing)
and control points closed at the new time. Cheap: a few indexed queries on one event or trip.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from planner.checks import itinerary, people, travel, venues
from planner.checks.context import CheckContext
from planner.checks.findings import PROPOSAL_KINDS, Finding, Scope, Severity
from planner.checks.runner import focus
from planner.checks.travel_data import TravelData, load_travel_data
from planner.domain.schedule import Schedule
from planner.i18n import current_locale, normalise_locale
from planner.store.models import Event, ItineraryItem

TIME_CHECKS = (people.check, venues.check, itinerary.check, travel.check)
KINDS = PROPOSAL_KINDS  # what a proposal can be checked for


def proposal_findings(session: Session, kind: str, ident: int, schedule: Schedule, *,
                      locale: str | None = None,
                      travel_data: TravelData | None = None) -> list[Finding]:
    """The problems `kind` ("event" or "itinerary") `ident` would have at `schedule`, errors
    first. Empty for other kinds (a session) and for an item that is gone. Leaves the session
    with the move flushed: call it in a session that is rolled back (`Database.read()`)."""
    row: Event | ItineraryItem | None = (
        session.get(Event, ident) if kind == "event"
        else session.get(ItineraryItem, ident) if kind == "itinerary" else None)
    if row is None or row.deleted_at is not None:
        return []
    row.schedule = schedule
    session.flush()
    scope = Scope.delegation(row.delegation_id) if isinstance(row, ItineraryItem) \
        else Scope.event(ident)
    ctx = CheckContext(session, focus(session, scope), travel_data or load_travel_data(),
                       normalise_locale(locale or current_locale()))
    for check in TIME_CHECKS:
        check(ctx)
    mine = [f for f in ctx.findings if f.concerns(kind, ident)]
    return sorted(mine, key=lambda f: (f.severity != Severity.ERROR, f.code, f.message))
