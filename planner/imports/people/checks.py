"""Per-row reading and validation of a participant list, before anything is looked up.

Fast on purpose (a 50,000-row list is checked in a fraction of a second): one pass, a plan of
(column, field) pairs made once, and the same rules as every other entry point.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from planner.domain.enums import (MemberRole, MemberStatus, PersonCategory, RegistrationRole,
                                  RegistrationStatus)
from planner.domain.errors import Problem
from planner.domain.text import search_key
from planner.domain.validation import _EMAIL  # the one e-mail rule shared by every entry point
from planner.imports.people import values
from planner.imports.people.source import SourceTable

# Longest accepted text per field, as the schema allows.
LIMITS = {"name_en": 200, "name_zh": 200, "position": 200, "email": 254, "phone": 64,
          "dietary_needs": 300, "access_needs": 300, "organisation": 300, "guardian_name": 200,
          "guardian_phone": 64, "guardian_relationship": 64}
TEXT_FIELDS = ("position", "email", "phone", "dietary_needs", "access_needs", "organisation",
               "guardian_name", "guardian_phone", "guardian_relationship")
PERSON_FIELDS = ("name_en", "name_zh", "position", "category", "email", "phone",
                 "dietary_needs", "access_needs", "is_minor")
SENSITIVE_FIELDS = ("date_of_birth", "guardian_name", "guardian_phone", "guardian_relationship")
# Delegations speak of members: the words of registrations mean these there.
_MEMBER_ROLE = {"participant": "member"}
_MEMBER_STATUS = {"registered": "confirmed", "cancelled": "withdrawn", "declined": "withdrawn"}


@dataclass(slots=True)
class RowCheck:
    """One row as read: the person's fields, what goes with them, and what is wrong with it."""

    line: int
    search_key: str = ""  # as the person's search_key column will hold it
    person: dict[str, Any] = field(default_factory=dict)
    sensitive: dict[str, Any] = field(default_factory=dict)
    organisation: str | None = None
    role: str | None = None
    status: str | None = None
    registered_at: datetime | None = None
    guardian_consent: bool | None = None
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def label(self) -> str:
        en, zh = self.person.get("name_en"), self.person.get("name_zh")
        return f"{en} {zh}" if en and zh else en or zh or ""


def check_rows(table: SourceTable, mapping: Mapping[int, str], *, target: str | None = None,
               today: date | None = None) -> list[RowCheck]:
    """Read every record with the mapping; `target` is 'event', 'delegation' or None."""
    plan = sorted(mapping.items())
    reference = today or date.today()
    return [_check(line, cells, plan, target, reference) for line, cells in table.records]


# Fields read as text: converted once, when the row is read.
_TEXTUAL = frozenset(("name", "name_en", "name_zh", "family_name", "given_name", *TEXT_FIELDS))
_PLAIN_TEXT = frozenset(TEXT_FIELDS)
# Fields checked as choices, dates or yes/no.
_OTHER = frozenset(("category", "role", "status", "date_of_birth", "registered_at", "is_minor",
                    "guardian_consent"))


def _check(line: int, cells: list[Any], plan: list[tuple[int, str]], target: str | None,
           today: date) -> RowCheck:
    row = RowCheck(line)
    raw: dict[str, Any] = {}
    width = len(cells)
    for index, name in plan:
        if index < width:
            cell = cells[index]
            if cell is not None and cell != "":
                if name in _TEXTUAL:
                    cell = values.text(cell)
                    if cell is None:
                        continue
                raw[name] = cell
    _names(row, raw)
    for name, value in raw.items():
        if name in _PLAIN_TEXT:
            _text(row, name, value)
    if not _OTHER.isdisjoint(raw):
        _choices(row, raw, target)
        _dates_and_flags(row, raw, today)
    if row.status == MemberStatus.CONFIRMED.value and row.person.get("is_minor") \
            and not row.guardian_consent:
        row.problems.append(Problem("minor_needs_guardian_consent",
                                    {"person": row.label(), "field": "guardian_consent"},
                                    "guardian_consent"))
    return row


