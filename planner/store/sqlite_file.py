"""Checks on a SQLite file made before anything opens it for writing, and the online backup."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from planner.domain.errors import StorageError

# 'PLNR': PRAGMA application_id marks a file as ours.
APPLICATION_ID = 0x504C4E52
_HEADER = b"SQLite format 3\x00"
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "afs", "9p", "davfs",
               "fuse.davfs2", "ncpfs", "glusterfs", "ceph"}


def classify(path: Path) -> str:
    """'missing', 'empty', 'ours' or 'blank' (a SQLite file without tables); raises otherwise.

    Reads only the header bytes and, at most, opens the file read-only: a foreign or damaged
    file is never modified.
    """
    if not path.exists():
        return "missing"
    if path.is_dir():
        raise StorageError("db_foreign", path=str(path))
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise StorageError("db_unreachable", reason=str(exc)) from exc
    if not header:
        return "empty"
    if len(header) < 100 or not header.startswith(_HEADER):
        raise StorageError("db_corrupt", path=str(path))
    app_id = int.from_bytes(header[68:72], "big")
    if app_id == APPLICATION_ID:
        return "ours"
    if app_id != 0:
        raise StorageError("db_foreign", path=str(path))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            count = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError("db_corrupt", path=str(path)) from exc
    if count:
        raise StorageError("db_foreign", path=str(path))
    return "blank"


def remove_database(path: Path) -> None:
    """Delete a database file this command created, with SQLite's files beside it."""
    for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm",
                                                                       "-journal"))):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass  # what cannot be removed stays; the command's own error says what happened


@contextmanager
def removed_on_failure(path: Path | None) -> Iterator[None]:
    """A database file that does not exist yet and is made in this block is removed again if
    the block fails (a refused copy, a demo on a full disk), so no empty file is left."""
    fresh = path is not None and not path.exists()
    try:
        yield
    except BaseException:
        if fresh and path is not None:
            remove_database(path)
        raise


def new_file(url: str | None) -> Path | None:
    """The SQLite file a URL or path names, if it does not exist yet (else None)."""
    from planner.store.database import resolve_url

    resolved = resolve_url(url)
    if resolved.get_backend_name() != "sqlite" or not resolved.database:
        return None
    path = Path(resolved.database).expanduser()
    return None if path.exists() else path


def on_network_share(path: Path) -> bool:
    """True when the file's folder is on a network file system (WAL is unsafe there)."""
    resolved = str(path.resolve())
    if sys.platform == "win32":
        return resolved.startswith("\\\\")
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    best, best_type = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3:
            mount_point = parts[1].replace("\\040", " ")
            if (resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")) \
                    and len(mount_point) > len(best):
                best, best_type = mount_point, parts[2]
    return best_type in _NETWORK_FS


def backup(path: Path, label: str) -> Path:
    """Copy a live database with SQLite's backup API (which includes the WAL) beside it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}.{stamp}{path.suffix}.bak")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.stem}.{label}.{stamp}-{counter}{path.suffix}.bak")
    copy_live(path, target)
    os.chmod(target, 0o600)
    return target


def copy_live(source: Path, target: Path) -> None:
    """Copy a database that may be in use, WAL included, with SQLite's online backup API."""
    src = sqlite3.connect(str(source))
    try:
        dest = sqlite3.connect(str(target))
        try:
            src.backup(dest)
        finally:
            dest.close()
    finally:
        src.close()
