"""Use cases: small functions that take a session, refuse stale versions and return their undo.

An Undo names a registered operation; the module that performed an operation is imported, so
its inverse is registered too. The heavier use cases (calendars, feeds, participant lists) are
imported by whoever uses them, not here, to keep start-up light.
"""

from planner.operations import (  # noqa: F401
                                contacts,
                                delegations,
                                events,
                                items,
                                organisations,
                                people,
                                programmes,
                                sessions,
                                travel_documents,
                                venues,
)
from planner.operations.base import Outcome, Undo, replay

__all__ = ["Outcome", "Undo", "replay", "contacts", "delegations", "events", "items",
           "organisations", "people", "programmes", "sessions", "travel_documents", "venues"]
