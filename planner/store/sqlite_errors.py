"""What a SQLite failure means to the user: a damaged file, a read-only place, a full disk.

SQLite reports these as sqlite3 errors (wrapped by SQLAlchemy), and a file whose bytes were
flipped can even surface as a UnicodeDecodeError while SQLite reads its schema. Each becomes a
StorageError with a stable code, so the command line prints one line and exits 2; SQLite has
rolled the statement back, so nothing was written.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from planner.domain.errors import StorageError
from planner.store.server_errors import first_line

# Primary result codes (the low byte of an extended one): https://sqlite.org/rescode.html
_DAMAGED = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
_FULL = {13}  # SQLITE_FULL
_READ_ONLY = {8, 14, 3, 23}  # SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_AUTH
_IO = {10}  # SQLITE_IOERR (a write the disk refused, a file gone half-way)
_BUSY = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED (after the busy timeout)
_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def sqlite_cause(exc: BaseException) -> BaseException | None:
    """The sqlite3 error (or schema text SQLite could not decode) behind `exc`, if any."""
    seen: BaseException | None = exc
    for _ in range(5):  # SQLAlchemy wraps once; our own code may add a `from`
        if seen is None:
            return None
        if isinstance(seen, sqlite3.Error):
            return seen
        if isinstance(seen, UnicodeDecodeError) and _raised_by_sqlite(seen):
            return seen
        seen = getattr(seen, "orig", None) or seen.__cause__
    return None


def _raised_by_sqlite(exc: BaseException) -> bool:
    """A decoding error raised while SQLite returned text (the last frame is the driver's)."""
    tb = exc.__traceback__
    last = None
    while tb is not None:
        last = tb.tb_frame.f_code.co_filename
        tb = tb.tb_next
    return last is not None and ("sqlalchemy" in last or "sqlite3" in last
                                 or last.endswith("database.py"))


def translate(exc: BaseException, path: Path | str | None) -> StorageError | None:
    """The StorageError for a SQLite failure of the file at `path`; None if it is not one."""
    cause = sqlite_cause(exc)
    if cause is None:
        return None
    where = str(path) if path else "the database file"
    if isinstance(cause, UnicodeDecodeError):
        return StorageError("db_damaged", path=where, reason="unreadable schema text")
    code = getattr(cause, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    reason = first_line(cause)
    if primary in _DAMAGED or (primary is None and isinstance(cause, sqlite3.DatabaseError)
                               and not isinstance(cause, sqlite3.OperationalError)):
        return StorageError("db_damaged", path=where, reason=reason)
    if primary in _FULL:
        return StorageError("db_disk_full", path=where, reason=reason)
    if primary in _READ_ONLY:
        return StorageError("db_read_only", path=where, reason=reason)
    if primary in _BUSY:
        return StorageError("db_busy", path=where, reason=reason)
    if primary in _IO:
        return StorageError("db_io_error", path=where, reason=reason)
    return None


def translate_os_error(exc: OSError, path: Path | str) -> StorageError | None:
    """A file-system refusal while making or copying a database file (not SQLite's own)."""
    if exc.errno in _FULL_ERRNOS:
        return StorageError("db_disk_full", path=str(path), reason=exc.strerror or str(exc))
    if exc.errno in _READ_ONLY_ERRNOS:
        return StorageError("db_read_only", path=str(path), reason=exc.strerror or str(exc))
    return None
