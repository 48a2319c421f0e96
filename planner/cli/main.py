"""Entry point of the command line: parse, open the database, run, map errors to exit codes.

Exit codes: 0 success; 2 usage or validation error, refused input, nothing written (one line on
stderr); 3 planning checks found errors; 1 anything unexpected.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from contextlib import redirect_stderr, redirect_stdout
from typing import TextIO

from planner import config
from planner.cli import commands
from planner.cli.parser import build_parser
from planner.domain.errors import PlannerError
from planner.i18n import render, render_error
from planner.store.database import Database, open_database

EXIT_OK, EXIT_UNEXPECTED, EXIT_REFUSED, EXIT_CHECKS = 0, 1, 2, 3


def open_for(args: argparse.Namespace, *, create: bool = False,
             upgrade: bool | None = None) -> Database:
    """Open the database a command works on; the default file is created and seeded on first use."""
    from planner.demo.seed import create_seeded_file

    explicit = config.database_url(args.db)
    default = config.default_database_path()
    if explicit is None and not default.exists():
        default.parent.mkdir(parents=True, exist_ok=True)
        create_seeded_file(default)
    return open_database(explicit, create=create, upgrade=upgrade)


def run_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from planner.demo.seed import seed_demo

    if args.command == "demo":
        db = open_for(args, create=True)
        try:
            summary = seed_demo(db, reset=args.reset)
            out.write(summary.describe() + "\n")
        finally:
            db.close()
        return EXIT_OK
    if args.command == "db":
        db = open_for(args, create=args.db_command == "upgrade",
                      upgrade=True if args.db_command == "upgrade" else False)
        try:
            from planner.store import migrate
            state = migrate.schema_state(db.engine)
            out.write(f"schema {state.current} (head {state.head}), revision {db.revision()}\n")
            for path in db.backups:
                out.write(f"backup: {path}\n")
        finally:
            db.close()
        return EXIT_OK
    db = open_for(args)
    try:
        for warning in db.warnings:
            err.write(f"warning: {render(warning)}\n")
        if args.command == "list":
            return commands.list_command(db, args, out)
        if args.command == "show":
            return commands.show_command(db, args, out)
    finally:
        db.close()
    raise AssertionError(f"unhandled command {args.command}")


def main(argv: Sequence[str] | None = None, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        with redirect_stdout(out), redirect_stderr(err):
            args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed usage and the reason (or --help)
        return int(exc.code or 0)
    if args.command is None:
        args = parser.parse_args([*(argv or []), "list", "events"])
    try:
        return run_command(args, out, err)
    except PlannerError as exc:
        err.write(f"error: {render_error(exc)}\n")
        return EXIT_REFUSED
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        return EXIT_OK
    except KeyboardInterrupt:
        err.write("interrupted\n")
        return EXIT_UNEXPECTED
    except Exception:  # noqa: BLE001 (the last line of defence prints and exits 1)
        err.write("unexpected error; please report it with the details below\n")
        traceback.print_exc(file=err)
        return EXIT_UNEXPECTED
