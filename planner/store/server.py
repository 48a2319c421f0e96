"""Connecting to a shared PostgreSQL server without writing its password anywhere.

The URL kept in settings has no password. libpq finds one in PGPASSWORD or ~/.pgpass (pgpass.conf
on Windows); failing that, `open_server` asks a callback (the GUI's password dialog) and keeps
the answer in memory only.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.engine import URL, make_url

from planner.domain.errors import StorageError
from planner.store.database import Database, open_database, resolve_url

DEFAULT_PORT = 5432
# Asked with the URL (password hidden) when the server wants a password; None cancels.
PasswordPrompt = Callable[[str], "str | None"]


def server_url(host: str, database: str, user: str | None = None,
               port: int | None = None) -> str:
    """A postgresql+psycopg URL without a password: safe to keep in settings."""
    url = URL.create("postgresql+psycopg", username=user or None, host=host,
                     port=port if port and port != DEFAULT_PORT else None, database=database)
    return url.render_as_string(hide_password=False)


def without_password(url: str | URL) -> str:
    """The same URL with any password removed (for settings files and logs)."""
    return _strip(make_url(url) if isinstance(url, str) else url).render_as_string(
        hide_password=False)


def _strip(url: URL) -> URL:
    # URL.set(password=None) leaves the password as it was: build the URL again instead.
    return URL.create(url.drivername, url.username, None, url.host, url.port, url.database,
                      url.query)


def display_url(url: str | URL) -> str:
    """The URL for showing to people: the password, if any, as ***."""
    parsed = make_url(url) if isinstance(url, str) else url
    return parsed.render_as_string(hide_password=True)


def is_server_url(raw: str | None) -> bool:
    """True when `raw` names a PostgreSQL server rather than a SQLite file."""
    if not raw or "://" not in raw:
        return False
    return resolve_url(raw).get_backend_name() == "postgresql"


def open_server(url: str, *, ask_password: PasswordPrompt | None = None,
                upgrade: bool = False, attempts: int = 3) -> Database:
    """Open a server; when it wants a password libpq could not find, ask for one.

    Raises StorageError 'db_password_needed' when there is no prompt, the user cancels, or
    every attempt fails; any other failure as open_database raises it.
    """
    current = resolve_url(url)
    for _attempt in range(attempts):
        try:
            return open_database(current.render_as_string(hide_password=False), upgrade=upgrade)
        except StorageError as error:
            if error.code != "db_password_needed" or ask_password is None:
                raise
            answer = ask_password(display_url(_strip(current)))
            if answer is None:
                raise
            current = current.set(password=answer)
    raise StorageError("db_password_needed", reason="too many attempts")
