"""Argument parsing. The command and flag names are a contract (docs/cli.md); keep them."""

from __future__ import annotations

import argparse

from planner import __version__

LIST_KINDS = ("events", "delegations", "programmes", "people", "organisations", "items")
SHOW_KINDS = ("event", "delegation", "programme", "person", "organisation", "item")


def build_parser() -> argparse.ArgumentParser:
    """Usage errors exit 2 with argparse's usage line and reason, never a traceback."""
    parser = argparse.ArgumentParser(prog="planner", description="Plan events, delegations and exchange "
                    "programmes. Without a command, opens the desktop application.")
    parser.add_argument("--version", action="version", version=f"planner {__version__}")
    parser.add_argument("--db", metavar="URL", help="database URL or SQLite file path "
                        "(default: PLANNER_DATABASE_URL, else the file in the user data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="create the database with the 2016-17 demo programme")
    demo.add_argument("--reset", action="store_true",
                      help="replace everything in the database with the demo programme")

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", help="create the database or migrate it to this version")
    db_commands.add_parser("status", help="show the schema version and the revision counter")

    lister = commands.add_parser("list", help="list rows of one kind")
    lister.add_argument("kind", choices=LIST_KINDS)
    lister.add_argument("--json", action="store_true", help="print JSON instead of a table")
    lister.add_argument("--search", metavar="TEXT", help="only rows matching TEXT "
                        "(people and organisations: either script; events: titles)")
    lister.add_argument("--year", help="co-operation items of this year, e.g. 2016-17")
    lister.add_argument("--limit", type=int, help="at most this many rows")
    lister.add_argument("--public", action="store_true",
                        help="leave out confidential events")

    show = commands.add_parser("show", help="show one row in detail")
    show.add_argument("kind", choices=SHOW_KINDS)
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true", help="print JSON instead of text")
    return parser
