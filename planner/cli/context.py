"""What a command handler gets: the parsed arguments' database, output streams and helpers."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from planner import config
from planner.store.database import Database, open_database

EXIT_OK, EXIT_UNEXPECTED, EXIT_REFUSED, EXIT_CHECKS = 0, 1, 2, 3


@dataclass
class Context:
    args: argparse.Namespace
    out: TextIO
    err: TextIO

    def open_db(self, *, create: bool = False, upgrade: bool | None = None) -> Database:
        """The database this command works on; the default file is created with the demo first."""
        from planner.demo.seed import create_seeded_file

        explicit = config.database_url(self.args.db)
        default = config.default_database_path()
        if explicit is None and not default.exists():
            default.parent.mkdir(parents=True, exist_ok=True)
            create_seeded_file(default)
        db = open_database(explicit, create=create, upgrade=upgrade)
        if db.warnings:
            from planner.i18n import render

            for warning in db.warnings:
                self.err.write(f"warning: {render(warning)}\n")
        return db


# A handler runs one command and returns its exit code.
Handler = Callable[[Context], int]


@dataclass
class CommandGroups:
    """Where command modules add their parsers: the top level, `export ...` and `import ...`."""

    root: argparse._SubParsersAction  # type: ignore[type-arg]
    export: argparse._SubParsersAction  # type: ignore[type-arg]
    imports: argparse._SubParsersAction  # type: ignore[type-arg]
