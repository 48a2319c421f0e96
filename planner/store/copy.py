"""Moving a whole programme between databases: a SQLite file to a server and back.

Every row of every table, parents before children, in one transaction on the target; the counts
are compared before the commit (a mismatch writes nothing) and again afterwards. The source is
read in one snapshot and never written. On PostgreSQL the rows go in with COPY when no
row-level security applies to the user, the id sequences continue after the highest copied id
(the next new row does not collide), and ANALYZE refreshes the planner's statistics.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, Connection, Table, delete, func, insert, select, text
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine

from planner.domain.errors import StorageError
from planner.domain.progress import Progress, silent
from planner.store import models  # noqa: F401 (registers every table)
from planner.store.base import Base
from planner.store.database import Database
from planner.store.hooks import REVISION_CHANNEL
from planner.store.server_roles import bypasses_row_security, sees_every_row

CHUNK = 2_000
Rows = list[dict[str, Any]]
# Not part of the programme: a target holding only these counts as empty.
BOOKKEEPING = {"db_revision", "setting"}


@dataclass(frozen=True)
class CopyReport:
    counts: dict[str, int] = field(default_factory=dict)
    revision: int = 0

    @property
    def rows(self) -> int:
        return sum(self.counts.values())

    def describe(self) -> str:
        lines = [f"{name}: {count}" for name, count in self.counts.items() if count]
        lines.append(f"{self.rows} rows in {len(self.counts)} tables copied; counts verified; "
                     f"revision {self.revision}")
        return "\n".join(lines)


def tables() -> list[Table]:
    """Every table, parents before children (db_revision is handled on its own)."""
    return [t for t in Base.metadata.sorted_tables if t.name != "db_revision"]


def count_rows(conn: Connection | Session, table: Table) -> int:
    return int(conn.scalar(select(func.count()).select_from(table)) or 0)


def copy_database(source: Database, target: Database, *, replace: bool = False,
                  progress: Progress | None = None) -> CopyReport:
    """Copy everything from `source` into `target` (refused if it holds a programme)."""
    progress = progress or silent()
    if _same(source, target):
        raise StorageError("db_copy_same", url=_label(source))
    with _snapshot(source) as src:
        if not source.is_sqlite and not sees_every_row(src):
            raise StorageError("db_copy_hidden_rows", user=source.user, url=_label(source))
        expected = {t.name: count_rows(src, t) for t in tables()}
        source_revision = _revision(src)
        total = sum(expected.values())
        with target.write() as session:
            existing = _existing_rows(session)
            if existing and not replace:
                raise StorageError("db_copy_not_empty", url=_label(target), rows=existing)
            target_revision = _revision(session)
            _empty(session)
            _fill(session, src, bulk=not target.is_sqlite and bypasses_row_security(
                session.connection()), progress=progress, total=total)
            _verify(session, expected)
            revision = max(source_revision, target_revision) + 1
            _finish(session, target, revision)
    _verify_committed(target, expected)
    if not target.is_sqlite:
        _analyze(target)
    return CopyReport(expected, revision)


def _same(a: Database, b: Database) -> bool:
    if a.path is not None or b.path is not None:
        return a.path is not None and a.path == b.path
    return (a.url.host, a.url.port, a.url.database) == (b.url.host, b.url.port, b.url.database)


def _label(db: Database) -> str:
    return str(db.path) if db.path is not None else db.url.render_as_string(hide_password=True)


class _snapshot:
    """A read-only connection that sees one consistent state of the source."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.conn: Connection | None = None

    def __enter__(self) -> Connection:
        self.conn = self.db.engine.connect()
        if not self.db.is_sqlite:
            self.conn.execution_options(isolation_level="REPEATABLE READ",
                                        postgresql_readonly=True)
        self.conn.begin()
        return self.conn

    def __exit__(self, *_exc: object) -> None:
        assert self.conn is not None
        self.conn.rollback()
        self.conn.close()


