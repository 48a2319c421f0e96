"""How a kind of record looks as JSON, and how such JSON becomes an operation's arguments.

One description per kind (planner.cli.kinds.catalogue) serves `show`/`list` (which keys are
printed), `create`/`edit` (which keys are read, and how) and docs/cli.md (generated from it).
What `show KIND ID --json` prints can be fed back to `create`: keys nobody sets (ids, versions,
UIDs, counts...) are ignored, a reference is an object with its `id` or a `*_id` number, lists
that have no identity of their own are set with their parent, lists of records that are kinds of
their own are ignored (each is created with its own kind, naming its parent).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any

from planner.domain.errors import Collector, Problem, ValidationError
from planner.domain.limits import ID_MAX
from planner.domain.schedule import Schedule, parse_when


class Form(Enum):
    """What a key holds, which decides how its JSON value is read."""

    TEXT = "text"
    MULTILINE = "text (may hold line breaks)"
    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "true or false"
    DATE = "date (YYYY-MM-DD)"
    DATETIME = "date and time (ISO 8601; without an offset: UTC)"
    CHOICE = "one of"
    REF = "reference"
    REFS = "list of references"
    ORGANISERS = "list of {organisation, role}"
    FIGURES = "list of {key, label_en, label_zh_hant, label_zh_hans, value, unit}"
    STRINGS = "list of texts"
    GUARDIAN = "{name, phone, relationship} or null"
    SCHEDULE = "part of the span"
    READ_ONLY = "printed only (ignored on input)"
    CHILDREN = "records of their own kind, printed, ignored on input"


# The parts of a span, as `show` prints them.
SCHEDULE_KEYS = ("start", "end", "all_day", "timezone", "precision")


@dataclass(frozen=True)
class Key:
    name: str
    form: Form
    doc: str
    param: str | None = None          # the operation's keyword (default: the name)
    choices: type[StrEnum] | None = None
    ref: str | None = None            # REF/REFS/CHILDREN: the kind referred to
    required: bool = False            # on create
    parent: bool = False              # a REF to the parent: given on create, never changed
    sensitive: bool = False           # printed only with --reveal, set only with the role
    aliases: tuple[str, ...] = ()     # other names accepted on input (`venue_id` for `venue`)

    @property
    def settable(self) -> bool:
        return self.form not in (Form.READ_ONLY, Form.CHILDREN)

    @property
    def target(self) -> str:
        return self.param or self.name


@dataclass(frozen=True)
class Kind:
    """A kind of record: its names on the command line, keys, and how to read and write it."""

    name: str                         # singular, as `show`/`create`/`edit` take it
    plural: str                       # as `list` takes it
    title: str                        # for the documentation
    keys: tuple[Key, ...]
    get: Callable[..., Any]           # get(session, ident) -> the plain row
    listing: Callable[..., list[Any]]  # listing(session, args) -> rows
    create: Callable[..., Any] | None = None   # operation(session, *parents, **values)
    update: Callable[..., Any] | None = None   # operation(session, ident, version, **values)
    delete: Callable[..., Any] | None = None
    restore: Callable[..., Any] | None = None
    filters: tuple[str, ...] = ()     # `list` options that apply (event, delegation, person)
    sensitive: bool = False           # every record is sensitive (travel documents)
    zone: Callable[..., str | None] | None = None  # default zone of a new span (session, values)
    notes: str = ""                   # more words for the documentation
    # show(session, ident, reveal) -> JSON-ready dict, where it is more than the row itself
    detail: Callable[..., dict[str, Any]] | None = None

    def show(self, session: Any, ident: int, reveal: bool = False) -> dict[str, Any]:
        """The record as `show --json` prints it: itself, its related lists as keys."""
        from planner.domain.rows import to_json

        if self.detail is not None:
            return self.detail(session, ident, reveal)
        return dict(to_json(self.get(session, ident)))

    def key(self, name: str) -> Key | None:
        for key in self.keys:
            if key.name == name or name in key.aliases:
                return key
        return None

    @property
    def scheduled(self) -> bool:
        return any(k.form is Form.SCHEDULE for k in self.keys)

    @property
    def parents(self) -> tuple[Key, ...]:
        return tuple(k for k in self.keys if k.parent)


def _problem(errors: Collector, code: str, key: str, **params: Any) -> None:
    errors.add(code, field=key, **params)


def ref_id(value: Any, key: str, errors: Collector) -> int | None:
    """A reference as `show` prints it ({"id": 5, ...}) or as a number; None for null."""
    if value is None:
        return None
    if isinstance(value, Mapping):
        value = value.get("id")
        if value is None:
            _problem(errors, "bad_reference", key, value="{}")
            return None
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        _problem(errors, "bad_reference", key, value=value)
        return None
    try:
        number = int(value)
    except ValueError:
        _problem(errors, "bad_reference", key, value=value)
        return None
    if not 0 < number <= ID_MAX:  # no record has it (and a server's integer would overflow)
        _problem(errors, "bad_reference", key, value=value)
        return None
    return number


def _organisers(value: Any, key: str, errors: Collector) -> list[tuple[Any, Any]]:
    if not isinstance(value, list):
        _problem(errors, "wrong_type", key, expected="a list of objects")
        return []
    out = []
    for entry in value:
        if not isinstance(entry, Mapping) or set(entry) - {"organisation", "organisation_id",
                                                          "role"}:
            _problem(errors, "wrong_type", key, expected="a list of objects")
            continue
        ident = ref_id(entry.get("organisation", entry.get("organisation_id")), key, errors)
        if ident is not None:
            out.append((ident, entry.get("role") or "organiser"))
    return out


def _list(value: Any, key: str, errors: Collector) -> list[Any]:
    if not isinstance(value, list):
        _problem(errors, "wrong_type", key, expected="a list of objects")
        return []
    return value


def read_value(key: Key, value: Any, errors: Collector) -> dict[str, Any]:
    """The operation's arguments for one key's JSON value."""
    form = key.form
    if form is Form.REF:
        return {key.target: ref_id(value, key.name, errors)}
    if form is Form.REFS:
        ids = [ref_id(v, key.name, errors) for v in _list(value, key.name, errors)]
        return {key.target: [i for i in ids if i is not None]}
    if form is Form.ORGANISERS:
        return {key.target: _organisers(value, key.name, errors)}
    if form in (Form.FIGURES, Form.STRINGS):
        if value is None:
            return {key.target: []}
        return {key.target: _list(value, key.name, errors)}
    if form is Form.GUARDIAN:
        if value is None:
            value = {}
        parts = ("name", "phone", "relationship", "email")
        if not isinstance(value, Mapping) or set(value) - set(parts):
            _problem(errors, "wrong_type", key.name, expected="an object")
            return {}
        return {f"guardian_{part}": value.get(part) for part in parts if part in value
                or part != "email"}
    if form is Form.DATETIME and value not in (None, ""):
        from planner.domain.validation import Rules

        rules = Rules({key.name: value}).instant(key.name)
        errors.problems.extend(rules.errors.problems)
        return {key.target: rules.out.get(key.name)}
    return {key.target: value}


def read_schedule(given: Mapping[str, Any], current: Schedule | None, default_zone: str | None,
                  errors: Collector) -> Schedule | None:
    """A span from `start`, `end`, `all_day`, `timezone`, `precision`; missing parts are the
    current span's (when editing)."""
    start_now, end_now = current.iso() if current else (None, None)
    zone = given.get("timezone") or (current.timezone if current else None) or default_zone
    start = given.get("start", start_now)
    end = given.get("end", end_now)  # only the start given: the end stays, and must follow it
    for name, value in (("start", start), ("end", end), ("timezone", zone)):
        if value in (None, ""):
            _problem(errors, "required", name)
        elif not isinstance(value, str):
            _problem(errors, "wrong_type", name, expected="text")
    if errors.problems:
        return None
    assert isinstance(start, str) and isinstance(end, str) and isinstance(zone, str)  # as checked
    all_day = given.get("all_day")
    precision = given.get("precision") or (current.precision.value if current else None)
    try:
        first, p1 = _when(start, zone, "start", False)
        last, p2 = _when(end, zone, "end", True)
        from datetime import datetime

        timed = isinstance(first, datetime)
        if all_day is not None and not isinstance(all_day, bool):
            _problem(errors, "wrong_type", "all_day", expected="true or false")
            return None
        if all_day is True and timed:
            first, last = first.date(), last.date() if isinstance(last, datetime) else last
            timed = False
        if all_day is False and not timed:
            _problem(errors, "timed_needs_times", "start")
            return None
        from planner.domain.enums import DatePrecision

        try:
            chosen = DatePrecision(precision) if precision else (
                DatePrecision.MONTH if DatePrecision.MONTH in (p1, p2) else DatePrecision.EXACT)
        except ValueError:
            _problem(errors, "invalid_choice", "precision",
                     choices=", ".join(p.value for p in DatePrecision))
            return None
        if timed and isinstance(last, datetime):
            return Schedule.timed(first, last, zone, chosen)
        if timed or isinstance(last, datetime):
            _problem(errors, "timed_needs_times", "end")
            return None
        return Schedule.days(first, last, zone, chosen)
    except ValidationError as error:
        for problem in error.problems:
            errors.problems.append(problem if problem.field else Problem(
                problem.code, {**problem.params, "field": "start"}, "start"))
        return None


def _when(text: str, zone: str, name: str, end: bool) -> tuple[Any, Any]:
    try:
        return parse_when(text, zone, end=end)
    except ValidationError as error:
        raise ValidationError([Problem(p.code, {**p.params, "field": name}, p.field or name)
                               for p in error.problems]) from error
