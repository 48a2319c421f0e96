"""Use cases: small functions that take a session, refuse stale versions and return their undo.

Importing this package registers every operation, so an Undo can be replayed whichever
module performed it.
"""

from planner.operations import (calendar_feeds, calendars, delegations, events,  # noqa: F401
                                organisations, participants, people)
from planner.operations.base import Outcome, Undo, replay

__all__ = ["Outcome", "Undo", "replay", "calendar_feeds", "calendars", "delegations", "events",
           "organisations", "participants", "people"]
