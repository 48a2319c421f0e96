"""Organisation names as lists write them: 香港知識產權署 for 香港特別行政區政府知識產權署, 'Hong
Kong Customs' for 'Customs and Excise Department, Government of the HKSAR'. The place a name
mentions (data in resources/imports/organisation_regions.json) is taken out and kept aside, so
the two forms of one name meet; codes, names in either script and aliases match as they are."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache

from planner.config import resources_dir
from planner.domain.text import fold


@lru_cache(maxsize=1)
def _regions() -> tuple[re.Pattern[str], dict[str, str]]:
    path = resources_dir() / "imports" / "organisation_regions.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    phrases = {fold(phrase): region for region, listed in data.items()
               if not region.startswith("_") for phrase in listed}
    longest_first = sorted(phrases, key=len, reverse=True)
    return re.compile("|".join(re.escape(p) for p in longest_first)), phrases


def region_form(part: str) -> str | None:
    """A folded name part as 'region:rest' (the places it names taken out); None when it names
    no place, or nothing but a place."""
    pattern, phrases = _regions()
    found = pattern.findall(part)
    if not found:
        return None
    rest = pattern.sub("", part)
    if not rest:
        return None
    return "+".join(sorted({phrases[f] for f in found})) + ":" + rest


def region_index(keys: Iterable[tuple[str, int]]) -> dict[str, int]:
    """Region forms of organisations' key parts -> organisation id; a form that two
    organisations share says nothing and is left out."""
    out: dict[str, int] = {}
    shared: set[str] = set()
    for part, ident in keys:
        form = region_form(part)
        if form is None or form in shared:
            continue
        if out.setdefault(form, ident) != ident:
            del out[form]
            shared.add(form)
    return out
