"""Column mapping: proposed from headings, corrected by the organiser, remembered by signature."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence

from planner.domain.errors import PlannerError
from planner.domain.text import fold
from planner.imports.people.vocabulary import FIELDS, IGNORE, field_for_heading

# Column index (0-based) -> field. Columns not in the mapping are ignored.
ColumnMapping = dict[int, str]

_LETTERS = re.compile(r"^[A-Za-z]{1,3}$")


def column_letter(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA', as spreadsheets name columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def propose_mapping(headers: Sequence[str]) -> ColumnMapping:
    """Each column whose heading is a known synonym; a field named twice keeps its first column."""
    mapping: ColumnMapping = {}
    taken: set[str] = set()
    for index, heading in enumerate(headers):
        field = field_for_heading(heading) if heading else None
        if field and field != IGNORE and field not in taken:
            mapping[index] = field
            taken.add(field)
    return mapping


def signature(headers: Sequence[str]) -> str:
    """A stable key for a layout of headings, to remember the mapping confirmed for it."""
    folded = json.dumps([fold(h) for h in headers], ensure_ascii=False)
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def parse_overrides(items: Iterable[str], headers: Sequence[str]) -> ColumnMapping:
    """'COLUMN=FIELD' items; COLUMN is a heading, a letter (C) or a number (3, counting from 1).

    FIELD 'ignore' (or '-') leaves the column out.
    """
    out: ColumnMapping = {}
    for item in items:
        column, sep, field = item.partition("=")
        if not sep or not column.strip() or not field.strip():
            raise PlannerError("import_bad_mapping", value=item)
        field = field.strip()
        field = IGNORE if field == "-" else field
        if field != IGNORE and field not in FIELDS:
            raise PlannerError("import_unknown_field", value=field,
                               choices=", ".join((*FIELDS, IGNORE)))
        out[column_index(column.strip(), headers)] = field
    return out


def column_index(column: str, headers: Sequence[str]) -> int:
    """A column named by its heading, letter or 1-based number."""
    key = fold(column)
    for index, heading in enumerate(headers):
        if heading and fold(heading) == key:
            return index
    if column.isdigit() and 1 <= int(column) <= max(len(headers), 1):
        return int(column) - 1
    if _LETTERS.match(column):
        index = 0
        for ch in column.upper():
            index = index * 26 + ord(ch) - 64
        if index <= len(headers):
            return index - 1
    raise PlannerError("import_unknown_column", value=column)


def apply_overrides(base: Mapping[int, str], overrides: Mapping[int, str]) -> ColumnMapping:
    """The proposed mapping with the organiser's corrections; a field moved elsewhere moves."""
    result = dict(base)
    for index, field in overrides.items():
        if field != IGNORE:
            for other in [i for i, f in result.items() if f == field and i != index]:
                del result[other]
            result[index] = field
        else:
            result.pop(index, None)
    return result


def check_mapping(mapping: Mapping[int, str]) -> None:
    """Refuse a mapping that cannot give anyone a name."""
    names = {"name", "name_en", "name_zh", "family_name", "given_name"}
    if not names & set(mapping.values()):
        raise PlannerError("import_no_name_column")


def to_json(mapping: Mapping[int, str]) -> dict[str, str]:
    return {str(k): v for k, v in sorted(mapping.items())}


def from_json(data: Mapping[str, str], width: int) -> ColumnMapping:
    """A remembered mapping, keeping only columns that exist and fields that still exist."""
    out: ColumnMapping = {}
    for key, field in data.items():
        if key.isdigit() and int(key) < width and (field in FIELDS):
            out[int(key)] = field
    return out
