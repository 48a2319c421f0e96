"""What an import plan is made of: the row reports the wizard shows, and the counts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple

from planner.domain.errors import Problem
from planner.imports.people import RowCheck


class Duplicates(StrEnum):
    """What to do with a row that matches someone already in the database."""

    MERGE = "merge"  # use the existing person, filling in their empty fields
    KEEP = "keep"  # create another person anyway
    SKIP = "skip"  # leave the row out


class Action(StrEnum):
    CREATE = "create"
    MERGE = "merge"
    SKIP = "skip"
    REJECT = "reject"


@dataclass(frozen=True)
class Target:
    """Where imported people go: an event's list, a delegation's members, or nowhere."""

    kind: str | None = None  # 'event' | 'delegation'
    id: int | None = None

    @classmethod
    def event(cls, ident: int) -> Target:
        return cls("event", ident)

    @classmethod
    def delegation(cls, ident: int) -> Target:
        return cls("delegation", ident)


class RowReport(NamedTuple):
    """One row's verdict: what is wrong (problems) and what will happen (action, notes).

    A named tuple rather than a frozen dataclass: a plan has one per row, 50,000 of them.
    """

    line: int
    name: str
    action: Action
    problems: tuple[Problem, ...] = ()
    notes: tuple[Problem, ...] = ()
    match_id: int | None = None
    match_by: str | None = None  # 'email' | 'name'
    organisation_id: int | None = None
    new_organisation: str | None = None
    status: str | None = None  # of the registration or membership it gets; None: none made


@dataclass(frozen=True)
class ImportCounts:
    rows: int = 0
    rejected: int = 0
    created: int = 0
    merged: int = 0
    skipped: int = 0
    already_listed: int = 0
    listed: int = 0  # registrations or memberships made
    waitlisted: int = 0
    new_organisations: int = 0
    emails_left_out: int = 0  # rows imported without their e-mail address, which was not valid


@dataclass(slots=True)
class PlannedRow:
    """Internal: a row's checked values and what the writer needs to know about it."""

    check: RowCheck
    action: Action = Action.REJECT
    match_id: int | None = None
    match_by: str | None = None
    organisation_id: int | None = None
    org_key: str | None = None  # folded name of an organisation to create
    status: str | None = None
    registered_at: datetime | None = None

    def report(self, new_orgs: Mapping[str, str]) -> RowReport:
        check = self.check
        return RowReport(check.line, check.label(),
                         Action.REJECT if check.problems else self.action,
                         tuple(check.problems), tuple(check.notes), self.match_id,
                         self.match_by, self.organisation_id,
                         new_orgs.get(self.org_key) if self.org_key else None, self.status)


@dataclass(frozen=True)
class ImportPlan:
    file: str
    format: str
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    header_line: int | None
    headers: tuple[str, ...]
    signature: str
    mapping: dict[int, str]
    target: Target
    duplicates: Duplicates
    rows: tuple[RowReport, ...]
    warnings: tuple[Problem, ...]
    counts: ImportCounts
    new_organisations: dict[str, str] = field(default_factory=dict, repr=False)
    planned: tuple[PlannedRow, ...] = field(default=(), repr=False, compare=False)
    # person id -> their soft-deleted registration (or membership) to bring back, not insert
    revive: dict[int, int] = field(default_factory=dict, repr=False)
    # Rows of a text file in another encoding than the rest: warned about; --strict refuses.
    mixed_lines: tuple[int, ...] = ()

    @property
    def rejected(self) -> tuple[RowReport, ...]:
        return tuple(r for r in self.rows if r.action == Action.REJECT)

    @property
    def writes_anything(self) -> bool:
        c = self.counts
        return bool(c.created or c.merged or c.listed)
