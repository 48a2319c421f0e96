"""The Windows zone mapping (data in resources/calendar/windows_zones.json) and TZID forms."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from planner.imports.ical.zones import iana_name, windows_zones

REQUIRED = {
    "China Standard Time": "Asia/Shanghai",
    "Taipei Standard Time": "Asia/Taipei",
    "GMT Standard Time": "Europe/London",
    "W. Europe Standard Time": "Europe/Berlin",
    "Eastern Standard Time": "America/New_York",
    "Pacific Standard Time": "America/Los_Angeles",
    "Tokyo Standard Time": "Asia/Tokyo",
    "Singapore Standard Time": "Asia/Singapore",
    "UTC": "UTC",
}


@pytest.mark.parametrize("windows, iana", sorted(REQUIRED.items()))
def test_the_zones_outlook_uses_map_to_iana(windows: str, iana: str) -> None:
    assert iana_name(windows) == iana


def test_every_zone_in_the_data_file_exists() -> None:
    data = windows_zones()
    assert len(data["zones"]) > 100
    named = list(data["zones"].values())
    named += [z for t in data["territories"].values() for z in t.values()]
    for name in named:
        ZoneInfo(name)
    assert set(data["display_names"].values()) <= set(data["zones"])


@pytest.mark.parametrize("tzid, territory, iana", [
    ("China Standard Time", "HK", "Asia/Hong_Kong"),
    ("China Standard Time", "MO", "Asia/Macau"),
    ("China Standard Time", "XX", "Asia/Shanghai"),
    ("(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi", None, "Asia/Shanghai"),
    ("(GMT+08:00) Beijing, Chongqing, Hong Kong, Urumqi", "HK", "Asia/Hong_Kong"),
    ("(UTC) Dublin, Edinburgh, Lisbon, London", None, "Europe/London"),
    ("/mozilla.org/20050126_1/Asia/Hong_Kong", None, "Asia/Hong_Kong"),
    ("/freeassociation.sourceforge.net/Tzfile/America/Argentina/Buenos_Aires", None,
     "America/Argentina/Buenos_Aires"),
    ("Asia/Macau", None, "Asia/Macau"),
    ("Customized Time Zone", None, None),
    ("Singapore", None, None),  # a made-up label is not a zone: the caller falls back
])
def test_tzid_forms(tzid: str, territory: str | None, iana: str | None) -> None:
    assert iana_name(tzid, territory) == iana
