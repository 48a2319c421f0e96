"""Rolling backups of a SQLite database: once a day of use, a bounded number kept, restorable.

Copies are made with SQLite's online backup API (a file copy could miss what is still in the
WAL). Backups live in `backups/` beside the database file, named `<stem>-<YYYYmmdd-HHMMSS>.sqlite`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from planner.domain.errors import StorageError
from planner.store import sqlite_file
from planner.store.database import Database
from planner.store.models import Setting

DEFAULT_KEEP = 7
STAMP = "%Y%m%d-%H%M%S"


def backup_folder(path: Path) -> Path:
    return path.parent / "backups"


def list_backups(path: Path) -> list[Path]:
    """This database's rolling backups, newest first."""
    folder = backup_folder(path)
    if not folder.exists():
        return []
    return sorted(folder.glob(f"{path.stem}-*.sqlite"), reverse=True)


def keep_count(db: Database) -> int:
    with db.read() as session:
        value = session.scalar(select(Setting.value).where(Setting.key == "backup_keep"))
    try:
        return max(1, int(value)) if value is not None else DEFAULT_KEEP
    except ValueError:
        return DEFAULT_KEEP


def backup_now(db: Database, now: datetime | None = None) -> Path:
    if db.path is None:
        raise StorageError("db_unsupported_url", url=str(db.url))
    folder = backup_folder(db.path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{db.path.stem}-{(now or datetime.now()).strftime(STAMP)}.sqlite"
    sqlite_file.copy_live(db.path, target)
    target.chmod(0o600)
    for old in list_backups(db.path)[keep_count(db):]:
        old.unlink(missing_ok=True)
    return target


def daily_backup(db: Database, now: datetime | None = None) -> Path | None:
    """Back up unless the newest backup is less than a day old; None when nothing was done."""
    if db.path is None:
        return None
    now = now or datetime.now()
    existing = list_backups(db.path)
    if existing:
        stamp = existing[0].stem.removeprefix(f"{db.path.stem}-")
        try:
            if now - datetime.strptime(stamp, STAMP) < timedelta(days=1):
                return None
        except ValueError:
            pass
    return backup_now(db, now)


def restore_backup(backup: Path, target: Path) -> Path:
    """Replace the (closed) database at `target` with a backup; the current file is kept aside.

    Returns the path of the copy of what was replaced, so a mistaken restore can be undone.
    """
    if sqlite_file.classify(backup) != "ours":
        raise StorageError("db_foreign", path=str(backup))
    aside = target.with_name(f"{target.stem}.before-restore-{datetime.now().strftime(STAMP)}{target.suffix}")
    if target.exists():
        sqlite_file.copy_live(target, aside)
    sqlite_file.copy_live(backup, target)
    return aside