def _revision(conn: Connection | Session) -> int:
    return int(conn.scalar(text("SELECT value FROM db_revision WHERE id = 1")) or 0)


def _existing_rows(session: Session) -> int:
    return sum(count_rows(session, t) for t in tables() if t.name not in BOOKKEEPING)


def _empty(session: Session) -> None:
    for table in reversed(tables()):
        session.execute(delete(table))
    session.execute(delete(Base.metadata.tables["db_revision"]))


def _read(conn: Connection, table: Table) -> Iterator[Rows]:
    """The rows of a table in primary-key order, a chunk at a time (as column -> value)."""
    stmt = select(table).order_by(*table.primary_key.columns)
    result = conn.execute(stmt, execution_options={"yield_per": CHUNK})
    for partition in result.mappings().partitions(CHUNK):
        yield [dict(row) for row in partition]


def _fill(session: Session, src: Connection, *, bulk: bool, progress: Progress,
          total: int) -> None:
    done = 0
    for table in tables():
        with _writer(session, table, bulk) as write:
            for chunk in _read(src, table):
                write(chunk)
                done += len(chunk)
                progress.step(done, total, table.name)


@contextmanager
def _writer(session: Session, table: Table, bulk: bool) -> Iterator[Callable[[Rows], None]]:
    """Inserts chunks of rows; on a server, through one COPY per table (several times faster
    than INSERT; PostgreSQL allows it only to those whom row-level security does not apply)."""
    if not bulk:
        def insert_rows(chunk: Rows) -> None:
            session.execute(insert(table), chunk)

        yield insert_rows
        return
    dialect = session.get_bind().dialect
    quote = dialect.identifier_preparer.quote
    # The values as the database stores them: enum members as strings, JSON as text.
    columns = [(c.name, _to_text(c.type) or c.type.bind_processor(dialect))
               for c in table.columns]
    names = ", ".join(quote(name) for name, _p in columns)
    cursor = session.connection().connection.cursor()
    with cursor.copy(f"COPY {quote(table.name)} ({names}) FROM STDIN") as copy:
        def write(chunk: Rows) -> None:
            for row in chunk:
                copy.write_row([row[name] if proc is None or row[name] is None
                                else proc(row[name]) for name, proc in columns])
        yield write


def _to_text(kind: TypeEngine[Any]) -> Callable[[Any], str] | None:
    # The driver would send a list as an ARRAY; COPY wants the JSON text itself.
    if isinstance(kind, JSON):
        return lambda value: json.dumps(value, ensure_ascii=False)
    return None


def _verify(session: Session, expected: dict[str, int]) -> None:
    for name, count in expected.items():
        copied = count_rows(session, Base.metadata.tables[name])
        if copied != count:
            raise StorageError("db_copy_count_mismatch", table=name, copied=copied,
                               expected=count)


def _finish(session: Session, target: Database, revision: int) -> None:
    """Set the revision past both databases' and, on a server, restart the id sequences."""
    session.execute(insert(Base.metadata.tables["db_revision"]).values(id=1, value=revision))
    if target.is_sqlite:
        return
    for table in tables():
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not keys[0].autoincrement or keys[0].type.python_type is not int:
            continue
        column = keys[0].name
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence(:t, :c), "
            f"COALESCE((SELECT max({column}) FROM {table.name}), 0) + 1, false)"),
            {"t": table.name, "c": column})
    session.execute(select(func.pg_notify(REVISION_CHANNEL, str(revision))))


def _analyze(target: Database) -> None:
    """Fresh planner statistics, so the first queries after a bulk load are not slow ones."""
    with target.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")


def _verify_committed(target: Database, expected: dict[str, int]) -> None:
    with target.engine.connect() as conn:
        for name, count in expected.items():
            copied = count_rows(conn, Base.metadata.tables[name])
            if copied != count:
                raise StorageError("db_copy_count_mismatch", table=name, copied=copied,
                                   expected=count)
