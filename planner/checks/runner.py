"""Running the checks: on one session, over a scope, in one language, with progress.

Safe to call on a worker thread with a session of its own (`Database.read()`); it only reads,
and it returns plain frozen findings, errors first.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from planner.checks import documents, exchanges, itinerary, people, registrations, travel, venues
from planner.checks.context import CheckContext, Focus
from planner.checks.findings import Finding, Scope, Severity
from planner.checks.travel_data import TravelData, load_travel_data
from planner.domain.progress import Progress
from planner.i18n import current_locale, normalise_locale
from planner.store import check_queries
from planner.store.database import Database
from planner.store.models import Delegation, Event, ExchangeProgramme
from planner.store.queries import fetch

# (name, check): the order findings are produced in; the name is what progress shows.
CHECKS: tuple[tuple[str, Callable[[CheckContext], None]], ...] = (
    ("people", people.check),
    ("venues", venues.check),
    ("itinerary", itinerary.check),
    ("travel", travel.check),
    ("documents", documents.check),
    ("exchanges", exchanges.check),
    ("registrations", registrations.check),
)


def run_checks(session: Session, scope: Scope | None = None, *, locale: str | None = None,
               travel_data: TravelData | None = None,
               progress: Progress | None = None) -> list[Finding]:
    """Every check over `scope` (everything by default), messages in `locale` (default: the
    current one). Raises NotFoundError for a scope id that does not exist, PlannerError
    travel_data_invalid for a broken travel table, Cancelled when `progress` is cancelled."""
    ctx = CheckContext(session, focus(session, scope or Scope.everything()),
                       travel_data or load_travel_data(),
                       normalise_locale(locale or current_locale()))
    for done, (name, check) in enumerate(CHECKS):
        if progress is not None:
            progress.step(done, len(CHECKS), name)
        check(ctx)
    if progress is not None:
        progress.step(len(CHECKS), len(CHECKS), "")
    return sorted(ctx.findings, key=_order)


def check_database(db: Database, scope: Scope | None = None, **options: object) -> list[Finding]:
    """run_checks in a read session of its own."""
    with db.read() as session:
        return run_checks(session, scope, **options)  # type: ignore[arg-type]


def focus(session: Session, scope: Scope) -> Focus:
    """The ids a scope covers; NotFoundError when its event, delegation or programme is missing."""
    if scope.kind == "all":
        return Focus()
    if scope.id is None or scope.kind not in Scope.KINDS:
        raise ValueError(f"not a scope: {scope!r}")
    if scope.kind == "event":
        fetch(session, Event, scope.id)
        return Focus(events=frozenset([scope.id]), delegations=frozenset())
    if scope.kind == "delegation":
        fetch(session, Delegation, scope.id)
        return Focus(events=frozenset(), delegations=frozenset([scope.id]))
    fetch(session, ExchangeProgramme, scope.id)
    return Focus(events=frozenset(),
                 delegations=frozenset(check_queries.programme_legs(session, scope.id)))


def _order(found: Finding) -> tuple[object, ...]:
    first = found.items[0] if found.items else None
    return (found.severity != Severity.ERROR, found.code,
            (first.kind, first.id) if first else ("", 0), found.message)
