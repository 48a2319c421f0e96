"""The kinds of record a user selects, opens or prints a document about.

A `StrEnum`, so a kind is still equal to the word the command line, the stored audit log and
the settings have always used ("event", "delegation"...): those contracts do not change.
"""

from __future__ import annotations

from enum import StrEnum


class RecordKind(StrEnum):
    EVENT = "event"
    DELEGATION = "delegation"
    PROGRAMME = "programme"
    PERSON = "person"
    ORGANISATION = "organisation"
    VENUE = "venue"
    ITEM = "item"
    ITINERARY = "itinerary"  # an entry of a delegation's itinerary
