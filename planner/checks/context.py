"""What every check gets: the session, what the run covers, the travel data, labels and the
report it adds findings to; and what several checks share, loaded once per run."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from sqlalchemy.orm import Session

from planner.checks.findings import Finding, ItemRef, Severity, finding
from planner.checks.labels import Labels
from planner.checks.travel_data import TravelData
from planner.domain.enums import DatePrecision
from planner.domain.errors import Problem
from planner.i18n import render
from planner.store import check_queries

MARGIN_SETTING, DEFAULT_MARGIN_DAYS = "document_margin_days", 30
RATIO_SETTING, DEFAULT_RATIO = "chaperone_ratio", 8


@dataclass(frozen=True)
class Focus:
    """Ids a run is about; None means everything, an empty set nothing of that kind."""

    events: Collection[int] | None = None
    delegations: Collection[int] | None = None

    @property
    def everything(self) -> bool:
        return self.events is None and self.delegations is None

    def has_event(self, ident: int) -> bool:
        return self.events is None or ident in self.events

    def has_delegation(self, ident: int) -> bool:
        return self.delegations is None or ident in self.delegations


@dataclass
class CheckContext:
    session: Session
    focus: Focus
    travel: TravelData
    locale: str
    findings: list[Finding] = field(default_factory=list)

    @cached_property
    def labels(self) -> Labels:
        return Labels(self.locale)

    def add(self, severity: Severity, code: str, refs: Sequence[ItemRef], /, **params: Any) -> None:
        """Record a finding; its message is rendered now, in the run's language."""
        message = render(Problem(code, params), self.locale)
        self.findings.append(finding(severity, code, message, params, refs))

    def setting_int(self, key: str, default: int) -> int:
        raw = check_queries.setting(self.session, key)
        try:
            value = int(raw) if raw is not None else default
        except ValueError:
            return default
        return value if value > 0 else default

    @cached_property
    def delegations(self) -> list[Any]:
        """The live, not cancelled delegations the run covers."""
        return check_queries.delegations(self.session, self.focus.delegations)

    @cached_property
    def itineraries(self) -> dict[int, list[Any]]:
        """delegation id -> its live items in time order (with venue names, city, region)."""
        out: dict[int, list[Any]] = {d.id: [] for d in self.delegations}
        for row in check_queries.itineraries(self.session, out):
            out[row.delegation_id].append(row)
        return out

    @cached_property
    def members(self) -> dict[int, list[Any]]:
        out: dict[int, list[Any]] = {d.id: [] for d in self.delegations}
        for row in check_queries.members(self.session, out):
            out[row.delegation_id].append(row)
        return out


def vague(*rows: Any) -> bool:
    """Whether any of these spans has approximate (or month) dates: findings about it are
    warnings, since its recorded times are placeholders."""
    return any(r.date_precision != DatePrecision.EXACT for r in rows)


def severity(*, soft: bool) -> Severity:
    return Severity.WARNING if soft else Severity.ERROR
