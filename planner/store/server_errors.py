"""What a PostgreSQL failure means to the user: a lost connection, a refused privilege, a password.

The driver's errors become StorageErrors with stable codes, so the GUI and the command line can
say what happened (and that nothing was saved) instead of printing a traceback.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, OperationalError

from planner.domain.errors import StorageError

# SQLSTATE classes: 08 connection exception, 57P0x the server shut the session down.
_LOST_STATES = {"57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "08004", "08007"}
# The server said it ended the session: a COMMIT answered this way was not carried out.
_TERMINATED_STATES = {"57P01", "57P02", "57P03"}
_PRIVILEGE_STATES = {"42501"}  # insufficient_privilege, also a row-level security refusal
_PASSWORD_STATES = {"28P01", "28000"}
_NO_PASSWORD = ("no password supplied", "password authentication failed")


def first_line(exc: BaseException) -> str:
    """The driver's message without its context lines (which may quote our SQL)."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip()
    return text.splitlines()[0] if text else type(orig).__name__


def sqlstate(exc: BaseException) -> str | None:
    return getattr(getattr(exc, "orig", None), "sqlstate", None)


def is_connection_lost(exc: DBAPIError) -> bool:
    """True when the server or the network ended the session (the transaction is gone)."""
    if exc.connection_invalidated:
        return True
    return sqlstate(exc) in _LOST_STATES


def needs_password(exc: BaseException) -> bool:
    """True when the server refused the login for want of a (right) password."""
    if sqlstate(exc) in _PASSWORD_STATES:
        return True
    text = str(getattr(exc, "orig", None) or exc)
    return any(marker in text for marker in _NO_PASSWORD)


def translate(exc: DBAPIError, user: str, committing: bool = False) -> StorageError | None:
    """The StorageError a server failure means, or None to let the original through.

    `committing`: the failure came while COMMIT was on its way; unless the server itself
    answered that it ended the session, a lost connection leaves it unknown whether the server
    committed.
    """
    if is_connection_lost(exc):
        uncertain = committing and sqlstate(exc) not in _TERMINATED_STATES
        code = "db_commit_uncertain" if uncertain else "db_connection_lost"
        return StorageError(code, reason=first_line(exc))
    if exc.statement is None and isinstance(exc, OperationalError):
        # Nothing was sent: the pool could not (re)connect; the server is down or unreachable.
        return StorageError("db_unreachable", reason=first_line(exc))
    if sqlstate(exc) in _PRIVILEGE_STATES:
        return StorageError("db_permission_denied", user=user, reason=first_line(exc))
    return None


def connect_error(exc: DBAPIError) -> StorageError:
    """The StorageError for a failed first connection."""
    if needs_password(exc):
        return StorageError("db_password_needed", reason=first_line(exc))
    return StorageError("db_unreachable", reason=first_line(exc))
