"""Bulk writes for imports of tens of thousands of rows, inside the caller's transaction.

Rows go to the driver's executemany as tuples already in the form the column stores (the form
SQLAlchemy itself writes: on SQLite, 'YYYY-MM-DD HH:MM:SS.ffffff' text and 0/1), which measured
twice as fast as Core's per-value processing for 50,000 people. Ids are reserved first, so the
rows that refer to the new people can be built without reading anything back.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from planner.store.base import utcnow

CHUNK = 10_000
# Page cache while bulk writing (KiB, as SQLite's negative cache_size): the indexes of a large
# person table fit, instead of being read again and again from the OS (~25% of insert time).
BULK_CACHE_KIB = 131_072


class BulkWriter:
    """Driver-level inserts and updates on the session's connection (its transaction)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.conn = session.connection()
        self.sqlite = self.conn.dialect.name == "sqlite"
        self.mark = "?" if self.conn.dialect.paramstyle == "qmark" else "%s"
        self.now = utcnow()
        self.user = session.info.get("user")
        self._cache: int | None = None

    def __enter__(self) -> BulkWriter:
        if self.sqlite:
            self._cache = self.conn.exec_driver_sql("PRAGMA cache_size").scalar()
            self.conn.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        return self

    def __exit__(self, error: object, *_rest: object) -> None:
        # After a failure the transaction rolls back and NullPool closes the connection.
        if self._cache is not None and error is None:
            self.conn.exec_driver_sql(f"PRAGMA cache_size = {int(self._cache)}")

    def stamp(self, value: datetime | None) -> Any:
        if value is None or not self.sqlite:
            return value
        return value.isoformat(sep=" ", timespec="microseconds")

    def day(self, value: date | None) -> Any:
        return value.isoformat() if value is not None and self.sqlite else value

    def flag(self, value: bool | None) -> Any:
        if value is None:
            return None
        return int(value) if self.sqlite else bool(value)

    def editable(self) -> tuple[Any, ...]:
        """version, created_at, modified_at, modified_by, deleted_at of a new row."""
        now = self.stamp(self.now)
        return (1, now, now, self.user, None)

    def reserve_ids(self, table: Table, count: int) -> list[int]:
        """Ids for `count` new rows: after the highest on SQLite (we hold the write lock since
        BEGIN IMMEDIATE), from the column's sequence on PostgreSQL."""
        if count == 0:
            return []
        if self.sqlite:
            top = self.conn.scalar(select(func.max(table.c.id))) or 0
            return list(range(top + 1, top + 1 + count))
        found = self.conn.exec_driver_sql(
            f"SELECT nextval(pg_get_serial_sequence('{table.name}', 'id')) "
            f"FROM generate_series(1, {int(count)})").scalars().all()
        return [int(i) for i in found]

    def editable_columns(self) -> dict[str, Any]:
        """version, created_at, modified_at, modified_by, deleted_at of a new row, by name
        (the same for every row: for `insert`'s `same`)."""
        return dict(zip(("version", "created_at", "modified_at", "modified_by", "deleted_at"),
                        self.editable()))

    def insert(self, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]],
               same: dict[str, Any] | None = None) -> None:
        """Insert `rows` (values of `columns`); `same` holds the columns every row has alike.

        On SQLite those are written into the statement as literals, so the driver binds only
        what differs (binding cost a fifth of a 50,000-row insert); on PostgreSQL they are
        bound with every row, typed by the driver as before.
        """
        if not rows:
            return
        same = same or {}
        names = ", ".join([*columns, *same])
        marks = [self.mark] * len(columns)
        if self.sqlite:
            marks += [sqlite_literal(v) for v in same.values()]
        elif same:
            extra = tuple(same.values())
            rows = [(*r, *extra) for r in rows]
            marks += [self.mark] * len(same)
        sql = f"INSERT INTO {table.name} ({names}) VALUES ({', '.join(marks)})"
        for start in range(0, len(rows), CHUNK):
            self.conn.exec_driver_sql(sql, rows[start:start + CHUNK])

    def set_deleted(self, table: Table, ids: Sequence[int], deleted: bool) -> int:
        """Soft-delete (or restore) rows by id, moving their version on as an edit would."""
        changed = 0
        for start in range(0, len(ids), CHUNK // 10):
            chunk = list(ids[start:start + CHUNK // 10])
            result = self.conn.execute(
                update(table).where(table.c.id.in_(chunk))
                .values(deleted_at=self.now if deleted else None, version=table.c.version + 1,
                        modified_at=self.now, modified_by=self.user))
            changed += result.rowcount or 0
        return changed


def sqlite_literal(value: Any) -> str:
    """A value already in SQLite's stored form (see BulkWriter.stamp/flag) as an SQL literal."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise TypeError(f"no SQLite literal for {type(value).__name__}")
