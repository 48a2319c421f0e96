"""Which kinds and ids a transaction touched, as planner.domain.changes.Changes.

The ORM's flushes say which rows (hooks.before_flush records them); statements a use case runs
itself (a bulk import's INSERTs, a privacy purge) are seen on their way to the database and
say only which tables, so their kinds are reported with unknown ids.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from planner.domain.changes import Changes

# table -> (kind, the attribute holding the id of that kind; None: no id worth telling)
TABLE_KINDS: dict[str, tuple[str, str | None]] = {
    "event": ("event", "id"), "event_organiser": ("event", "event_id"),
    "event_session": ("session", "id"), "delegation": ("delegation", "id"),
    "delegation_organisation": ("delegation", "delegation_id"),
    "delegation_contact": ("contact", "id"), "delegation_member": ("member", "id"),
    "itinerary_item": ("itinerary", "id"), "exchange_programme": ("programme", "id"),
    "person": ("person", "id"), "person_sensitive": ("person", "person_id"),
    "travel_document": ("travel_document", "id"), "registration": ("registration", "id"),
    "attendance": ("attendance", "id"), "organisation": ("organisation", "id"),
    "venue": ("venue", "id"), "cooperation_item": ("item", "id"),
    "item_lead": ("item", "item_id"), "item_figure": ("item", "item_id"),
    "feed": ("feed", "id"), "setting": ("setting", None), "import_mapping": ("setting", None)}
# Bookkeeping, which no reader shows as records.
UNTRACKED = frozenset({"db_revision", "audit_log", "alembic_version"})

_WRITE = re.compile(r'\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)', re.IGNORECASE)
RAW_KEY = "planner_raw_tables"  # in the connection's info: tables written outside a flush
FLUSH_KEY = "planner_in_flush"


def row_of(obj: Any) -> tuple[str, int | None] | None:
    """(kind, id) of an ORM object, or None for bookkeeping."""
    table = getattr(obj, "__tablename__", None)
    if table is None or table in UNTRACKED:
        return None
    kind, attr = TABLE_KINDS.get(table, (table, "id"))
    ident = getattr(obj, attr, None) if attr else None
    return kind, ident if isinstance(ident, int) else None


def remember(session: Session, obj: Any) -> None:
    """Note a row the coming flush changes or deletes (its id is known)."""
    row = row_of(obj)
    if row is not None:
        session.info.setdefault("touched", set()).add(row)


def remember_new(session: Session, obj: Any) -> None:
    """Note a row the coming flush inserts (its id is known after the flush)."""
    session.info.setdefault("touched_new", []).append(obj)


def before_cursor_execute(conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
    """A statement outside the ORM's flush that writes a table: remember the table."""
    if conn.info.get(FLUSH_KEY):
        return
    found = _WRITE.match(statement)
    if found is not None and found.group(1).lower() not in UNTRACKED:
        conn.info.setdefault(RAW_KEY, set()).add(found.group(1).lower())


def raw_tables(session: Session) -> set[str]:
    info = session.info.get("connection_info")
    return set(info.get(RAW_KEY, ())) if info is not None else set()


def changes_made(session: Session) -> Changes:
    """What this transaction touched so far (call after its last flush)."""
    rows: set[tuple[str, int | None]] = set(session.info.get("touched", ()))
    for obj in session.info.get("touched_new", ()):
        if not inspect(obj).transient:  # not rolled back out of the session
            row = row_of(obj)
            if row is not None:
                rows.add(row)
    for table in raw_tables(session):
        rows.add((TABLE_KINDS.get(table, (table, None))[0], None))
    return Changes.from_rows(rows)
