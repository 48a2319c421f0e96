"""From the TZID a file uses to an IANA zone we can store.

Outlook and Exchange write Windows names ("China Standard Time") or, in older versions, their
descriptions ("(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi"); Evolution and old
Thunderbird prefix IANA names with a path ("/mozilla.org/20050126_1/Asia/Hong_Kong"). The
mapping is CLDR's windowsZones, kept as data in resources/calendar/windows_zones.json.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from planner.config import resources_dir
from planner.domain.schedule import is_known_zone

_OFFSET_PREFIX = re.compile(r"^\(\s*(?:UTC|GMT)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\s*\)\s*")


@lru_cache(maxsize=1)
def windows_zones() -> dict[str, Any]:
    """The mapping file: `zones` (default per Windows name), `territories`, `display_names`."""
    path = resources_dir() / "calendar" / "windows_zones.json"
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def from_windows(name: str, territory: str | None = None) -> str | None:
    """The IANA zone of a Windows zone name, for the territory if one is given (e.g. HK)."""
    data = windows_zones()
    if territory:
        chosen = data["territories"].get(name, {}).get(territory.upper())
        if chosen:
            return chosen
    return data["zones"].get(name)


def iana_name(tzid: str | None, territory: str | None = None) -> str | None:
    """The IANA zone a TZID stands for, or None when we cannot tell."""
    if not tzid:
        return None
    tzid = tzid.strip().strip('"')
    if tzid in ("UTC", "Z", "GMT", "Etc/UTC"):
        return "UTC"
    if "/" in tzid and is_known_zone(tzid):
        return tzid
    mapped = from_windows(tzid, territory)
    if mapped:
        return mapped
    described = windows_zones()["display_names"].get(_OFFSET_PREFIX.sub("", tzid))
    if described:
        return from_windows(described, territory)
    return _trailing_iana(tzid)


def _trailing_iana(tzid: str) -> str | None:
    """'/mozilla.org/20050126_1/Asia/Hong_Kong' -> 'Asia/Hong_Kong'."""
    parts = [p for p in tzid.split("/") if p]
    for size in (3, 2):
        if len(parts) >= size:
            candidate = "/".join(parts[-size:])
            if is_known_zone(candidate):
                return candidate
    return None
