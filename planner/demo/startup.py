"""Opening the database a user means: the default file is created with the demo on first use."""

from __future__ import annotations

from planner import config
from planner.store.database import Database, open_database


def open_planner_database(explicit: str | None = None, *, create: bool = False,
                          upgrade: bool | None = None) -> Database:
    """`explicit` (or PLANNER_DATABASE_URL) if given; else the default file, seeded if missing."""
    chosen = config.database_url(explicit)
    default = config.default_database_path()
    if chosen is None and not default.exists():
        from planner.demo.seed import create_seeded_file

        default.parent.mkdir(parents=True, exist_ok=True)
        create_seeded_file(default)
    return open_database(chosen, create=create, upgrade=upgrade)
