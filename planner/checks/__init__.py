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

from planner.checks.findings import Finding, ItemRef, Scope, Severity, by_item
from planner.checks.runner import CHECKS, check_database, run_checks
from planner.checks.travel_data import TravelData, load_travel_data

__all__ = ["CHECKS", "Finding", "ItemRef", "Scope", "Severity", "TravelData", "by_item",
           "check_database", "load_travel_data", "run_checks"]
