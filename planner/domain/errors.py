"""Errors with a stable code and parameters; their words come from the message catalogue."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from planner.domain.messages import FIELD_LABELS, MESSAGES


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, optionally tied to a field."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    field: str | None = None

    def english(self) -> str:
        params = dict(self.params)
        if "field" in params:
            params["field"] = FIELD_LABELS.get(params["field"], params["field"])
        return MESSAGES[self.code].format(**params)


class PlannerError(Exception):
    """An expected failure: refused input, nothing written. Exit code 2 on the command line."""

    exit_code = 2

    def __init__(self, code: str, field: str | None = None, **params: Any) -> None:
        if field is not None:
            params.setdefault("field", field)
        self.problems: tuple[Problem, ...] = (Problem(code, params, field),)
        super().__init__(self.problems[0].english())

    @property
    def code(self) -> str:
        return self.problems[0].code


class ValidationError(PlannerError):
    """One or more problems with the values given; each names its field."""

    def __init__(self, problems: list[Problem]) -> None:
        if not problems:
            raise ValueError("ValidationError needs at least one problem")
        self.problems = tuple(problems)
        Exception.__init__(self, " ".join(p.english() for p in self.problems))

    def for_field(self, name: str) -> list[Problem]:
        return [p for p in self.problems if p.field == name]


class NotFoundError(PlannerError):
    pass


class StaleVersionError(PlannerError):
    """Somebody else changed the row since the caller read it."""


class StorageError(PlannerError):
    """The database cannot be opened or used as asked."""


class Collector:
    """Gathers problems so a validator reports all of them at once."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, code: str, field: str | None = None, **params: Any) -> None:
        if field is not None:
            params.setdefault("field", field)
        self.problems.append(Problem(code, params, field))

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)
