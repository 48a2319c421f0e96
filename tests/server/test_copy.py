"""`db copy`: SQLite -> PostgreSQL -> SQLite keeps every row, in one transaction, counted."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from planner.cli.main import main
from planner.domain.errors import StorageError
from planner.domain.progress import Cancelled, Progress
from planner.domain.schedule import Schedule
from planner.operations.events import create_event
from planner.operations.people import create_person
from planner.store.copy import copy_database, tables
from planner.store.database import Database, open_database

pytestmark = pytest.mark.postgres

WHEN = Schedule.timed(datetime(2017, 6, 15, 9), datetime(2017, 6, 15, 17), "Asia/Shanghai")


def content(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, in primary-key order, as Python values."""
    with db.engine.connect() as conn:
        return {t.name: [dict(r) for r in conn.execute(
            select(t).order_by(*t.primary_key.columns)).mappings()] for t in tables()}


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out=out, err=err), out.getvalue(), err.getvalue()


@pytest.fixture
def pg_url(pg_db: Database) -> str:
    return pg_db.url.render_as_string(hide_password=False)


def test_round_trip_through_the_server_keeps_every_row(demo_path: Path, pg_url: str,
                                                       tmp_path: Path) -> None:
    back = tmp_path / "back.sqlite"
    code, out, err = _run("db", "copy", "--from", str(demo_path), "--to", pg_url)
    assert (code, err) == (0, "")
    assert "counts verified" in out and "person: " in out
    code, out, err = _run("db", "copy", "--from", pg_url, "--to", str(back))
    assert (code, err) == (0, "")
    original, server, returned = (open_database(str(demo_path)), open_database(pg_url),
                                  open_database(str(back)))
    try:
        before = content(original)
        assert sum(len(rows) for rows in before.values()) > 1500
        assert content(server) == before
        assert content(returned) == before
        assert returned.revision() > server.revision() > original.revision()
    finally:
        for db in (original, server, returned):
            db.close()


def test_sequences_continue_after_the_copied_ids(demo_db: Database, pg_db: Database) -> None:
    report = copy_database(demo_db, pg_db)
    with pg_db.write() as session:
        event = create_event(session, kind="seminar", title_en="After the copy", schedule=WHEN)
        person = create_person(session, name_en="New person")
    assert event.value.id == report.counts["event"] + 1
    assert person.value.id == report.counts["person"] + 1


def test_a_non_empty_target_is_refused_unless_replaced(demo_db: Database, pg_db: Database,
                                                        empty_db: Database) -> None:
    with pg_db.write() as session:
        create_event(session, kind="seminar", title_en="Already here", schedule=WHEN)
    with pytest.raises(StorageError) as info:
        copy_database(demo_db, pg_db)
    assert info.value.code == "db_copy_not_empty"
    assert content(pg_db)["event"][0]["title_en"] == "Already here"
    copy_database(demo_db, pg_db, replace=True)
    assert content(pg_db) == content(demo_db)
    copy_database(empty_db, pg_db, replace=True)  # replacing with nothing empties it
    assert not any(content(pg_db).values())


def test_a_cancelled_copy_writes_nothing(demo_db: Database, pg_db: Database) -> None:
    seen: list[str] = []

    def cancel_at_people(done: int, total: int, table: str) -> None:
        seen.append(table)
        if table == "person":
            progress.cancel()

    progress = Progress(cancel_at_people)
    with pytest.raises(Cancelled):
        copy_database(demo_db, pg_db, progress=progress)
    assert "organisation" in seen and not any(content(pg_db).values())
    assert pg_db.revision() == 0


def test_same_database_and_unmigrated_server_are_refused(demo_path: Path, pg_server: Any,
                                                         pg_url: str) -> None:
    code, _out, err = _run("db", "copy", "--from", pg_url, "--to", pg_url)
    assert code == 2 and "same database" in err
    bare = pg_server.create_database("bare", migrate=False)
    code, _out, err = _run("db", "copy", "--from", str(demo_path), "--to", bare)
    assert code == 2 and "db upgrade" in err
