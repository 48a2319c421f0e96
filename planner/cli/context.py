"""What a command handler gets: the parsed arguments' database, output streams and helpers."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TextIO

from planner.demo.startup import open_planner_database
from planner.i18n import render
from planner.store import sqlite_file
from planner.store.database import Database

EXIT_OK, EXIT_UNEXPECTED, EXIT_REFUSED, EXIT_CHECKS = 0, 1, 2, 3


@dataclass
class Context:
    args: argparse.Namespace
    out: TextIO
    err: TextIO

    def open_db(self, *, create: bool = False, upgrade: bool | None = None) -> Database:
        """The database this command works on; the default file is created with the demo first."""
        db = open_planner_database(self.args.db, create=create, upgrade=upgrade)
        if db.warnings:
            for warning in db.warnings:
                self.err.write(f"warning: {render(warning)}\n")
        return db

    @contextmanager
    def database(self, *, create: bool = False, upgrade: bool | None = None
                 ) -> Iterator[Database]:
        """open_db() for the length of a `with` block, closed however the block ends; a file
        it had to create is removed again if the block fails."""
        created = sqlite_file.new_file(self.args.db) if create else None
        with sqlite_file.removed_on_failure(created):
            db = self.open_db(create=create, upgrade=upgrade)
            try:
                yield db
            finally:
                db.close()


# A handler runs one command and returns its exit code.
Handler = Callable[[Context], int]


@dataclass
class CommandGroups:
    """Where command modules add their parsers: the top level, `export ...` and `import ...`."""

    root: argparse._SubParsersAction
    export: argparse._SubParsersAction
    imports: argparse._SubParsersAction
