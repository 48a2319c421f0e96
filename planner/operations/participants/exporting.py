"""Participant lists for partners; an export that includes sensitive fields is audited."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from planner.domain.errors import PlannerError
from planner.domain.progress import Progress, silent
from planner.exports import people as sheets
from planner.operations.participants import audit
from planner.store import participant_queries, queries
from planner.store.models import Event

FORMATS = ("xlsx", "csv")


@dataclass(frozen=True)
class ExportResult:
    data: bytes
    format: str
    rows: int
    columns: tuple[str, ...]
    sensitive_included: tuple[str, ...]  # sensitive columns written unmasked (audited)


def format_for(path: str) -> str:
    """'xlsx' or 'csv' from a file name; PlannerError for anything else."""
    suffix = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    if suffix not in FORMATS:
        raise PlannerError("export_format", value=path)
    return suffix


def export_people(session: Session, event_id: int, fmt: str, *,
                  columns: Sequence[str] | None = None, include_sensitive: bool = False,
                  progress: Progress | None = None) -> ExportResult:
    """The event's list as .xlsx or .csv bytes. Run it in a write transaction: including
    sensitive fields writes an audit entry (who, when, which columns, how many rows)."""
    if fmt not in FORMATS:
        raise PlannerError("export_format", value=fmt)
    progress = progress or silent()
    event = queries.fetch(session, Event, event_id)
    chosen = sheets.resolve_columns(columns)
    progress.step(0, 2, "reading")
    found = participant_queries.participant_rows(session, event_id)
    header, body = sheets.build_table(found, chosen, include_sensitive=include_sensitive,
                                      zone=event.timezone)
    progress.step(1, 2, "writing")
    data = sheets.to_xlsx(header, body) if fmt == "xlsx" else sheets.to_csv(header, body)
    revealed = tuple(c.key for c in chosen if c.sensitive) if include_sensitive else ()
    if revealed:
        audit.record(session, "export_sensitive", "event", event_id, columns=list(revealed),
                     rows=len(found), format=fmt)
        session.flush()
    progress.step(2, 2, "done")
    return ExportResult(data, fmt, len(found), tuple(c.key for c in chosen), revealed)
