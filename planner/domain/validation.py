"""Field rules shared by every entry point (GUI, CLI, imports). Each returns cleaned values."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from planner.domain.errors import Collector, ValidationError
from planner.domain.limits import ID_MAX
from planner.domain.schedule import Schedule, zone
from planner.domain.text import clean, one_line

# The one e-mail rule shared by every entry point (forms, imports, mail settings).
EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]{2,}$")

COUNT_MAX = ID_MAX  # capacities, numbers, entries: a 32-bit integer column on a server
_TRUE = {"true", "yes", "1"}
_FALSE = {"false", "no", "0", ""}

TITLE_FIELDS = ("title_en", "title_zh_hant", "title_zh_hans")
NAME_FIELDS = ("name_en", "name_zh_hant", "name_zh_hans")


def values_of(record: object, names: Iterable[str]) -> dict[str, Any]:
    """A record's current values of `names` as plain data (from a stored row or a UI row):
    what the rules that merge a change with the record (one title must remain) compare."""
    return {name: getattr(record, name) for name in names}


class Rules:
    """Validates a mapping of proposed values field by field, collecting every problem."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self.values = dict(values)
        self.errors = Collector()
        self.out: dict[str, Any] = {}

    def text(self, name: str, limit: int = 500, *, required: bool = False,
             multiline: bool = False) -> Rules:
        """Text without control characters; unless `multiline`, line breaks and tabs become
        spaces (a title never holds a line break)."""
        if name in self.values:
            value = self.values[name]
            if isinstance(value, (bool, dict, list, tuple, set)):
                self.errors.add("wrong_type", field=name, expected="text")
                return self
            if value is not None:
                value = clean(str(value) if multiline else one_line(str(value)))
            if value is not None and len(value) > limit:
                self.errors.add("too_long", field=name, limit=limit)
            elif required and not value:
                self.errors.add("required", field=name)
            self.out[name] = value
        elif required:
            self.errors.add("required", field=name)
        return self

    def choice(self, name: str, enum: type[StrEnum], *, required: bool = False) -> Rules:
        if name in self.values and self.values[name] is not None:
            raw = self.values[name]
            try:
                self.out[name] = enum(raw.value if isinstance(raw, StrEnum) else str(raw))
            except ValueError:
                self.errors.add("invalid_choice", field=name,
                                choices=", ".join(m.value for m in enum))
        elif required:
            self.errors.add("required", field=name)
        return self

    def count(self, name: str) -> Rules:
        if name in self.values:
            value = self.values[name]
            if value in (None, ""):
                self.out[name] = None
            else:
                try:
                    if isinstance(value, bool) or (isinstance(value, float)
                                                   and not value.is_integer()):
                        raise ValueError(value)
                    number = int(value)
                except (TypeError, ValueError, OverflowError):
                    self.errors.add("wrong_type", field=name, expected="a whole number (0 or more)")
                else:
                    if number < 0:
                        self.errors.add("negative", field=name)
                    elif number > COUNT_MAX:  # the database's integer column holds no more
                        self.errors.add("number_out_of_range", field=name, value=value,
                                        low=0, high=f"{COUNT_MAX:,}")
                    self.out[name] = number
        return self

    def flag(self, name: str) -> Rules:
        if name in self.values:
            value = self.values[name]
            if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
                self.out[name] = value.strip().lower() in _TRUE
            elif value is None or isinstance(value, (bool, int)):
                self.out[name] = bool(value)
            else:
                self.errors.add("wrong_type", field=name, expected="true or false")
        return self

    def reference(self, name: str) -> Rules:
        if name in self.values:
            value = self.values[name]
            if value in (None, ""):
                self.out[name] = None
                return self
            try:
                if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                    raise ValueError(value)
                number = int(value)
            except (TypeError, ValueError, OverflowError):
                self.errors.add("bad_reference", field=name, value=value)
            else:
                if not 0 < number <= ID_MAX:
                    self.errors.add("bad_reference", field=name, value=value)
                self.out[name] = number
        return self

    def number(self, name: str, low: float | None = None, high: float | None = None,
               *, required: bool = False) -> Rules:
        """A finite number (not a bool), within [low, high] when given."""
        if name in self.values and self.values[name] not in (None, ""):
            value = self.values[name]
            try:
                if isinstance(value, bool):
                    raise ValueError(value)
                number = float(value)
                if not math.isfinite(number):
                    raise ValueError(value)
            except (TypeError, ValueError, OverflowError):
                self.errors.add("wrong_type", field=name, expected="a number")
                return self
            if (low is not None and number < low) or (high is not None and number > high):
                self.errors.add("out_of_range", field=name, low=low, high=high, value=value)
            self.out[name] = number
        elif name in self.values:
            if required:
                self.errors.add("required", field=name)
            else:
                self.out[name] = None
        elif required:
            self.errors.add("required", field=name)
        return self

    def day(self, name: str) -> Rules:
        """A calendar date: a date, or ISO 8601 text (YYYY-MM-DD)."""
        if name in self.values:
            value = self.values[name]
            if value in (None, ""):
                self.out[name] = None
            elif isinstance(value, datetime):
                self.out[name] = value.date()
            elif isinstance(value, date):
                self.out[name] = value
            else:
                try:
                    self.out[name] = date.fromisoformat(str(value).strip())
                except ValueError:
                    self.errors.add("invalid_date", field=name, value=value)
        return self

    def instant(self, name: str) -> Rules:
        """A moment as the database keeps it (naive UTC): a datetime, or ISO 8601 text
        (with an offset, converted to UTC; without one, taken as UTC)."""
        if name in self.values:
            value = self.values[name]
            if value in (None, ""):
                self.out[name] = None
                return self
            if not isinstance(value, datetime):
                try:
                    value = datetime.fromisoformat(str(value).strip())
                except ValueError:
                    self.errors.add("invalid_datetime", field=name, value=value)
                    return self
            if value.tzinfo is not None:
                from planner.domain.schedule import to_utc_naive

                value = to_utc_naive(value)
            self.out[name] = value
        return self

    def timezone(self, name: str = "timezone", *, required: bool = False) -> Rules:
        """An IANA time zone name (Asia/Hong_Kong), never an offset or a Windows name."""
        self.text(name, 64, required=required)
        value = self.out.get(name)
        if value:
            try:
                zone(value)
            except ValidationError:
                self.errors.add("unknown_timezone", field=name, zone=value)
        return self

    def email(self, name: str = "email") -> Rules:
        self.text(name, 254)
        value = self.out.get(name)
        if value and not EMAIL.match(value):
            self.errors.add("invalid_email", field=name, value=value)
        return self

    def schedule(self, name: str = "schedule", *, required: bool = False) -> Rules:
        if name in self.values:
            value = self.values[name]
            if not isinstance(value, Schedule):
                self.errors.add("required", field=name)
            else:
                self.out[name] = value
        elif required:
            self.errors.add("required", field=name)
        return self

    def one_of(self, names: Iterable[str], code: str, current: Mapping[str, Any] | None = None) -> Rules:
        """At least one of `names` must end up non-empty (merged with current values)."""
        names = tuple(names)
        merged = {n: (current or {}).get(n) for n in names}
        merged.update({n: self.out[n] for n in names if n in self.out})
        touched = current is None or any(n in self.out for n in names)
        if touched and not any(merged.values()):
            self.errors.add(code, field=names[0])
        return self

    def done(self) -> dict[str, Any]:
        self.errors.raise_if_any()
        return self.out


def organiser_pairs(value: Any, field: str) -> list[tuple[int, Any]]:
    """(organisation id, role) pairs, in order, as an event's organisers or a delegation's
    co-organisers are given; refused naming `field` when one is not."""
    from planner.domain.enums import OrganiserRole

    errors = Collector()
    out: list[tuple[int, Any]] = []
    if not isinstance(value, (list, tuple)):
        errors.add("wrong_type", field=field, expected="a list of organisations")
        errors.raise_if_any()
    for pair in value:
        if not isinstance(pair, (list, tuple)) or len(pair) != 2:
            errors.add("wrong_type", field=field, expected="a list of organisations")
            continue
        rules = Rules({field: pair[0], "role": pair[1]}).reference(field)
        rules.choice("role", OrganiserRole, required=True)
        for problem in rules.errors.problems:
            errors.add(problem.code, field=field,
                       **{k: v for k, v in problem.params.items() if k != "field"})
        if not rules.errors.problems and rules.out.get(field) is not None:
            out.append((rules.out[field], rules.out["role"]))
    errors.raise_if_any()
    return out
