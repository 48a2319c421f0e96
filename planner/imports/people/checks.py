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

from planner.domain.enums import (
    MemberRole,
    MemberStatus,
    PersonCategory,
    RegistrationRole,
    RegistrationStatus,
)
from planner.domain.errors import Problem
from planner.domain.text import search_keys
from planner.domain.validation import EMAIL
from planner.imports.people import columns, values
from planner.imports.people.source import SourceTable

# Longest accepted text per field, as the schema allows.
LIMITS = {"name_en": 200, "name_zh": 200, "position": 200, "email": 254, "phone": 64,
          "dietary_needs": 300, "access_needs": 300, "organisation": 300, "guardian_name": 200,
          "guardian_phone": 64, "guardian_email": 254, "guardian_relationship": 64}
TEXT_FIELDS = ("position", "email", "phone", "dietary_needs", "access_needs", "organisation",
               "guardian_name", "guardian_phone", "guardian_email", "guardian_relationship")
PERSON_FIELDS = ("name_en", "name_zh", "position", "category", "email", "phone",
                 "dietary_needs", "access_needs", "is_minor", "language")
SENSITIVE_FIELDS = ("date_of_birth", "guardian_name", "guardian_phone", "guardian_email",
                    "guardian_relationship")
# The languages messages to a person are written in (planner.operations.people).
LANGUAGES = ("en", "zh-hk", "zh-cn")
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


EMAIL_LEFT_OUT = "email_left_out"
LANGUAGE_LEFT_OUT = "language_left_out"


def check_rows(table: SourceTable, mapping: Mapping[int, str], *, target: str | None = None,
               today: date | None = None, strict: bool = False) -> list[RowCheck]:
    """Read every record with the mapping; `target` is 'event', 'delegation' or None.

    Column by column (see columns.py): names, search keys and text fields for the whole list
    at once, then one RowCheck per row. A row's problems come in the order of the rules:
    names, text fields in column order, choices, dates and flags, guardian consent.
    A bad e-mail address is left out of its row with a note (the person is still worth
    importing), except with `strict`, where it makes the row invalid.
    """
    plan = sorted(mapping.items())
    reference = today or date.today()
    records = table.records
    count = len(records)
    cells = dict(zip([name for _i, name in plan],
                     columns.mapped_columns(records, [i for i, _name in plan])))
    text = {name: columns.texts(column) for name, column in cells.items() if name in _TEXTUAL}
    problems: dict[int, list[Problem]] = {}
    notes: dict[int, list[Problem]] = {}
    en, zh = _names(text, count, problems)
    keys = search_keys(en, zh)
    fields = [name for _i, name in plan if name in _PLAIN_TEXT]
    for name in fields:
        _text_problems(name, text[name], problems, notes, strict)
    person_fields = [f for f in fields if f != "organisation" and f not in SENSITIVE_FIELDS]
    personal = _persons(en, zh, person_fields, text)
    organisation = text.get("organisation", [None] * count)
    guardian = [f for f in fields if f in SENSITIVE_FIELDS]
    no_problems, no_notes = problems.get, notes.get
    checks = [RowCheck(line, key, person, {}, org, None, None, None, None,
                       no_problems(i) or [], no_notes(i) or [])
              for i, ((line, _cells), key, person, org) in enumerate(
                  zip(records, keys, personal, organisation))]
    for name in guardian:
        for check, value in zip(checks, text[name]):
            if value is not None:
                check.sensitive[name] = value
    other = [name for _i, name in plan if name in _OTHER]
    if other:
        _others(checks, {name: cells[name] for name in other}, target, reference)
    return checks


# Fields read as text: converted once, when the row is read.
_TEXTUAL = frozenset(("name", "name_en", "name_zh", "family_name", "given_name", *TEXT_FIELDS))
_PLAIN_TEXT = frozenset(TEXT_FIELDS)
# Fields checked as choices, dates or yes/no.
_OTHER = frozenset(("category", "role", "status", "language", "date_of_birth", "registered_at",
                    "is_minor", "guardian_consent"))


def _names(text: dict[str, list[str | None]], count: int, problems: dict[int, list[Problem]]
           ) -> tuple[list[str | None], list[str | None]]:
    """English and Chinese names of every row: their own columns first, else split from a
    'Name' cell, else from surname and given name; problems for long or missing names."""
    en = list(text.get("name_en") or [None] * count)
    zh = list(text.get("name_zh") or [None] * count)
    combined = [text["name"]] if "name" in text else []
    if "family_name" in text or "given_name" in text:
        family = text.get("family_name") or [None] * count
        given = text.get("given_name") or [None] * count
        combined.append([_joined(f, g) for f, g in zip(family, given)])
    for column in combined:
        for i, value in enumerate(column):
            if value:
                split_en, split_zh = (value, None) if value.isascii() \
                    else values.split_name(value)
                en[i] = en[i] or split_en
                zh[i] = zh[i] or split_zh
    for name, column in (("name_en", en), ("name_zh", zh)):
        for i in columns.too_long(column, LIMITS[name]):
            problems.setdefault(i, []).append(
                Problem("too_long", {"field": name, "limit": LIMITS[name]}, name))
    for i, (a, b) in enumerate(zip(en, zh)):
        if not a and not b:
            problems.setdefault(i, []).append(Problem("name_missing", {"field": "name_en"},
                                                      "name_en"))
    return en, zh


