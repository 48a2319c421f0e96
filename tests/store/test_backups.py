from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from planner.domain.errors import StorageError
from planner.store.backups import daily_backup, list_backups, restore_backup
from planner.store.database import Database, open_database
from planner.store.models import Organisation, Setting


def _add(db: Database, code: str) -> None:
    with db.write() as session:
        session.add(Organisation(code=code, name_en=code, search_key=code.lower()))


def test_daily_backup_once_a_day_and_pruned(empty_db: Database) -> None:
    with empty_db.write() as session:
        session.add(Setting(key="backup_keep", value="3"))
    start = datetime(2026, 1, 1, 9)
    assert daily_backup(empty_db, start) is not None
    assert daily_backup(empty_db, start + timedelta(hours=5)) is None  # same day of use
    for day in range(1, 6):
        _add(empty_db, f"ORG{day}")
        assert daily_backup(empty_db, start + timedelta(days=day)) is not None
    backups = list_backups(empty_db.path)
    assert len(backups) == 3
    newest = sqlite3.connect(backups[0])
    assert newest.execute("SELECT count(*) FROM organisation").fetchone()[0] == 5
    newest.close()


def test_restore_replaces_and_keeps_the_current_file_aside(empty_db: Database) -> None:
    _add(empty_db, "BEFORE")
    backup = daily_backup(empty_db, datetime(2026, 1, 1))
    _add(empty_db, "AFTER")
    path = empty_db.path
    empty_db.close()
    aside = restore_backup(backup, path)
    db = open_database(str(path))
    try:
        with db.read() as session:
            codes = sorted(o.code for o in session.query(Organisation))
        assert codes == ["BEFORE"]
    finally:
        db.close()
    kept = sqlite3.connect(aside)
    assert kept.execute("SELECT count(*) FROM organisation").fetchone()[0] == 2
    kept.close()


def test_restore_refuses_a_foreign_file(tmp_path: Path, empty_db: Database) -> None:
    foreign = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE x (y)")
    conn.close()
    with pytest.raises(StorageError):
        restore_backup(foreign, empty_db.path)
