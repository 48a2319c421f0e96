"""The columns a participant list can have, which are sensitive, and how each is written."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from planner.config import resources_dir
from planner.domain.errors import PlannerError
from planner.exports.people.masking import mask_email, mask_phone, mask_text
from planner.store.participant_queries import ParticipantRow


@dataclass(frozen=True)
class Column:
    key: str
    sensitive: bool
    mask: Callable[[str], str] = mask_text


DEFAULT_COLUMNS = ("name_en", "name_zh", "organisation", "position", "category", "role",
                   "status", "email", "phone")
COLUMNS: dict[str, Column] = {c.key: c for c in (
    Column("name_en", False), Column("name_zh", False), Column("organisation", False),
    Column("organisation_code", False), Column("position", False), Column("category", False),
    Column("role", False), Column("status", False),
    Column("email", True, mask_email), Column("phone", True, mask_phone),
    Column("dietary_needs", True), Column("access_needs", True), Column("is_minor", False),
    Column("date_of_birth", True), Column("guardian_name", True),
    Column("guardian_phone", True, mask_phone), Column("registered_at", False),
    Column("walk_in", False), Column("checked_in_at", False), Column("check_in_code", True),
)}


@lru_cache(maxsize=1)
def headings() -> dict[str, str]:
    """Column headings, the same words the importer recognises (an export imports again)."""
    path = resources_dir() / "imports" / "heading_synonyms.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    found = {k: v["export"] for k, v in data["fields"].items() if v.get("export")}
    found.update(data.get("export_only", {}))
    return found


def resolve_columns(keys: Sequence[str] | None) -> tuple[Column, ...]:
    """The chosen columns in the order given ('a,b' items are split); the default set if none."""
    wanted = [k.strip() for item in (keys or DEFAULT_COLUMNS) for k in item.split(",") if k.strip()]
    unknown = [k for k in wanted if k not in COLUMNS]
    if unknown:
        raise PlannerError("export_unknown_column", value=unknown[0], choices=", ".join(COLUMNS))
    return tuple(COLUMNS[k] for k in dict.fromkeys(wanted))


def build_table(rows: Sequence[ParticipantRow], columns: Sequence[Column], *,
                include_sensitive: bool, zone: str | None = None
                ) -> tuple[list[str], list[list[str]]]:
    """Headings and cells as text; sensitive cells masked unless `include_sensitive`."""
    names = headings()
    header = [names.get(c.key, c.key) for c in columns]
    tz = ZoneInfo(zone) if zone else None
    body = []
    for row in rows:
        cells = []
        for column in columns:
            text = _text(getattr(row, column.key), tz)
            if text and column.sensitive and not include_sensitive:
                text = column.mask(text)
            cells.append(text)
        body.append(cells)
    return header, body


def _text(value: Any, tz: ZoneInfo | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, datetime):  # stored as UTC; shown in the event's own zone
        local = value.replace(tzinfo=UTC).astimezone(tz) if tz else value
        return local.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "value"):
        return str(value.value)
    return str(value)