def _names(row: RowCheck, raw: dict[str, Any]) -> None:
    en = raw.get("name_en")
    zh = raw.get("name_zh")
    for combined in (raw.get("name"), _joined(raw)):
        if combined:
            split_en, split_zh = values.split_name(combined)
            en = en or split_en
            zh = zh or split_zh
    for name, value in (("name_en", en), ("name_zh", zh)):
        if value is not None and len(value) > LIMITS[name]:
            row.problems.append(Problem("too_long", {"field": name, "limit": LIMITS[name]}, name))
        row.person[name] = value
    if not en and not zh:
        row.problems.append(Problem("name_missing", {"field": "name_en"}, "name_en"))
    row.search_key = search_key(en, zh)


def _joined(raw: dict[str, Any]) -> str | None:
    """Surname and given name in separate columns, joined as the script writes them."""
    family, given = raw.get("family_name"), raw.get("given_name")
    if not family and not given:
        return None
    if values.has_chinese(family or "") or values.has_chinese(given or ""):
        return f"{family or ''}{given or ''}"
    return " ".join(p for p in (family, given) if p)


def _text(row: RowCheck, name: str, value: str) -> None:
    if len(value) > LIMITS[name]:
        row.problems.append(Problem("too_long", {"field": name, "limit": LIMITS[name]}, name))
    if name == "email" and not _EMAIL.match(value):
        row.problems.append(Problem("invalid_email", {"field": name, "value": value}, name))
    if name == "organisation":
        row.organisation = value
    elif name in SENSITIVE_FIELDS:
        row.sensitive[name] = value
    else:
        row.person[name] = value


def _choices(row: RowCheck, raw: dict[str, Any], target: str | None) -> None:
    if "category" in raw:
        row.person["category"] = _choice(row, "category", raw["category"], "category",
                                         PersonCategory)
    delegation = target == "delegation"
    if "role" in raw:
        allowed: type[StrEnum] = MemberRole if delegation else RegistrationRole
        row.role = _choice(row, "role", raw["role"], "role", allowed,
                           _MEMBER_ROLE if delegation else None)
    if "status" in raw:
        allowed = MemberStatus if delegation else RegistrationStatus
        row.status = _choice(row, "status", raw["status"], "status", allowed,
                             _MEMBER_STATUS if delegation else None)


def _choice(row: RowCheck, name: str, cell: Any, kind: str, allowed: type[StrEnum],
            translate: dict[str, str] | None = None) -> str | None:
    try:
        value = values.parse_choice(cell, kind)
    except ValueError:
        value = "\x00"  # not a word we know: reported below with the choices
    if value is not None and translate:
        value = translate.get(value, value)
    if value is not None and value not in {m.value for m in allowed}:
        row.problems.append(Problem("invalid_choice", {
            "field": name, "choices": ", ".join(m.value for m in allowed)}, name))
        return None
    return value


def _dates_and_flags(row: RowCheck, raw: dict[str, Any], today: date) -> None:
    if "date_of_birth" in raw:
        try:
            born = values.parse_date(raw["date_of_birth"])
        except ValueError:
            row.problems.append(_bad_date("date_of_birth", raw["date_of_birth"]))
        else:
            row.sensitive["date_of_birth"] = born
            if born is not None and "is_minor" not in raw:
                row.person["is_minor"] = _age(born, today) < 18
    if "registered_at" in raw:
        try:
            row.registered_at = values.parse_datetime(raw["registered_at"])
        except ValueError:
            row.problems.append(Problem("invalid_datetime", {
                "field": "registered_at", "value": values.text(raw["registered_at"])},
                "registered_at"))
    for name in ("is_minor", "guardian_consent"):
        if name in raw:
            try:
                flag = values.parse_flag(raw[name])
            except ValueError:
                row.problems.append(Problem("invalid_flag", {
                    "field": name, "value": values.text(raw[name])}, name))
                continue
            if name == "is_minor":
                row.person["is_minor"] = bool(flag)
            else:
                row.guardian_consent = flag


def _bad_date(name: str, cell: Any) -> Problem:
    return Problem("invalid_date", {"field": name, "value": values.text(cell)}, name)


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