def _text_problems(name: str, column: list[str | None], problems: dict[int, list[Problem]],
                   notes: dict[int, list[Problem]], strict: bool) -> None:
    for i in columns.too_long(column, LIMITS[name]):
        problems.setdefault(i, []).append(
            Problem("too_long", {"field": name, "limit": LIMITS[name]}, name))
    if name in ("email", "guardian_email"):
        match = EMAIL.match
        for i, value in enumerate(column):
            if value is None or match(value):
                continue
            if strict:
                problems.setdefault(i, []).append(
                    Problem("invalid_email", {"field": name, "value": value}, name))
            else:  # the row is imported without it (the person is read after this)
                column[i] = None
                notes.setdefault(i, []).append(
                    Problem(EMAIL_LEFT_OUT, {"field": name, "value": value}, name))


def _persons(en: list[str | None], zh: list[str | None], fields: list[str],
             text: dict[str, list[str | None]]) -> list[dict[str, Any]]:
    """Each row's person fields: both names, then the filled text fields in column order."""
    if not fields:
        return [{"name_en": a, "name_zh": b} for a, b in zip(en, zh)]
    keys = ("name_en", "name_zh", *fields)
    out = [dict(zip(keys, row)) for row in zip(en, zh, *(text[f] for f in fields))]
    for name in fields:  # only the filled ones, as each row has them
        for person, value in zip(out, text[name]):
            if value is None:
                del person[name]
    return out


def _others(checks: list[RowCheck], cells: dict[str, list[Any]], target: str | None,
            today: date) -> None:
    """Choices, dates and flags, row by row for the rows that have any."""
    names = list(cells)
    for check, row in zip(checks, zip(*cells.values())):
        raw = {name: cell for name, cell in zip(names, row) if cell is not None and cell != ""}
        if not raw:
            continue
        _choices(check, raw, target)
        _dates_and_flags(check, raw, today)
        if check.status == MemberStatus.CONFIRMED.value and check.person.get("is_minor") \
                and not check.guardian_consent:
            check.problems.append(Problem("minor_needs_guardian_consent",
                                          {"person": check.label(), "field": "guardian_consent"},
                                          "guardian_consent"))


def _joined(family: str | None, given: str | None) -> str | None:
    """Surname and given name in separate columns, joined as the script writes them."""
    if not family and not given:
        return None
    if values.has_chinese(family or "") or values.has_chinese(given or ""):
        return f"{family or ''}{given or ''}"
    return " ".join(p for p in (family, given) if p)


def _choices(row: RowCheck, raw: dict[str, Any], target: str | None) -> None:
    if "category" in raw:
        row.person["category"] = _choice(row, "category", raw["category"], "category",
                                         _values(PersonCategory))
    if "language" in raw:  # a word we do not know ("Chinese": which script?) is left out
        try:
            language = values.parse_choice(raw["language"], "language")
        except ValueError:
            row.notes.append(Problem(LANGUAGE_LEFT_OUT, {
                "field": "language", "value": values.text(raw["language"]),
                "choices": ", ".join(LANGUAGES)}, "language"))
        else:
            if language is not None:
                row.person["language"] = language
    delegation = target == "delegation"
    if "role" in raw:
        roles = _values(MemberRole if delegation else RegistrationRole)
        row.role = _choice(row, "role", raw["role"], "role", roles,
                           _MEMBER_ROLE if delegation else None)
    if "status" in raw:
        states = _values(MemberStatus if delegation else RegistrationStatus)
        row.status = _choice(row, "status", raw["status"], "status", states,
                             _MEMBER_STATUS if delegation else None)


def _values(choices: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in choices)


def _choice(row: RowCheck, name: str, cell: Any, kind: str, allowed: tuple[str, ...],
            translate: dict[str, str] | None = None) -> str | None:
    try:
        value = values.parse_choice(cell, kind)
    except ValueError:
        value = "\x00"  # not a word we know: reported below with the choices
    if value is not None and translate:
        value = translate.get(value, value)
    if value is not None and value not in allowed:
        row.problems.append(Problem("invalid_choice", {
            "field": name, "choices": ", ".join(allowed)}, name))
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
