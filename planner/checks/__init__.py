"""Planning checks: people and venues booked twice, itineraries that do not add up, travel across
the boundary, travel documents, minors on trips and full events.

    from planner.checks import Scope, run_checks
    with db.read() as session:
        findings = run_checks(session, Scope.delegation(5), locale="zh_HK")

Each Finding has a severity (error or warning), a stable code, a message in the run's language,
the message's parameters and the rows it concerns as ItemRef(kind, id, label). Travel times,
control points and document rules are data: resources/travel/*.toml, or the organiser's copy in
<data folder>/travel/ (see planner.checks.travel_data).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from planner.checks.findings import Finding, ItemRef, Scope, Severity, by_item

if TYPE_CHECKING:
    from planner.checks.runner import CHECKS, check_database, run_checks
    from planner.checks.travel_data import TravelData, load_travel_data

__all__ = ["CHECKS", "Finding", "ItemRef", "Scope", "Severity", "TravelData", "by_item",
           "check_database", "load_travel_data", "run_checks"]

# The checks themselves (and the queries and travel data they import: 66 ms) load on first
# use, so that a window that only needs the Finding type does not wait for them at start-up.
_LAZY = {"CHECKS": "runner", "check_database": "runner", "run_checks": "runner",
         "TravelData": "travel_data", "load_travel_data": "travel_data"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
