"""Use cases: small functions that take a session, refuse stale versions and return their undo."""

from planner.operations import delegations, events, organisations, people  # noqa: F401 (registers)
from planner.operations.base import Outcome, Undo, replay

__all__ = ["Outcome", "Undo", "replay", "delegations", "events", "organisations", "people"]
