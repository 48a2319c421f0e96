"""The headings and cell words recognised in participant lists (data in resources/imports)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from planner.config import resources_dir
from planner.domain.text import fold

IGNORE = "ignore"
# Fields a column can be mapped to, in the order a wizard lists them.
FIELDS = ("name", "name_en", "name_zh", "family_name", "given_name", "organisation", "position",
          "category", "email", "phone", "dietary_needs", "access_needs", "is_minor",
          "date_of_birth", "guardian_name", "guardian_phone", "guardian_email",
          "guardian_relationship", "guardian_consent", "language", "role", "status",
          "registered_at")


@dataclass(frozen=True)
class Vocabulary:
    headings: dict[str, str]  # folded heading -> field
    export_headings: dict[str, str]  # field -> heading written by exports
    true_words: frozenset[str]
    false_words: frozenset[str]
    # 'category' | 'role' | 'status' | 'language' -> folded word -> value
    choices: dict[str, dict[str, str]]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Loaded once from resources/imports/heading_synonyms.json."""
    path = resources_dir() / "imports" / "heading_synonyms.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    headings: dict[str, str] = {}
    exports: dict[str, str] = {}
    for field, spec in data["fields"].items():
        if field != IGNORE and field not in FIELDS:
            raise ValueError(f"{path}: unknown field {field!r}")
        for heading in [spec.get("export", ""), *spec["headings"]]:
            key = fold(heading)
            if key:
                headings.setdefault(key, field)
        if spec.get("export"):
            exports[field] = spec["export"]
    values = data["values"]
    choices = {kind: {fold(word): value for value, words in values[kind].items()
                      for word in [value, *words]}
               for kind in ("category", "role", "status", "language")}
    return Vocabulary(headings, exports, frozenset(fold(w) for w in values["true"]),
                      frozenset(fold(w) for w in values["false"]), choices)


def field_for_heading(heading: str) -> str | None:
    """The field a heading names, 'ignore' for known columns to leave out, else None."""
    return vocabulary().headings.get(fold(heading))
