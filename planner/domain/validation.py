"""Field rules shared by every entry point (GUI, CLI, imports). Each returns cleaned values."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any

from planner.domain.errors import Collector
from planner.domain.schedule import Schedule
from planner.domain.text import clean

_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]{2,}$")

TITLE_FIELDS = ("title_en", "title_zh_hant", "title_zh_hans")
NAME_FIELDS = ("name_en", "name_zh_hant", "name_zh_hans")


class Rules:
    """Validates a mapping of proposed values field by field, collecting every problem."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self.values = dict(values)
        self.errors = Collector()
        self.out: dict[str, Any] = {}

    def text(self, name: str, limit: int = 500, *, required: bool = False) -> Rules:
        if name in self.values:
            value = self.values[name]
            value = clean(str(value)) if value is not None else None
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
                    number = int(value)
                except (TypeError, ValueError):
                    self.errors.add("invalid_choice", field=name, choices="0, 1, 2, ...")
                else:
                    if number < 0:
                        self.errors.add("negative", field=name)
                    self.out[name] = number
        return self

    def flag(self, name: str) -> Rules:
        if name in self.values:
            self.out[name] = bool(self.values[name])
        return self

    def reference(self, name: str) -> Rules:
        if name in self.values:
            value = self.values[name]
            self.out[name] = None if value in (None, "") else int(value)
        return self

    def email(self, name: str = "email") -> Rules:
        self.text(name, 254)
        value = self.out.get(name)
        if value and not _EMAIL.match(value):
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
