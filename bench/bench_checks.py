"""Planning checks on the large synthetic programme (bench/generate.py: 5,000 events, 100,000
people, 300,000 registrations, 500 delegations), against plain reads of the same rows.

- every check over the whole programme, per 1,000 scheduled items (events and itinerary items),
  against plain SELECTs of the rows the checks look at (events, itinerary items, registrations,
  members, travel documents), in the same run;
- the scoped runs the desktop makes after an edit (one delegation, one event), against loading
  that delegation's or event's detail with the store's own queries.

The synthetic itineraries hop between random cities every two hours, so the whole-programme run
also measures producing many thousands of findings.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select  # noqa: E402

from bench.common import large_database, median_of, report  # noqa: E402
from planner.checks import Scope, load_travel_data, run_checks  # noqa: E402
from planner.store import queries  # noqa: E402
from planner.store.database import open_database  # noqa: E402
from planner.store.models import (  # noqa: E402
    Delegation,
    DelegationMember,
    Event,
    ItineraryItem,
    Registration,
    TravelDocument,
)

SAMPLES = 20


def plain_reads(session: Any) -> int:
    """Every column of every row the whole-programme checks look at, read with plain SELECTs."""
    rows = 0
    for model in (Event, ItineraryItem, Registration, DelegationMember, TravelDocument, Delegation):
        rows += len(session.execute(select(model.__table__)).all())
    return rows


def per_item(runs: int, fn: Callable[[int], Any], ids: list[int]) -> float:
    """Median over `ids` of the best of `runs` calls of fn(id)."""
    times = []
    for ident in ids:
        best = float("inf")
        for _ in range(runs):
            start = time.perf_counter()
            fn(ident)
            best = min(best, time.perf_counter() - start)
        times.append(best)
    return statistics.median(times)


def main(path: Path | None = None, samples: int = SAMPLES, repeat: int = 3) -> None:
    """Run on the large synthetic database (generated once and cached), or on `path`."""
    db = open_database(str(path or large_database()))
    travel = load_travel_data()
    try:
        with db.read() as session:
            items = (session.scalar(select(func.count()).select_from(Event)) or 0) + \
                (session.scalar(select(func.count()).select_from(ItineraryItem)) or 0)
            findings = run_checks(session, travel_data=travel, locale="en")  # warm caches
            rows = plain_reads(session)
            ours = median_of(lambda: run_checks(session, travel_data=travel, locale="en"), repeat)
            base = median_of(lambda: plain_reads(session), repeat)
            report("checks: whole programme, per 1,000 items", ours / items * 1000,
                   base / items * 1000, note=f"{items} events and itinerary items, {rows} rows, "
                   f"{len(findings)} findings, {ours:.2f} s in all")
            _scoped(session, travel, samples, repeat)
    finally:
        db.close()


def _scoped(session: Any, travel: Any, samples: int, repeat: int) -> None:
    delegations = session.scalars(select(Delegation.id).order_by(Delegation.id)).all()
    events = session.scalars(select(Event.id).order_by(Event.id)).all()
    some_delegations = delegations[:: max(1, len(delegations) // samples)][:samples]
    some_events = events[:: max(1, len(events) // samples)][:samples]

    def check(kind: str) -> Callable[[int], Any]:
        return lambda ident: run_checks(session, Scope(kind, ident), travel_data=travel,
                                        locale="en")

    ours = per_item(repeat, check("delegation"), some_delegations)
    base = per_item(repeat, lambda i: queries.get_delegation(session, i), some_delegations)
    report("checks: one delegation (after an edit)", ours, base,
           note=f"median of {len(some_delegations)}; baseline: loading the delegation's detail")
    ours = per_item(repeat, check("event"), some_events)
    base = per_item(repeat, lambda i: (queries.get_event(session, i),
                                           queries.list_registrations(session, i)), some_events)
    report("checks: one event (after an edit)", ours, base,
           note=f"median of {len(some_events)}; baseline: the event and its registrations")


if __name__ == "__main__":
    main()
