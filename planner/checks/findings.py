"""What the checks report: plain frozen findings, and the scope a run covers."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any

# What a proposed time (a drag in the calendar or the timeline) can be checked for
# (planner.checks.proposal).
PROPOSAL_KINDS = ("event", "itinerary")


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class ItemRef:
    """One row a finding concerns: kind is event, itinerary (an itinerary item; its delegation
    is named by a delegation ref of the same finding), delegation, person or venue; the label
    is in the language of the run."""

    kind: str
    id: int
    label: str


@dataclass(frozen=True)
class Finding:
    """A planning problem: its severity, a stable code, the message in the language of the run,
    the message's parameters, and the rows it concerns (the first ones matter most)."""

    severity: Severity
    code: str
    message: str
    params: Mapping[str, Any] = field(hash=False)
    items: tuple[ItemRef, ...]

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def concerns(self, kind: str, ident: int) -> bool:
        return any(i.kind == kind and i.id == ident for i in self.items)

    def to_json(self) -> dict[str, Any]:
        return {"severity": self.severity.value, "code": self.code, "message": self.message,
                "params": dict(self.params),
                "items": [{"kind": i.kind, "id": i.id, "label": i.label} for i in self.items]}


def finding(severity: Severity, code: str, message: str, params: Mapping[str, Any],
            items: Iterable[ItemRef]) -> Finding:
    return Finding(severity, code, message, MappingProxyType(dict(params)), tuple(items))


def by_item(findings: Iterable[Finding]) -> dict[tuple[str, int], list[Finding]]:
    """(kind, id) -> the findings that concern it: what a table needs for its row markers."""
    index: dict[tuple[str, int], list[Finding]] = {}
    for found in findings:
        for key in dict.fromkeys((i.kind, i.id) for i in found.items):
            index.setdefault(key, []).append(found)
    return index


@dataclass(frozen=True)
class Scope:
    """What a run checks: everything, or what concerns one event, delegation or programme."""

    kind: str = "all"
    id: int | None = None

    KINDS = ("all", "event", "delegation", "programme")

    @classmethod
    def everything(cls) -> Scope:
        return cls()

    @classmethod
    def event(cls, ident: int) -> Scope:
        return cls("event", ident)

    @classmethod
    def delegation(cls, ident: int) -> Scope:
        return cls("delegation", ident)

    @classmethod
    def programme(cls, ident: int) -> Scope:
        return cls("programme", ident)
