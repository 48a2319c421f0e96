"""Where things live: the default database, settings and backups. One place, with overrides.

PLANNER_DATABASE_URL chooses the database; PLANNER_HOME moves every default path (tests and
development use it so they never touch the user's own files).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Planner"
APP_AUTHOR = "GDHK-IP"


def data_dir() -> Path:
    home = os.environ.get("PLANNER_HOME")
    if home:
        return Path(home)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    return data_dir() / "planner.sqlite"


def database_url(explicit: str | None = None) -> str | None:
    """The URL asked for on the command line or in the environment; None means the default file."""
    return explicit or os.environ.get("PLANNER_DATABASE_URL") or None


def resources_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "resources"
