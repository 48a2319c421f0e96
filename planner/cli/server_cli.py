"""`db copy` and `db roles`: moving a programme onto a shared server and deciding who sees what."""

from __future__ import annotations

import argparse

from planner import config
from planner.cli.context import EXIT_OK, Context
from planner.domain.errors import StorageError
from planner.store import sqlite_file


def add_db_commands(db_commands: argparse._SubParsersAction) -> None:
    """Add `copy` and `roles` to the `db` group (called by core_commands)."""
    copy = db_commands.add_parser(
        "copy", help="copy a whole programme between databases (a SQLite file and a server)")
    copy.add_argument("--from", dest="source", metavar="URL", required=True,
                      help="the database to read (a SQLite file path or a server URL)")
    copy.add_argument("--to", dest="target", metavar="URL", required=True,
                      help="the database to fill; a new SQLite file is created, a server must "
                      "have had 'db upgrade'")
    copy.add_argument("--replace", action="store_true",
                      help="replace what the target already holds (otherwise refused)")
    copy.set_defaults(handler=run_copy)

    roles = db_commands.add_parser(
        "roles", help="create the organiser roles, privileges and row-level security (server)")
    roles.add_argument("--organiser", metavar="USER", action="append", default=[],
                       help="let this login role use Planner (repeatable)")
    roles.add_argument("--sensitive", metavar="USER", action="append", default=[],
                       help="also let it see confidential events and sensitive personal data")
    roles.add_argument("--revoke", metavar="USER", action="append", default=[],
                       help="take both roles away from this login role (before any grant)")
    roles.set_defaults(handler=run_roles)


def run_copy(ctx: Context) -> int:
    from planner.store.copy import copy_database
    from planner.store.database import open_database

    source = open_database(ctx.args.source, upgrade=False)
    try:
        # A new target file that the copy did not fill is removed again (no empty file left).
        with sqlite_file.removed_on_failure(sqlite_file.new_file(ctx.args.target)):
            target = open_database(ctx.args.target, create=True)
            try:
                report = copy_database(source, target, replace=ctx.args.replace)
            finally:
                target.close()
    finally:
        source.close()
    ctx.out.write(report.describe() + "\n")
    return EXIT_OK


def run_roles(ctx: Context) -> int:
    from planner.store.database import open_database
    from planner.store.server import is_server_url
    from planner.store.server_roles import setup_roles

    chosen = config.database_url(ctx.args.db)
    if not is_server_url(chosen):
        raise StorageError("db_roles_need_server",
                           url=chosen or str(config.default_database_path()))
    db = open_database(chosen)
    try:
        members = setup_roles(db, organisers=ctx.args.organiser, sensitive=ctx.args.sensitive,
                              revoke=ctx.args.revoke)
    finally:
        db.close()
    ctx.out.write("roles planner_organiser and planner_sensitive, privileges and row-level "
                  "security are in place\n")
    for member in members:
        sees = "everything" if member.sees_everything else "no confidential or sensitive data"
        kind = "superuser" if member.superuser else \
            "planner_sensitive" if member.sensitive else "planner_organiser"
        ctx.out.write(f"{member.name}\t{kind}\t{sees}\n")
    return EXIT_OK
