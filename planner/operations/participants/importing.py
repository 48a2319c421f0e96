"""Importing a participant list in one transaction, and undoing (and redoing) that import.

    table = read_people_file(path)                      # planner.imports.people
    preview = preview_import(session, table)            # encoding, sheets, headings, mapping
    plan = plan_import(session, table, preview.mapping, Target.event(5))   # the report
    outcome = import_people(session, table, preview.mapping, Target.event(5))  # the write
    replay(session, outcome.undo)                       # undo: the import's rows soft-deleted
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from planner.domain.errors import PlannerError
from planner.domain.progress import Progress, silent
from planner.imports.people import (
    ImportPreview,
    SourceTable,
    apply_overrides,
    build_preview,
    propose_mapping,
    read_people_file,
)
from planner.imports.people import mapping as mappings
from planner.imports.people.memory import paused_gc
from planner.operations.base import Outcome, Undo, operation
from planner.operations.participants import audit
from planner.operations.participants import import_writes as writes
from planner.operations.participants.bulk import BulkWriter
from planner.operations.participants.planning import Duplicates, ImportPlan, Target, plan_import
from planner.store import participant_queries
from planner.store.base import utcnow
from planner.store.models import (
    DelegationMember,
    ImportMapping,
    Organisation,
    Person,
    PersonSensitive,
    Registration,
)


class ImportRefused(PlannerError):
    """Nothing was written: refused under --strict, or no row left to write. Carries the plan."""

    def __init__(self, code: str, plan: ImportPlan, **params: Any) -> None:
        super().__init__(code, **params)
        self.plan = plan


@dataclass(frozen=True)
class ImportResult:
    plan: ImportPlan
    people: tuple[int, ...]  # created
    merged: tuple[int, ...]  # existing people used (blanks filled in)
    organisations: tuple[int, ...]  # created
    registrations: tuple[int, ...]
    members: tuple[int, ...]


def preview_import(session: Session, table: SourceTable,
                   overrides: Mapping[int, str] | None = None) -> ImportPreview:
    """The file as read with the mapping to start from: remembered for these headings if the
    organiser confirmed one before, else proposed from them; `overrides` on top."""
    mapping, source = propose_mapping(table.headers), "headings"
    remembered = participant_queries.remembered_mapping(session, mappings.signature(table.headers))
    if remembered and remembered.get("columns"):
        mapping, source = mappings.from_json(remembered["columns"], table.width), "remembered"
    if overrides:
        mapping, source = apply_overrides(mapping, overrides), "given"
    return build_preview(table, mapping, source)


def preview_file(session: Session, path: Path | str, *, sheet: str | None = None,
                 header_line: int | None = None, overrides: Mapping[int, str] | None = None
                 ) -> tuple[SourceTable, ImportPreview]:
    """Read a list and preview it in one call: keep the table for plan_import/import_people."""
    table = read_people_file(path, sheet=sheet, header_line=header_line)
    return table, preview_import(session, table, overrides)


@operation("participants.import")
def import_people(session: Session, table: SourceTable, mapping: Mapping[int, str],
                  target: Target = Target(), *, strict: bool = False,
                  duplicates: Duplicates | str = Duplicates.MERGE,
                  decisions: Mapping[int, Duplicates | str] | None = None,
                  create_organisations: bool = True, remember: bool = True,
                  progress: Progress | None = None) -> Outcome[ImportResult]:
    """Write the valid rows (or, with `strict`, all rows or nothing) in the caller's transaction.

    Raises ImportRefused (nothing written) under `strict` with invalid rows, or when no row
    is left to write. The undo soft-deletes what was created and empties what was filled in.
    """
    with paused_gc():
        return _import(session, table, mapping, target, strict, duplicates, decisions,
                       create_organisations, remember, progress or silent())


def _import(session: Session, table: SourceTable, mapping: Mapping[int, str], target: Target,
            strict: bool, duplicates: Duplicates | str,
            decisions: Mapping[int, Duplicates | str] | None, create_organisations: bool,
            remember: bool, progress: Progress) -> Outcome[ImportResult]:
    progress.step(0, 6, "checking")
    plan = plan_import(session, table, mapping, target, duplicates=duplicates,
                       decisions=decisions, create_organisations=create_organisations,
                       strict=strict)
    if strict and plan.counts.rejected:
        raise ImportRefused("import_refused_strict", plan, count=plan.counts.rejected)
    if strict and plan.mixed_lines:
        raise ImportRefused("import_refused_encoding", plan, file=plan.file,
                            lines=", ".join(map(str, plan.mixed_lines[:20])),
                            encoding=plan.encoding)
    if not plan.writes_anything:
        raise ImportRefused("import_nothing_to_write", plan)
    with BulkWriter(session) as writer:
        return _write(session, writer, table, plan, remember, progress)


def _write(session: Session, writer: BulkWriter, table: SourceTable, plan: ImportPlan,
           remember: bool, progress: Progress) -> Outcome[ImportResult]:
    target = plan.target
    created_rows, merged_rows = writes.created_and_merged(plan)
    progress.step(1, 6, "organisations")
    org_ids = writes.create_organisations(session, writer, plan)
    progress.step(2, 6, "people")
    people = writes.create_people(writer, created_rows, org_ids)
    progress.step(3, 6, "merging")
    merged = writes.merge_people(session, writer, merged_rows, org_ids)
    pairs = list(zip(people, created_rows)) + [(int(r.match_id or 0), r)
                                               for r in merged_rows]
    sensitive, sensitive_filled = writes.create_sensitive(session, writer, pairs)
    progress.step(4, 6, "lists")
    registrations: list[int] = []
    members: list[int] = []
    if target.kind == "event":
        registrations = writes.add_registrations(writer, int(target.id or 0), pairs,
                                                 plan.revive)
    elif target.kind == "delegation":
        members = writes.add_members(writer, int(target.id or 0), pairs, plan.revive,
                                     utcnow().date())
    progress.step(5, 6, "finishing")
    if remember:
        remember_mapping(session, table.headers, plan.mapping)
    audit.record(session, "import", target.kind or "person", target.id, file=plan.file,
                 rows=plan.counts.rows, created=len(people), merged=len(merged_rows),
                 rejected=plan.counts.rejected, organisations=len(org_ids))
    session.flush()
    progress.step(6, 6, "done")
    result = ImportResult(plan, tuple(people), tuple(int(r.match_id or 0)
                                                     for r in merged_rows),
                          tuple(org_ids.values()), tuple(registrations), tuple(members))
    undo = {"people": list(people), "organisations": list(org_ids.values()),
            "registrations": registrations, "members": members, "merged": merged,
            "sensitive": _sensitive_of_merged(sensitive, set(result.merged)),
            "sensitive_filled": sensitive_filled}
    return Outcome(result, Undo("participants.import.revert", undo))


def _sensitive_of_merged(added: list[dict[str, Any]], merged: set[int]) -> list[dict[str, Any]]:
    """Sensitive rows added to existing people: undo removes them (new people are deleted)."""
    return [a for a in added if a["person_id"] in merged]


def remember_mapping(session: Session, headers: tuple[str, ...],
                     mapping: Mapping[int, str]) -> None:
    """Remember the mapping confirmed for this layout of headings (the ImportMapping table)."""
    key = mappings.signature(headers)
    row = session.scalar(select(ImportMapping).where(ImportMapping.signature == key))
    data = {"columns": mappings.to_json(mapping), "headers": list(headers)}
    if row is None:
        session.add(ImportMapping(signature=key, mapping=data, used_at=utcnow()))
    else:
        row.mapping, row.used_at = data, utcnow()


@operation("participants.import.revert")
def revert_import(session: Session, people: list[int], organisations: list[int],
                  registrations: list[int], members: list[int], merged: list[dict[str, Any]],
                  sensitive: list[dict[str, Any]],
                  sensitive_filled: list[dict[str, Any]] | None = None) -> Outcome[int]:
    """Undo an import: its rows soft-deleted, filled-in fields emptied again."""
    writer = BulkWriter(session)
    writer.set_deleted(Registration.__table__, registrations, True)
    writer.set_deleted(DelegationMember.__table__, members, True)
    writer.set_deleted(Person.__table__, people, True)
    writer.set_deleted(Organisation.__table__, organisations, True)
    merged = writes.apply_person_values(writer, merged, "old")
    filled = writes.apply_sensitive_values(writer, sensitive_filled or [], "old")
    ids = [s["person_id"] for s in sensitive]
    for start in range(0, len(ids), 500):
        session.execute(delete(PersonSensitive).where(
            PersonSensitive.person_id.in_(ids[start:start + 500])))
    audit.record(session, "import_undone", "person", None, people=len(people))
    session.flush()
    args = {"people": people, "organisations": organisations, "registrations": registrations,
            "members": members, "merged": merged, "sensitive": sensitive,
            "sensitive_filled": filled}
    return Outcome(len(people) + len(merged), Undo("participants.import.reapply", args))


@operation("participants.import.reapply")
def reapply_import(session: Session, people: list[int], organisations: list[int],
                   registrations: list[int], members: list[int], merged: list[dict[str, Any]],
                   sensitive: list[dict[str, Any]],
                   sensitive_filled: list[dict[str, Any]] | None = None) -> Outcome[int]:
    """Redo an undone import: its rows restored, fields filled in again."""
    writer = BulkWriter(session)
    writer.set_deleted(Organisation.__table__, organisations, False)
    writer.set_deleted(Person.__table__, people, False)
    writer.set_deleted(Registration.__table__, registrations, False)
    writer.set_deleted(DelegationMember.__table__, members, False)
    merged = writes.apply_person_values(writer, merged, "new")
    filled = writes.apply_sensitive_values(writer, sensitive_filled or [], "new")
    writes.insert_sensitive(writer, sensitive)
    audit.record(session, "import_redone", "person", None, people=len(people))
    session.flush()
    args = {"people": people, "organisations": organisations, "registrations": registrations,
            "members": members, "merged": merged, "sensitive": sensitive,
            "sensitive_filled": filled}
    return Outcome(len(people) + len(merged), Undo("participants.import.revert", args))
