"""VTIMEZONE components for the zones a calendar uses, bounded to the years it covers.

icalendar derives the observances from the zone database; bounding them to the calendar's
years keeps Asia/Shanghai (summer time 1986-91) and Asia/Hong_Kong (until 1979) to a single
STANDARD observance for a modern programme, which every client reads alike.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from icalendar import Timezone

UTC_NAMES = frozenset({"UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Zulu", "Zulu", "Etc/UCT"})


def is_utc(tzid: str) -> bool:
    return tzid in UTC_NAMES


@lru_cache(maxsize=128)
def vtimezone(tzid: str, first_year: int, last_year: int) -> Timezone:
    """The VTIMEZONE of an IANA zone valid from 1 January of `first_year` to the end of `last_year`.

    Cached: computing observances walks the zone's transitions. Callers must not modify it.
    """
    return Timezone.from_tzid(tzid, first_date=date(first_year, 1, 1),
                              last_date=date(last_year + 1, 1, 1))
